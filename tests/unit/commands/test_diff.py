"""lakip diff: the numbers a change moves, in words a reviewer understands."""

from __future__ import annotations

import functools
import json
import re
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from bantu_situs import UJI, env_git, git_uji
from markdown_it import MarkdownIt

from lakip.cli import main
from lakip.commands.diff import GagalDiff, diff_git, nama_pendek
from lakip.compute.pengaturan import pengaturan_mkdocs

FIXTURE = UJI / "fixtures" / "satker"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git tidak terpasang")

Ubah = Callable[[str, str, str], None]


git = functools.partial(git_uji, env=env_git())


def ubah(repo: Path, rel: str, lama: str, baru: str) -> None:
    path = repo / rel
    teks = path.read_text()
    assert lama in teks, (rel, lama)
    path.write_text(teks.replace(lama, baru, 1))


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with the fixture as 'KPU Kabupaten Tanah Bumbu', IK2.1 realisasi 0.15."""
    r = tmp_path / "repo"
    r.mkdir()
    git(r, "init", "-q", "-b", "main")
    shutil.copytree(FIXTURE, r / "satker")
    ubah(r, "satker/kab-contoh/profil.md", "nama: KPU Kabupaten Contoh", "nama: KPU Kabupaten Tanah Bumbu")
    ubah(r, "satker/kab-contoh/2024/realisasi.md", "  - indikator: IK2.1\n    nilai: 0\n",
         "  - indikator: IK2.1\n    nilai: 0.15\n")
    git(r, "add", ".")
    git(r, "commit", "-q", "-m", "awal")
    monkeypatch.chdir(r)
    return r


def komit(repo: Path, pesan: str = "ubah") -> str:
    git(repo, "commit", "-q", "-am", pesan)
    return git(repo, "rev-parse", "--short=7", "HEAD")


IK21_CETAK = ("Capaian IK2.1 Persentase pemilih yang berhak memilih tetapi tidak masuk DPT "
              "(BAB III.A): Laporan tercetak menulis 200%; dihitung dari target dan realisasi: 106,25% ((2 × 0,16 − 0,15) ÷ 0,16 × 100).")
IK21 = ("Kab. Tanah Bumbu 2024, IK2.1 (Persentase pemilih yang berhak memilih tetapi tidak masuk DPT): "
        "realisasi 0,15% → 0%, capaian 106,25% → 200,00% (Sangat Berhasil → Sangat Berhasil)")


def test_contoh_realisasi_turun(repo: Path) -> None:
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 0.15\n", "    nilai: 0\n")
    komit(repo)
    assert diff_git("HEAD~1", "HEAD", Path("satker")) == (
        f"{IK21}\n"
        "Kab. Tanah Bumbu 2024, rata-rata capaian IKU 90,26% → 121,51% (Berhasil → Sangat Berhasil)\n"
        f"Kab. Tanah Bumbu 2024, beda dengan cetakan teratasi: {IK21_CETAK}\n"
    )


def test_cli_teks_dan_markdown(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    awal = git(repo, "rev-parse", "--short=7", "HEAD")
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 0.15\n", "    nilai: 0\n")
    akhir = komit(repo)
    assert main(["diff", "HEAD~1", "HEAD"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == IK21
    assert main(["diff", "HEAD~1", "HEAD", "--folder", "satker", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == (
        f"## Perubahan angka: `HEAD~1 ({awal})` → `HEAD ({akhir})`\n"
        "\n"
        "### Kab. Tanah Bumbu 2024\n"
        "\n"
        "- IK2.1 (Persentase pemilih yang berhak memilih tetapi tidak masuk DPT): realisasi 0,15% → 0%, "
        "capaian 106,25% → 200,00% (Sangat Berhasil → Sangat Berhasil)\n"
        "- rata-rata capaian IKU 90,26% → 121,51% (Berhasil → Sangat Berhasil)\n"
        f"- beda dengan cetakan teratasi: {IK21_CETAK.replace('(', '(', 1)}\n"
    )


def test_tidak_ada_perubahan(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ubah(repo, "satker/kab-contoh/profil.md", "alamat: Jl. Contoh No. 1", "alamat: Jl. Contoh No. 2")
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 50\n", "    nilai: 50.0  # tetap\n")
    komit(repo)
    assert diff_git("HEAD~1", "HEAD", Path("satker")) == "Tidak ada perubahan angka.\n"
    assert main(["diff", "HEAD", "HEAD", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n\nTidak ada perubahan angka.\n")


def test_target_indikator_baru_dihapus_dan_nama(repo: Path) -> None:
    r = "satker/kab-contoh/renstra-2020-2024.md"
    ubah(repo, r, "target: {2023: 70, 2024: 77.5}", "target: {2023: 70, 2024: 80}")
    ubah(repo, "satker/kab-contoh/2024/pk.md", "target: 77.5", "target: 80")
    ubah(repo, r, "nama: Jumlah dokumen DPT yang ditetapkan", "nama: Jumlah dokumen daftar pemilih yang ditetapkan")
    ubah(repo, r, "      - id: IK2.1\n        nama: Persentase pemilih yang berhak memilih tetapi tidak masuk DPT\n"
                  "        satuan: \"%\"\n        polaritas: turun\n        iku: true\n        target: {2024: 0.16}\n",
         "      - id: IK2.3\n        nama: Jumlah rekomendasi yang ditindaklanjuti\n"
         "        satuan: Dokumen\n        target: {2024: 4}\n")
    ubah(repo, "satker/kab-contoh/2024/pk.md", "      - indikator: IK2.1\n        target: 0.16\n",
         "      - indikator: IK2.3\n        target: 4\n")
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "  - indikator: IK2.1\n    nilai: 0.15\n",
         "  - indikator: IK2.3\n    nilai: 3\n")
    komit(repo)
    prefix = "Kab. Tanah Bumbu 2024, "
    assert diff_git("HEAD~1", "HEAD", Path("satker")).splitlines()[:5] == [prefix + x for x in [
        ("IK1.1 (Persentase naskah akademik PKPU berbasis riset): target 77,5% → 80%, "
        "capaian 64,52% → 62,50% (Kurang Berhasil → Kurang Berhasil)"),
        ("IK2.3 (Jumlah rekomendasi yang ditindaklanjuti): indikator baru, target 4 Dokumen, "
        "realisasi 3 Dokumen, capaian 75,00% (Cukup Berhasil)"),
        ("IK2.2: nama indikator diubah dari “Jumlah dokumen DPT yang ditetapkan” menjadi "
        "“Jumlah dokumen daftar pemilih yang ditetapkan”"),
        ("IK2.1 (Persentase pemilih yang berhak memilih tetapi tidak masuk DPT): indikator dihapus "
        "(sebelumnya target 0,16%, realisasi 0,15%, capaian 106,25% (Sangat Berhasil))"),
        "rata-rata capaian IKU 90,26% → 81,25% (Berhasil → Cukup Berhasil)",
    ]]


def test_anggaran_baris_dan_total(repo: Path) -> None:
    a = "satker/kab-contoh/2024/anggaran.md"
    ubah(repo, a, "            pagu: 500000\n            realisasi: 400000",
         "            pagu: 600000\n            realisasi: 450000")
    ubah(repo, a, "{kode: 52, nama: Belanja Barang, pagu: 2000000, realisasi: 1899000}",
         "{kode: 52, nama: Belanja Barang, pagu: 2100000, realisasi: 1949000}")
    ubah(repo, a, "pagu: 3500000, uraian: Hibah", "pagu: 3600000, uraian: Hibah")
    komit(repo)
    assert diff_git("HEAD~1", "HEAD", Path("satker")).splitlines() == [
        ("Kab. Tanah Bumbu 2024, anggaran program 076.01.WA (Program Dukungan Manajemen): "
        "pagu Rp 1.500.000 → Rp 1.600.000, realisasi Rp 1.399.000 → Rp 1.449.000, serapan 93,27% → 90,56%"),
        ("Kab. Tanah Bumbu 2024, anggaran kegiatan 6709 (Dukungan Manajemen): "
        "pagu Rp 1.500.000 → Rp 1.600.000, realisasi Rp 1.399.000 → Rp 1.449.000, serapan 93,27% → 90,56%"),
        ("Kab. Tanah Bumbu 2024, anggaran RO 6709.RAN.001 (Sarana Teknologi): "
        "pagu Rp 500.000 → Rp 600.000, realisasi Rp 400.000 → Rp 450.000, serapan 80,00% → 75,00%"),
        ("Kab. Tanah Bumbu 2024, anggaran belanja 52 (Belanja Barang): "
        "pagu Rp 2.000.000 → Rp 2.100.000, realisasi Rp 1.899.000 → Rp 1.949.000, serapan 94,95% → 92,81%"),
        ("Kab. Tanah Bumbu 2024, jumlah anggaran: "
        "pagu Rp 3.500.000 → Rp 3.600.000, realisasi Rp 3.299.000 → Rp 3.349.000, serapan 94,26% → 93,03%"),
    ]


def test_satker_dan_tahun_baru(repo: Path) -> None:
    from lakip.commands.baru import buat_satker, buat_tahun

    buat_tahun(repo / "satker", "kab-contoh", 2023)
    buat_satker(repo / "satker", "kota-x", "KPU Kota X", "kota", "Jawa Barat", renstra=(2025, 2029))
    git(repo, "add", ".")
    komit(repo)
    assert diff_git("HEAD~1", "HEAD", Path("satker")).splitlines() == [
        "Kab. Tanah Bumbu 2023, tahun baru",
        ("Kab. Tanah Bumbu 2023, IK1.1 (Persentase naskah akademik PKPU berbasis riset): indikator baru, "
        "target 70%, realisasi kosong"),
        "Kota X: satker baru (folder kota-x)",
    ]
    git(repo, "rm", "-q", "-r", "satker/kab-contoh/2023")
    komit(repo)
    assert diff_git("HEAD~1", "HEAD", Path("satker")) == "Kab. Tanah Bumbu 2023, tahun ini dihapus\n"


def test_revisi_bermasalah_tetap_dibandingkan(repo: Path) -> None:
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 0.15\n", "    nilai: 0\n")
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 50\n", "    nilai: 50,5\n")
    akhir = komit(repo)
    keluar = diff_git("HEAD~1", "HEAD", Path("satker")).splitlines()
    assert keluar[0] == (f"Catatan: data di HEAD ({akhir}) memuat 1 masalah (jalankan lakip check untuk rinciannya); "
                         "yang dapat dibaca tetap dibandingkan.")
    assert keluar[1] == ("Kab. Tanah Bumbu 2024, IK1.1 (Persentase naskah akademik PKPU berbasis riset): "
                         "realisasi 50% → kosong, capaian 64,52% → – (Kurang Berhasil → –)")
    assert keluar[2] == IK21


def test_folder_kerja_dan_folder_yang_belum_ada(repo: Path) -> None:
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 0.15\n", "    nilai: 0\n")
    assert diff_git("HEAD", "", Path("satker")).splitlines()[0] == IK21  # uncommitted change
    git(repo, "mv", "satker", "data")
    komit(repo)
    keluar = diff_git("HEAD~1", "HEAD", Path("data")).splitlines()
    assert keluar[0] == f"Catatan: folder data tidak ada di HEAD~1 ({git(repo, 'rev-parse', '--short=7', 'HEAD~1')})."
    assert keluar[1] == "Kab. Tanah Bumbu: satker baru (folder kab-contoh)"


def test_revisi_tidak_dikenal(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(GagalDiff):
        diff_git("cabang-tidak-ada", "HEAD", Path("satker"))
    assert main(["diff", "origin/main", "HEAD"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lakip diff: revisi 'origin/main' tidak dikenal git")


def test_di_luar_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(FIXTURE, tmp_path / "satker")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "HEAD~1", "HEAD"]) == 1
    assert "bukan bagian dari repositori git" in capsys.readouterr().err


def test_pengaturan_dari_mkdocs_yml(repo: Path) -> None:
    (repo / "mkdocs.yml").write_text(
        "site_name: x\n"
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n"
        "  - search\n"
        "  - lakip:\n"
        "      batas_capaian: 120\n")
    git(repo, "add", "mkdocs.yml")
    komit(repo, "batas")
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 0.15\n", "    nilai: 0\n")
    komit(repo)
    keluar = diff_git("HEAD~1", "HEAD", Path("satker")).splitlines()
    assert keluar[1] == "Kab. Tanah Bumbu 2024, rata-rata capaian IKU 90,26% → 94,84% (Berhasil → Berhasil)"
    assert pengaturan_mkdocs("plugins:\n  - lakip:\n      batas_capaian: 90\n").batas_capaian is None  # wrong: default
    assert pengaturan_mkdocs(None).batas_capaian is None


@pytest.mark.parametrize(("nama", "pendek"), [
    ("KPU Kabupaten Tanah Bumbu", "Kab. Tanah Bumbu"),
    ("KPU Kota Banjarbaru", "Kota Banjarbaru"),
    ("KPU Provinsi Kalimantan Selatan", "Prov. Kalimantan Selatan"),
    ("Komisi Pemilihan Umum Kota Jakarta Selatan", "Kota Jakarta Selatan"),
    ("KPU RI", "KPU RI"),
])
def test_nama_pendek(nama: str, pendek: str) -> None:
    assert nama_pendek(nama) == pendek


def test_markdown_meloloskan_karakter_khusus(repo: Path) -> None:
    r = "satker/kab-contoh/renstra-2020-2024.md"
    ubah(repo, r, "nama: Jumlah dokumen DPT yang ditetapkan", "nama: Jumlah dokumen *DPT* <final>")
    komit(repo)
    md = diff_git("HEAD~1", "HEAD", Path("satker"), "markdown")
    assert "“Jumlah dokumen \\*DPT\\* &lt;final&gt;”" in md


# ---------------------------------------------------------------- markdown from untrusted data

# Strings a pull request can put in the data: the comment must show them as written, never as
# markup, a mention or a reference.
MUATAN = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<details><summary>rinci</summary>",
    "<sub>kecil</sub>",
    "<!-- sembunyikan sisanya",
    "<!--",
    "![x](https://evil.example/p.png)",
    "[klik](javascript:alert(1))",
    "<https://evil.example>",
    "@kpu-ri/semua",
    "halo @budi dan uji@example.com",
    "#1",
    "lihat GH-12 dan kpu/lakip#3",
    "`code`",
    "``",
    "a|b",
    "| a | b |",
    "x\n# Judul palsu",
    "x\r\n> kutipan\u2028- butir\u2029---",
    "**tebal**",
    "__tebal__ _miring_",
    "~~coret~~",
    "&lt;script&gt;",
    "&amp; &#64;budi &#x3C;b&#x3E;",
    "1. nomor",
    "- butir",
    "+ butir",
    "---",
    "# Judul",
    "> kutipan",
    "    kode terindentasi",
    "~~~",
    "$\\huge{besar}$",
    "[ ] tugas",
    "akhir dengan garis miring \\",
    "akhir dengan pagar #",
]
# The elements the writer itself makes: headings, bullets, notes, the revisions in code.
ELEMEN_KODE = {"h2", "h3", "ul", "li", "p", "code", "blockquote"}


class _BacaHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elemen: list[tuple[str, dict[str, str | None]]] = []
        self.teks: list[str] = []
        self.komentar: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elemen.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.teks.append(data)

    def handle_comment(self, data: str) -> None:
        self.komentar.append(data)


def _muatan_ke_data(repo: Path, muatan: str) -> None:
    """The payload as satker name, indicator names and budget names (a JSON string is YAML)."""
    q = json.dumps(muatan)
    r = "satker/kab-contoh/renstra-2020-2024.md"
    a = "satker/kab-contoh/2024/anggaran.md"
    ubah(repo, "satker/kab-contoh/profil.md", "nama: KPU Kabupaten Tanah Bumbu", f"nama: {q}")
    ubah(repo, r, "nama: Jumlah dokumen DPT yang ditetapkan", f"nama: {q}")
    ubah(repo, r, "nama: Persentase naskah akademik PKPU berbasis riset", f"nama: {q}")
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 50\n", "    nilai: 60\n")
    ubah(repo, a, "nama: Program Penyelenggaraan Pemilu", f"nama: {q}")
    ubah(repo, a, "{kode: 52, nama: Belanja Barang, pagu: 2000000,", f"{{kode: 52, nama: {q}, pagu: 2000000,")


@pytest.mark.parametrize("muatan", MUATAN)
def test_markdown_dari_data_tidak_menjadi_markup(repo: Path, muatan: str) -> None:
    _muatan_ke_data(repo, muatan)
    komit(repo)
    md = diff_git("HEAD~1", "HEAD", Path("satker"), "markdown")
    teks = diff_git("HEAD~1", "HEAD", Path("satker"))
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    baca = _BacaHtml()
    baca.feed(html)
    baca.close()
    tag = [t for t, _ in baca.elemen]

    assert set(tag) <= ELEMEN_KODE, (md, html)
    assert not any(attrs for _, attrs in baca.elemen), html
    assert not baca.komentar, html
    assert "<" not in md  # no raw HTML, autolink or comment can start
    # One heading for the revisions, one per satker-year or satker, one bullet per line of the teks format.
    assert tag.count("h2") == 1
    assert tag.count("h3") == 2  # the satker renamed, the satker-year with the changes
    assert tag.count("li") == len([b for b in teks.splitlines() if not b.startswith("Catatan:")]) >= 5
    assert tag.count("code") == 2  # the two revisions

    terlihat = "".join(baca.teks)
    sebaris = " ".join(muatan.split())
    assert terlihat.replace("\u200b", "").count(sebaris) >= 6, (sebaris, terlihat)
    assert not re.search(r"@\w", terlihat)  # no mention
    assert not re.search(r"#\d|\bGH-\d", terlihat, re.IGNORECASE)  # no issue reference

    # The teks format: the payload stays on the line of its change.
    for baris in teks.splitlines():
        assert baris.startswith(("Kab. Contoh", "Kab. Tanah Bumbu", nama_pendek(sebaris))), baris


def test_markdown_label_revisi_dengan_backtick(repo: Path) -> None:
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 0.15\n", "    nilai: 0\n")
    komit(repo)
    git(repo, "branch", "a`b", "HEAD~1")
    md = diff_git("a`b", "HEAD", Path("satker"), "markdown")
    kepala = md.splitlines()[0]
    assert kepala.startswith("## Perubahan angka: ``a`b (")
    html = MarkdownIt("commonmark").render(kepala)
    assert re.match(r"<h2>Perubahan angka: <code>a`b \([0-9a-f]{7}\)</code> → <code>HEAD \(", html), html


def test_pohon_kerja_rusak_keluar_bukan_nol_dengan_path_baris(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A word where a number belongs used to end in 'kesalahan internal: AssertionError'."""
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "    nilai: 50\n", "    nilai: lima puluh\n")
    rc = main(["diff", "HEAD", "", "--folder", "satker"])
    keluar = capsys.readouterr()
    assert rc == 1
    assert "kesalahan internal" not in keluar.err + keluar.out
    assert re.search(r"^satker/kab-contoh/2024/realisasi\.md:\d+: ", keluar.err, re.M), keluar.err
    assert "IK1.1 (Persentase naskah akademik PKPU berbasis riset): realisasi 50% → kosong" in keluar.out


def test_angka_tercetak_ditambah_diubah_dan_beda_yang_muncul_atau_teratasi(repo: Path) -> None:
    ubah(repo, "satker/kab-contoh/2024/realisasi.md", "      - sumber: Ringkasan Eksekutif\n        capaian: 85\n",
         "      - sumber: Ringkasan Eksekutif\n        capaian: 64.52\n      - sumber: BAB IV\n        capaian: 64\n")
    keluar = diff_git("HEAD", "", Path("satker")).splitlines()
    assert keluar == [
        "Kab. Tanah Bumbu 2024, angka tercetak diubah: capaian IK1.1 (Ringkasan Eksekutif) 85% → 64,52%",
        "Kab. Tanah Bumbu 2024, angka tercetak ditambahkan: capaian IK1.1 (BAB IV) 64%",
        "Kab. Tanah Bumbu 2024, beda dengan cetakan muncul: Capaian IK1.1 Persentase naskah akademik PKPU berbasis "
        "riset (BAB IV): Laporan tercetak menulis 64%; dihitung dari target dan realisasi: 64,52% (50 ÷ 77,5 × 100), "
        "yang dibulatkan menjadi 65%: angka tercetak dipotong (dibulatkan ke bawah), bukan dibulatkan.",
        "Kab. Tanah Bumbu 2024, beda dengan cetakan teratasi: Capaian IK1.1 Persentase naskah akademik PKPU berbasis "
        "riset (Ringkasan Eksekutif): Laporan tercetak menulis 85%; dihitung dari target dan realisasi: 64,52% "
        "(50 ÷ 77,5 × 100).",
    ]


def test_target_berupa_kata_tidak_membuat_diff_gagal(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A word as the target of a numeric indicator: the engine computes nothing for it, diff reports."""
    ubah(repo, "satker/kab-contoh/2024/pk.md", "target: 77.5", "target: tinggi")
    rc = main(["diff", "HEAD"])
    keluar = capsys.readouterr()
    assert rc == 1 and "kesalahan internal" not in keluar.err
    assert re.search(r"^satker/kab-contoh/2024/pk\.md:\d+: target", keluar.err, re.M), keluar.err
    assert "IK1.1 (Persentase naskah akademik PKPU berbasis riset): target 77,5% → tinggi" in keluar.out

"""The LKj as a document: chapters, numbering, generated sentences and the narrative check."""

from __future__ import annotations

import datetime
import difflib
import re
import shutil
from pathlib import Path

import pytest
from bantu_situs import sebagai_pipa
from conftest import FIXTURE, bangun, tulis_proyek

from lakip.bangun import bangun as bangun_data
from lakip.compute.situs import Situs
from lakip.lkj.naskah import StatusPdf
from lakip.lkj.susun import susun_lkj
from lakip.render import grafik
from lakip.render.grafik import grafik_capaian, svg_capaian_cetak
from lakip.render.grafik_anggaran import svg_anggaran_cetak
from lakip.site import halaman
from lakip.site.lkj import berkas_resmi, halaman_lkj, markdown_lkj
from lakip.site.terbit_lkj import TerbitLkj, lkj_terbit

SID = "kab-contoh"

LKJ_MD = """---
judul: Laporan Kinerja KPU Kabupaten Contoh Tahun 2024
tempat: Contoh
tanggal: 2025-01-17
penandatangan:
  jabatan: Ketua KPU Kabupaten Contoh
  nama: Ahmad, S.H.
---

## Kata Pengantar

Puji syukur atas tersusunnya laporan tahun 2024.

## Ikhtisar Eksekutif

Tahun ini KPU Kabupaten Contoh mengukur 5 (lima) indikator. <!-- catatan penyunting: 2016 -->

## BAB I Pendahuluan

### Latar Belakang

Berdasarkan Peraturan KPU Nomor 7 Tahun 2017 dan laporan tahun 2017, kami menyusun laporan ini.

### Sistematika Penyajian

Laporan ini terdiri atas empat bab, lihat Tabel 9.9.

**Matriks prioritas**

| Prioritas | Uraian |
|---|---|
| PN 7 | Stabilitas |

## BAB IV Penutup

### Kesimpulan

Semua 3 (tiga) indikator IKU tercapai dan 2 (dua) sasaran terukur.
"""


def _salin(tmp: Path) -> Path:
    folder = tmp / "satker"
    shutil.copytree(FIXTURE, folder)
    return folder


def _situs(folder: Path) -> Situs:
    s, m = bangun_data(folder, "satker", terbit=False)
    assert not m, [str(x) for x in m.items]
    return s


def _dok(folder: Path) -> str:
    return sebagai_pipa(markdown_lkj(susun_lkj(_situs(folder), SID, 2024)))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return _salin(tmp_path)


def test_bab_berurutan(data: Path):
    md = _dok(data)
    bab = re.findall(r"^## (.+?) \{#", md, re.MULTILINE)
    assert bab == ["Kata Pengantar", "Daftar Isi", "Daftar Tabel", "Daftar Gambar", "Ikhtisar Eksekutif",
                   "BAB I Pendahuluan", "BAB II Perencanaan Kinerja", "BAB III Akuntabilitas Kinerja",
                   "BAB IV Penutup", "Lampiran"]
    bagian = re.findall(r"^### (.+?) \{#", md, re.MULTILINE)
    # BAB III after PermenPANRB 53/2014: A (per sasaran its seven points), B Realisasi Anggaran, C others
    assert re.findall(r"^\*\*\((\d)\) ", md.split("#### Sasaran SS1", 1)[1].split("#### Sasaran SS2")[0],
                      re.MULTILINE) == ["1", "2", "3", "4", "5", "6", "7"]
    assert bagian == [
        "A. Latar Belakang", "B. Tugas dan Fungsi", "C. Struktur Organisasi", "D. Sumber Daya Manusia",
        "E. Sistematika Penyajian",
        "A. Rencana Strategis", "B. Rencana Kinerja Tahunan", "C. Perjanjian Kinerja",
        "A. Capaian Kinerja Organisasi", "B. Realisasi Anggaran", "C. Capaian Kinerja Lainnya",
        "A. Kesimpulan", "B. Rencana Tindak Lanjut",
        "A. Perjanjian Kinerja", "B. Rencana Kinerja Tahunan", "C. Rencana Aksi"]


def test_nomor_tabel_dan_gambar_per_bab(data: Path):
    n = susun_lkj(_situs(data), SID, 2024)
    assert [(t.nomor, t.judul) for t in n.tabel()] == [
        ("1.1", "Pejabat KPU Kabupaten Contoh"),
        ("1.2", "Sumber daya manusia KPU Kabupaten Contoh"),
        ("2.1", "Sasaran, indikator dan target Renstra 2020–2024"),
        ("2.2", "Definisi indikator kinerja"),
        ("3.1", "Capaian Indikator Kinerja Utama tahun 2024"),
        ("3.2", "Capaian kinerja per sasaran tahun 2024"),
        ("3.3", "Realisasi 2024 dibanding tahun sebelumnya dan target akhir Renstra"),
        ("3.4", "Realisasi anggaran per program, kegiatan dan rincian output tahun 2024"),
        ("3.5", "Realisasi anggaran per jenis belanja tahun 2024"),
        ("3.6", "Riwayat revisi DIPA tahun 2024"),
        ("L.1", "Perjanjian Kinerja 2024 (ketua)"),
        ("L.2", "Anggaran dalam Perjanjian Kinerja 2024 (ketua)"),
    ]
    assert [(g.nomor, g.judul) for g in n.gambar()] == [
        ("1.1", "Struktur organisasi KPU Kabupaten Contoh"),
        ("3.1", "Capaian indikator kinerja tahun 2024"),
        ("3.2", "Pagu dan realisasi anggaran tahun 2024"),
    ]
    md = sebagai_pipa(markdown_lkj(n))
    # captions above the tables, each table listed in the Daftar Tabel with its anchor
    assert "**Tabel 3.1** Capaian Indikator Kinerja Utama tahun 2024\n{: #tabel-3-1 .lkj-keterangan }\n\n| Kode |" in md
    assert "- [Tabel 3.1 Capaian Indikator Kinerja Utama tahun 2024](#tabel-3-1)" in md
    assert "- [Gambar 1.1 Struktur organisasi KPU Kabupaten Contoh](#gambar-1-1)" in md
    # the PK's own bold title is replaced by the caption, not printed twice
    assert "**Perjanjian Kinerja (ketua)**" not in md


def test_grafik_lkj_sama_dengan_grafik_situs_dan_dalam_bagian(data: Path, monkeypatch: pytest.MonkeyPatch):
    """The LKj draws the web pages' charts (one chart family); many bars come in parts of one scale."""
    h = _situs(data).hasil(SID, 2024)
    kode = [c.indikator.id for c in h.indikator.values() if c.capaian is not None]
    assert len(kode) == 3
    satu = svg_capaian_cetak(h)
    assert satu is not None and satu.count("<svg") == 1 and 'class="lakip-svg"' in satu
    web = grafik_capaian(h)  # the same drawing inside the web figure, ids aside
    assert re.sub(r'id="[^"]+"|aria-labelledby="[^"]+"', "", satu) in re.sub(
        r'id="[^"]+"|aria-labelledby="[^"]+"', "", web)
    # more bars than fit one printed page: parts of equal size, same scale, every bar once, in order
    monkeypatch.setattr(grafik, "BATANG_PER_BAGIAN", 2)
    g = svg_capaian_cetak(h)
    assert g is not None
    bagian = g.split("</svg>")[:-1]
    assert len(bagian) == 2 and all("(bagian " in b and ">100%</text>" in b for b in bagian)
    assert [re.findall(r'<tspan x="[\d.]+" dy="0">(IK[\w.]+) ', b) for b in bagian] == [kode[:2], kode[2:]]
    ujung = {re.findall(r'text-anchor="end">(\d+)%</text>', b)[-1] for b in bagian}
    assert len(ujung) == 1  # one scale in every part
    # the budget chart is the web pages' one too, with its legend
    ga = svg_anggaran_cetak(h)
    assert ga is not None and ga.startswith('<p class="lakip-grafik__legenda">') and 'class="lakip-svg"' in ga


def _baris_tabel(md: str, nomor: str) -> list[list[str]]:
    blok = md.split(f"**Tabel {nomor}**", 1)[1].split("\n\n", 2)[1]
    return [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in blok.splitlines()[2:] if ln.startswith("|")]


def test_kalimat_ringkasan_sama_dengan_tabel(data: Path):
    md = _dok(data)
    ikhtisar = md.split("## Ikhtisar Eksekutif", 1)[1].split("\n\n", 2)[1]
    assert ikhtisar == (
        "Pada tahun 2024, KPU Kabupaten Contoh mengukur 3 (tiga) indikator kinerja pada 2 (dua) sasaran strategis. "
        "Menurut kategori capaian: 1 (satu) indikator Sangat Berhasil, 1 (satu) indikator Berhasil, "
        "1 (satu) indikator Kurang Berhasil. Rata-rata capaian 3 (tiga) Indikator Kinerja Utama adalah "
        "121,51% (Sangat Berhasil). Dari pagu Rp 3.500.000, anggaran terealisasi Rp 3.299.000 "
        "(serapan 94,26%), sisa Rp 201.000.")
    iku = _baris_tabel(md, "3.1")
    indikator = [r for r in iku if r[0].startswith("IK")]
    assert len(indikator) == 3
    kategori = sorted(r[5] for r in indikator)
    assert kategori == ["Berhasil", "Kurang Berhasil", "Sangat Berhasil"]
    rata = next(r for r in iku if "Rata-rata" in r[1])
    assert rata[4] == "*121,51%*" and rata[5] == "*Sangat Berhasil*" and "121,51%" in ikhtisar
    sasaran = {r[0] for r in _baris_tabel(md, "3.2") if r[0].startswith("**SS")}
    assert len(sasaran) == 2
    jumlah = next(r for r in _baris_tabel(md, "3.4") if "Jumlah" in r[1])
    assert jumlah[2:] == ["**Rp 3.500.000**", "**Rp 3.299.000**", "**94,26%**", "**Rp 201.000**"]
    # BAB III refers to the tables by their computed numbers
    assert "capaian setiap indikator pada Tabel\u00a03.1 (Indikator Kinerja Utama) dan Tabel\u00a03.2 (per sasaran)" in md
    # counted at the level the Renstra sets: sasaran strategis, not every sasaran of the file
    assert ("Renstra menetapkan 2 (dua) sasaran strategis dengan 3 (tiga) indikator kinerja, 3 (tiga) indikator "
            "di antaranya Indikator Kinerja Utama.") in md


def test_tidak_ada_tahun_basi_dalam_teks_yang_dihasilkan(data: Path):
    md = re.sub(r"<[^>]+>", " ", _dok(data))  # text only, not the SVG's attributes
    tahun = {int(t) for t in re.findall(r"(?<![\d.,])(?:19|20)\d\d(?![\d]|[.,]\d)", md)}
    assert tahun <= set(range(2020, 2025)), tahun
    assert 2024 in tahun


def _diff(a: str, b: str) -> tuple[list[str], list[str]]:
    hapus, tambah = [], []
    for ln in difflib.ndiff(a.splitlines(), b.splitlines()):
        if ln.startswith("- "):
            hapus.append(ln[2:])
        elif ln.startswith("+ "):
            tambah.append(ln[2:])
    return hapus, tambah


def test_satu_realisasi_berubah_hanya_baris_yang_bergantung(tmp_path: Path):
    a = _salin(tmp_path / "a")
    b = _salin(tmp_path / "b")
    real = b / SID / "2024/realisasi.md"
    real.write_text(real.read_text().replace("indikator: IK1.1\n    nilai: 50", "indikator: IK1.1\n    nilai: 60"))
    hapus, tambah = _diff(_dok(a), _dok(b))
    # Gambar 3.1 (the chart's SVG lines): the indicator's bar, its value and the chart's text description
    grafik = [x for x in tambah if x.startswith("<")]
    tambah = [x for x in tambah if not x.startswith("<")]
    assert any("77,42%" in x and "Cukup Berhasil" in x for x in grafik)
    assert all("IK1.1" in x or "77,42" in x or "<rect" in x for x in grafik), grafik
    # IK1.1: 60 / 77,5 = 77,42% (Cukup Berhasil); IKU mean (77,42 + 200 + 100) / 3 = 125,81%
    assert tambah == [
        "Pada tahun 2024, KPU Kabupaten Contoh mengukur 3 (tiga) indikator kinerja pada 2 (dua) sasaran strategis. "
        "Menurut kategori capaian: 1 (satu) indikator Sangat Berhasil, 1 (satu) indikator Berhasil, "
        "1 (satu) indikator Cukup Berhasil. Rata-rata capaian 3 (tiga) Indikator Kinerja Utama adalah "
        "125,81% (Sangat Berhasil). Dari pagu Rp 3.500.000, anggaran terealisasi Rp 3.299.000 "
        "(serapan 94,26%), sisa Rp 201.000.",
        # Tabel 3.1 (IKU): the indicator's row and the mean
        "| IK1.1 | Persentase naskah akademik PKPU berbasis riset (IKU) | 77,5% | 60% | 77,42% | Cukup Berhasil "
        "| 60 ÷ 77,5 × 100 |",
        "|  | *Rata-rata* |  |  | *125,81%* | *Sangat Berhasil* | rata-rata 3 indikator |",
        # Tabel 3.2 (per sasaran): the row and the sasaran's mean
        "| IK1.1 | Persentase naskah akademik PKPU berbasis riset (IKU) | 77,5% | 60% | 77,42% | Cukup Berhasil "
        "| 60 ÷ 77,5 × 100 |",
        "|  | *Rata-rata SS1* |  |  | *77,42%* | *Cukup Berhasil* | rata-rata 1 indikator |",
        # Tabel 3.3 (comparison with the Renstra end target), then SS1's points (1), (3) and (6):
        # efficiency 77,42 / 93,27 = 0,83
        "| IK1.1 | Persentase naskah akademik PKPU berbasis riset | 60% | 77,5% (2024) | 77,42% |",
        "Sasaran strategis ini diukur dengan 1 (satu) indikator; rata-rata capaiannya 77,42% (Cukup Berhasil).",
        "- IK1.1 Persentase naskah akademik PKPU berbasis riset: target 77,5%, realisasi 60%, capaian 77,42%, "
        "Cukup Berhasil.",
        "- IK1.1: target akhir Renstra (2024) 77,5%; realisasi 60% berarti 77,42% dari target akhir.",
        "**(6) Efisiensi penggunaan sumber daya.** Rata-rata capaian 77,42% dengan serapan anggaran 93,27% "
        "(Rp 1.399.000 dari Rp 1.500.000) memberi rasio efisiensi 0,83 (kurang efisien: porsi anggaran yang "
        "terpakai lebih besar dari capaiannya). Rasio efisiensi adalah rata-rata capaian sasaran dibagi serapan "
        "anggaran program dan kegiatan pendukungnya.",
        # BAB IV A. Kesimpulan: the computed conclusion
        "Dari 2 (dua) sasaran strategis yang seluruh indikatornya terukur, 1 (satu) sasaran mencapai target "
        "semua indikatornya dan 1 (satu) sasaran belum. Indikator yang belum mencapai target: IK1.1 (capaian "
        "77,42%). Rata-rata capaian Indikator Kinerja Utama 125,81% (Sangat Berhasil). Serapan anggaran 94,26% "
        "(Rp 3.299.000 dari Rp 3.500.000).",
    ]
    assert len(hapus) == len(tambah) + len(grafik)
    for lama in hapus:
        assert any(x in lama for x in ("IK1.1", "Rata-rata", "Pada tahun 2024", "rata-rata capaiannya",
                                       "realisasi 50%, capaian 64,52%", "64,52%", "<rect", "(6) Efisiensi"))


def test_narasi_dari_lkj_md_dan_pengganti_yang_belum_ditulis(data: Path):
    md = _dok(data)
    # a draft marks every unwritten part (chapters, the signatory, each sasaran's analysis)
    assert md.count("**[Belum ditulis: ") == 10
    (data / SID / "2024/lkj.md").write_text(LKJ_MD, encoding="utf-8")
    md = _dok(data)
    kp = md.split("## Kata Pengantar", 1)[1].split("## Daftar Isi", 1)[0]
    assert "Puji syukur atas tersusunnya laporan tahun 2024." in kp
    assert "Belum ditulis" not in kp
    # signature from lkj.md front matter
    assert "Contoh, 17 Januari 2025  \n**Ketua KPU Kabupaten Contoh**  \n&nbsp;  \n**Ahmad, S.H.**" in kp
    # sections in their place; the narrative table numbered in its chapter with its bold title as caption
    bab1 = md.split("## BAB I Pendahuluan", 1)[1].split("## BAB II", 1)[0]
    assert bab1.index("Peraturan KPU Nomor 7 Tahun 2017") < bab1.index("### B. Tugas dan Fungsi")
    assert "**Tabel 1.3** Matriks prioritas" in bab1 and "**Matriks prioritas**" not in bab1
    bab4 = md.split("## BAB IV Penutup", 1)[1].split("## Lampiran", 1)[0]
    assert "Semua 3 (tiga) indikator IKU tercapai" in bab4
    assert bab4.count("Belum ditulis") == 1  # Rencana Tindak Lanjut only


def test_penandatangan_tidak_diambil_dari_pk(data: Path):
    """The PK's signatory is not assumed to sign the report: without lkj.md the draft shows the gap."""
    kp = _dok(data).split("## Kata Pengantar", 1)[1].split("## Daftar Isi", 1)[0]
    assert "**[Belum ditulis: Penandatangan Kata Pengantar]**" in kp and "Ahmad" not in kp


def test_pemeriksaan_naskah(data: Path):
    (data / SID / "2024/lkj.md").write_text(LKJ_MD, encoding="utf-8")
    n = susun_lkj(_situs(data), SID, 2024)
    teks = [str(p) for p in n.peringatan]
    path = "satker/kab-contoh/2024/lkj.md"
    assert teks == [
        f"{path}:16: “5 (lima) indikator” tidak cocok dengan data tahun 2024: ada 3 indikator (3 IKU) "
        "(tulis jumlahnya lewat tabel yang dihasilkan, atau perbaiki angkanya)",
        f"{path}:22: menyebut tahun 2017 dalam “…Tahun 2017 dan laporan tahun 2017, kami menyusun laporan in…”; "
        "laporan tahun 2024 biasanya hanya menyebut 2020, 2021, 2022, 2023, 2024, 2025 (periksa apakah tahun ini benar)",
        f"{path}:26: merujuk “Tabel 9.9” yang tidak ada dalam LKj yang dihasilkan (nomor tabel dan gambar diberikan "
        "otomatis; lihat Daftar Tabel)",
    ]
    # the warnings go to the editor (lakip check), never onto the public page nor into the report
    page = halaman_lkj(_situs(data), SID, 2024)
    assert "Periksa naskah" not in page and "lkj.md" not in page.split("---", 3)[2].split("\n---\n")[0]
    assert "Periksa naskah" not in markdown_lkj(n)


def test_ejaan_angka_yang_salah(data: Path):
    (data / SID / "2024/lkj.md").write_text("---\ntempat: Contoh\n---\n\n## Ikhtisar Eksekutif\n\nAda 3 (empat) indikator.\n",
                                           encoding="utf-8")
    teks = [p.pesan for p in susun_lkj(_situs(data), SID, 2024).peringatan]
    assert teks == ["“3 (empat) indikator”: angka 3 dieja “tiga”, bukan “empat”"]


def test_halaman_web_dan_tautan(data: Path):
    s = _situs(data)
    semua = halaman.semua_halaman(s)
    assert "satker/kab-contoh/2024/lkj.md" in semua
    assert "[Laporan Kinerja (LKj)](lkj.md)" in semua["satker/kab-contoh/2024/index.md"][0]
    page = halaman_lkj(s, SID, 2024, StatusPdf(True))
    # the LKj page is indexed by the site's search (Pagefind): no front matter leaves it out
    assert page.startswith("# Draf Laporan Kinerja 2024: KPU Kabupaten Contoh\n")
    assert ("**Draf.** Laporan Kinerja 2024 ini masih disusun dan belum ditandatangani; isinya dapat berubah dan "
            "belum merupakan Laporan Kinerja yang diterbitkan.") in page
    assert "- **Draf (PDF A4)**: [lkj-kab-contoh-2024.pdf](lkj-kab-contoh-2024.pdf)." in page
    # no editor instruction on a public page
    assert "profil.md" not in page and "daftarkan" not in page and "`" not in page
    tidak = halaman_lkj(s, SID, 2024, StatusPdf(False, "mesin PDF Chromium tidak terpasang di mesin build"))
    # the reason is the builder's (build log), not the visitor's: the page only says where the report is
    assert ("Versi PDF laporan ini belum tersedia di situs; isi laporan selengkapnya ada di halaman ini.") in tidak
    assert "Chromium" not in tidak and "build" not in tidak
    assert "lkj-kab-contoh-2024.pdf" not in tidak


def test_dokumen_resmi_bertanda_tangan(data: Path):
    profil = data / SID / "profil.md"
    profil.write_text(profil.read_text().replace(
        "    tanggal: 2025-01-17\n",
        "    tanggal: 2025-01-17\n    tempat: Contoh\n    resmi: true\n    berkas: 2024/dokumen/lkj-2024-ttd.pdf\n"))
    (data / SID / "2024/dokumen").mkdir()
    (data / SID / "2024/dokumen/lkj-2024-ttd.pdf").write_bytes(b"%PDF-1.4 scan\n")
    s = _situs(data)
    assert berkas_resmi(s) == [("satker/kab-contoh/2024/dokumen/lkj-2024-ttd.pdf",
                                    data / SID / "2024/dokumen/lkj-2024-ttd.pdf")]
    page = halaman_lkj(s, SID, 2024, StatusPdf(True))
    # the signed scan is the published LKj, the generated PDF its accessible copy
    assert ("- **Laporan Kinerja yang diterbitkan** (pindaian bertanda tangan, ditandatangani 17 Januari 2025): "
            "[lkj-2024-ttd.pdf](dokumen/lkj-2024-ttd.pdf).") in page
    assert "- **Salinan yang dapat diakses**: [lkj-kab-contoh-2024.pdf](lkj-kab-contoh-2024.pdf)." in page
    t = lkj_terbit(s, SID, 2024)
    assert t == TerbitLkj("satker/kab-contoh/2024/dokumen/lkj-2024-ttd.pdf",
                          "satker/kab-contoh/2024/lkj-kab-contoh-2024.pdf", True, datetime.date(2025, 1, 17))


def test_nilai_data_di_escape(data: Path):
    r = data / SID / "renstra-2020-2024.md"
    r.write_text(r.read_text().replace("nama: Jumlah dokumen DPT yang ditetapkan", 'nama: "<script>alert(1)</script>"'))
    md = _dok(data)
    assert "<script>" not in md and "&lt;script&gt;alert(1)&lt;/script&gt;" in md


def test_build_situs_tanpa_pdf(tmp_path: Path):
    cfg = tulis_proyek(tmp_path, lakip="pdf: false")
    site = bangun(cfg)
    html = (site / "satker/kab-contoh/2024/lkj/index.html").read_text(encoding="utf-8")
    assert "Versi PDF laporan ini belum tersedia di situs" in html and "pengaturan situs" not in html
    assert 'id="tabel-3-1"' in html and "BAB III Akuntabilitas Kinerja" in html
    assert not (site / "satker/kab-contoh/2024/lkj-kab-contoh-2024.pdf").exists()


def test_build_tanpa_chromium_satu_peringatan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture):
    monkeypatch.setenv("LAKIP_CHROMIUM", "")
    cfg = tulis_proyek(tmp_path)
    with caplog.at_level("INFO"):
        site = bangun(cfg, strict=True)  # one INFO line, so a strict build still succeeds
    pesan = [r.getMessage() for r in caplog.records if r.levelname in ("INFO", "WARNING") and "PDF LKj" in r.getMessage()]
    assert [r.levelname for r in caplog.records if "PDF LKj" in r.getMessage()] == ["INFO"], pesan
    html = (site / "satker/kab-contoh/2024/lkj/index.html").read_text(encoding="utf-8")
    assert "Versi PDF laporan ini belum tersedia di situs" in html and "mesin PDF" not in html
    assert not (site / "satker/kab-contoh/2024/lkj-kab-contoh-2024.pdf").exists()


def test_build_menerbitkan_dokumen_resmi(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    profil = data / SID / "profil.md"
    profil.write_text(profil.read_text().replace(
        "    tanggal: 2025-01-17\n", "    tanggal: 2025-01-17\n    resmi: true\n    berkas: 2024/dokumen/lkj-ttd.pdf\n"))
    (data / SID / "2024/dokumen").mkdir()
    (data / SID / "2024/dokumen/lkj-ttd.pdf").write_bytes(b"%PDF-1.4 pindaian\n")
    cfg = tulis_proyek(tmp_path / "proyek", data=data, lakip="pdf: false")
    site = bangun(cfg)
    assert (site / "satker/kab-contoh/2024/dokumen/lkj-ttd.pdf").read_bytes() == b"%PDF-1.4 pindaian\n"
    html = (site / "satker/kab-contoh/2024/lkj/index.html").read_text(encoding="utf-8")
    assert 'href="../dokumen/lkj-ttd.pdf"' in html and "Laporan Kinerja yang diterbitkan" in html


def test_titik_dua_tanpa_daftar_atau_tabel(data: Path):
    (data / SID / "2024/lkj.md").write_text(
        "---\ntempat: Contoh\n---\n\n## Ikhtisar Eksekutif\n\nCapaian IKU disajikan pada tabel berikut:\n\n"
        "Laporan ini disusun sesuai pedoman.\n\nTugas kami sebagai berikut:\n\n- menyusun laporan.\n\n"
        "## Penutup\n\nRencana tindak lanjut adalah:\n", encoding="utf-8")
    teks = [(p.path, p.baris, p.pesan) for p in susun_lkj(_situs(data), SID, 2024).peringatan]
    # the list after the second colon and the section's end after the third are left alone
    assert teks == [("satker/kab-contoh/2024/lkj.md", 7,
                     "kalimat “Capaian IKU disajikan pada tabel berikut:” diakhiri titik dua, tetapi yang menyusul "
                     "bukan daftar atau tabel (tulis daftar atau tabelnya, atau akhiri kalimat dengan titik)")]


def test_kesimpulan_bab_iv_dihitung(data: Path):
    md = _dok(data)
    bab4 = md.split("## BAB IV Penutup", 1)[1]
    kesimpulan = bab4.split("### A. Kesimpulan", 1)[1].split("\n\n", 2)[1]
    assert kesimpulan == (
        "Dari 2 (dua) sasaran strategis yang seluruh indikatornya terukur, 1 (satu) sasaran mencapai target semua "
        "indikatornya dan 1 (satu) sasaran belum. Indikator yang belum mencapai target: IK1.1 (capaian 64,52%). "
        "Rata-rata capaian Indikator Kinerja Utama 121,51% (Sangat Berhasil). Serapan anggaran 94,26% "
        "(Rp 3.299.000 dari Rp 3.500.000).")
    # two realisasi removed: no sasaran is fully measured, so none is concluded, and it says why
    real = data / SID / "2024/realisasi.md"
    real.write_text(re.sub(r"\n    nilai: [^\n]*", "", real.read_text()))
    bab4 = _dok(data).split("## BAB IV Penutup", 1)[1]
    assert ("Capaian 2 (dua) sasaran strategis belum dapat disimpulkan karena tidak semua realisasi indikatornya "
            "dilaporkan. Realisasi 2 (dua) indikator tidak dilaporkan. Rata-rata capaian Indikator Kinerja Utama "
            "100,00% (Berhasil).") in bab4


def test_tabel_pejabat_dengan_nip(data: Path):
    assert "| Ahmad | Ketua | – |  |" in _dok(data)  # no civil servant listed: no NIP column
    profil = data / SID / "profil.md"
    profil.write_text(profil.read_text().replace("jabatan: Sekretaris\n", "jabatan: Sekretaris\n    nip: '197503122006042001'\n"))
    md = _dok(data)
    assert "| Nama | NIP | Jabatan | Divisi | Keterangan |" in md
    assert "| Ahmad | – | Ketua | – |  |" in md and "| Siti | 197503122006042001 | Sekretaris | – |  |" in md


def test_rujukan_ke_tabel_dengan_judul_lain(data: Path):
    (data / SID / "2024/lkj.md").write_text(
        "---\ntempat: Contoh\n---\n\n## Ikhtisar Eksekutif\n\nRinciannya pada Tabel 3.1 Tugas dan Wewenang KPU. "
        "Lihat juga Tabel 3.1 Capaian IKU dan Tabel 3.1 di atas.\n", encoding="utf-8")
    teks = [(p.baris, p.pesan) for p in susun_lkj(_situs(data), SID, 2024).peringatan]
    # a reference by number only, or with the table's own title, is fine
    assert teks == [(7, "merujuk “Tabel 3.1 Tugas dan Wewenang KPU”, tetapi Tabel 3.1 dalam LKj yang dihasilkan "
                        "adalah “Capaian Indikator Kinerja Utama tahun 2024” (rujuk nomor yang benar, atau hapus "
                        "rujukannya)")]


def test_analisis_indikator_satu_gaya_angka_tanpa_catatan(data: Path):
    real = data / SID / "2024/realisasi.md"
    real.write_text(real.read_text().replace(
        "indikator: IK1.1\n    nilai: 50\n",
        "indikator: IK1.1\n    nilai: 50\n    analisis: |\n      Didukung anggaran Rp.19.500.000,- dengan serapan 90 %.\n\n"
        "      Angka 65 tercetak di BAB III.B.\n", 1))
    md = _dok(data)
    assert "*IK1.1.* Didukung anggaran Rp 19.500.000 dengan serapan 90%." in md
    assert "Rp.19.500.000" not in md and "tercetak di BAB" not in md


def test_tahun_lalu_hanya_capaian_tercetak(data: Path):
    """An earlier year known only by its printed capaian is compared, not called 'no data'."""
    d2023 = data / SID / "2023"
    d2023.mkdir(exist_ok=True)
    (d2023 / "realisasi.md").write_text(
        "---\nrealisasi:\n  - indikator: IK1.1\n    tercetak:\n      - sumber: LKj 2024 Tabel 14 (kolom 2023)\n"
        "        capaian: 82.3\n---\n", encoding="utf-8")
    s, m = bangun_data(data, "satker")
    assert not m, m.teks()
    md = sebagai_pipa(markdown_lkj(susun_lkj(s, SID, 2024)))
    assert ("- IK1.1: 2023: capaian 82,30% (hanya angka capaian yang dilaporkan; target dan realisasinya tidak "
            "tersedia); 2024: capaian 64,52% (turun 17,78 poin persen dari 2023).") in md

"""lakip rapikan: a tidy, stable layout that never changes the data, the comments or the body."""

from __future__ import annotations

import multiprocessing
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from bantu_situs import AKAR, UJI

from lakip.cli import main
from lakip.commands.cek_latar import RapiLatar
from lakip.commands.rapikan import (
    TidakBisaDirapikan,
    berkas_data,
    jenis_berkas,
    periksa_rapi,
    rapikan_berkas,
    rapikan_teks,
)
from lakip.errors import Masalah
from lakip.load.frontmatter import pisah
from lakip.load.validasi import baca_rekaman
from lakip.model.rekaman import BerkasAnggaran, Renstra
from lakip.model.yamlnode import Daftar, Peta, Skalar, baca_yaml

FIXTURE = UJI / "fixtures" / "satker"
BERKAS_FIXTURE = sorted(p for p in FIXTURE.rglob("*.md") if jenis_berkas(p))
BERKAS_SATKER = sorted(p for p in (AKAR / "satker").rglob("*.md") if jenis_berkas(p)) if (AKAR / "satker").is_dir() else []


def _id(p: Path) -> str:
    return str(p.relative_to(AKAR))


def rekaman(teks: str, cls: type | None) -> tuple[Any, list[str], str]:
    """The built record, the problems (without line numbers) and the body of a data file."""
    pecahan, err = pisah(teks, "x")
    assert err is None and pecahan is not None
    node, errs = baca_yaml(pecahan.yaml, "x", pecahan.yaml_baris)
    m = Masalah(list(errs))
    data = baca_rekaman(cls, node, "x", m) if cls is not None and node is not None else None
    return data, sorted(e.pesan for e in m.items), pecahan.body


def komentar(teks: str) -> list[str]:
    return sorted(x.strip() for x in teks.splitlines() if x.strip().startswith("#"))


def pohon(yaml: str) -> Any:
    """The node tree without line numbers (what the YAML says, not where)."""
    node, _ = baca_yaml(yaml, "x")

    def k(n: Any) -> Any:
        if isinstance(n, Skalar):
            return (n.teks, n.gaya)
        if isinstance(n, Peta):
            return sorted((kunci.teks, k(v)) for kunci, v in n.items)
        if isinstance(n, Daftar):
            return [k(v) for v in n.items]
        return n

    return k(node)


def pastikan_data_sama(lama: str, baru: str, cls: type | None) -> None:
    a, b = rekaman(lama, cls), rekaman(baru, cls)
    assert a[0] == b[0]
    assert a[1] == b[1]
    assert a[2] == b[2] or a[2] + "\n" == b[2]


# ---------------------------------------------------------------- real files

@pytest.mark.parametrize("path", BERKAS_FIXTURE + BERKAS_SATKER, ids=_id)
def test_idempoten_dan_data_tetap(path: Path) -> None:
    teks = path.read_text(encoding="utf-8")
    cls = jenis_berkas(path)
    try:
        rapi = rapikan_teks(teks, cls)
    except TidakBisaDirapikan:
        # only a file whose YAML is broken (being written right now) may be refused
        pecahan, err = pisah(teks, "x")
        assert err is not None or pecahan is None or baca_yaml(pecahan.yaml, "x")[1]
        return
    assert rapikan_teks(rapi, cls) == rapi
    pastikan_data_sama(teks, rapi, cls)
    assert komentar(rapi) == komentar(teks)  # every comment kept (maybe moved with its key)


@pytest.mark.parametrize("path", BERKAS_FIXTURE, ids=_id)
def test_fixture_sudah_rapi(path: Path) -> None:
    teks = path.read_text(encoding="utf-8")
    assert rapikan_teks(teks, jenis_berkas(path)) == teks


def _acak(teks: str) -> str:
    """The same data laid out carelessly: '-' alone on its line, trailing spaces, doubled blank lines."""
    keluar = []
    for baris in teks.rstrip("\n").split("\n"):
        m = re.fullmatch(r"( *)- ([A-Za-z_\"'{\[].*)", baris)
        if m:
            keluar += [f"{m[1]}-   ", f"{m[1]}  {m[2]}"]
        elif not baris.strip():
            keluar += ["", "  "]
        elif re.fullmatch(r" *[a-z_]+:( .*)?", baris):
            keluar.append(baris + "  ")
        else:
            keluar.append(baris)
    return "\n".join(keluar) + "\n"


@pytest.mark.parametrize("path", BERKAS_FIXTURE + BERKAS_SATKER, ids=_id)
def test_tata_letak_acak_kembali_sama(path: Path) -> None:
    teks = path.read_text(encoding="utf-8")
    cls = jenis_berkas(path)
    pecahan, err = pisah(teks, "x")
    if err is not None or pecahan is None or baca_yaml(pecahan.yaml, "x")[1]:
        pytest.skip("YAML belum valid")
    acak = "---\n" + _acak(pecahan.yaml) + "---\n" + pecahan.body
    if pohon(_acak(pecahan.yaml)) != pohon(pecahan.yaml):
        pytest.skip("berkas memuat teks blok yang isinya ikut berubah")
    assert rapikan_teks(acak, cls) == rapikan_teks(teks, cls)


# ---------------------------------------------------------------- what tidy means

ACAK = """---
# yaml-language-server: $schema=../schema/renstra.schema.json

sasaran:
    # sasaran pertama
    - uraian: Terwujudnya kebijakan
      id: SS1
      indikator:
      - target: {2024: 77.50, 2023: 70}
        nama: "Persentase naskah
           akademik"
        id: IK1.1   # kode tetap
        satuan: "%"
        perhitungan: |
            baris satu
              menjorok

            baris tiga
        # komentar dalam indikator


      -
        # komentar butir
        id: IK1.2
        nama: Kedua
        satuan: Dokumen
        iku: true
        polaritas: turun
        target: {2024: 2}
    # akhir daftar sasaran
misi:
- satu
-   dua   # misi dua
visi: Visi
# penutup



---
Badan teks
  tetap sama  \n\n
"""

RAPI = """---
# yaml-language-server: $schema=../schema/renstra.schema.json

visi: Visi
misi:
  - satu
  - dua   # misi dua
sasaran:
  # sasaran pertama
  - id: SS1
    uraian: Terwujudnya kebijakan
    indikator:
      - id: IK1.1   # kode tetap
        nama: "Persentase naskah
          akademik"
        satuan: "%"
        perhitungan: |
          baris satu
            menjorok

          baris tiga
        target: {2023: 70, 2024: 77.50}
        # komentar dalam indikator

      # komentar butir
      - id: IK1.2
        nama: Kedua
        satuan: Dokumen
        polaritas: turun
        iku: true
        target: {2024: 2}
  # akhir daftar sasaran
# penutup
---
Badan teks
  tetap sama  \n\n
"""


def test_contoh_lengkap() -> None:
    assert rapikan_teks(ACAK, Renstra) == RAPI
    assert rapikan_teks(RAPI, Renstra) == RAPI
    pastikan_data_sama(ACAK, RAPI, Renstra)


def test_spasi_di_akhir_baris_dan_angka_apa_adanya() -> None:
    teks = "---  \nprogram:   \n  - {realisasi: 1_000_000, pagu: 2000000, nama: A,kode: X}  \n---\n"
    assert rapikan_teks(teks, BerkasAnggaran) == (
        "---\nprogram:\n  - {kode: X, nama: A, pagu: 2000000, realisasi: 1_000_000}\n---\n")


def test_kunci_tak_dikenal_tetap_di_tempat_sesudah_yang_dikenal() -> None:
    teks = "---\nbelanja:\nzzz: 1\nprogram:\npagu: 5\n---\n"
    assert rapikan_teks(teks, BerkasAnggaran) == "---\npagu: 5\nprogram:\nbelanja:\nzzz: 1\n---\n"


def test_komentar_kosong_dan_front_matter_hanya_komentar() -> None:
    assert rapikan_teks("---\n\n# hanya komentar   \n\n\n# dua\n\n---\nx\n", BerkasAnggaran) == \
        "---\n# hanya komentar\n\n# dua\n---\nx\n"
    assert rapikan_teks("---\n---\n", BerkasAnggaran) == "---\n---\n"


def test_teks_blok_dengan_spasi_dan_baris_kosong_dijaga() -> None:
    teks = "---\nrealisasi:\n- indikator: A\n  analisis: |+\n     a  \n\n\n     b\n\n\n  nilai: 1\n---\n"
    rapi = rapikan_teks(teks, None)
    pastikan_data_sama(teks, rapi, None)
    assert "      a  \n\n\n      b\n\n\n" in rapi


@pytest.mark.parametrize("teks", [
    "---\nprogram: [\n---\n",
    "---\na: 1\na: 2\n---\n",
    "---\na: &x 1\nb: *x\n---\n",
    "tanpa front matter\n",
    "---\n- daftar di akar\n---\n",
])
def test_menolak_tanpa_mengubah(tmp_path: Path, teks: str) -> None:
    with pytest.raises(TidakBisaDirapikan):
        rapikan_teks(teks, BerkasAnggaran)
    f = tmp_path / "2024" / "anggaran.md"
    f.parent.mkdir()
    f.write_text(teks)
    h = rapikan_berkas(f)
    assert h.masalah is not None and not h.berubah
    assert f.read_text() == teks


# ---------------------------------------------------------------- the command

@pytest.fixture()
def satker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "satker")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "satker"


def test_cli_periksa_lalu_rapikan(satker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rapikan", "--periksa"]) == 0
    assert capsys.readouterr().out == "5 berkas data sudah rapi.\n"
    pk = satker / "kab-contoh" / "2024" / "pk.md"
    pk.write_text(pk.read_text().replace("    tempat: Contoh\n", "").replace("    tanggal: 2024-01-04\n",
                                                                                  "    tanggal: 2024-01-04\n    tempat: Contoh   \n"))
    (satker / "kab-contoh" / "catatan.txt").write_text("bukan data\n")
    assert main(["rapikan", "--periksa", "satker"]) == 1
    keluar = capsys.readouterr()
    assert keluar.out == "satker/kab-contoh/2024/pk.md:1: berkas belum rapi (jalankan: lakip rapikan satker/kab-contoh/2024/pk.md)\n"
    assert keluar.err == "1 berkas belum rapi.\n"
    assert main(["rapikan", "satker/kab-contoh/2024/pk.md"]) == 0
    assert capsys.readouterr().out == "dirapikan: satker/kab-contoh/2024/pk.md\n1 berkas dirapikan, 0 sudah rapi.\n"
    assert pk.read_text() == (FIXTURE / "kab-contoh" / "2024" / "pk.md").read_text()
    assert main(["rapikan"]) == 0
    assert capsys.readouterr().out == "0 berkas dirapikan, 5 sudah rapi.\n"
    assert main(["check", "satker"]) == 0


def test_cli_berkas_rusak(satker: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = satker / "kab-contoh" / "2024" / "realisasi.md"
    r.write_text(r.read_text().replace("  - indikator: IK2.1", "  - indikator: IK2.1\n   salah: [", 1))
    assert main(["rapikan", "--periksa", "satker"]) == 0  # left to lakip check
    capsys.readouterr()
    assert main(["rapikan", "satker"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("satker/kab-contoh/2024/realisasi.md:2: berkas tidak dapat dirapikan: YAML tidak valid atau "
                      "memuat kunci ganda/alias (perbaiki dulu: jalankan lakip check)")
    assert out[1] == "0 berkas dirapikan, 4 sudah rapi, 1 tidak dapat dirapikan."
    assert main(["rapikan", "tidak-ada"]) == 1
    assert capsys.readouterr().err == "tidak-ada:1: berkas atau folder tidak ditemukan\n"


def test_periksa_rapi_untuk_lakip_check(satker: Path) -> None:
    assert not periksa_rapi(satker, "satker")
    a = satker / "kab-contoh" / "2024" / "anggaran.md"
    a.write_text(a.read_text().replace("belanja:\n", "belanja:   \n"))
    m = periksa_rapi(satker, "satker")
    assert m.teks() == ("satker/kab-contoh/2024/anggaran.md:1: berkas belum rapi "
                        "(jalankan: lakip rapikan satker/kab-contoh/2024/anggaran.md)")


@pytest.mark.parametrize("fork", [True, False])
def test_periksa_rapi_di_proses_kedua_sama(satker: Path, monkeypatch: pytest.MonkeyPatch, fork: bool) -> None:
    """lakip check runs the layout check beside the loading; with or without a second process, same answer."""
    if not fork:
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    a = satker / "kab-contoh" / "2024" / "anggaran.md"
    a.write_text(a.read_text().replace("belanja:\n", "belanja:   \n"))
    latar = RapiLatar(satker, "satker", ())
    assert (latar.proses is not None) == fork or multiprocessing.cpu_count() < 2
    assert latar.hasil().teks() == periksa_rapi(satker, "satker", sudah_sah=True).teks() == (
        "satker/kab-contoh/2024/anggaran.md:1: berkas belum rapi (jalankan: lakip rapikan "
        "satker/kab-contoh/2024/anggaran.md)")
    latar.hentikan()
    # stopped early (the data had problems): no process is left behind
    latar = RapiLatar(satker, "satker", ())
    proses = latar.proses
    latar.hentikan()
    assert proses is None or not proses.is_alive()


def test_berkas_data_hanya_berkas_data(satker: Path) -> None:
    (satker / "kab-contoh" / "2024" / "dokumen").mkdir()
    (satker / "kab-contoh" / "2024" / "dokumen" / "catatan.md").write_text("x")
    (satker / "README.md").write_text("x")
    assert [t for _, t in berkas_data([satker])] == [
        f"{satker}/kab-contoh/2024/anggaran.md", f"{satker}/kab-contoh/2024/pk.md",
        f"{satker}/kab-contoh/2024/realisasi.md", f"{satker}/kab-contoh/profil.md",
        f"{satker}/kab-contoh/renstra-2020-2024.md",
    ]
    assert re.fullmatch(r".*/README\.md", berkas_data([satker / "README.md"])[0][1])

"""Open data is spreadsheet-safe (csv_aman.py): no CSV cell is read as a formula.

Text from satker files reaches ``capaian.csv``, the ``anggaran-*.csv`` files and ``dip.csv``;
a cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR is a formula in Excel and
LibreOffice unless it is entirely a number. The JSON exports keep the text as written.
The open data files are in the Indonesian spreadsheet convention (BOM, ``;``, decimal
comma, CRLF; ``site/kolom.py``), ``dip.csv`` in RFC 4180 with commas.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bantu_situs import AKAR

from lakip.bangun import bangun
from lakip.compute.situs import Situs
from lakip.render.csv_aman import sel_csv, teks_csv
from lakip.site import dip, export, halaman

FIXTURE = AKAR / "tests" / "fixtures" / "satker"
SID = "kab-contoh"
BAHAYA = ("=", "+", "-", "@", "\t", "\r")
_ANGKA = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

HYPERLINK = '=HYPERLINK("http://x","klik")'
SUM = "@SUM(1+1)"


def _sel_aman(sel: str) -> bool:
    """A cell no spreadsheet reads as a formula: no formula character first, or a plain number."""
    return not sel.startswith(BAHAYA) or bool(_ANGKA.fullmatch(sel))


def _pisah_titik_koma(sel: str) -> list[str]:
    """The cells a spreadsheet splitting on ';', tab or line breaks would make of this text."""
    return re.split(r"[;\t\r\n]", sel)


def _ganti(path: Path, lama: str, baru: str) -> None:
    isi = path.read_text(encoding="utf-8")
    assert lama in isi, (path, lama)
    path.write_text(isi.replace(lama, baru, 1), encoding="utf-8")


def _q(teks: str) -> str:
    """``teks`` as a YAML double-quoted scalar."""
    return json.dumps(teks, ensure_ascii=False)


@pytest.fixture(scope="module")
def jahat(tmp_path_factory: pytest.TempPathFactory) -> Situs:
    """The example satker with formula text in names, ids, programs, notes and its DIP."""
    data = tmp_path_factory.mktemp("ekspor") / "satker"
    shutil.copytree(FIXTURE, data)
    s = data / SID
    _ganti(s / "renstra-2020-2024.md", "nama: Persentase naskah akademik PKPU berbasis riset",
           f"nama: {_q(HYPERLINK)}")
    _ganti(s / "renstra-2020-2024.md", "nama: Jumlah dokumen DPT yang ditetapkan", f"nama: {_q(SUM)}")
    _ganti(s / "renstra-2020-2024.md", "nama: Persentase pemilih yang berhak memilih tetapi tidak masuk DPT",
           f"nama: {_q('Nama' + chr(9) + '=1+1')}")
    _ganti(s / "2024/anggaran.md", "nama: Program Dukungan Manajemen", f"nama: {_q('-2+3')}")
    _ganti(s / "2024/anggaran.md", "nama: Program Penyelenggaraan Pemilu", f"nama: {_q('+cmd|calc')}")
    _ganti(s / "2024/anggaran.md", "nama: Layanan Perkantoran", f"nama: {_q('Layanan; =1+1')}")
    _ganti(s / "2024/anggaran.md", "nama: Sarana Teknologi", f"nama: {_q('Sarana;=HYPERLINK(1)')}")
    _ganti(s / "2024/anggaran.md", "{kode: 51, nama: Belanja Pegawai,", f"{{kode: 51, nama: {_q('@A1')},")
    _ganti(s / "2024/anggaran.md", "nama: Dukungan Manajemen", f"nama: {_q('+1+1')}")
    _ganti(s / "profil.md", "  - judul: Laporan Kinerja 2024\n",
           f"  - judul: {_q(HYPERLINK)}\n    ringkasan: {_q('- butir satu' + chr(10) + '=1+1' + chr(10) + '-12.5')}\n    penguasa: {_q('@SUM(1)')}\n"
           f"    tempat: {_q('-2+3')}\n    penanggung_jawab: {_q('Sekretaris' + chr(9) + '@x')}\n    retensi: {_q('=1;=2')}\n")
    situs, masalah = bangun(data, "satker", terbit=False)
    assert not masalah, masalah.teks()
    return situs


def _semua_csv(situs: Situs) -> dict[str, str]:
    hasil = {k: v.decode("utf-8-sig") for k, v in export.semua_berkas(situs).items() if k.endswith(".csv")}
    semua = halaman.semua_halaman(situs)
    hasil.update({dip.uri_csv(s.id): dip.csv_dip(situs, s.id, semua) for s in situs.satker()})
    return hasil


def _pembaca(nama: str, teks: str, dict_: bool = False) -> Iterator[Any]:
    """Rows of a CSV of the site: ';' for the open data, ',' for dip.csv."""
    pemisah = "," if nama.endswith("dip.csv") else ";"
    f = io.StringIO(teks, newline="")
    return csv.DictReader(f, delimiter=pemisah) if dict_ else csv.reader(f, delimiter=pemisah)


def _sel(nama: str, teks: str) -> list[str]:
    return [sel for baris in _pembaca(nama, teks) for sel in baris]


def test_tidak_ada_sel_rumus(jahat: Situs) -> None:
    berkas = _semua_csv(jahat)
    assert {"kab-contoh/2024/capaian.csv", "kab-contoh/2024/anggaran-program.csv", "kab-contoh/2024/anggaran-ro.csv",
            "data/kab-contoh/dip.csv", "capaian.csv", "ringkasan.csv"} <= set(berkas)
    for nama, teks in berkas.items():
        for sel in _sel(nama, teks):
            assert _sel_aman(sel), (nama, sel)
            # nor where a spreadsheet splitting on ';' (Excel with Indonesian settings) or tab starts a cell
            for potong in _pisah_titik_koma(sel)[1:]:
                assert _sel_aman(potong.lstrip('"')), (nama, sel, potong)


def test_teks_tetap_terbaca_dengan_awalan_kutip(jahat: Situs) -> None:
    berkas = _semua_csv(jahat)
    capaian = list(_pembaca("capaian.csv", berkas["kab-contoh/2024/capaian.csv"], True))
    nama = {r["id"]: r["nama"] for r in capaian}
    assert nama["IK1.1"] == "'" + HYPERLINK and nama["IK2.2"] == "'" + SUM
    assert nama["IK2.1"] == "Nama\t'=1+1"  # leading white space is not kept by the loader
    anggaran = {r["nama"] for nama in ("program", "kegiatan", "ro", "belanja")
                for r in _pembaca("a.csv", berkas[f"kab-contoh/2024/anggaran-{nama}.csv"], True)}
    assert {"'-2+3", "'+cmd|calc", "'+1+1", "Layanan; =1+1", "Sarana;'=HYPERLINK(1)", "'@A1"} <= anggaran
    rows = list(_pembaca("dip.csv", berkas["data/kab-contoh/dip.csv"], True))
    lkj = next(r for r in rows if r["judul"].endswith(HYPERLINK))
    assert lkj["judul"] == "'" + HYPERLINK
    # each line of a multi-line text: a spreadsheet splitting on ';' starts a row there (a number stays)
    assert lkj["ringkasan_isi_informasi"] == "'- butir satu\n'=1+1\n-12.5"
    assert lkj["pejabat_unit_yang_menguasai"] == "'@SUM(1)" and lkj["tempat_pembuatan"] == "'-2+3"
    assert lkj["penanggung_jawab_pembuatan_penerbitan"] == "Sekretaris\t'@x" and lkj["jangka_waktu_penyimpanan"] == "'=1;'=2"


def test_angka_negatif_tetap_angka(jahat: Situs) -> None:
    # Rupiah and percentages are numbers, not text: never quoted, negative or not
    assert teks_csv(["a", "b", "c", "d"], [[-5, "-12.5", "+3", "-1E5"]]) == "a,b,c,d\n-5,-12.5,+3,-1E5\n"
    anggaran = export.semua_berkas(jahat)["kab-contoh/2024/anggaran-program.csv"].decode("utf-8-sig")
    for r in _pembaca("a.csv", anggaran, True):
        for k in ("pagu", "realisasi", "sisa"):
            assert r[k] == "" or _ANGKA.fullmatch(r[k]), (k, r[k])
        assert r["serapan"] == "" or re.fullmatch(r"-?\d+(,\d+)?", r["serapan"]), r["serapan"]


@pytest.mark.parametrize(("nilai", "hasil"), [
    (HYPERLINK, "'" + HYPERLINK), (SUM, "'" + SUM), ("-2+3", "'-2+3"), ("+1", "+1"), ("-12.5", "-12.5"),
    ("-", "'-"), ("\tx", "'\tx"), ("\r=1", "'\r'=1"), ("\t", "'\t"), ('"=1"', "'\"=1\""), ("a;=1", "a;'=1"),
    ("a;-3", "a;-3"), ("a\n@b", "a\n'@b"), ("Program Dukungan", "Program Dukungan"), ("a-b=c", "a-b=c"),
    ("", ""), (" =1", " =1"), (12, 12), (None, None),
])
def test_sel_csv(nilai: object, hasil: object) -> None:
    assert sel_csv(nilai) == hasil


def test_json_tidak_berubah(jahat: Situs) -> None:
    isi = json.loads(export.semua_berkas(jahat)["kab-contoh/2024/capaian.json"])
    nama = {r["id"]: r["nama"] for r in isi["indikator"]}
    assert nama["IK1.1"] == HYPERLINK and nama["IK2.2"] == SUM and nama["IK2.1"] == "Nama\t=1+1"
    anggaran = json.loads(export.semua_berkas(jahat)["kab-contoh/2024/anggaran.json"])
    assert "-2+3" in {b["nama"] for b in anggaran["baris"]}


@pytest.mark.parametrize("folder", [AKAR / "satker", AKAR / "tests" / "fixtures" / "portal", FIXTURE])
def test_data_biasa_tidak_berubah_sebait_pun(folder: Path) -> None:
    """Without formula text the CSV files are byte for byte what the csv module writes."""
    situs, masalah = bangun(folder, "satker", terbit=False)
    assert not masalah, masalah.teks()
    berkas = _semua_csv(situs)
    assert berkas
    for nama, teks in berkas.items():
        rows = list(_pembaca(nama, teks))
        assert all(sel_csv(sel) == sel for r in rows for sel in r), nama  # nothing needed the quote
        buf = io.StringIO()
        dip_csv = nama.endswith("dip.csv")
        csv.writer(buf, delimiter="," if dip_csv else ";", lineterminator="\n" if dip_csv else "\r\n").writerows(rows)
        assert buf.getvalue() == teks, nama


def test_kode_tidak_bisa_diawali_tanda_rumus(tmp_path: Path) -> None:
    """Ids and codes start with a letter or digit (skema.Kode): formula text reaches the CSV only through names."""
    data = tmp_path / "satker"
    shutil.copytree(FIXTURE, data)
    _ganti(data / SID / "renstra-2020-2024.md", "id: IK2.2", "id: '-IK2.2'")
    _ganti(data / SID / "2024/anggaran.md", "kode: 076.01.CQ", "kode: '=076.01.CQ'")
    _, masalah = bangun(data, "satker", terbit=False)
    salah = "\n".join(str(e) for e in masalah.urut())
    assert "'-IK2.2', bukan kode yang sah" in salah and "'=076.01.CQ', bukan kode yang sah" in salah

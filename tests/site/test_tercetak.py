"""Printed vs computed where the number is (render/tercetak.py): every figure the signed report printed
otherwise carries a marker in its cell and a note under its table, linking to the consistency page."""

from __future__ import annotations

import re

import pytest
from bantu_situs import AKAR

from lakip.bangun import bangun
from lakip.compute.konsistensi import kunci_anggaran, kunci_indikator
from lakip.compute.situs import Situs
from lakip.render.kalimat import teks_selisih
from lakip.site import halaman

SID = "kota-banjarbaru"


@pytest.fixture(scope="module")
def situs() -> Situs:
    s, masalah = bangun(AKAR / "satker", "satker")
    assert not masalah
    return s


def test_sel_partisipasi_bertanda(situs: Situs) -> None:
    md = halaman.halaman_tahun(situs, SID, 2024)
    # the citizen's row: computed 64,52%, the signed LKj printed 85%
    assert '| 64,52% [<sup>1</sup>](#tercetak-1 "tercetak 85%") |' in md
    assert ("<sup>1</sup> Laporan tercetak menulis 85% (BAB III.A Tabel 10; BAB III.A Tabel 14 (kolom 2024)); "
            "dihitung dari data: 64,52%. [Catatan konsistensi](konsistensi.md)\n{: #tercetak-1 .lakip-tercetak }\n") in md
    # the IKU mean printed 90,5% in BAB III and 99,19% in the Ikhtisar
    assert re.search(r"\| \*82,61%\* \[<sup>(\d+)</sup>\]\(#tercetak-\1 \"tercetak 90,5%, 99,19%\"\) \|", md)
    # a figure shown in two tables keeps its number, and its note is written once
    assert md.count("{: #tercetak-1 ") == 1 and md.count("(#tercetak-1 ") == 3  # IKU, sasaran, PK Ketua


def _bertanda(md: str) -> list[str]:
    return re.findall(r"\]\(#tercetak-\d+ \"tercetak ([^\"]*)\"\)", md)


@pytest.mark.parametrize("sid", ["kota-banjarbaru", "kab-tanah-bumbu", "kota-jakarta-selatan", "kab-barito-selatan"])
def test_setiap_selisih_yang_tampil_bertanda(situs: Situs, sid: str) -> None:
    """Every printed figure that differs, of a cell the year's pages show, is marked on that page."""
    md_tahun = halaman.halaman_tahun(situs, sid, 2024)
    md_anggaran = halaman.halaman_anggaran(situs, sid, 2024)
    h = situs.hasil(sid, 2024)
    indikator = {kunci_indikator(c.indikator) for c in h.indikator.values()}
    anggaran = {kunci_anggaran(b) for b in (h.anggaran.semua_baris() if h.anggaran else ())}
    tanda_tahun = " ".join(_bertanda(md_tahun))
    tanda_anggaran = " ".join(_bertanda(md_anggaran))
    n = 0
    for s in situs.konsistensi(sid, 2024):
        cetak = teks_selisih(s)[1]
        if s.nama in indikator and s.kolom in ("target", "realisasi", "capaian", "kategori"):
            assert cetak in tanda_tahun, (s.nama, s.kolom, cetak)
            n += 1
        elif s.nama in anggaran and s.kolom in ("pagu", "realisasi", "serapan", "sisa") and h.anggaran.program:
            assert cetak in tanda_anggaran, (s.nama, s.kolom, cetak)
            n += 1
    assert n > 0


def test_tanpa_catatan_konsistensi_tanpa_tanda(tmp_path) -> None:
    """A year that keeps no printed figures has no consistency page, so nothing is marked."""
    s, _ = bangun(AKAR / "tests" / "fixtures" / "satker", "satker", terbit=False)
    sid = next(iter(s.data.satker))
    for t in s.data.satker[sid].tahun:
        if not s.ada_konsistensi(sid, t):
            assert "tercetak-" not in halaman.halaman_tahun(s, sid, t)


def test_baris_tahun_di_halaman_satker_bertanda(situs: Situs) -> None:
    """The satker page's row per year shows the IKU mean too: marked like the year page, the note under the table."""
    md = halaman.halaman_satker(situs, SID)
    baris = next(b for b in md.splitlines() if b.startswith("| [2024](2024/index.md)"))
    assert baris.startswith('| [2024](2024/index.md) | 82,61% [<sup>1</sup>](#tercetak-2024-1 "tercetak 90,5%, 99,19%") | '
                            'Cukup Berhasil [<sup>2</sup>](#tercetak-2024-2 "tercetak Berhasil, Baik") |')
    assert ("<sup>1</sup> Laporan tercetak menulis 90,5% (BAB III.A Tabel 10 dan kalimat sesudahnya; BAB III.A Tabel 14 "
            "(kolom 2024); BAB III.A kalimat sesudah Tabel 14); 99,19% (Ikhtisar Eksekutif); dihitung dari data: 82,61%. "
            "[Catatan konsistensi](2024/konsistensi.md)\n{: #tercetak-2024-1 .lakip-tercetak }\n") in md
    # a satker whose report printed the same figures has no marker
    assert "tercetak-" not in halaman.halaman_satker(situs, "kab-tanah-bumbu").split("## Pejabat")[0]

"""The satker page's summary card links the year's LKj only when that year has one (a PK)."""

from __future__ import annotations

from pathlib import Path

from bantu_situs import AKAR, FIXTURE_PORTAL

from lakip.bangun import bangun_situs
from lakip.site.halaman import halaman_satker


def _baris_lkj(folder: Path, sid: str) -> str:
    situs, masalah = bangun_situs(folder, folder.name)
    assert not masalah
    return next(b for b in halaman_satker(situs, sid).splitlines() if b.startswith("- **Laporan Kinerja (LKj):**"))


def test_tahun_tanpa_pk_tanpa_tautan_lkj() -> None:
    # kpu-ri's latest year in the portal fixture has realisasi and anggaran but no PK, hence no LKj page
    assert _baris_lkj(FIXTURE_PORTAL, "kpu-ri") == (
        "- **Laporan Kinerja (LKj):** belum ada (LKj melaporkan capaian terhadap Perjanjian Kinerja tahun itu)")


def test_tahun_dengan_pk_menaut_lkj() -> None:
    assert _baris_lkj(AKAR / "satker", "kota-banjarbaru").endswith("([lihat](2024/lkj.md))")

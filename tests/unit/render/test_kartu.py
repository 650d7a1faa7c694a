"""The satker page's summary card: what it says about the PK and the LKj, and which pages it links."""

from __future__ import annotations

import datetime
from decimal import Decimal

from lakip.compute.pengaturan import Pengaturan
from lakip.compute.status import StatusTahun
from lakip.render.kartu import kartu_ringkas


def _st(**ubah: object) -> StatusTahun:
    nilai: dict[str, object] = {"tahun": 2024, "iku": 3, "iku_tercapai": 2, "iku_tidak": 1, "iku_belum": 0,
                                "rata_rata": Decimal("94.84"), "serapan": Decimal("99.19"),
                                "pk_tanggal": datetime.date(2024, 12, 30), "pk_ada": True, "pk_resmi": False,
                                "lkj_ada": True, "lkj_resmi": False}
    nilai.update(ubah)
    return StatusTahun(**nilai)  # type: ignore[arg-type]


def _lkj(md: str) -> str:
    return next(b for b in md.splitlines() if b.startswith("- **Laporan Kinerja"))


def test_kartu_lkj_yang_disusun_dari_data() -> None:
    md = kartu_ringkas(_st(), Pengaturan(), None, "2024/")
    assert _lkj(md) == ("- **Laporan Kinerja (LKj):** naskah bertanda tangan belum diterbitkan; tersedia versi "
                        "yang disusun dari data ([lihat](2024/lkj.md))")
    assert "ditandatangani 30 Desember 2024; pindaian bertanda tangan belum diterbitkan" in md
    assert "**2 dari 3** IKU memenuhi target; 1 tidak ([rincian](2024/index.md))" in md
    assert "Rata-rata" not in md  # no cap in force: no mean


def test_kartu_tanpa_pk_tidak_menautkan_lkj() -> None:
    """A year without a PK has no LKj page (lkj.susun.punya_lkj): the card says why and links nothing."""
    md = kartu_ringkas(_st(pk_ada=False, pk_tanggal=None, lkj_ada=False), Pengaturan(), None, "2024/")
    assert _lkj(md) == "- **Laporan Kinerja (LKj):** tidak ada, karena belum ada Perjanjian Kinerja tahun ini"
    assert "lkj.md" not in md
    assert "**Perjanjian Kinerja:** belum ada dalam data" in md


def test_kartu_lkj_resmi() -> None:
    md = kartu_ringkas(_st(lkj_resmi=True), Pengaturan(), None, "2023/")
    assert _lkj(md) == "- **Laporan Kinerja (LKj):** naskah bertanda tangan diterbitkan ([lihat](2023/lkj.md))"

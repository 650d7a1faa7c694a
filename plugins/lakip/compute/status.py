"""A satker-year at a glance: IKU met / not met, serapan, and whether its PK and LKj are published.

The satker page's summary card (``render.kartu``) and the open data's summary row read
these values; nothing here is text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from ..load.dokumen import berkas_aman
from ..model.satker import Satker
from .kinerja import HasilTahun


@dataclass(frozen=True)
class StatusTahun:
    tahun: int
    iku: int  # IKU of the year
    iku_tercapai: int
    iku_tidak: int
    iku_belum: int  # no target or no realisasi: not judged
    rata_rata: Decimal | None  # mean IKU capaian (capped when the site sets a cap)
    serapan: Decimal | None
    pk_tanggal: datetime.date | None  # signing date written in pk.md
    pk_ada: bool  # a Perjanjian Kinerja in the data
    pk_resmi: bool  # its signed scan is published
    lkj_ada: bool  # the year has an LKj (web page and generated PDF): only with a PK, as lkj.susun.punya_lkj
    lkj_resmi: bool  # the signed LKj scan is published


def _resmi(s: Satker, jenis: str, tahun: int) -> bool:
    if s.profil is None:
        return False
    return any(d.jenis == jenis and d.tahun == tahun and d.resmi and d.berkas and d.kategori != "dikecualikan"
               and berkas_aman(s, d.berkas) is not None for d in s.profil.data.dokumen)


def status_tahun(h: HasilTahun) -> StatusTahun:
    s, t = h.satker, h.tahun
    nilai = [c.memenuhi_target for c in (h.iku.indikator if h.iku else ())]
    pk = [p.perjanjian for p in h.perjanjian if p.perjanjian.jenis == "pk"]
    tanggal = max((p.tanggal for p in pk if p.tanggal), default=None)
    return StatusTahun(
        t, len(nilai), nilai.count(True), nilai.count(False), nilai.count(None),
        h.iku.rata_rata if h.iku else None, h.anggaran.total.serapan if h.anggaran else None,
        tanggal, bool(pk), _resmi(s, "pk", t), bool(pk), _resmi(s, "lkj", t))

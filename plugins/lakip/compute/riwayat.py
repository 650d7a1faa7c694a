"""When a satker-year was signed, published and changed: values for "Riwayat perubahan" and the status page.

The signing dates come from the data (the PK's and the LKj's ``tanggal``, or the LKj registered
in ``profil.dokumen``); the publication and change dates from git (``site.riwayat_data`` fills
:class:`Ubah` records, one per commit that changed the year's figures). Values only.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..model.satker import Satker

__all__ = ["Ubah", "sesudah_tanda_tangan", "tanggal_lkj", "tanggal_pk"]


@dataclass(frozen=True)
class Ubah:
    """One commit's change to a satker-year's figures: its date, and the changes in ``lakip diff`` words.

    ``pertama``: the commit that first published the year's data (``baris`` is then empty).
    """

    tanggal: datetime.date
    baris: tuple[str, ...] = ()
    pertama: bool = False


def tanggal_pk(s: Satker, tahun: int) -> datetime.date | None:
    """The signing date of the year's PK (the earliest signed agreement of kind 'pk'), if recorded."""
    th = s.tahun.get(tahun)
    if th is None or th.pk is None:
        return None
    tgl = [p.tanggal for p in th.pk.data.perjanjian if p.jenis == "pk" and p.tanggal is not None]
    return min(tgl) if tgl else None


def tanggal_lkj(s: Satker, tahun: int) -> datetime.date | None:
    """The signing date of the year's LKj: lkj.md's ``tanggal``, else the LKj registered in profil.dokumen."""
    th = s.tahun.get(tahun)
    if th is not None and th.lkj is not None and th.lkj.data.tanggal is not None:
        return th.lkj.data.tanggal
    if s.profil is not None:
        tgl = [d.tanggal for d in s.profil.data.dokumen if d.jenis == "lkj" and d.tahun == tahun and d.tanggal]
        return min(tgl) if tgl else None
    return None


def sesudah_tanda_tangan(s: Satker, tahun: int, riwayat: list[Ubah]) -> tuple[datetime.date | None, list[Ubah]]:
    """(the first signing date, the changes of figures made after it). Without a recorded signing date every
    change counts; the commit that first published the data is not a change."""
    tgl = [x for x in (tanggal_pk(s, tahun), tanggal_lkj(s, tahun)) if x is not None]
    awal = min(tgl) if tgl else None
    return awal, [u for u in riwayat if not u.pertama and u.baris and (awal is None or u.tanggal > awal)]

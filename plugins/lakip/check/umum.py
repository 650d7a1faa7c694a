"""Helpers every check shares: codes written twice, an indicator looked up in the Renstra, a value as text.

A code written twice in one list is reported at the second one, naming the
line of the first. An indicator code that the Renstra lacks is reported with
a close match; one that may be missing only because part of the Renstra could
not be read (already reported) is passed over in silence.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from ..errors import Masalah
from ..load.validasi import cacat_yaml, ditolak
from ..model.rekaman import Angka, Indikator, Rekam, Renstra
from ..model.skema import mirip
from ..render.format import angka as fmt_angka


def teks_nilai(v: Angka) -> str:
    return fmt_angka(v) if isinstance(v, Decimal) else v


def duplikat(items: Iterable[Rekam], kunci: str, apa: str, m: Masalah) -> None:
    pertama: dict[str, int] = {}
    for it in items:
        nilai = getattr(it, kunci)
        if nilai in pertama:
            m.tambah(it.path, it.line(kunci),
                     f"{apa} '{nilai}' ditulis dua kali (pertama di baris {pertama[nilai]}; hapus atau beri kode lain)")
        else:
            pertama[nilai] = it.line(kunci)


def renstra_cacat(r: Renstra) -> bool:
    """Was a sasaran or indikator of ``r`` dropped because it could not be read, or is an
    indikator's code unreliable (written twice), all already reported?"""
    return (ditolak(r, "sasaran") or any(ditolak(sas, "indikator") for sas in r.sasaran)
            or any(ditolak(ind, "id") for sas in r.sasaran for ind in sas.indikator))


def cari(indeks: dict, kode: str, path: str, baris: int, m: Masalah, r_path: str,
         cacat: bool = False) -> Indikator | None:
    d = indeks.get(kode)
    if d is None and cacat:
        return None  # maybe one of the unreadable ones: fix the Renstra first, then check again
    if d is not None and cacat_yaml(d.indikator):
        return None  # its unit, scale or target is the one YAML kept of two: fix the Renstra first
    if d is None:
        hint = mirip(kode, sorted(indeks))
        m.tambah(path, baris, f"indikator '{kode}' tidak ada di {Path(r_path).name} "
                              f"({hint or 'tambahkan indikatornya di Renstra atau perbaiki kodenya'})")
        return None
    return d.indikator

"""Look-ups over one satker: which Renstra covers a year, where an indicator is
defined, and which target applies to an indicator in a year.

The target of a year is the PK (or RKT) row's when the year has one, otherwise
the Renstra target for that year; ``check`` makes sure the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rekaman import Angka, BarisPK, Indikator, Perjanjian, Renstra, Sasaran
from .satker import Berkas, Satker


@dataclass(frozen=True)
class Definisi:
    indikator: Indikator
    sasaran: Sasaran
    renstra: Berkas[Renstra]


@dataclass(frozen=True)
class Target:
    nilai: Angka
    sumber: str  # "pk:<id>", "rkt:<id>" or "renstra"
    path: str
    baris: int
    baris_pk: BarisPK | None = None


def renstra_untuk(satker: Satker, tahun: int) -> Berkas[Renstra] | None:
    for r in satker.renstra:
        if r.data.mulai <= tahun <= r.data.selesai:
            return r
    return None


def indeks_indikator(renstra: Berkas[Renstra]) -> dict[str, Definisi]:
    hasil: dict[str, Definisi] = {}
    for sas in renstra.data.sasaran:
        for ind in sas.indikator:
            hasil.setdefault(ind.id, Definisi(ind, sas, renstra))
    return hasil


def perjanjian_tahun(satker: Satker, tahun: int) -> tuple[Perjanjian, ...]:
    th = satker.tahun.get(tahun)
    if th is None or th.pk is None:
        return ()
    return th.pk.data.perjanjian


def target_tahun(satker: Satker, tahun: int, indikator: str) -> Target | None:
    """The agreed target of ``indikator`` in ``tahun`` (PK first, then RKT, then Renstra)."""
    urut = sorted(perjanjian_tahun(satker, tahun), key=lambda p: 0 if p.jenis == "pk" else 1)
    for p in urut:
        for b in p.baris:
            if b.indikator == indikator:
                return Target(b.target, f"{p.jenis}:{p.id}", b.path, b.line("target"), b)
    r = renstra_untuk(satker, tahun)
    if r is None:
        return None
    d = indeks_indikator(r).get(indikator)
    if d is None or tahun not in d.indikator.target:
        return None
    return Target(d.indikator.target[tahun], "renstra", r.path, d.indikator.line("target"))

"""Efficiency of resources per sasaran (PermenPANRB 53/2014, LKj BAB III.A item 6), as numbers.

The rule (stated on the methodology page and under every figure in the LKj):

- the budget of a sasaran is the budget of the programs and kegiatan that serve it:
  the sasaran's own ``kegiatan`` code, else its ``program`` code (sasaran program and
  kegiatan), else, for a sasaran strategis, the programs listed in the Perjanjian
  Kinerja that holds it;
- their pagu and realisasi are read from the year's ``anggaran.md`` (a code matches
  a program, kegiatan or RO row, or the rows under it: ``6709.RAN`` sums
  ``6709.RAN.001`` and ``6709.RAN.002``);
- ``rasio = rata-rata capaian sasaran / serapan anggaran``. A ratio of 1 or more means
  the sasaran reached at least as much of its target as it spent of its budget
  (efisien); below 1 it spent relatively more than it achieved (kurang efisien).

Nothing is computed without both a capaian and a realised budget: the LKj then says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .anggaran import BarisAnggaran
from .kinerja import HasilTahun, KelompokSasaran

__all__ = ["Efisiensi", "PendukungAnggaran", "efisiensi_sasaran"]


@dataclass(frozen=True)
class PendukungAnggaran:
    """One program/kegiatan that serves a sasaran, with its budget (None when not in anggaran.md)."""

    kode: str
    nama: str
    pagu: int | None
    realisasi: int | None


@dataclass(frozen=True)
class Efisiensi:
    pendukung: tuple[PendukungAnggaran, ...]
    pagu: int | None
    realisasi: int | None
    serapan: Decimal | None  # %
    capaian: Decimal | None  # the sasaran's mean capaian, %
    rasio: Decimal | None  # capaian / serapan


def _kode_pendukung(h: HasilTahun, k: KelompokSasaran) -> list[tuple[str, str]]:
    sas = k.sasaran
    if sas is None:
        return []
    if sas.kegiatan:
        return [(sas.kegiatan, "")]
    if sas.program:
        return [(sas.program, "")]
    for hp in h.perjanjian:
        if any(x.sasaran is not None and x.sasaran.id == sas.id for x in hp.sasaran) and hp.perjanjian.anggaran:
            return [(a.program, a.nama) for a in hp.perjanjian.anggaran]
    return []


def _cari(baris: list[BarisAnggaran], kode: str) -> tuple[str, int | None, int | None]:
    """Name, pagu, realisasi of ``kode``: its own row, else the sum of the rows under it."""
    for b in baris:
        if b.kode == kode and b.jenis in ("program", "kegiatan", "ro"):
            return b.nama, b.pagu, b.realisasi
    # a PK may name a program by its last part ("CQ") or a kegiatan group by a prefix ("6709.RAN")
    sama = [b for b in baris if b.jenis in ("program", "kegiatan", "ro")
            and (b.kode.endswith("." + kode) or b.kode.startswith(kode + "."))]
    atas = min((b.tingkat for b in sama), default=None)
    sama = [b for b in sama if b.tingkat == atas]
    if not sama:
        return "", None, None
    pagu = sum(b.pagu for b in sama if b.pagu is not None) if all(b.pagu is not None for b in sama) else None
    real = (sum(b.realisasi for b in sama if b.realisasi is not None)
            if all(b.realisasi is not None for b in sama) else None)
    return sama[0].nama if len(sama) == 1 else "", pagu, real


def efisiensi_sasaran(h: HasilTahun, k: KelompokSasaran) -> Efisiensi:
    """The programs/kegiatan serving sasaran ``k``, their budget and the efficiency ratio."""
    baris = h.anggaran.program if h.anggaran is not None else []
    pendukung = []
    for kode, nama_pk in _kode_pendukung(h, k):
        nama, pagu, real = _cari(baris, kode)
        pendukung.append(PendukungAnggaran(kode, nama or nama_pk, pagu, real))
    pagu = sum(p.pagu for p in pendukung if p.pagu is not None) if pendukung and all(
        p.pagu is not None for p in pendukung) else None
    real = sum(p.realisasi for p in pendukung if p.realisasi is not None) if pendukung and all(
        p.realisasi is not None for p in pendukung) else None
    serapan = Decimal(real) * 100 / Decimal(pagu) if pagu and real is not None else None
    rasio = k.rata_rata / serapan if k.rata_rata is not None and serapan else None
    return Efisiensi(tuple(pendukung), pagu, real, serapan, k.rata_rata, rasio)

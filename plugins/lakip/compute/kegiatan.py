"""The kegiatan that carry the indicators: BAB III's "program dan kegiatan yang menunjang".

An indicator (an IKK) names its kegiatan (``Indikator.kegiatan``), or takes its sasaran's
(``Sasaran.kegiatan``). The kegiatan's name comes from the Renstra's ``kegiatan`` list, else from
the year's budget (a kegiatan of anggaran.md with that code), else from another year's budget; its
pagu and realisasi from the year's budget, for the efficiency analysis. The LKj lists these per
sasaran (``kegiatan_sasaran``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model.rekaman import Indikator, Kegiatan, Renstra, Sasaran
from ..model.satker import Satker
from .anggaran import HasilAnggaran


@dataclass(frozen=True)
class KegiatanPendukung:
    kode: str
    nama: str | None
    program: str | None
    pagu: int | None  # this year's, from anggaran.md
    realisasi: int | None
    indikator: tuple[str, ...]  # the indicators it carries this year, by id
    sasaran: tuple[str, ...]  # their sasaran, by id


def kode_kegiatan(ind: Indikator, sas: Sasaran) -> str | None:
    return ind.kegiatan or sas.kegiatan


def _anggaran_kegiatan(s: Satker, tahun: int) -> dict[str, tuple[Kegiatan, str]]:
    """Budget kegiatan by code: the year's first, then the other years' (nearest first)."""
    hasil: dict[str, tuple[Kegiatan, str]] = {}
    for t in sorted(s.tahun, key=lambda x: (x != tahun, abs(x - tahun))):
        th = s.tahun[t]
        for p in (th.anggaran.data.program if th.anggaran else ()):
            for k in p.kegiatan:
                if k.kode and k.kode not in hasil:
                    hasil[k.kode] = (k, p.kode)
    return hasil


def kegiatan_pendukung(s: Satker, tahun: int, r: Renstra, dipakai: Iterable[tuple[Indikator, Sasaran]],
                       anggaran: HasilAnggaran | None) -> list[KegiatanPendukung]:
    """Every kegiatan named by this year's indicators, in the order they first appear."""
    renstra = {k.kode: k for k in r.kegiatan}
    dana = _anggaran_kegiatan(s, tahun)
    urut: dict[str, tuple[list[str], list[str]]] = {}
    for ind, sas in dipakai:
        kode = kode_kegiatan(ind, sas)
        if kode:
            ind_, sas_ = urut.setdefault(kode, ([], []))
            ind_.append(ind.id)
            if sas.id not in sas_:
                sas_.append(sas.id)
    hasil = []
    for kode, (ind_, sas_) in urut.items():
        rk, (dk, prog) = renstra.get(kode), dana.get(kode, (None, None))
        baris = anggaran.baris_untuk(dk) if anggaran is not None and dk is not None else None
        nama = rk.nama if rk else dk.nama if dk else None
        hasil.append(KegiatanPendukung(kode, nama, (rk.program if rk else None) or prog,
                                       baris.pagu if baris else None, baris.realisasi if baris else None,
                                       tuple(ind_), tuple(sas_)))
    return hasil


def kegiatan_sasaran(daftar: Iterable[KegiatanPendukung], sasaran: str) -> list[KegiatanPendukung]:
    """The kegiatan that support one sasaran (BAB III, per sasaran)."""
    return [k for k in daftar if sasaran in k.sasaran]


def kegiatan_indikator(daftar: Iterable[KegiatanPendukung], indikator: str) -> KegiatanPendukung | None:
    return next((k for k in daftar if indikator in k.indikator), None)

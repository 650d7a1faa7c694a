"""The recorded notes of a satker-year: what the transcriber wrote down about the printed report.

Corrections (``koreksi``: the print said something else), contradictions kept as printed
(``ketidaksesuaian``) and the ``catatan`` of printed figures and of rows are data (see
``model.rekaman.CatatanBerkas``); the Catatan konsistensi page lists them so that no
contradiction recorded in the data is out of a reader's reach. Provenance notes (``asal``)
are listed apart, as the transcriber's notes. None of these is ever printed in the LKj.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields

from ..model.rekaman import (
    BarisPK,
    CatatanBerkas,
    Realisasi,
    Rekam,
    TercetakAnggaran,
    TercetakKinerja,
    TercetakRingkasan,
)
from ..model.satker import Berkas, Satker

DICANTUMKAN = ("koreksi", "ketidaksesuaian")


@dataclass(frozen=True)
class CatatanLaporan:
    """One recorded note, values only: ``render`` writes the words."""

    path: str
    baris: int
    jenis: str  # koreksi, ketidaksesuaian, or 'tercetak' / 'data' for a note on a printed figure / a row
    catatan: str
    sumber: str | None = None  # where in the printed report
    tercetak: str | None = None  # the text as printed
    tentang: str | None = None  # the figure or row the note is on: 'IK1.1', '6709.QGE.001', ...


def _rekaman(r: Rekam, tentang: str | None = None) -> Iterator[tuple[Rekam, str | None]]:
    kode = getattr(r, "indikator", None) or getattr(r, "kode", None) or getattr(r, "lingkup", None)
    tentang = kode if isinstance(kode, str) else tentang
    yield r, tentang
    for f in fields(r):
        v = getattr(r, f.name)
        for x in (v if isinstance(v, tuple) else (v,)):
            if isinstance(x, Rekam):
                yield from _rekaman(x, tentang)


def _dari_berkas(b: Berkas[Rekam] | None) -> list[CatatanLaporan]:
    if b is None:
        return []
    hasil = []
    for r, tentang in _rekaman(b.data):
        if isinstance(r, CatatanBerkas):
            hasil.append(CatatanLaporan(r.path, r.line(), r.jenis, r.catatan, r.sumber, r.tercetak, r.tentang))
        elif isinstance(r, (TercetakKinerja, TercetakRingkasan, TercetakAnggaran)) and r.catatan:
            hasil.append(CatatanLaporan(r.path, r.line("catatan"), "tercetak", r.catatan, r.sumber, r.teks, tentang))
        elif isinstance(r, (Realisasi, BarisPK)) and r.catatan:
            hasil.append(CatatanLaporan(r.path, r.line("catatan"), "data", r.catatan, None, None, tentang))
    return hasil


def tahun_umum(s: Satker) -> int | None:
    """The year whose page lists the notes of the profile and the Renstra: the latest report
    (a year with lkj.md), which is where they were transcribed from; else the latest year."""
    laporan = [t for t, th in s.tahun.items() if th.lkj is not None]
    return max(laporan or s.tahun or [0]) or None


def catatan_tahun(s: Satker, tahun: int) -> list[CatatanLaporan]:
    """The notes of the year's files; on the latest report's year, those of the profile and the Renstra too."""
    th = s.tahun.get(tahun)
    hasil: list[CatatanLaporan] = []
    if th is not None:
        for b in (th.pk, th.realisasi, th.anggaran, th.lkj):
            hasil += _dari_berkas(b)  # type: ignore[arg-type]
    umum = [s.profil, *s.renstra] if tahun == tahun_umum(s) else []
    for b in umum:
        hasil += [c for c in _dari_berkas(b) if isinstance(c, CatatanLaporan)]  # type: ignore[arg-type]
    return hasil


def ada_catatan(s: Satker, tahun: int) -> bool:
    return bool(catatan_tahun(s, tahun))

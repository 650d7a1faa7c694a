"""Printed vs computed where the number is: a cell's marker and the note under its table.

The site shows figures computed from the data; the signed report may have printed another
(``compute.konsistensi``). A visitor comparing the two must not be left to guess, so a cell
whose figure was printed differently carries a numbered marker, and the table is followed by
its notes in plain words ("Laporan tercetak menulis 85 %; dihitung dari data: 64,52 %"),
each linking to the consistency page that explains the rule. One :class:`CatatanTercetak`
serves a whole page, so markers are numbered once per page; a figure shown in two tables
keeps its number.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..compute.konsistensi import Selisih
from .aman import sel
from .kalimat import teks_selisih

__all__ = ["CatatanTercetak"]


class CatatanTercetak:
    """The consistency notes of one page: :meth:`tanda` marks a cell, :meth:`catatan` writes the notes due."""

    def __init__(self, daftar: Sequence[Selisih], tautan: str | None, awalan: str = "tercetak") -> None:
        self._per: dict[tuple[str, str], list[Selisih]] = {}
        for s in daftar:
            self._per.setdefault((s.nama, s.kolom), []).append(s)
        self.tautan = tautan  # the consistency page, relative to this page
        self.awalan = awalan
        self._nomor: dict[tuple[str, str], int] = {}
        self._tunda: list[tuple[int, list[Selisih]]] = []

    def __bool__(self) -> bool:
        return bool(self._per)

    def tanda(self, isi: str, nama: str, kolom: str) -> str:
        """``isi`` with a marker linking to its note when the figure ``kolom`` of ``nama`` was printed otherwise."""
        kunci = (nama, kolom)
        daftar = self._per.get(kunci)
        if not daftar:
            return isi
        if kunci not in self._nomor:
            self._nomor[kunci] = len(self._nomor) + 1
            self._tunda.append((self._nomor[kunci], daftar))
        n = self._nomor[kunci]
        cetak = ", ".join(dict.fromkeys(teks_selisih(s)[1] for s in daftar))
        judul = sel(cetak).replace('"', "'")
        return f'{isi} [<sup>{n}</sup>](#{self.awalan}-{n} "tercetak {judul}")'

    def catatan(self) -> str:
        """The notes of the markers placed since the last call, as paragraphs with anchors (or '')."""
        out = []
        for n, daftar in self._tunda:
            per_nilai: dict[str, list[str]] = {}  # the same figure printed in several tables: one mention
            for s in daftar:
                per_nilai.setdefault(teks_selisih(s)[1], []).append(s.sumber)
            cetak = "; ".join(f"{sel(v)} ({sel('; '.join(dict.fromkeys(d)))})" for v, d in per_nilai.items())
            dihitung = sel(teks_selisih(daftar[0])[2])
            lihat = f" [Catatan konsistensi]({self.tautan})" if self.tautan else ""
            out.append(f"<sup>{n}</sup> Laporan tercetak menulis {cetak}; dihitung dari data: {dihitung}.{lihat}\n"
                       f"{{: #{self.awalan}-{n} .lakip-tercetak }}\n")
        self._tunda = []
        return ("\n" + "\n".join(out)) if out else ""

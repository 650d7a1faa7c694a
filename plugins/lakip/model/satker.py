"""The containers of one satker's data: its files, by year, and the whole folder.

A ``Satker`` holds one ``Berkas`` per data file (its record from ``rekaman``, its
Markdown body and the line where the body starts), grouped per year in ``Tahunan``;
``Data`` is every satker of a folder. The loader (``load``) fills them; every later
stage reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from .rekaman import BerkasAnggaran, BerkasLkj, BerkasPK, BerkasRealisasi, Profil, Rekam, Renstra

R = TypeVar("R", bound=Rekam)


@dataclass(frozen=True)
class Berkas(Generic[R]):
    """One data file: its record, its Markdown body and where the body starts."""

    path: str
    data: R
    body: str
    body_baris: int


@dataclass
class Tahunan:
    tahun: int
    folder: str
    pk: Berkas[BerkasPK] | None = None
    realisasi: Berkas[BerkasRealisasi] | None = None
    anggaran: Berkas[BerkasAnggaran] | None = None
    lkj: Berkas[BerkasLkj] | None = None


@dataclass
class Satker:
    id: str
    folder: Path
    tampil: str
    profil: Berkas[Profil] | None = None
    renstra: list[Berkas[Renstra]] = field(default_factory=list)
    tahun: dict[int, Tahunan] = field(default_factory=dict)

    @property
    def nama(self) -> str:
        return self.profil.data.nama if self.profil else self.id

    def narasi(self) -> list["Narasi"]:
        """Every narrative of the satker: each data file's Markdown body, then each realisasi's ``analisis``.

        What the publication checks read (directives, unsafe Markdown, images), at the file's own lines.
        """
        berkas: list[tuple[Berkas[Any] | None, int | None]] = [(self.profil, None), *((r, None) for r in self.renstra)]
        for t, th in self.tahun.items():
            berkas += [(b, t) for b in (th.pk, th.realisasi, th.anggaran, th.lkj)]
        hasil = [Narasi(b.path, b.body_baris, b.body, t) for b, t in berkas if b is not None and b.body]
        for t, th in self.tahun.items():
            for x in (th.realisasi.data.realisasi if th.realisasi else ()):
                if x.analisis:  # a block scalar: its text starts on the line after the key
                    hasil.append(Narasi(x.path, x.line("analisis") + 1, x.analisis, t, analisis=True))
        return hasil


@dataclass(frozen=True)
class Narasi:
    """One narrative text of a satker and where it is: a file's body or an indicator's ``analisis``."""

    path: str
    baris: int  # the line of the text's first line in its file
    teks: str
    tahun: int | None  # the year folder it lies in; None for profil.md and the Renstra
    analisis: bool = False


@dataclass
class Data:
    root: Path
    satker: dict[str, Satker] = field(default_factory=dict)
    #: satker that exist under ``root`` but were not loaded (a one-satker site): valid as 'induk'
    lain: set[str] = field(default_factory=set)

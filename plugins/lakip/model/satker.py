"""The containers of one satker's data: its files, by year, and the whole folder.

A ``Satker`` holds one ``Berkas`` per data file (its record from ``rekaman``, its
Markdown body and the line where the body starts), grouped per year in ``Tahunan``;
``Data`` is every satker of a folder. The loader (``load``) fills them; every later
stage reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

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


@dataclass
class Data:
    root: Path
    satker: dict[str, Satker] = field(default_factory=dict)
    #: satker that exist under ``root`` but were not loaded (a one-satker site): valid as 'induk'
    lain: set[str] = field(default_factory=set)

"""The LKj as a document: plain block objects (headings, text, tables, figures, signature).

``susun`` fills a ``NaskahLkj``; ``site.lkj`` writes it as the web page and ``pdf`` prints it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from ..model.rekaman import Dokumen
from ..render.tabel import TabelData

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
HURUF = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")


# ---------------------------------------------------------------- the document model

@dataclass(frozen=True)
class Judul:
    """A heading. ``tingkat`` 1 = chapter (``##`` on the web page), 2 = section, 3-4 deeper."""

    tingkat: int
    teks: str  # inline Markdown, already safe (data values escaped)
    jangkar: str
    daftar_isi: bool = True
    halaman_baru: bool = False  # the printed chapter starts on a new page


@dataclass(frozen=True)
class Teks:
    """Markdown block(s): narrative or generated sentences."""

    markdown: str


@dataclass(frozen=True)
class Tabel:
    """A numbered table; the caption goes above it."""

    nomor: str  # "3.1", "L.2"
    judul: str  # inline Markdown, safe
    jangkar: str
    markdown: str  # one Markdown table
    baris: int = 0  # number of body rows (the print keeps short tables on one page)
    lebar: bool = False  # many columns: printed on a landscape page
    isi: TabelData | None = None  # the table as structure, when the data made it (a narrative's is text only)


@dataclass(frozen=True)
class Gambar:
    """A numbered figure: inline SVG/HTML made here from data (escaped); caption below."""

    nomor: str
    judul: str
    jangkar: str
    html: str


@dataclass(frozen=True)
class TandaTangan:
    """The signature block of the Kata Pengantar: place and date, jabatan, room for the wet signature, name, NIP."""

    tempat: str | None
    tanggal: str | None
    jabatan: str | None
    nama: str | None
    nip: str | None
    sumber: str  # where it was taken from (lkj.md or the PK)
    pindaian: bool = False  # the signed scan is published alongside (said under the block)


@dataclass(frozen=True)
class TandaTanganPK:
    """The two signature columns of a Perjanjian Kinerja reproduced in the Lampiran (pihak kedua on the
    left, pihak pertama on the right, as KPU prints them), each with jabatan, name and NIP."""

    tempat: str | None
    tanggal: str | None
    pertama: tuple[str | None, str | None, str | None]  # jabatan, nama, nip
    kedua: tuple[str | None, str | None, str | None] | None


@dataclass(frozen=True)
class Kosong:
    """A part of the report the satker has not written yet.

    A draft shows it as a marked gap ("BELUM DITULIS"); a final never prints it: the
    final gate (``lkj.final``) refuses ``status: final`` while one is left, at
    ``path:baris`` with ``saran`` (what to write).
    """

    bagian: str  # the part, as the reader sees it: "BAB I A. Latar Belakang"
    path: str
    baris: int
    saran: str


@dataclass(frozen=True)
class PernyataanReviu:
    """The "Pernyataan Telah Direviu" page (PermenPANRB 53/2014), from lkj.md ``reviu``."""

    unit: str
    nama: str
    jabatan: str | None
    nip: str | None
    tempat: str | None
    tanggal: str


@dataclass(frozen=True)
class DaftarIsi:
    """Placeholder for the table of contents / list of tables / list of figures."""

    jenis: str  # "isi", "tabel", "gambar"


Blok = Judul | Teks | Tabel | Gambar | TandaTangan | TandaTanganPK | DaftarIsi | Kosong | PernyataanReviu


@dataclass(frozen=True)
class Peringatan:
    """A narrative claim that disagrees with the data (shown on the LKj page, not fatal)."""

    path: str
    baris: int
    pesan: str

    def __str__(self) -> str:
        return f"{self.path}:{self.baris}: {self.pesan}"


@dataclass(frozen=True)
class StatusPdf:
    """Whether this build prints the LKj as PDF, and if not, why (said on the LKj page)."""

    aktif: bool
    alasan: str = ""


@dataclass
class NaskahLkj:
    satker_id: str
    nama: str
    tahun: int
    judul: str
    periode_renstra: tuple[int, int] | None
    sekretariat: str | None
    alamat: str | None
    blok: list[Blok] = field(default_factory=list)
    peringatan: list[Peringatan] = field(default_factory=list)
    resmi: Dokumen | None = None
    folder: Path | None = None  # the year's data folder: relative image paths in the narrative start here
    status: str = "draf"  # lkj.md ``status``: a draft is marked DRAF on every printed page
    logo: Path | None = None  # the satker's logo (profil.md ``logo``), on the cover
    tanggal_data: datetime.date | None = None  # last change of the year's data (the PDF's creation date)

    @property
    def draf(self) -> bool:
        return self.status != "final"

    def kosong(self) -> list[Kosong]:
        return [b for b in self.blok if isinstance(b, Kosong)]

    def judul_bab(self) -> list[Judul]:
        return [b for b in self.blok if isinstance(b, Judul) and b.daftar_isi]

    def tabel(self) -> list[Tabel]:
        return [b for b in self.blok if isinstance(b, Tabel)]

    def gambar(self) -> list[Gambar]:
        return [b for b in self.blok if isinstance(b, Gambar)]

"""What Chromium does not write into the LKj PDF: page labels, document metadata, the creation date.

- Page labels (``/PageLabels``): the cover unlabelled ("Sampul"), the front matter i, ii, ...
  and the body 1, 2, ... from BAB I, so a PDF reader's page box shows the printed numbers.
- Metadata: title, author (the satker), subject, keywords.
- Creation and modification date: the date the year's data last changed (git history, given
  by ``site``), never the print time: the same data gives the same bytes.

Done with pypdf on a clone of Chromium's document, so its structure tree (tagged PDF) and
outline are kept.
"""

from __future__ import annotations

import datetime
import io

from pypdf import PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle

from .naskah import NaskahLkj

__all__ = ["label_halaman", "lengkapi_pdf"]

_ROMAWI = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
           (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def romawi(n: int) -> str:
    out = []
    for nilai, huruf in _ROMAWI:
        while n >= nilai:
            out.append(huruf)
            n -= nilai
    return "".join(out)


def label_halaman(fisik: int, awal_isi: int | None) -> str:
    """The printed number of physical page ``fisik`` (1 = cover): roman before BAB I, Arabic from it."""
    if awal_isi is None:
        return str(fisik)
    if fisik >= awal_isi:
        return str(fisik - awal_isi + 1)
    return romawi(fisik - 1) if fisik > 1 else ""


def _tanggal_pdf(d: datetime.date) -> str:
    return f"D:{d.year:04d}{d.month:02d}{d.day:02d}000000Z"


def lengkapi_pdf(data: bytes, n: NaskahLkj, awal_isi: int | None) -> bytes:
    """``data`` with page labels (``awal_isi``: physical page of BAB I) and metadata."""
    pembaca = PdfReader(io.BytesIO(data))
    penulis = PdfWriter(clone_from=pembaca)
    jumlah = len(penulis.pages)
    penulis.set_page_label(0, 0, prefix="Sampul")
    if awal_isi is not None and 1 < awal_isi <= jumlah:
        if awal_isi > 2:
            penulis.set_page_label(1, awal_isi - 2, PageLabelStyle.LOWERCASE_ROMAN, start=1)
        penulis.set_page_label(awal_isi - 1, jumlah - 1, PageLabelStyle.DECIMAL, start=1)
    elif jumlah > 1:
        penulis.set_page_label(1, jumlah - 1, PageLabelStyle.DECIMAL, start=1)
    meta = {
        "/Title": ("Draf " if n.draf else "") + n.judul,
        "/Author": n.nama,
        "/Subject": f"Laporan Kinerja (LKj) {n.nama} Tahun {n.tahun}",
        "/Keywords": f"Laporan Kinerja, LKj, SAKIP, {n.nama}, {n.tahun}" + (", draf" if n.draf else ""),
        "/Creator": "lakip",
    }
    if n.tanggal_data is not None:
        meta["/CreationDate"] = meta["/ModDate"] = _tanggal_pdf(n.tanggal_data)
    penulis.add_metadata(meta)
    keluar = io.BytesIO()
    penulis.write(keluar)
    return keluar.getvalue()

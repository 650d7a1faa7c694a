"""CSV that a spreadsheet opens as data, never as formulas (CSV/formula injection).

Every CSV the site writes (the open data ``capaian.csv`` and ``anggaran.csv``, the
DIP's ``dip.csv``) goes through :func:`teks_csv`. Its text comes from satker files,
that is from anyone who can open a pull request, and citizens open it in Excel or
LibreOffice, where a cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or CR)
is a formula: ``=HYPERLINK("http://…","klik")`` would become a link in a file
downloaded from the government's own site.

Following the OWASP guidance on CSV injection, such a text cell gets a single quote
in front (``'=HYPERLINK(…)``), which the spreadsheet shows as text. A cell that is
entirely a number (``-12.5``, ``+3``, ``-1E5``) stays as it is: it is a number to the
spreadsheet too and means the same. Int and Decimal values are numbers and are never
touched.

The same is done where a spreadsheet using another delimiter starts a cell: after a
``;``, tab, CR or LF inside a cell. Excel with Indonesian regional settings splits
a CSV on ``;``, not ``,``, and then ignores the quoting that keeps ``a;=1+1`` or a
multi-line note in one cell; a quote written into a cell (``"=``) is skipped too.
OWASP also suggests quoting every field; that would change every byte of every
export, and the quote prefix alone already keeps the text from being read as a formula.

The source is not refused by ``lakip check``: a note may rightly start with ``-``
(a list) and a name with ``+``; only the spreadsheet reading is dangerous, and the
JSON exports (not a spreadsheet format) carry the text unchanged. With no such text,
the output is byte for byte what :mod:`csv` writes.

:func:`berkas_csv` writes the open data's files in the convention of a spreadsheet set
to Indonesian (``site/kolom.py`` says why): UTF-8 with a byte-order mark, ``;``, a
decimal comma, CRLF. Numbers are typed values (int, Decimal, bool) and are written as
numbers in that convention; only text goes through :func:`sel_csv`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

__all__ = ["angka_csv", "berkas_csv", "sel_csv", "teks_csv"]

#: A spreadsheet cell starts at the start of a CSV cell or after one of ``;``, tab, CR, LF in it;
#: group 1 is the text up to the next such separator when it starts (after any ``"``) with a
#: formula character: ``=``, ``+``, ``-``, ``@``, tab or CR.
_AWAL_SEL = re.compile(r'(?:^|(?<=[;\t\r\n]))(?="*([=+\-@\t\r][^;\t\r\n]*))')
_ANGKA = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def _awalan(m: re.Match[str]) -> str:
    return "" if _ANGKA.fullmatch(m[1]) else "'"


def sel_csv(nilai: object) -> object:
    """``nilai`` as a CSV cell a spreadsheet cannot read as a formula (numbers unchanged)."""
    if not isinstance(nilai, str):
        return nilai
    return _AWAL_SEL.sub(_awalan, nilai)


def teks_csv(kolom: Sequence[str], baris: Iterable[Sequence[object]]) -> str:
    """A header and rows as CSV text (``\\n`` line ends), every cell through :func:`sel_csv`."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([sel_csv(k) for k in kolom])
    w.writerows([sel_csv(v) for v in r] for r in baris)
    return buf.getvalue()


def angka_csv(nilai: Decimal, desimal: str = ",") -> str:
    """A (rounded) Decimal as a spreadsheet number: no trailing zeros, no grouping, ``desimal`` as the point."""
    return format(nilai.normalize(), "f").replace(".", desimal)


def _sel_berkas(nilai: object) -> object:
    if nilai is None:
        return ""
    if isinstance(nilai, bool):
        return "1" if nilai else "0"
    if isinstance(nilai, Decimal):
        return angka_csv(nilai)
    if isinstance(nilai, int):
        return str(nilai)
    return sel_csv(nilai)


def berkas_csv(kolom: Sequence[str], baris: Iterable[Sequence[object]], pemisah: str = ";") -> bytes:
    """Header and typed rows as an open-data CSV file: UTF-8 with BOM, ``pemisah``, decimal comma, CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=pemisah, lineterminator="\r\n")
    w.writerow([sel_csv(k) for k in kolom])
    w.writerows([_sel_berkas(v) for v in r] for r in baris)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")

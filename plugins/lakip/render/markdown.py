"""Markdown text as the data files hold it: split at headings, headings shifted, comments dropped.

Narratives are untrusted: ``aman.netralkan`` runs on them before they reach a page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

# ---------------------------------------------------------------- Markdown helpers

_PAGAR = re.compile(r"^\s{0,3}(```|~~~)")
_JUDUL_MD = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_PEMISAH_TABEL = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
KOMENTAR = re.compile(r"<!--.*?-->", re.DOTALL)


def akhir_tabel(lines: Sequence[str], luar: Sequence[bool], i: int) -> int | None:
    """The line after the table starting at ``lines[i]`` (a pipe table or render.tabel's HTML), or None."""
    line = lines[i]
    if not luar[i] or line.startswith("    "):
        return None
    if line.strip() == "<table>":
        for j in range(i + 1, len(lines)):
            if lines[j].strip() == "</table>":
                return j + 1
        return None
    if line.lstrip().startswith("|") and i + 1 < len(lines) and _PEMISAH_TABEL.match(lines[i + 1]):
        j = i + 2
        while j < len(lines) and lines[j].strip().startswith("|"):
            j += 1
        return j
    return None


def baris_di_luar_pagar(md: str) -> list[tuple[str, bool]]:
    """Each line with a flag telling whether it is outside a fenced code block."""
    out = []
    pagar: str | None = None
    for line in md.split("\n"):
        m = _PAGAR.match(line)
        if pagar is None and m:
            pagar = m.group(1)
            out.append((line, False))
        elif pagar is not None:
            if line.strip().startswith(pagar):
                pagar = None
            out.append((line, False))
        else:
            out.append((line, True))
    return out


def hapus_komentar(md: str) -> str:
    """HTML comments removed, keeping the line count (for line numbers in warnings)."""
    return KOMENTAR.sub(lambda m: "\n" * m.group(0).count("\n"), md)


@dataclass(frozen=True)
class Bagian:
    """A piece of a Markdown body between two headings of one level."""

    judul: str | None
    isi: str
    baris: int  # line of the heading (or of the first line) in the data file


def bagi(md: str, tingkat: int, baris_awal: int = 1) -> list[Bagian]:
    """Split ``md`` at headings of exactly ``tingkat`` (outside code fences)."""
    hasil: list[Bagian] = []
    judul: str | None = None
    baris_judul = baris_awal
    isi: list[str] = []
    for i, (line, luar) in enumerate(baris_di_luar_pagar(md)):
        m = _JUDUL_MD.match(line) if luar else None
        if m and len(m.group(1)) == tingkat:
            if judul is not None or "\n".join(isi).strip():
                hasil.append(Bagian(judul, "\n".join(isi), baris_judul))
            judul, baris_judul, isi = m.group(2).strip(), baris_awal + i, []
        else:
            isi.append(line)
    if judul is not None or "\n".join(isi).strip():
        hasil.append(Bagian(judul, "\n".join(isi), baris_judul))
    return hasil


def tingkat_teratas(md: str) -> int | None:
    levels = [len(m.group(1)) for line, luar in baris_di_luar_pagar(md) if luar
              for m in [_JUDUL_MD.match(line)] if m]
    return min(levels) if levels else None


def geser_judul(md: str, minimal: int) -> str:
    """Push the headings of a narrative piece down so the highest is ``minimal`` (max 6)."""
    atas = tingkat_teratas(md)
    if atas is None or atas >= minimal:
        return md
    geser = minimal - atas
    out = []
    for line, luar in baris_di_luar_pagar(md):
        m = _JUDUL_MD.match(line) if luar else None
        if m:
            line = "#" * min(6, len(m.group(1)) + geser) + " " + m.group(2)
        out.append(line)
    return "\n".join(out)


def ada_isi(md: str | None) -> bool:
    """True when the text has visible content (not only comments and blanks)."""
    return bool(md and hapus_komentar(md).strip())


def kunci_judul(judul: str) -> str:
    s = judul.lower()
    s = re.sub(r"^(bab\s+[ivx]+|[a-z]|\d+(\.\d+)*)[.)]?\s+", "", s.strip())
    return re.sub(r"[^a-z0-9 ]+", " ", s).strip()


def slug(teks: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", teks.lower()).strip("-") or "x"


def polos(md_inline: str) -> str:
    """Inline Markdown as plain text (for captions and comparisons)."""
    s = re.sub(r"[*_`]", "", md_inline)
    return html.unescape(re.sub(r"<[^>]+>", "", s))

"""Generated HTML blocks (tables, SVG charts) set into a page after Markdown, not parsed by it.

Python-Markdown passes a raw HTML block through unchanged, but only after
parsing it twice (its own block preprocessor and MkDocs' anchor scan). On a
national site those blocks are most of every page, and the parses were a third
of the build. So the plugin lifts each top-level ``<table>`` and ``<figure>``
block out of the Markdown before conversion (``pisah``) and puts it back into
the HTML afterwards (``pasang``). The same holds for the plugin's own ``<div>``
and ``<form>`` blocks (portal filter, LKj figures), which also must not meet the
page sanitiser (``aman.bersihkan``) that runs on the rest of a generated page:
they are made by code that escapes every data value, and no data text can start
a line with ``<`` (``aman.netralkan``, ``render.sel``). What stays in its place is a one-line
paragraph carrying the block's ``id`` attributes, so MkDocs still knows the
anchors that links on the page point to (``#grafik-...``). Blocks inside a
fenced code block or indented under a list or admonition are left alone.
"""

from __future__ import annotations

import re
import zlib

_AWAL = re.compile(r"<(table|figure|div|form)\b[^>]*>\s*$")
_SEBARIS = re.compile(r"<(div)\b[^>]*>.*</div>\s*$")
_ID = re.compile(r'\bid="([^"]+)"')
_TEMPAT = re.compile(r'<p class="lakip-blok" data-lakip-blok="(\d+)">(?:<a id="[^"]*"[^>]*></a>)*</p>')
_PAGAR = re.compile(r"^(`{3,}|~{3,})")


def pisah(md: str) -> tuple[str, list[str]]:
    """``md`` with each top-level table/figure block replaced by a placeholder; the blocks in order."""
    baris = md.split("\n")
    out: list[str] = []
    blok: list[str] = []
    pagar: str | None = None
    i = 0
    while i < len(baris):
        b = baris[i]
        m = _PAGAR.match(b)
        if pagar is not None:
            if m and b.startswith(pagar):
                pagar = None
        elif m:
            pagar = m.group(1)
        else:
            awal = _AWAL.match(b) or _SEBARIS.match(b)
            if awal and (i == 0 or not baris[i - 1].strip()):
                j = i if awal.re is _SEBARIS else _penutup(baris, i, awal.group(1))
                if j is not None:
                    isi = "\n".join(baris[i:j + 1])
                    jangkar = "".join(f'<a id="{x}"></a>' for x in _ID.findall(isi))
                    out.append(f'<p class="lakip-blok" data-lakip-blok="{len(blok)}">{jangkar}</p>')
                    blok.append(isi)
                    i = j + 1
                    continue
        out.append(b)
        i += 1
    return "\n".join(out), blok


def _penutup(baris: list[str], i: int, tag: str) -> int | None:
    """The line that closes the ``tag`` opened on line ``i`` (nested ones counted), or None."""
    buka, tutup = re.compile(rf"<{tag}\b"), f"</{tag}>"
    dalam = 0
    for k in range(i, len(baris)):
        dalam += len(buka.findall(baris[k])) - baris[k].count(tutup)
        if dalam <= 0:
            return k if baris[k].rstrip().endswith(tutup) else None
    return None


def pasang(teks_html: str, blok: list[str]) -> str:
    """Put the blocks back where ``pisah`` left their placeholders."""
    if not blok:
        return teks_html
    return _TEMPAT.sub(lambda m: blok[int(m.group(1))], teks_html)


_PEMISAH = "\x00"  # never in a block: the page text is UTF-8 text without NUL (load.frontmatter)


def kemas(blok: list[str]) -> bytes:
    """The blocks of one page, compressed while the page waits to be written."""
    return zlib.compress(_PEMISAH.join(blok).encode("utf-8"), 1) if blok else b""


def buka(kemasan: bytes) -> list[str]:
    return zlib.decompress(kemasan).decode("utf-8").split(_PEMISAH) if kemasan else []

"""Generated HTML blocks (tables, SVG charts) set into a page after Markdown, not parsed by it.

Python-Markdown passes a raw HTML block through unchanged, but only after
parsing it twice (its own block preprocessor and MkDocs' anchor scan). On a
national site those blocks are most of every page, and the parses were a third
of the build. So the plugin lifts each top-level ``<table>`` and ``<figure>``
block out of the Markdown before conversion (``pisah``) and puts it back into
the HTML afterwards (``pasang``). What stays in its place is a one-line
paragraph carrying the block's ``id`` attributes, so MkDocs still knows the
anchors that links on the page point to (``#grafik-...``). Blocks inside a
fenced code block or indented under a list or admonition are left alone.
"""

from __future__ import annotations

import re

_AWAL = re.compile(r"<(table|figure)\b[^>]*>\s*$")
_ID = re.compile(r'\bid="([^"]+)"')
_TEMPAT = re.compile(r'<p class="lakip-blok" data-lakip-blok="(\d+)">(?:<a id="[^"]*"></a>)*</p>')
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
            awal = _AWAL.match(b)
            if awal and (i == 0 or not baris[i - 1].strip()):
                tutup = f"</{awal.group(1)}>"
                j = next((k for k in range(i + 1, len(baris)) if baris[k].rstrip() == tutup), None)
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


def pasang(teks_html: str, blok: list[str]) -> str:
    """Put the blocks back where ``pisah`` left their placeholders."""
    if not blok:
        return teks_html
    return _TEMPAT.sub(lambda m: blok[int(m.group(1))], teks_html)

"""render.tabel: plain tables as HTML blocks that match what Python-Markdown makes of the pipe table."""

from __future__ import annotations

import re

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from lakip.render.aman import sel
from lakip.render.tabel import tabel


def _md(teks: str) -> str:
    html = markdown.markdown(teks, extensions=["tables"])
    return re.sub(r">\s+<", "><", html.strip())


def _pipa(kepala: list[str], baris: list[list[str]], rata: str) -> str:
    garis = {"l": ":--", "r": "--:", "c": ":-:"}
    out = ["| " + " | ".join(kepala) + " |", "| " + " | ".join(garis[c] for c in rata) + " |"]
    out += ["| " + " | ".join(b) + " |" for b in baris]
    return "\n".join(out) + "\n"


def test_tabel_html_tepat() -> None:
    assert tabel(["Kode", "Pagu"], [["**Jumlah**", "Rp 1.000"], ["*Rata-rata*", sel("a|b <x>")]], "lr") == (
        "<table>\n<thead>\n"
        '<tr><th style="text-align: left;">Kode</th><th style="text-align: right;">Pagu</th></tr>\n'
        "</thead>\n<tbody>\n"
        '<tr><td style="text-align: left;"><strong>Jumlah</strong></td><td style="text-align: right;">Rp 1.000</td></tr>\n'
        '<tr><td style="text-align: left;"><em>Rata-rata</em></td><td style="text-align: right;">a|b &lt;x&gt;</td></tr>\n'
        "</tbody>\n</table>\n")


def test_tabel_dengan_tautan_tetap_pipa() -> None:
    # MkDocs rewrites .md links only in Markdown, so such a table stays a pipe table
    assert tabel(["Satker"], [["[Kota](kota/index.md)"]]) == "| Satker |\n| :-- |\n| [Kota](kota/index.md) |\n"
    assert tabel(["A"], [["a *b* c"]]).startswith("| A |")  # emphasis inside a cell: Markdown's job
    assert tabel(["A"], [["`kode`"]]).startswith("| A |")


_teks = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(_teks, min_size=n, max_size=n),
    st.lists(st.lists(_teks, min_size=n, max_size=n), min_size=1, max_size=3),
    st.text(alphabet="lrc", min_size=n, max_size=n),
    st.lists(st.sampled_from(["", "*", "**"]), min_size=n, max_size=n))))
def test_tabel_html_sama_dengan_markdown(arg: tuple[list[str], list[list[str]], str, list[str]]) -> None:
    """Whenever tabel() writes HTML, Python-Markdown renders the pipe table of the same cells identically."""
    kepala, baris, rata, tebal = arg
    kepala = [sel(x) for x in kepala]
    baris = [[(t + sel(x) + t) if sel(x) else "" for x, t in zip(b, tebal)] for b in baris]
    hasil = tabel(kepala, baris, rata)
    if hasil.startswith("<table>"):
        assert _md(hasil) == _md(_pipa(kepala, baris, rata))

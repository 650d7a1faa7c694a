"""blok: generated tables and charts skip Python-Markdown and come back unchanged."""

from __future__ import annotations

import markdown

from lakip.site import blok

MD = """# Judul

Teks dengan **tebal**.

<table>
<thead>
<tr><th style="text-align: left;">A</th></tr>
</thead>
<tbody>
<tr><td style="text-align: left;">1 &lt;x&gt;</td></tr>
</tbody>
</table>

<figure class="lakip-grafik" id="grafik-1">
<svg role="img" aria-labelledby="grafik-1-judul"><title id="grafik-1-judul">Capaian</title></svg>
<figcaption>Gambar</figcaption>
</figure>

```
<table>
</table>
```

- butir

    <table>
    </table>

Teks<table>
</table>
"""


def test_pisah_dan_pasang() -> None:
    md, daftar = blok.pisah(MD)
    assert len(daftar) == 2
    assert daftar[0].startswith("<table>\n<thead>") and daftar[0].endswith("</table>")
    assert daftar[1].startswith('<figure class="lakip-grafik" id="grafik-1">') and daftar[1].endswith("</figure>")
    # the anchors stay visible to MkDocs' link checks
    assert '<p class="lakip-blok" data-lakip-blok="1"><a id="grafik-1"></a><a id="grafik-1-judul"></a></p>' in md
    # fenced, indented and inline ones are left to Markdown
    assert md.count("<table>") == 3
    html = blok.pasang(markdown.markdown(md, extensions=["tables", "fenced_code"]), daftar)
    assert "lakip-blok" not in html
    assert html.count(daftar[0]) == 1 and html.count(daftar[1]) == 1
    assert html.count('id="grafik-1"') == 1 and html.count('id="grafik-1-judul"') == 1
    # the same result as letting Markdown pass the blocks through itself
    assert html == markdown.markdown(MD, extensions=["tables", "fenced_code"])


def test_tanpa_blok() -> None:
    assert blok.pisah("# A\n\nteks\n") == ("# A\n\nteks\n", [])
    assert blok.pasang("<p>x</p>", []) == "<p>x</p>"


def test_kemas_buka_pulang_utuh() -> None:
    """The blocks wait compressed for their page (the build's memory) and come back byte for byte."""
    _, daftar = blok.pisah(MD)
    kemasan = blok.kemas(daftar)
    assert isinstance(kemasan, bytes) and len(kemasan) < len("".join(daftar).encode())
    assert blok.buka(kemasan) == daftar
    assert blok.kemas([]) == b"" and blok.buka(b"") == []
    assert blok.buka(blok.kemas(["", "<table>\n</table>"])) == ["", "<table>\n</table>"]

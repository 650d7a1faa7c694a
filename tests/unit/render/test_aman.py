"""render/aman.py: what neutralising keeps and what lakip check says, exact values."""

from __future__ import annotations

from lakip.render.aman import netralkan, periksa_markdown


def test_komentar_ditutup_hilang_baris_tetap() -> None:
    assert netralkan("a\n<!-- catatan\npenyunting -->\nb") == "a\n\n\nb"


def test_komentar_tidak_ditutup_tampil_sebagai_teks_dan_dilaporkan() -> None:
    # an unclosed comment must not hide everything after it: it shows as text, and the check says why
    assert netralkan("a\n<!-- lupa ditutup\nb") == "a\n&lt;!-- lupa ditutup\nb"
    assert [str(e) for e in periksa_markdown("a\n<!-- lupa ditutup\nb", "satker/x/2024/lkj.md", 5)] == [
        "satker/x/2024/lkj.md:6: komentar '<!--' tidak ditutup (tutup dengan '-->' di akhir catatan)"]


def test_direktif_tetap_dan_tidak_dilaporkan() -> None:
    teks = "Teks\n<!-- lakip capaian -->\n{: .x }"
    assert netralkan(teks) == "Teks\n<!-- lakip capaian -->\n&#123;: .x &#125;"
    assert [e.line for e in periksa_markdown(teks, "p.md")] == [3]

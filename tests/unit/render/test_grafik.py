"""Inline SVG charts (grafik.py): structure, accessibility, numbers, colours, escaping, Markdown safety."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import markdown
import pytest
from bantu_situs import sebagai_pipa

from lakip.bangun import bangun
from lakip.compute.capaian import SKALA_BAKU
from lakip.compute.kinerja import HasilTahun
from lakip.compute.situs import Situs
from lakip.render import grafik, grafik_anggaran
from lakip.site import halaman

SID = "kab-contoh-satu"


@pytest.fixture(scope="module")
def h(situs: Situs) -> HasilTahun:
    return situs.hasil(SID, 2024)


def _svg(html: str) -> list[ET.Element]:
    """Every <svg> of a chart, parsed as XML (so it is well-formed)."""
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, re.DOTALL)]


NS = "{http://www.w3.org/2000/svg}"


def _periksa_aksesibel(html: str) -> None:
    assert html.lstrip().startswith("<figure") and "</figure>" in html
    assert re.search(r"<figcaption id=\"[^\"]+\">[^<]+</figcaption>", html)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "id ganda"
    for svg in _svg(html):
        assert svg.get("role") == "img"
        label = (svg.get("aria-labelledby") or "").split()
        assert len(label) == 2
        title, desc = svg.find(f"{NS}title"), svg.find(f"{NS}desc")
        assert title is not None and desc is not None
        assert [title.get("id"), desc.get("id")] == label
        assert (title.text or "").strip() and len((desc.text or "").strip()) > 20
    # a raw HTML block Markdown keeps whole: no blank line inside
    figure = html[html.index("<figure"):html.index("</figure>")]
    assert "\n\n" not in figure


def _kontras(warna: str) -> float:
    def lin(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(warna[i:i + 2], 16) for i in (1, 3, 5))
    lum = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    return 1.05 / (lum + 0.05)


def test_warna_kategori_kontras_cukup_dan_urut() -> None:
    for w in (*grafik.WARNA_KATEGORI, grafik.WARNA_REALISASI, grafik.WARNA_TEKS, grafik.WARNA_GARIS,
              grafik.WARNA_PAGU_TEPI):
        assert _kontras(w) >= 4.5, w
    k = SKALA_BAKU.kategori
    assert [grafik.warna_kategori(SKALA_BAKU, x) for x in k] == list(grafik.WARNA_KATEGORI)
    assert grafik.warna_kategori(SKALA_BAKU, None) == grafik.WARNA_TANPA_KATEGORI


def test_grafik_capaian(h: HasilTahun) -> None:
    g = grafik.grafik_capaian(h)
    _periksa_aksesibel(g)
    (svg,) = _svg(g)
    angka = [c for c in h.indikator.values() if c.capaian is not None]
    batang = [r for r in svg.iter(f"{NS}rect")]
    assert len(batang) == len(angka) == 4  # IK2.2 is graded: no bar
    warna = {c.indikator.id: grafik.warna_kategori(SKALA_BAKU, c.kategori) for c in angka}
    assert warna["IK2.1"] == grafik.WARNA_KATEGORI[3]  # 64,52% Kurang Berhasil
    assert [r.get("fill") for r in batang] == [warna[c.indikator.id] for c in angka]
    desc = svg.find(f"{NS}desc").text or ""  # type: ignore[union-attr]
    assert "IK2.1 Persentase dokumentasi naskah akademik berbasis riset kepemiluan: 64,52% (Kurang Berhasil)" in desc
    assert "IK1.1" in desc and "200,00% (Sangat Berhasil)" in desc
    assert "100%" in g and "Tidak digambar (tanpa capaian berangka): IK2.2" in g
    # bar length is proportional: 100% reaches the dashed line
    garis = {ln.get("x1") for ln in svg.iter(f"{NS}line") if ln.get("stroke-dasharray")}
    assert len(garis) == 1
    x100 = float(garis.pop() or 0)
    ujung100 = [float(r.get("width") or 0) + float(r.get("x") or 0) for r, c in zip(batang, angka, strict=True)
                if c.capaian == Decimal(100)]
    assert ujung100 and all(abs(x - x100) < 0.2 for x in ujung100)


def test_grafik_tren(h: HasilTahun) -> None:
    g = grafik.grafik_tren(h)
    _periksa_aksesibel(g)
    svgs = _svg(g)
    assert len(svgs) == 3  # three IKU with at least two years of capaian
    desc = [s.find(f"{NS}desc").text for s in svgs]  # type: ignore[union-attr]
    assert desc[0] == "Capaian IK1.1 per tahun: 2022: 80,00%; 2023: 116,67%; 2024: 200,00%."
    # the data table follows the figure
    tabel = sebagai_pipa(g[g.index("</figure>"):])
    assert "| Kode | Indikator | 2022: realisasi (capaian) | 2023: realisasi (capaian) | 2024: realisasi (capaian) |" in tabel
    assert "| IK2.1 |" in tabel and "45% (75,00%)" in tabel


def test_grafik_anggaran(h: HasilTahun) -> None:
    p = grafik_anggaran.grafik_anggaran_program(h)
    b = grafik_anggaran.grafik_anggaran_belanja(h)
    for g in (p, b):
        _periksa_aksesibel(g)
    (sp,) = _svg(p)
    (sb,) = _svg(b)
    assert len([r for r in sp.iter(f"{NS}rect") if r.get("fill") == grafik.WARNA_REALISASI]) == 2
    assert len([r for r in sb.iter(f"{NS}rect") if r.get("fill") == grafik.WARNA_PAGU]) == 3
    assert "serapan 93,27%" in p and "Realisasi Rp 1.399.000.000 dari pagu Rp 1.500.000.000" in p
    assert "53 Belanja Modal: pagu Rp 100.000.000, realisasi Rp 49.000.000, serapan 49,00%" in b


def test_tanpa_data_tanpa_grafik(situs: Situs) -> None:
    h = situs.hasil("kpu-ri", 2024)  # belanja only, no programs; no earlier years
    assert grafik_anggaran.grafik_anggaran_program(h) == ""
    assert grafik.grafik_tren(h) == ""
    assert grafik_anggaran.grafik_anggaran_belanja(h).startswith("\n<figure")


def test_halaman_memuat_grafik_yang_utuh_setelah_markdown(situs: Situs) -> None:
    for md in (halaman.halaman_tahun(situs, SID, 2024), halaman.halaman_anggaran(situs, SID, 2024)):
        html = markdown.markdown(md, extensions=["tables", "admonition", "attr_list"])
        assert html.count("<figure") == html.count("</figure>") >= 2
        assert html.count("<svg") == html.count("</svg>")
        assert "<p><svg" not in html and "<p><figure" not in html
        for svg in _svg(html):
            assert svg.get("role") == "img"


def test_grafik_stabil(situs: Situs) -> None:
    h1 = situs.hasil(SID, 2024)
    assert grafik.grafik_capaian(h1) == grafik.grafik_capaian(h1)
    assert grafik.grafik_tren(h1) == grafik.grafik_tren(h1)


def test_teks_dari_data_di_escape(tmp_path: Path) -> None:
    s = tmp_path / "kab-x"
    (s / "2023").mkdir(parents=True)
    (s / "2024").mkdir()
    (s / "profil.md").write_text("---\nnama: KPU <b>X</b> & \"Y\"\ntingkat: kabupaten\nprovinsi: P\n---\n")
    (s / "renstra-2020-2024.md").write_text(
        "---\nsasaran:\n  - id: SS1\n    uraian: u\n    indikator:\n      - id: IK1\n"
        "        nama: '<script>alert(1)</script>'\n        satuan: '%'\n        iku: true\n"
        "        target: {2023: 80, 2024: 90}\n---\n")
    (s / "2023" / "realisasi.md").write_text("---\nrealisasi:\n  - indikator: IK1\n    nilai: 70\n---\n")
    (s / "2024" / "realisasi.md").write_text("---\nrealisasi:\n  - indikator: IK1\n    nilai: 85\n---\n")
    (s / "2024" / "anggaran.md").write_text(
        "---\nprogram:\n  - kode: 076.01.WA\n    nama: '</text><script>x()</script>'\n"
        "    pagu: 1000\n    realisasi: 900\n---\n")
    situs, masalah = bangun(tmp_path, "uji", terbit=False)
    assert not masalah, masalah.teks()
    h = situs.hasil("kab-x", 2024)
    for g in (grafik.grafik_capaian(h), grafik.grafik_tren(h), grafik_anggaran.grafik_anggaran_program(h)):
        assert g
        assert "<script" not in g and "<b>" not in g
        assert "&lt;script&gt;" in g or "&lt;/text&gt;&lt;script&gt;" in g
        _svg(g)  # still well-formed XML
    assert "KPU &lt;b&gt;X&lt;/b&gt; &amp; &quot;Y&quot;" in grafik.grafik_capaian(h)

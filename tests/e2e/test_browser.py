"""The built site in headless Chromium: accessibility, privacy, layout, print, XSS and search.

The site is built once per session (``tests/fixtures/portal``: KPU RI, one
KPU Provinsi and three KPU Kabupaten/Kota) into a temporary folder and served
on 127.0.0.1 by ``http.server`` in a thread. Two more builds: a data folder
whose names are HTML/script payloads, and the one-satker site
(``LAKIP_SATKER``). The LKj PDFs are not printed in these builds (their own
tests cover them); everything else is the real configuration.

- axe-core (axe-playwright-python): no serious or critical violation on the
  main kinds of page, at desktop and phone widths;
- every request the browser makes goes to 127.0.0.1, and no HTML/CSS file
  links a third-party font, script or style;
- screenshots at 1280 px and 390 px of every kind of page (home, satker list,
  profile, satker-year, anggaran, DIP, metodologi, peer comparison, LKj) are
  saved under a temporary folder (``LAKIP_TANGKAPAN=<folder>`` to keep them);
  no page is wider than a 390 px phone screen;
- the charts scale to the screen (nothing scrolls sideways, labels stay
  readable); on a phone a table that does not fit becomes one card per row
  with every value on screen; on a desktop the indicator table fits the column;
- no English left in the site's own chrome (footer, heading anchors);
- a satker-year page printed with ``page.pdf()`` (A4) has a sensible number of
  pages and none of the site chrome;
- ``<script>alert(1)</script>`` in the data shows as text, nothing runs;
- the site's search (Pagefind) finds the pages people look for ("realisasi anggaran",
  "capaian", "perjanjian kinerja");
- the home page filter works with JavaScript and everything shows without it.

Skipped only when /usr/bin/chromium is missing (no browser is downloaded).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from bantu_situs import AKAR, FIXTURE_PORTAL, bangun, bangun_sekali

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
LEBAR = {"desktop": 1280, "ponsel": 390}
SID = "kab-contoh-satu"

HALAMAN = {
    "beranda": "",
    "daftar-satker": "satker/",
    "profil": f"satker/{SID}/",
    "tahun": f"satker/{SID}/2024/",
    "anggaran": f"satker/{SID}/2024/anggaran/",
    "dip": f"satker/{SID}/dip/",
    "metodologi": "metodologi/",
    "perbandingan": "perbandingan/2024/",
    "lkj": f"satker/{SID}/2024/lkj/",
    # issue 13 (h13a): the PPID pages and the reporting status
    "ppid": f"satker/{SID}/ppid/",
    "ppid-portal": "ppid/",
    "status": "status/2024/",
    "pk": f"satker/{SID}/2024/perjanjian-kinerja/",
    "renstra": f"satker/{SID}/renstra-2020-2024/",
    "data-terbuka": "data/",
    "perbandingan-indeks": "perbandingan/",
    "panduan": "panduan-kontribusi/",
}

XSS = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="alert(2)">'


def _perlu_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium tidak ada (uji peramban memakai Chromium Debian, tidak mengunduh peramban)")


# ---------------------------------------------------------------- builds and servers

class _Sajian:
    """A static HTTP server for one folder on 127.0.0.1, in a thread."""

    def __init__(self, folder: Path) -> None:
        class Penangan(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *a: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                      functools.partial(Penangan, directory=str(folder)))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def tutup(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _data_xss(folder: Path) -> Path:
    """A satker whose indicator, sasaran and document names are HTML/script payloads."""
    s = folder / "kab-xss"
    (s / "2024").mkdir(parents=True)
    (s / "profil.md").write_text(
        f"---\nnama: 'KPU Kabupaten Uji {XSS}'\ntingkat: kabupaten\nprovinsi: Kalimantan Selatan\n"
        "dokumen:\n"
        f"  - judul: '{XSS_IMG}'\n    tahun: 2024\n    kategori: berkala\n"
        f"    ringkasan: '{XSS}'\n---\n", encoding="utf-8")
    (s / "renstra-2020-2024.md").write_text(
        "---\nsasaran:\n  - id: SS1\n"
        f"    uraian: '{XSS_IMG}'\n"
        "    indikator:\n      - id: IK1\n"
        f"        nama: '{XSS}'\n"
        "        satuan: '%'\n        iku: true\n        target: {2023: 80, 2024: 90}\n---\n", encoding="utf-8")
    (s / "2023").mkdir()
    (s / "2023" / "realisasi.md").write_text("---\nrealisasi:\n  - indikator: IK1\n    nilai: 70\n---\n",
                                            encoding="utf-8")
    (s / "2024" / "realisasi.md").write_text("---\nrealisasi:\n  - indikator: IK1\n    nilai: 85\n---\n",
                                            encoding="utf-8")
    (s / "2024" / "anggaran.md").write_text(
        "---\nprogram:\n  - kode: 076.01.WA\n"
        f"    nama: '{XSS}'\n"
        "    pagu: 1000\n    realisasi: 900\n---\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def situs() -> Path:
    _perlu_chromium()
    return bangun_sekali(FIXTURE_PORTAL)


@pytest.fixture(scope="session")
def situs_xss(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _perlu_chromium()
    akar = tmp_path_factory.mktemp("situs-xss")
    bangun(_data_xss(akar / "data"), akar / "proyek", akar / "site", {"LAKIP_CHROMIUM": ""})
    return akar / "site"


@pytest.fixture(scope="session")
def situs_satu() -> Path:
    _perlu_chromium()
    return bangun_sekali(FIXTURE_PORTAL, {"LAKIP_SATKER": SID})


def _sajikan(site: Path) -> Iterator[str]:
    s = _Sajian(site)
    yield s.url
    s.tutup()


@pytest.fixture(scope="session")
def url(situs: Path) -> Iterator[str]:
    yield from _sajikan(situs)


@pytest.fixture(scope="session")
def url_xss(situs_xss: Path) -> Iterator[str]:
    yield from _sajikan(situs_xss)


@pytest.fixture(scope="session")
def url_satu(situs_satu: Path) -> Iterator[str]:
    yield from _sajikan(situs_satu)


@pytest.fixture(scope="session")
def tangkapan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("LAKIP_TANGKAPAN")
    if folder:
        p = Path(folder)
        p.mkdir(parents=True, exist_ok=True)
        return p
    return tmp_path_factory.mktemp("tangkapan")


class Halaman:
    """A browser page that records every request and every JavaScript dialog."""

    def __init__(self, peramban: object, lebar: int = 1280, js: bool = True) -> None:
        self.permintaan: list[str] = []
        self.dialog: list[str] = []
        self.galat: list[str] = []
        self.konteks = peramban.new_context(viewport={"width": lebar, "height": 900},  # type: ignore[attr-defined]
                                            java_script_enabled=js)
        self.konteks.route("**/*", self._rute)
        self.page = self.konteks.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.galat.append(str(e)))

    def _rute(self, route: object) -> None:
        u = route.request.url  # type: ignore[attr-defined]
        self.permintaan.append(u)
        host = urlparse(u).hostname
        if urlparse(u).scheme in ("data", "blob", "about") or host == "127.0.0.1":
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    def _dialog(self, d: object) -> None:
        self.dialog.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    def buka(self, u: str) -> object:
        self.page.goto(u)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def ke_luar(self) -> list[str]:
        return [u for u in self.permintaan
                if urlparse(u).scheme not in ("data", "blob", "about") and urlparse(u).hostname != "127.0.0.1"]

    def tutup(self) -> None:
        self.konteks.close()


@pytest.fixture
def halaman(peramban: object) -> Iterator[Halaman]:
    h = Halaman(peramban)
    yield h
    luar = h.ke_luar()
    h.tutup()
    assert not luar, f"permintaan ke luar 127.0.0.1: {luar}"


# ---------------------------------------------------------------- accessibility

def _axe(page: object) -> list[dict[str, object]]:
    from axe_playwright_python.sync_playwright import Axe

    hasil = Axe().run(page)
    return [v for v in hasil.response["violations"] if v.get("impact") in ("serious", "critical")]


def _ringkas(pelanggaran: list[dict[str, object]]) -> str:
    out = []
    for v in pelanggaran:
        nodes = v.get("nodes", [])
        contoh = "; ".join(str(n.get("target")) + " " + str(n.get("failureSummary", ""))[:160]  # type: ignore[union-attr]
                           for n in nodes[:3])  # type: ignore[index]
        out.append(f"{v['id']} ({v['impact']}, {len(nodes)} elemen): {v.get('help')} | {contoh}")  # type: ignore[arg-type]
    return "\n".join(out)


@pytest.mark.parametrize("lebar", list(LEBAR))
@pytest.mark.parametrize("nama", list(HALAMAN))
def test_axe_tanpa_pelanggaran_serius(peramban: object, url: str, nama: str, lebar: str) -> None:
    h = Halaman(peramban, LEBAR[lebar])
    try:
        page = h.buka(url + HALAMAN[nama])
        buruk = _axe(page)
        assert not buruk, f"{nama} ({lebar}):\n{_ringkas(buruk)}"
        assert not h.galat, h.galat
        assert not h.ke_luar(), h.ke_luar()
    finally:
        h.tutup()


def test_axe_situs_satu_satker_dan_dialog_pencarian(peramban: object, url_satu: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url_satu)
        assert not _axe(page), _ringkas(_axe(page))
        page.keyboard.press("s")  # opens the search box (Pagefind, partials/cari.html)
        page.keyboard.type("capaian", delay=20)
        page.wait_for_selector(".md-search-result__item")
        buruk = _axe(page)
        assert not buruk, _ringkas(buruk)
        assert page.get_attribute("[data-lakip-cari][role=dialog]", "aria-label")
    finally:
        h.tutup()


# ---------------------------------------------------------------- privacy: no third-party request

class _Sumber(HTMLParser):
    """Resource URLs a page loads (not links a reader may follow)."""

    def __init__(self) -> None:
        super().__init__()
        self.url: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "link" and a.get("href") and (a.get("rel") or "") not in ("canonical", "alternate"):
            self.url.append(a["href"] or "")
        for k in ("src", "srcset", "data", "poster"):
            if a.get(k) and tag != "a":
                self.url.append(a[k] or "")


def test_tidak_ada_sumber_pihak_ketiga_di_html_dan_css(situs: Path) -> None:
    luar = []
    for f in sorted(situs.rglob("*.html")):
        p = _Sumber()
        p.feed(f.read_text(encoding="utf-8"))
        luar += [f"{f.relative_to(situs)}: {u}" for u in p.url if re.match(r"^(https?:)?//", u)]
        teks = f.read_text(encoding="utf-8")
        for pola in ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com", "cdnjs", "googletagmanager",
                     "google-analytics"):
            if pola in teks:
                luar.append(f"{f.relative_to(situs)}: {pola}")
    for f in sorted(situs.rglob("*.css")):
        teks = f.read_text(encoding="utf-8")
        luar += [f"{f.relative_to(situs)}: {m}" for m in re.findall(r"(?:@import|url\()\s*['\"]?(?:https?:)?//[^)'\"]+",
                                                                       teks)]
    assert not luar, "\n".join(luar)


def test_semua_permintaan_ke_127_0_0_1(halaman: Halaman, url: str) -> None:
    for u in HALAMAN.values():
        halaman.buka(url + u)
    page = halaman.page
    page.keyboard.press("s")
    page.keyboard.type("realisasi anggaran", delay=20)
    page.wait_for_selector(".md-search-result__item")
    assert len(halaman.permintaan) > 20
    assert not halaman.ke_luar(), halaman.ke_luar()
    hosts = sorted({urlparse(u).netloc for u in halaman.permintaan})
    assert all(h.startswith("127.0.0.1:") for h in hosts), hosts


# ---------------------------------------------------------------- layout

@pytest.mark.parametrize("nama", list(HALAMAN))
def test_tangkapan_layar_dan_tidak_meluber(peramban: object, url: str, tangkapan: Path, nama: str) -> None:
    for lebar, px in LEBAR.items():
        h = Halaman(peramban, px)
        try:
            page = h.buka(url + HALAMAN[nama])
            page.wait_for_timeout(600)  # type: ignore[attr-defined]  # Material's tabs fade in
            berkas = tangkapan / f"{nama}-{px}.png"
            page.screenshot(path=str(berkas), full_page=True)  # type: ignore[attr-defined]
            assert berkas.stat().st_size > 10_000
            lebar_dok = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
            assert lebar_dok <= px, f"{nama} {lebar}: halaman {lebar_dok} px lebih lebar dari layar {px} px"
            # wide tables and charts scroll inside their own box and can be reached with the keyboard
            tak_terjangkau = page.evaluate(  # type: ignore[attr-defined]
                """() => [...document.querySelectorAll('.md-typeset__scrollwrap, .md-typeset table, .lakip-grafik__gulir')]
                   .filter(e => e.scrollWidth > e.clientWidth + 1 && e.tabIndex < 0
                                && !e.querySelector('a[href], button, input, select'))
                   .map(e => e.outerHTML.slice(0, 80))""")
            assert not tak_terjangkau, tak_terjangkau
        finally:
            h.tutup()


@pytest.mark.parametrize("nama", ["tahun", "anggaran", "profil"])
def test_grafik_menyesuaikan_lebar_layar(peramban: object, url: str, nama: str) -> None:
    """Every chart fits a 390 px phone without scrolling, and its text is at least 10 px high there."""
    h = Halaman(peramban, LEBAR["ponsel"])
    try:
        page = h.buka(url + HALAMAN[nama])
        grafik = page.evaluate(  # type: ignore[attr-defined]
            """() => [...document.querySelectorAll('figure.lakip-grafik')].map(f => {
                 const gulir = f.querySelector('.lakip-grafik__gulir');
                 const svgs = [...f.querySelectorAll('svg.lakip-svg')];
                 const huruf = svgs.flatMap(svg => {
                   const skala = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                   return [...svg.querySelectorAll('text')].map(t =>
                     skala * parseFloat(getComputedStyle(t).fontSize));
                 });
                 return {id: f.id, meluber: gulir.scrollWidth - gulir.clientWidth,
                         kanan: Math.max(...svgs.map(s => s.getBoundingClientRect().right)),
                         huruf: Math.min(...huruf)};
               })""")
        if nama != "profil":
            assert grafik, "tidak ada grafik"
        for g in grafik:
            assert g["meluber"] <= 1, f"{g['id']} digulir ke samping ({g['meluber']} px)"
            assert g["kanan"] <= LEBAR["ponsel"], g
            assert g["huruf"] >= 9.5, f"{g['id']}: huruf terkecil {g['huruf']:.1f} px"
    finally:
        h.tutup()


def test_tabel_menjadi_kartu_di_ponsel(peramban: object, url: str) -> None:
    """On a phone the indicator table becomes cards (each value labelled, all on screen); on a
    desktop it stays a table that fits the column."""
    js_tabel = """() => {
        const t = [...document.querySelectorAll('article table')]
          .find(t => [...t.querySelectorAll('thead th')].some(th => th.textContent.trim() === 'Capaian'));
        const kotak = t.closest('.md-typeset__scrollwrap') || t;
        const sel = [...t.querySelectorAll('tbody td')].filter(td => td.textContent.trim());
        return {kartu: t.hasAttribute('data-lakip-kartu'), meluber: kotak.scrollWidth - kotak.clientWidth,
                kanan: Math.max(...sel.map(td => td.getBoundingClientRect().right)),
                label: sel.filter(td => td.offsetParent !== null)
                          .map(td => getComputedStyle(td, '::before').content).slice(0, 7)};
    }"""
    h = Halaman(peramban, LEBAR["ponsel"])
    try:
        page = h.buka(url + HALAMAN["tahun"])
        t = page.evaluate(js_tabel)  # type: ignore[attr-defined]
        assert t["kartu"], t
        assert t["kanan"] <= LEBAR["ponsel"], t
        assert '"Capaian: "' in t["label"] or any("Capaian" in x for x in t["label"]), t["label"]
    finally:
        h.tutup()
    h = Halaman(peramban, LEBAR["desktop"])
    try:
        page = h.buka(url + HALAMAN["tahun"])
        t = page.evaluate(js_tabel)  # type: ignore[attr-defined]
        assert not t["kartu"] and t["meluber"] <= 1, t
    finally:
        h.tutup()


def test_tanpa_sisa_bahasa_inggris(peramban: object, url: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url + HALAMAN["tahun"])
        assert "Made with" not in page.inner_text("footer")  # type: ignore[attr-defined]
        assert "Dibuat dengan" in page.inner_text("footer")  # type: ignore[attr-defined]
        judul = page.eval_on_selector_all(".headerlink", "els => els.map(e => e.title)")  # type: ignore[attr-defined]
        assert judul and "Permanent link" not in judul, judul[:3]
    finally:
        h.tutup()


# ---------------------------------------------------------------- print

def _jumlah_halaman_pdf(pdf: Path, folder: Path) -> int:
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(folder / "hal")], check=True, timeout=120)
        return len(list(folder.glob("hal*.png")))
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def test_cetak_halaman_tahun_a4(peramban: object, url: str, tmp_path: Path) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url + HALAMAN["tahun"])
        pdf = tmp_path / "tahun.pdf"
        page.pdf(path=str(pdf), format="A4", print_background=True)  # type: ignore[attr-defined]
        n = _jumlah_halaman_pdf(pdf, tmp_path)
        assert 2 <= n <= 12, f"{n} halaman A4"
        if shutil.which("pdftotext"):
            teks = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout
            assert "Capaian Kinerja 2024" in teks
            assert "Capaian per indikator tahun 2024" in teks  # the chart prints
            for kepala in ("Lewati ke isi", "Panduan kontribusi", "Made with"):
                assert kepala not in teks, f"'{kepala}' tercetak"
        ukuran = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout \
            if shutil.which("pdfinfo") else ""
        if ukuran:
            assert re.search(r"Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842", ukuran), ukuran
    finally:
        h.tutup()


# ---------------------------------------------------------------- XSS

@pytest.mark.parametrize("u", ["", "satker/kab-xss/", "satker/kab-xss/2024/", "satker/kab-xss/2024/anggaran/",
                               "satker/kab-xss/dip/", "satker/kab-xss/renstra-2020-2024/", "perbandingan/2024/"])
def test_xss_tampil_sebagai_teks(peramban: object, url_xss: str, u: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url_xss + u)
        time.sleep(0.2)
        assert not h.dialog, f"skrip dari data berjalan: {h.dialog}"
        teks = page.inner_text("article")  # type: ignore[attr-defined]
        if u not in ("", "satker/kab-xss/"):
            assert XSS in teks or XSS_IMG in teks, teks[:500]
        assert page.evaluate(  # type: ignore[attr-defined]
            "document.querySelectorAll('article script, article img[onerror], svg script').length") == 0
    finally:
        h.tutup()


def test_xss_hasil_pencarian(peramban: object, url_xss: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url_xss)
        page.keyboard.press("s")  # type: ignore[attr-defined]
        page.keyboard.type("script", delay=20)  # type: ignore[attr-defined]
        page.wait_for_selector(".md-search-result__item")  # type: ignore[attr-defined]
        time.sleep(0.3)
        assert not h.dialog, h.dialog
    finally:
        h.tutup()


# ---------------------------------------------------------------- search

def _cari(page: object, kata: str) -> list[str]:
    page.keyboard.press("s")  # type: ignore[attr-defined]
    page.keyboard.type(kata, delay=20)  # type: ignore[attr-defined]
    page.wait_for_selector(".md-search-result__item")  # type: ignore[attr-defined]
    return page.eval_on_selector_all(  # type: ignore[attr-defined]
        ".md-search-result__item > .md-search-result__link h1",
        "els => els.map(e => e.textContent.trim())")


@pytest.mark.parametrize("kata, harap", [
    ("realisasi anggaran", "Realisasi Anggaran 2024: KPU Kabupaten Contoh Satu"),
    ("capaian", "Capaian Kinerja 2024: KPU Kabupaten Contoh Satu"),
    ("perjanjian kinerja", "Perjanjian Kinerja 2024: KPU Kabupaten Contoh Satu"),
    ("daftar informasi publik", "Daftar Informasi Publik: KPU Kabupaten Contoh Satu"),
    ("Kabupaten/Kota", "Perbandingan IKU antar-satker 2024"),
])
def test_pencarian_bahasa_indonesia(halaman: Halaman, url: str, kata: str, harap: str) -> None:
    page = halaman.buka(url)
    judul = _cari(page, kata)
    assert harap in judul[:10], f"'{kata}': {judul[:10]}"


# ---------------------------------------------------------------- home filter

def _baris_tampil(page: object) -> list[str]:
    return page.evaluate(  # type: ignore[attr-defined]
        """() => [...document.querySelectorAll('article table tbody tr')]
           .filter(tr => tr.offsetParent !== null).map(tr => tr.cells[0].textContent.trim())""")


def test_saringan_beranda(halaman: Halaman, url: str) -> None:
    page = halaman.buka(url)
    assert page.is_visible("form[data-lakip-saring]")  # type: ignore[attr-defined]
    assert len(_baris_tampil(page)) == 5
    page.select_option("#lakip-saring-provinsi", "Kalimantan Tengah")  # type: ignore[attr-defined]
    assert _baris_tampil(page) == ["KPU Kabupaten Contoh Tiga"]
    assert "1 dari 5" in page.inner_text("form[data-lakip-saring] output")  # type: ignore[attr-defined]
    page.select_option("#lakip-saring-provinsi", "")  # type: ignore[attr-defined]
    page.select_option("#lakip-saring-tingkat", "KPU Kota")  # type: ignore[attr-defined]
    assert _baris_tampil(page) == ["KPU Kota Contoh Dua"]
    assert not page.is_visible("h3:has-text('Kalimantan Tengah')")  # type: ignore[attr-defined]


def test_beranda_tanpa_javascript(peramban: object, url: str) -> None:
    h = Halaman(peramban, js=False)
    try:
        page = h.buka(url)
        assert not page.is_visible("form[data-lakip-saring]")  # type: ignore[attr-defined]
        assert len(_baris_tampil(page)) == 5
    finally:
        h.tutup()


def test_situs_satu_satker_di_peramban(halaman: Halaman, url_satu: str) -> None:
    page = halaman.buka(url_satu)
    teks = page.inner_text("article")  # type: ignore[attr-defined]
    assert "KPU Kabupaten Contoh Satu" in teks and "Kinerja tahun 2024" in teks
    assert "KPU Kota Contoh Dua" not in teks
    tab = page.eval_on_selector_all(".md-tabs__link", "els => els.map(e => e.textContent.trim())")  # type: ignore[attr-defined]
    assert "Profil satker" in tab and "Informasi publik (DIP)" in tab and "Perbandingan IKU" not in tab, tab
    assert page.is_visible("figure.lakip-grafik svg[role=img]")  # type: ignore[attr-defined]


# ---------------------------------------------------------------- Content-Security-Policy

_PELANGGARAN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample || ''));
});
"""


@pytest.mark.parametrize("nama", sorted(HALAMAN))
def test_csp_tidak_menghalangi_situs(peramban: object, url: str, nama: str) -> None:
    """Every page kind works under its CSP: the theme's inline scripts are hashed, nothing is blocked."""
    h = Halaman(peramban)
    try:
        h.konteks.add_init_script(_PELANGGARAN)
        page = h.buka(url + HALAMAN[nama])
        csp = page.eval_on_selector('meta[http-equiv="Content-Security-Policy"]',  # type: ignore[attr-defined]
                                    "m => m.content")
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        if nama == "beranda":  # search fetches its index and runs WebAssembly in a worker: under the policy
            assert _cari(page, "capaian")
        assert page.evaluate("window.__csp") == []  # type: ignore[attr-defined]
        assert not h.galat, h.galat
    finally:
        h.tutup()


def test_csp_menahan_penangan_sebaris(peramban: object, url: str) -> None:
    """If markup with an event handler ever reached a page, the policy would still not run it."""
    h = Halaman(peramban)
    try:
        h.konteks.add_init_script(_PELANGGARAN)
        page = h.buka(url + HALAMAN["tahun"])
        page.evaluate("""() => {  // what a sanitiser bypass would put into the article
            document.querySelector('article').insertAdjacentHTML('beforeend',
              '<img src="x" onerror="window.__jalan=1"><a id="uji-js" href="javascript:window.__jalan=2">a</a>');
        }""")
        page.click("#uji-js")  # type: ignore[attr-defined]
        time.sleep(0.3)
        assert page.evaluate("window.__jalan") is None  # type: ignore[attr-defined]
        assert any("script-src" in v for v in page.evaluate("window.__csp"))  # type: ignore[attr-defined]
    finally:
        h.tutup()


# ---------------------------------------------------------------- printed vs computed (issue 13, h13a)

@pytest.fixture(scope="session")
def url_contoh() -> Iterator[str]:
    """The example site (the four real satker): the only data whose years keep printed figures."""
    _perlu_chromium()
    yield from _sajikan(bangun_sekali(AKAR / "satker"))


@pytest.mark.parametrize("lebar", list(LEBAR))
def test_tanda_tercetak_di_sel(peramban: object, url_contoh: str, lebar: str) -> None:
    """A marked cell passes axe, fits the phone, and its marker leads to the note and on to the consistency page."""
    h = Halaman(peramban, LEBAR[lebar])
    try:
        page = h.buka(url_contoh + "satker/kota-banjarbaru/2024/")
        buruk = _axe(page)
        assert not buruk, _ringkas(buruk)
        assert page.evaluate("document.documentElement.scrollWidth") <= LEBAR[lebar]  # type: ignore[attr-defined]
        tanda = page.locator('a[href="#tercetak-1"]').first  # type: ignore[attr-defined]
        assert tanda.get_attribute("title") == "tercetak 85%"
        tanda.click()
        catatan = page.locator("#tercetak-1")  # type: ignore[attr-defined]
        assert catatan.is_visible() and "Laporan tercetak menulis 85%" in catatan.inner_text()
        catatan.locator("a").click()
        page.wait_for_load_state()  # type: ignore[attr-defined]
        assert page.url.endswith("/satker/kota-banjarbaru/2024/konsistensi/")  # type: ignore[attr-defined]
    finally:
        h.tutup()


# ---------------------------------------------------------------- keyboard: focus is always visible

_FOKUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  return {tag: el.tagName, teks: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 50),
          kelas: String(el.className || '').slice(0, 60),
          tampak: el.checkVisibility({opacityProperty: true, visibilityProperty: true}) && r.width > 0 && r.height > 0
                  && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight,
          x: Math.round(r.left), y: Math.round(r.top), w: Math.round(r.width), h: Math.round(r.height)};
}"""


def _jalan_tab(page: object, batas: int = 400) -> list[dict[str, object]]:
    """Every element Tab reaches from the top of the page, once round (or ``batas`` stops)."""
    hasil: list[dict[str, object]] = []
    for _ in range(batas):
        page.keyboard.press("Tab")  # type: ignore[attr-defined]
        f = page.evaluate(_FOKUS)  # type: ignore[attr-defined]
        if f is None:
            if hasil:
                break  # past the last element: the browser's own controls
            continue
        if hasil and f == hasil[0]:
            break
        hasil.append(f)
    return hasil


@pytest.mark.parametrize("lebar", list(LEBAR))
@pytest.mark.parametrize("nama", ["beranda", "tahun", "profil", "data-terbuka", "ppid", "status", "dip"])
def test_fokus_papan_ketik_selalu_terlihat(peramban: object, url: str, nama: str, lebar: str) -> None:
    """A Tab walk through the whole page: every element that gets the focus is on screen and visible
    (not the closed navigation drawer of a phone, not the hidden search results of a desktop)."""
    h = Halaman(peramban, LEBAR[lebar])
    try:
        page = h.buka(url + HALAMAN[nama])
        # the final state of each focus, not a frame of the theme's fade-in (skip link, heading anchors)
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")  # type: ignore[attr-defined]
        page.wait_for_timeout(400)  # type: ignore[attr-defined]
        langkah = _jalan_tab(page)
        assert len(langkah) > 10, langkah
        assert langkah[0]["teks"] == "Lewati ke isi", langkah[0]
        tersembunyi = [f for f in langkah if not f["tampak"]]
        assert not tersembunyi, f"{nama} ({lebar}): fokus pada elemen tak terlihat: {tersembunyi[:5]}"
    finally:
        h.tutup()


def test_laci_navigasi_ponsel_dapat_dipakai_saat_dibuka(peramban: object, url: str) -> None:
    """Hidden while closed, the phone drawer's links are reachable and visible once it is opened."""
    h = Halaman(peramban, LEBAR["ponsel"])
    try:
        page = h.buka(url + HALAMAN["tahun"])
        page.click("label.md-header__button[for=__drawer]")  # type: ignore[attr-defined]
        page.wait_for_timeout(400)  # type: ignore[attr-defined]
        langkah = _jalan_tab(page, 60)
        laci = [f for f in langkah if "md-nav__link" in str(f["kelas"])]
        assert laci and all(f["tampak"] for f in laci), langkah[:12]
    finally:
        h.tutup()


def test_jejak_dan_pindah_tahun(halaman: Halaman, url: str) -> None:
    """A satker-year page leads to its satker, its other years and the open data of its tables."""
    page = halaman.buka(url + HALAMAN["anggaran"])
    tautan = ("Profil satker", "Renstra 2020–2024", "Informasi publik (DIP)", "Perjanjian kinerja", "Laporan Kinerja (LKj)")
    for teks in tautan:
        assert page.locator(f".lakip-tautan-tahun a:has-text('{teks}')").count() == 1, teks  # type: ignore[attr-defined]
    csv = page.get_attribute(".lakip-unduh a:has-text('anggaran-program.csv')", "href")  # type: ignore[attr-defined]
    isi = page.request.get(urljoin(page.url, csv)).body()  # type: ignore[attr-defined]
    assert isi.startswith(b"\xef\xbb\xbfsatker;tahun;kode;nama;pagu")
    jejak = page.eval_on_selector_all("nav.md-path a", "els => els.map(e => e.textContent.trim())")  # type: ignore[attr-defined]
    assert jejak == ["Beranda", "Satker", "KPU Kabupaten Contoh Satu", "Tahun 2024"], jejak
    page.click("nav.md-path a:has-text('KPU Kabupaten Contoh Satu')")  # type: ignore[attr-defined]
    assert page.url == url + f"satker/{SID}/"  # type: ignore[attr-defined]
    page.go_back()  # type: ignore[attr-defined]
    page.click(".lakip-tautan-tahun a:has-text('2023')")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert page.url == url + f"satker/{SID}/2023/anggaran/"  # type: ignore[attr-defined]
    for teks in tautan[:-1]:
        assert page.locator(f".lakip-tautan-tahun a:has-text('{teks}')").count() == 1, teks  # type: ignore[attr-defined]
    # 2023 has no PK, so no LKj (lkj.susun.punya_lkj): no link to a page that does not exist
    assert page.locator(".lakip-tautan-tahun a:has-text('Laporan Kinerja')").count() == 0  # type: ignore[attr-defined]


def test_jejak_nama_dari_data_tampil_sebagai_teks(peramban: object, url_xss: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url_xss + "satker/kab-xss/2024/anggaran/")
        jejak = page.inner_text("nav.md-path")  # type: ignore[attr-defined]
        assert XSS in jejak and not h.dialog
        assert page.evaluate("document.querySelectorAll('nav.md-path script').length") == 0  # type: ignore[attr-defined]
    finally:
        h.tutup()


def test_tabel_panjang_diringkas_di_ponsel(peramban: object, url: str) -> None:
    """On a phone a long table shows its first rows and a button; the button shows the rest; on a
    desktop every row shows. (The example tables are short: the test makes one long, as data would.)"""
    panjangkan = """() => {
        const t = [...document.querySelectorAll('article table')].find(t => t.tBodies[0].rows.length > 3);
        const b = t.tBodies[0];
        while (b.rows.length < 20) b.appendChild(b.rows[0].cloneNode(true));
        window.dispatchEvent(new Event('resize'));
    }"""
    tampil = "t => [...t.tBodies[0].rows].filter(r => r.offsetParent !== null).length"
    h = Halaman(peramban, LEBAR["ponsel"])
    try:
        page = h.buka(url + HALAMAN["tahun"])
        page.evaluate(panjangkan)  # type: ignore[attr-defined]
        page.wait_for_selector("button.lakip-lipat")  # type: ignore[attr-defined]
        tombol = page.locator("button.lakip-lipat").first  # type: ignore[attr-defined]
        assert tombol.get_attribute("aria-expanded") == "false" and tombol.inner_text() == "Tampilkan semua 20 baris"
        tabel = page.locator("#" + tombol.get_attribute("aria-controls"))  # type: ignore[attr-defined]
        assert tabel.evaluate(tampil) == 6
        tombol.click()
        assert tabel.evaluate(tampil) == 20 and tombol.get_attribute("aria-expanded") == "true"
    finally:
        h.tutup()
    h = Halaman(peramban, LEBAR["desktop"])
    try:
        page = h.buka(url + HALAMAN["tahun"])
        page.evaluate(panjangkan)  # type: ignore[attr-defined]
        page.wait_for_timeout(400)  # type: ignore[attr-defined]
        assert page.locator("button.lakip-lipat").count() == 0  # type: ignore[attr-defined]
    finally:
        h.tutup()


# ---------------------------------------------------------------- the newer page kinds at 360 px too

@pytest.fixture(scope="session")
def url_final() -> Iterator[str]:
    """A satker whose 2024 LKj is final: the only kind of year with an evaluator's page."""
    _perlu_chromium()
    yield from _sajikan(bangun_sekali(AKAR / "tests" / "fixtures" / "lkj-final"))


@pytest.mark.parametrize("lebar", [360, 1280])
@pytest.mark.parametrize("situs_uji, jalur", [
    ("final", "satker/kab-tanah-bumbu/2024/evaluasi-lkj/"),  # the evaluator's page of a final LKj
    ("final", "satker/kab-tanah-bumbu/2024/"),
    ("contoh", "satker/kota-banjarbaru/2024/konsistensi/"),  # transcribers' notes, long text cells
    ("contoh", "satker/kota-jakarta-selatan/ppid/"),  # a PPID page with the full contact
    ("contoh", "satker/kota-jakarta-selatan/dip/"),
    ("contoh", "status/"),
    ("contoh", "status/2024/"),
    ("contoh", "data/"),
    ("contoh", "satker/kota-banjarbaru/2024/lkj/"),
])
def test_jenis_halaman_baru_axe_dan_ponsel_360(peramban: object, request: pytest.FixtureRequest, situs_uji: str,
                                               jalur: str, lebar: int) -> None:
    """axe clean, nothing sideways on the narrowest common phone (360 px), no request leaves the site."""
    akar = request.getfixturevalue("url_final" if situs_uji == "final" else "url_contoh")
    h = Halaman(peramban, lebar)
    try:
        jawab = h.page.goto(akar + jalur)  # type: ignore[attr-defined]
        assert jawab is not None and jawab.status == 200, jalur
        page = h.buka(akar + jalur)
        assert page.locator("article h1").count() == 1  # type: ignore[attr-defined]
        page.wait_for_timeout(300)  # type: ignore[attr-defined]  # lakip.js lays tables out as cards
        buruk = _axe(page)
        assert not buruk, f"{jalur} ({lebar}):\n{_ringkas(buruk)}"
        lebar_dok = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
        assert lebar_dok <= lebar, f"{jalur}: {lebar_dok} px pada layar {lebar} px"
        assert not h.galat and not h.ke_luar(), (h.galat, h.ke_luar())
    finally:
        h.tutup()

"""The site's search (Pagefind) in headless Chromium, on the example portal.

- a page view downloads nothing of the search (no request under ``pagefind/``), even with the
  search box open, until the visitor types;
- one query transfers at most 300 KB (bytes received, as this test server sends them:
  uncompressed, so a static host that gzips serves less);
- the results are the pages people look for, LKj pages included, with snippets free of the
  page's navigation and with table cells apart;
- the box works from the keyboard (/, arrows, Esc) and speaks Indonesian;
- the search keeps working under the page's Content-Security-Policy when Pagefind cannot start
  its worker and compiles its WebAssembly on the page ('wasm-unsafe-eval');
- axe finds no serious or critical violation with the results open, at desktop and phone width;
- a large site's split index (one per satker plus the portal's; forced here with LAKIP_CARI_PECAH=0):
  on a satker's page the box searches that satker's pages, LKj included, and only its bundle is
  downloaded; the visitor can switch to the portal's index; on the portal's pages the box says
  where a satker's reports are searched.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bantu_situs import FIXTURE_PORTAL, bangun, bangun_sekali
from test_browser import (  # noqa: F401 - the fixtures are used by name
    _PELANGGARAN,
    HALAMAN,
    LEBAR,
    SID,
    XSS,
    Halaman,
    _axe,
    _data_xss,
    _perlu_chromium,
    _ringkas,
    _sajikan,
    halaman,
    situs,
    url,
)

HASIL = ".md-search-result__item a"
BATAS_KUERI = 300_000


def _ketik(page: object, kata: str) -> list[dict[str, str]]:
    """Open the box with '/', type ``kata``; the results as {judul, cuplikan, alamat}."""
    page.keyboard.press("/")  # type: ignore[attr-defined]
    page.keyboard.type(kata, delay=20)  # type: ignore[attr-defined]
    page.wait_for_selector(HASIL)  # type: ignore[attr-defined]
    page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
    return page.eval_on_selector_all(HASIL, """els => els.map(a => ({
        judul: a.querySelector('h1').textContent, cuplikan: a.querySelector('p').textContent,
        alamat: a.getAttribute('href')}))""")  # type: ignore[attr-defined]


def _pagefind(permintaan: list[str]) -> list[str]:
    return [u for u in permintaan if "/pagefind/" in u]


def test_tampilan_halaman_tidak_mengunduh_pencarian(halaman: Halaman, url: str) -> None:
    for u in ("", HALAMAN["tahun"], HALAMAN["lkj"]):
        halaman.buka(url + u)
    page = halaman.page
    page.keyboard.press("/")  # the box opens, the visitor has not searched yet
    page.wait_for_timeout(300)
    assert page.evaluate("document.getElementById('__search').checked")
    assert not _pagefind(halaman.permintaan), _pagefind(halaman.permintaan)
    page.keyboard.type("capaian", delay=20)
    page.wait_for_selector(HASIL)
    assert any(u.endswith("pagefind/pagefind.js") for u in halaman.permintaan)


def test_satu_kueri_paling_banyak_300_kb(peramban: object, url: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url)
        diterima: list[object] = []
        page.on("response", lambda r: diterima.append(r))  # type: ignore[attr-defined]
        hasil = _ketik(page, "realisasi anggaran")
        assert len(hasil) == 10  # a full first page of results, each with its fragment
        ukuran = {r.url: len(r.body()) for r in diterima}  # type: ignore[attr-defined]
        total = sum(ukuran.values())
        assert all("/pagefind/" in u for u in ukuran), ukuran
        assert 0 < total <= BATAS_KUERI, f"{total} byte: {ukuran}"
    finally:
        h.tutup()


@pytest.mark.parametrize("kata, harap", [
    ("realisasi anggaran", "Realisasi Anggaran 2024: KPU Kabupaten Contoh Satu"),
    ("perjanjian kinerja", "Perjanjian Kinerja 2024: KPU Kabupaten Contoh Satu"),
    ("rencana strategis", "Rencana Strategis 2020–2024: KPU Republik Indonesia"),
    ("laporan kinerja contoh satu", "Draf Laporan Kinerja 2024: KPU Kabupaten Contoh Satu"),  # the LKj page
    ("Kabupaten/Kota", "Perbandingan IKU antar-satker 2024"),
])
def test_hasil_dan_cuplikan_bersih(halaman: Halaman, url: str, kata: str, harap: str) -> None:
    hasil = _ketik(halaman.buka(url), kata)
    assert harap in [h["judul"] for h in hasil], [h["judul"] for h in hasil]
    for h in hasil:
        c = h["cuplikan"]
        assert c.strip(), h
        for sisa in ("Data terbuka (JSON/CSV)", "Capaian kinerja · Perjanjian kinerja", "¶", "NoSasaran",
                     "KodeIndikator", "SasaranKode", "KodeJenis"):
            assert sisa not in c, f"{h['judul']}: {c}"
    assert "halaman cocok dengan" in halaman.page.inner_text("[data-lakip-cari-status]")  # type: ignore[attr-defined]


def test_konsistensi_dan_404_tidak_diindeks(situs: Path) -> None:  # noqa: F811
    assert (situs / "pagefind" / "pagefind-entry.json").is_file()
    lkj = (situs / "satker/kab-contoh-satu/2024/lkj/index.html").read_text(encoding="utf-8")
    assert "data-pagefind-body" in lkj
    assert "data-pagefind-body" not in (situs / "404.html").read_text(encoding="utf-8")
    for f in situs.glob("satker/*/*/konsistensi/index.html"):
        assert "data-pagefind-body" not in f.read_text(encoding="utf-8"), f


def test_papan_ketik(halaman: Halaman, url: str) -> None:
    page = halaman.buka(url + HALAMAN["profil"])
    _ketik(page, "capaian")
    aktif = "document.activeElement"
    assert page.evaluate(f"{aktif}.matches('[data-lakip-cari-masukan]')")  # type: ignore[attr-defined]
    page.keyboard.press("ArrowDown")  # type: ignore[attr-defined]
    pertama = page.evaluate(f"{aktif}.getAttribute('href')")  # type: ignore[attr-defined]
    assert pertama and page.evaluate(f"{aktif}.classList.contains('md-search-result__link')")  # type: ignore[attr-defined]
    page.keyboard.press("ArrowDown")  # type: ignore[attr-defined]
    assert page.evaluate(f"{aktif}.getAttribute('href')") != pertama  # type: ignore[attr-defined]
    page.keyboard.press("ArrowUp")  # type: ignore[attr-defined]
    page.keyboard.press("ArrowUp")  # type: ignore[attr-defined]
    assert page.evaluate(f"{aktif}.matches('[data-lakip-cari-masukan]')")  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    assert not page.evaluate("document.getElementById('__search').checked")  # type: ignore[attr-defined]
    page.keyboard.press("/")  # type: ignore[attr-defined]
    page.keyboard.press("ArrowDown")  # type: ignore[attr-defined]
    with page.expect_navigation():  # type: ignore[attr-defined]
        page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert page.url.endswith(pertama), (page.url, pertama)  # type: ignore[attr-defined]


def test_csp_pencarian_tanpa_worker(peramban: object, url: str) -> None:
    """Pagefind falls back to the page when its worker cannot start: WebAssembly under the meta CSP."""
    h = Halaman(peramban)
    try:
        h.konteks.add_init_script("delete window.Worker;" + _PELANGGARAN)
        page = h.buka(url + HALAMAN["tahun"])
        csp = page.eval_on_selector('meta[http-equiv="Content-Security-Policy"]', "m => m.content")  # type: ignore[attr-defined]
        assert "'wasm-unsafe-eval'" in csp.split("script-src")[1].split(";")[0]
        assert "'unsafe-eval'" not in csp
        assert _ketik(page, "anggaran")
        assert page.evaluate("window.__csp") == []  # type: ignore[attr-defined]
        assert not h.galat, h.galat
    finally:
        h.tutup()


@pytest.mark.parametrize("lebar", list(LEBAR))
def test_axe_pencarian_terbuka(peramban: object, url: str, lebar: str) -> None:
    h = Halaman(peramban, LEBAR[lebar])
    try:
        page = h.buka(url + HALAMAN["tahun"])
        _ketik(page, "realisasi")
        buruk = _axe(page)
        assert not buruk, _ringkas(buruk)
        assert page.is_visible(HASIL)  # type: ignore[attr-defined]
        assert page.get_attribute("[data-lakip-cari][role=dialog]", "aria-label")  # type: ignore[attr-defined]
    finally:
        h.tutup()


@pytest.fixture(scope="module")
def url_pecah() -> Iterator[str]:
    _perlu_chromium()
    yield from _sajikan(bangun_sekali(FIXTURE_PORTAL, {"LAKIP_CARI_PECAH": "0"}))


def test_indeks_pecah_di_halaman_satker(peramban: object, url_pecah: str) -> None:
    h = Halaman(peramban)
    try:
        page = h.buka(url_pecah + HALAMAN["tahun"])
        assert page.is_checked(f"input[name=lakip-lingkup][value='satker/{SID}/']")  # type: ignore[attr-defined]
        hasil = _ketik(page, "laporan kinerja")
        alamat = [x["alamat"] for x in hasil]
        assert alamat and all(a.startswith(f"/satker/{SID}/") for a in alamat), alamat
        assert f"/satker/{SID}/2024/lkj/" in alamat  # the LKj is in the satker's index
        assert "di KPU Kabupaten Contoh Satu cocok dengan" in page.inner_text("[data-lakip-cari-status]")  # type: ignore[attr-defined]
        unduh = {u.split("/pagefind/")[0] for u in _pagefind(h.permintaan)}
        assert unduh == {url_pecah.rstrip("/"), url_pecah + f"satker/{SID}"}, unduh  # the loader, this bundle
        assert not any(u.startswith(url_pecah + f"satker/{SID}/pagefind/pagefind.js") for u in h.permintaan)
        page.focus("input[name=lakip-lingkup]:checked")  # type: ignore[attr-defined]
        page.keyboard.press("ArrowDown")  # type: ignore[attr-defined]  # the radio's own arrows pick the portal
        assert page.is_checked("input[name=lakip-lingkup][value='']")  # type: ignore[attr-defined]
        page.wait_for_selector("[data-lakip-cari-status]:has-text('dari halaman satker itu')")  # type: ignore[attr-defined]
        page.wait_for_selector(HASIL)  # type: ignore[attr-defined]
        page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
        portal = page.eval_on_selector_all(HASIL, "els => els.map(a => a.getAttribute('href'))")  # type: ignore[attr-defined]
        assert portal and not any(a.startswith(f"/satker/{SID}/2024") for a in portal), portal
        assert not h.galat, h.galat
        buruk = _axe(page)
        assert not buruk, _ringkas(buruk)
    finally:
        h.tutup()


def test_indeks_pecah_di_portal(halaman: Halaman, url_pecah: str) -> None:
    page = halaman.buka(url_pecah)
    assert not page.query_selector("[data-lakip-cari-lingkup]")  # type: ignore[attr-defined]
    hasil = _ketik(page, "contoh satu")
    assert f"/satker/{SID}/" in [x["alamat"] for x in hasil]  # the profile is in the portal's index
    assert "dari halaman satker itu" in page.inner_text("[data-lakip-cari-status]")  # type: ignore[attr-defined]
    assert not any("/satker/" in u for u in _pagefind(halaman.permintaan))


@pytest.mark.parametrize("dari", ["", HALAMAN["tahun"]])
def test_indeks_pecah_satu_kueri_paling_banyak_300_kb(peramban: object, url_pecah: str, dari: str) -> None:
    """The split index's budget: one query typed on the home page (the portal's index) or on a satker's
    page (its own index) transfers at most 300 KB, as this test server sends it (uncompressed)."""
    h = Halaman(peramban)
    try:
        page = h.buka(url_pecah + dari)
        diterima: list[object] = []
        page.on("response", lambda r: diterima.append(r))  # type: ignore[attr-defined]
        assert _ketik(page, "realisasi anggaran")
        ukuran = {r.url: len(r.body()) for r in diterima}  # type: ignore[attr-defined]
        assert all("/pagefind/" in u for u in ukuran), ukuran
        assert 0 < sum(ukuran.values()) <= BATAS_KUERI, ukuran
    finally:
        h.tutup()


def test_indeks_pecah_nama_satker_tetap_teks(tmp_path: Path) -> None:
    """The satker's name in the 'Cari di' choice comes from its data: escaped, in the label and the attribute."""
    bangun(_data_xss(tmp_path / "data"), tmp_path / "proyek", tmp_path / "site",
           {"LAKIP_CHROMIUM": "", "LAKIP_CARI_PECAH": "0"})
    html = (tmp_path / "site/satker/kab-xss/2024/index.html").read_text(encoding="utf-8")
    pilihan = html[html.index("<fieldset class=\"lakip-cari-lingkup\""):html.index("</fieldset>")]
    assert XSS not in pilihan and "<script" not in pilihan
    assert pilihan.count("KPU Kabupaten Uji &lt;") == 2, pilihan

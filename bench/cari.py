"""What a visitor downloads: the home page's first view and one search query, in a real browser.

    python bench/cari.py SITE_DIR                       # the built site (mkdocs build -d SITE_DIR)
    python bench/cari.py SITE_DIR --kueri "capaian kinerja" --kueri "sintetis 123"

Each query is typed on the home page and, when the site's index is split per satker (a large
site: lakip.site.cari), also on a satker-year page, whose box searches that satker's index.

Serves SITE_DIR on 127.0.0.1, opens the home page in headless Chromium (Debian's
/usr/bin/chromium, no browser is downloaded) with an empty cache, records every response,
then opens the search box and types each query on a fresh page, recording what the query
fetches. Each file is counted as a static host would send it: HTML, CSS, JavaScript, JSON
and SVG compressed (gzip level 6, and brotli quality 11 as pre-compressed hosts serve it,
when the ``brotli`` module is installed); Pagefind's index files (``*.pf_*``, ``wasm.*``)
are gzip-compressed by Pagefind already and are counted as they are. Nothing is asserted;
the budget (300 KB for the first view, 300 KB for one query) is printed next to the figures.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

try:
    import brotli
except ImportError:  # optional: gzip alone then
    brotli = None

CHROMIUM = "/usr/bin/chromium"
BATAS = 300 * 1024
KUERI = ("realisasi anggaran", "capaian kinerja 2024", "sintetis 123")
_TEKS = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".mjs"}  # what hosts compress


@dataclass
class Muatan:
    """The files one step fetched, with their sizes as sent."""

    berkas: list[tuple[str, int, int, int | None]] = field(default_factory=list)  # path, raw, gzip, brotli

    @property
    def mentah(self) -> int:
        return sum(b[1] for b in self.berkas)

    @property
    def gzip(self) -> int:
        return sum(b[2] for b in self.berkas)

    @property
    def brotli(self) -> int | None:
        return None if any(b[3] is None for b in self.berkas) else sum(b[3] or 0 for b in self.berkas)


def ukuran_kirim(berkas: Path) -> tuple[int, int, int | None]:
    """(raw, gzip, brotli) bytes of ``berkas`` as a static host sends it."""
    isi = berkas.read_bytes()
    if berkas.suffix not in _TEKS:
        return len(isi), len(isi), len(isi)  # images, fonts, Pagefind's already-compressed index
    gz = len(gzip.compress(isi, 6, mtime=0))
    br = len(brotli.compress(isi, quality=11)) if brotli is not None else None
    return len(isi), gz, br


class _Sajian:
    def __init__(self, folder: Path) -> None:
        class Penangan(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *a: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                      functools.partial(Penangan, directory=str(folder)))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    def tutup(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _berkas(site: Path, url: str) -> Path | None:
    p = unquote(urlparse(url).path).lstrip("/")
    f = site / p
    if f.is_dir() or not p or p.endswith("/"):
        f = f / "index.html"
    return f if f.is_file() else None


def _catat(site: Path, urls: list[str]) -> Muatan:
    m = Muatan()
    for u in dict.fromkeys(urls):
        f = _berkas(site, u)
        if f is not None:
            m.berkas.append((f.relative_to(site).as_posix(), *ukuran_kirim(f)))
    return m


def halaman_satker(site: Path) -> str | None:
    """A satker-year page whose search box offers its satker's own index (a split index), or None."""
    for f in sorted(site.glob("satker/*/*/index.html")):
        if "data-lakip-cari-lingkup" in f.read_text(encoding="utf-8"):
            return f.parent.relative_to(site).as_posix() + "/"
    return None


def ukur(site: Path, kueri: tuple[str, ...] = KUERI) -> tuple[Muatan, dict[tuple[str, str], tuple[Muatan, int]]]:
    """The home page's first view, and per (page, query) what the query fetched and how many results
    it found: from the home page, and from a satker page when the index is split."""
    from playwright.sync_api import sync_playwright

    s = _Sajian(site)
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            try:
                dari = ["", *([h] if (h := halaman_satker(site)) else [])]
                return _beranda(b, s.url, site), {(d, k): _kueri(b, s.url + d, site, k) for d in dari for k in kueri}
            finally:
                b.close()
    finally:
        s.tutup()


def _halaman(b: object, url: str) -> tuple[object, object, list[str]]:
    ctx = b.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = ctx.new_page()
    urls: list[str] = []
    page.on("response", lambda r: urls.append(r.url))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return ctx, page, urls


def _beranda(b: object, url: str, site: Path) -> Muatan:
    ctx, _, urls = _halaman(b, url)
    ctx.close()  # type: ignore[attr-defined]
    return _catat(site, urls)


def _kueri(b: object, url: str, site: Path, kata: str) -> tuple[Muatan, int]:
    ctx, page, urls = _halaman(b, url)
    try:
        n0 = len(urls)
        page.keyboard.press("/")  # type: ignore[attr-defined]
        page.keyboard.type(kata, delay=15)  # type: ignore[attr-defined]
        page.wait_for_selector(".md-search-result__item, [data-lakip-cari-status]:has-text('Tidak ada')",  # type: ignore[attr-defined]
                               timeout=60_000)
        page.wait_for_load_state("networkidle")  # type: ignore[attr-defined]
        page.wait_for_timeout(500)  # type: ignore[attr-defined]
        n = page.eval_on_selector_all(".md-search-result__item a", "els => els.length")  # type: ignore[attr-defined]
        return _catat(site, urls[n0:]), n
    finally:
        ctx.close()  # type: ignore[attr-defined]


def kb(x: int | None) -> str:
    return "–" if x is None else f"{x / 1024:.1f} KB"


def tabel(beranda: Muatan, kueri: dict[tuple[str, str], tuple[Muatan, int]]) -> str:
    cari = len([b for b in beranda.berkas if "pagefind/" in b[0]])  # search data before any search
    baris = ["| Unduhan | Berkas | Mentah | gzip | brotli | Anggaran |", "|---|---:|---:|---:|---:|---|",
             f"| Tampilan pertama beranda | {len(beranda.berkas)} | {kb(beranda.mentah)} | {kb(beranda.gzip)} | "
             f"{kb(beranda.brotli)} | ≤ 300 KB |",
             f"| Berkas pencarian (`pagefind/`) pada tampilan pertama | {cari} | | | | 0 |"]
    for (d, k), (m, n) in kueri.items():
        tempat = f"di `{d}` (indeks satker)" if d else "di beranda"
        baris.append(f"| Satu kueri \u201c{k}\u201d {tempat} ({n} hasil tampil) | {len(m.berkas)} | {kb(m.mentah)} | "
                     f"{kb(m.gzip)} | {kb(m.brotli)} | ≤ 300 KB |")
    return "\n".join(baris)


def rincian(m: Muatan) -> str:
    return "\n".join(f"    {p}: {kb(r)} mentah, {kb(g)} gzip" for p, r, g, _ in sorted(m.berkas, key=lambda x: -x[2]))


def main() -> int:
    ap = argparse.ArgumentParser(description="Unduhan tampilan pertama dan satu kueri pencarian")
    ap.add_argument("site", type=Path)
    ap.add_argument("--kueri", action="append", help="kata yang dicari (boleh berulang)")
    ap.add_argument("--rinci", action="store_true", help="tampilkan setiap berkas")
    a = ap.parse_args()
    beranda, kueri = ukur(a.site, tuple(a.kueri) if a.kueri else KUERI)
    print(tabel(beranda, kueri))
    if a.rinci:
        print("\nBeranda:\n" + rincian(beranda))
        for (d, k), (m, _) in kueri.items():
            print(f"\n\u201c{k}\u201d di /{d}:\n" + rincian(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())

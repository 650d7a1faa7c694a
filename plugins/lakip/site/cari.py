"""The site's search: Pagefind's index, built from the finished HTML after the build.

Pagefind splits the index by word and by page, so a visitor downloads only the pieces that
match what they typed (a one-file index grows with the site: about 100 MB nationally).
Every page is marked for it here (``tandai``): its article is the indexed body, the heading
anchors, edit buttons and the links between a satker-year's pages are left out, so the result
snippets are the page's own text. So are the charts (their labels repeat the tables), the
numeric table cells (right-aligned: every distinct figure would be a word of the index) and, on
the LKj page, the tables (the capaian, PK and anggaran pages index the same rows): measured on
the national set, Pagefind's memory grows with the words it indexes, not with the HTML, and
the numbers and repeated tables were most of them (bench/README.md). ``indeks`` runs the ``pagefind`` binary (the Python package
ships it) on the site folder; its bundle lands in ``pagefind/`` beside the pages.

A large site (the national portal: 13,000 pages) gets one index per satker plus one for the portal
(``per_satker``): one query on a single national index transferred 350-560 KB, because Pagefind's
page list and the postings of the words every satker-year page carries grow with the pages. Each
satker's bundle (``satker/<id>/pagefind/``) holds all its pages, LKj included, and is what the
search box searches on that satker's pages; the portal's bundle holds the portal's own pages and
every satker's profile, so a visitor finds the satker first. Both stay small at any number of
satker (bench/README.md). Pagefind's own UI files are dropped: ``assets/cari.js`` is the UI.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

try:  # the binary's wheel (pagefind[bin]) is a dependency; without it the site has no search
    from pagefind.service import get_executable
except ImportError:  # pragma: no cover - only on a machine where the install step was skipped
    get_executable = None

FOLDER = "pagefind"
_ARTIKEL = re.compile(r'<article class="md-content__inner md-typeset"')
_ABAIKAN = re.compile(r'<(a|nav) (?=[^>]*class="(?:headerlink|md-content__button md-icon|lakip-navtahun)")')
_NAV_TAHUN = re.compile(r'<p (?=class="lakip-(?:tautan-tahun|unduh)")')  # link lines (site/navigasi.py)
_SVG = re.compile(r"<svg\b")
_ANGKA_SEL = re.compile(r'<(td|th) (?=style="text-align: right;")')
_TABEL = re.compile(r"<table\b")
_SEL = re.compile(r"</(th|td)><(th|td)\b")  # Pagefind reads adjacent <th> cells as one word
_ANGKA = re.compile(r"Indexed (\d+) (pages?|words?|languages?)")


def tandai(halaman_html: str, tanpa_tabel: bool = False) -> str:
    """``halaman_html`` with its article marked as Pagefind's body and its page chrome ignored;
    ``tanpa_tabel``: its tables too (the LKj, which repeats the tables of the other pages)."""
    html, n = _ARTIKEL.subn('<article data-pagefind-body class="md-content__inner md-typeset"', halaman_html, 1)
    if not n:
        return halaman_html
    html = _SEL.sub(r"</\1> <\2", html)
    html = _SVG.sub("<svg data-pagefind-ignore", html)
    html = _ANGKA_SEL.sub(r"<\1 data-pagefind-ignore ", html)
    if tanpa_tabel:
        html = _TABEL.sub("<table data-pagefind-ignore", html)
    html = _NAV_TAHUN.sub("<p data-pagefind-ignore ", html)
    return _ABAIKAN.sub(r"<\1 data-pagefind-ignore ", html)


@dataclass(frozen=True)
class HasilIndeks:
    halaman: int
    kata: int
    bahasa: int
    byte: int  # every bundle on disk, each fragment and index chunk
    satker: int = 0  # bundles of one satker each (0: one index for the whole site)

    def ringkas(self) -> str:
        bagi = f", dipecah: indeks portal dan {self.satker} indeks satker" if self.satker else ""
        return (f"Indeks pencarian (Pagefind): {self.halaman} halaman, {self.kata} kata{bagi}, "
                f"{self.byte / 1e6:.1f} MB (diunduh per potongan saat mencari)")


def program() -> str | None:
    """Path of the pagefind binary, or None when the package is not installed."""
    if get_executable is None:
        return None
    p = get_executable()
    return str(p) if p is not None and p.is_file() else None


def folder_satker(folder_situs: Path) -> list[Path]:
    """The satker folders of a built site that get their own bundle (those with a profile page)."""
    akar = folder_situs / "satker"
    return sorted(d for d in akar.iterdir() if (d / "index.html").is_file()) if akar.is_dir() else []


def glob_portal(folder_situs: Path) -> str:
    """Pagefind's file glob for the portal's bundle: every page outside satker/, the satker list and
    each satker's profile page."""
    pola = ["*.html", "satker/index.html", "satker/*/index.html"]
    pola += [f"{d.name}/**/*.html" for d in sorted(folder_situs.iterdir())
             if d.is_dir() and d.name not in ("satker", FOLDER)]
    return "{" + ",".join(pola) + "}"


def indeks(folder_situs: Path, per_satker: bool = False) -> HasilIndeks | str:
    """Index the built site in ``folder_situs``; the result, or why it failed (one line).
    ``per_satker``: one bundle per satker folder plus the portal's (see the module's note)."""
    exe = program()
    if exe is None:
        return "program pagefind tidak ditemukan (pasang paket Python 'pagefind[bin]' lewat scripts/pasang.sh)"
    satker = folder_satker(folder_situs)
    for d in [folder_situs, *satker]:  # a rebuild into the same folder: no fragment of an old index stays
        if (d / FOLDER).exists():
            shutil.rmtree(d / FOLDER)
    if not per_satker:
        return _hasil([_jalankan(exe, folder_situs, None, portal=True)], 0)
    portal = _jalankan(exe, folder_situs, glob_portal(folder_situs), portal=True)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as kerja:  # each run is its own process
        per = list(kerja.map(lambda d: _jalankan(exe, d, None, portal=False), satker))
    return _hasil([portal, *per], len(satker))


def _jalankan(exe: str, situs: Path, glob: str | None, portal: bool) -> HasilIndeks | str:
    perintah = [exe, "--site", str(situs), "--output-subdir", FOLDER] + (["--glob", glob] if glob else [])
    r = subprocess.run(perintah, capture_output=True, text=True, check=False)
    if r.returncode != 0:
        pesan = (r.stderr or r.stdout).strip().splitlines()
        return f"pagefind gagal (kode {r.returncode}) di {situs.name}: {pesan[-1] if pesan else ''}"
    keluaran = situs / FOLDER
    _pangkas(keluaran, portal)
    angka = {m.group(2).rstrip("s"): int(m.group(1)) for m in _ANGKA.finditer(r.stdout)}
    ukuran = sum(f.stat().st_size for f in keluaran.rglob("*") if f.is_file())
    return HasilIndeks(angka.get("page", 0), angka.get("word", 0), angka.get("language", 0), ukuran)


def _pangkas(bundel: Path, portal: bool) -> None:
    """Drop what the site never loads: Pagefind's UI files (assets/cari.js is the UI), the WebAssembly
    of languages no page is in, and in a satker's bundle the loader (the portal's pagefind.js opens it)."""
    if not (bundel / "pagefind-entry.json").is_file():
        return
    entri = json.loads((bundel / "pagefind-entry.json").read_text(encoding="utf-8"))
    simpan = {"pagefind-entry.json", "pagefind-worker.js", *(["pagefind.js"] if portal else [])}
    simpan |= {f"wasm.{b['wasm']}.pagefind" for b in entri.get("languages", {}).values()}
    for f in bundel.iterdir():
        if f.is_file() and f.name not in simpan and f.suffix != ".pf_meta":
            f.unlink()


def _hasil(bagian: list[HasilIndeks | str], satker: int) -> HasilIndeks | str:
    gagal = next((b for b in bagian if isinstance(b, str)), None)
    if gagal is not None:
        return gagal
    ok = [b for b in bagian if isinstance(b, HasilIndeks)]
    return HasilIndeks(sum(b.halaman for b in ok), sum(b.kata for b in ok), max((b.bahasa for b in ok), default=0),
                       sum(b.byte for b in ok), satker)

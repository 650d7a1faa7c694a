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
"""

from __future__ import annotations

import re
import shutil
import subprocess
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
    byte: int  # the whole bundle on disk, every fragment and index chunk

    def ringkas(self) -> str:
        return (f"Indeks pencarian (Pagefind): {self.halaman} halaman, {self.kata} kata, "
                f"{self.byte / 1e6:.1f} MB dalam {FOLDER}/ (diunduh per potongan saat mencari)")


def program() -> str | None:
    """Path of the pagefind binary, or None when the package is not installed."""
    if get_executable is None:
        return None
    p = get_executable()
    return str(p) if p is not None and p.is_file() else None


def indeks(folder_situs: Path) -> HasilIndeks | str:
    """Index the built site in ``folder_situs``; the result, or why it failed (one line)."""
    exe = program()
    if exe is None:
        return "program pagefind tidak ditemukan (pasang paket Python 'pagefind[bin]' lewat scripts/pasang.sh)"
    keluaran = folder_situs / FOLDER
    if keluaran.exists():  # a rebuild into the same folder: no fragment of the old index stays behind
        shutil.rmtree(keluaran)
    r = subprocess.run([exe, "--site", str(folder_situs), "--output-subdir", FOLDER],
                       capture_output=True, text=True, check=False)
    if r.returncode != 0:
        pesan = (r.stderr or r.stdout).strip().splitlines()
        return f"pagefind gagal (kode {r.returncode}): {pesan[-1] if pesan else ''}"
    angka = {m.group(2).rstrip("s"): int(m.group(1)) for m in _ANGKA.finditer(r.stdout)}
    ukuran = sum(f.stat().st_size for f in keluaran.rglob("*") if f.is_file())
    return HasilIndeks(angka.get("page", 0), angka.get("word", 0), angka.get("language", 0), ukuran)

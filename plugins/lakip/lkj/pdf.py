"""The LKj as an A4 PDF: a purpose-made print HTML printed by headless Chromium.

Engine choice. Two engines were tried on this machine: WeasyPrint renders
purpose-made print HTML well but is not installed (it would add a PyPI
dependency plus Debian's pango for every developer and CI), while Chromium is
already installed by ``scripts/pasang.sh`` for the browser tests, and Chromium
156 supports what a printed report needs: ``@page`` margin boxes (running
header with satker and year, page numbers with ``counter(page)``), named pages
(a cover without header, landscape pages for the month-by-month Rencana Aksi),
``thead`` repeated on every page and ``break-inside: avoid`` on table rows,
and a tagged PDF with a document outline. So the LKj is rendered to a
standalone print HTML (own CSS in ``templates/lkj-cetak.css``, no Material, no
script, no request to any host: a Content-Security-Policy forbids them) and
printed with ``Page.printToPDF`` over the DevTools protocol on a pipe
(``--remote-debugging-pipe``): no extra Python dependency, and ONE browser
process for every PDF of a build (starting Chromium costs about a second;
printing one LKj then costs a fraction of that).

Table of contents with page numbers. Chromium has no ``target-counter()``, so
the document is printed twice: the first print carries invisible markers
(absolutely positioned, so the layout is the same) at every heading, table and
figure; ``pdftotext`` (poppler-utils) tells on which page each marker landed;
the second print fills those numbers into the Daftar Isi, Daftar Tabel and
Daftar Gambar (their number column has a fixed width, so filling them in moves
nothing). Without ``pdftotext`` the lists are printed without page numbers.

Determinism. Chromium writes the print time and per-process node ids into the
PDF; both are rewritten in place to fixed values (same byte length, so the
cross-reference table stays valid), so the same data gives the same PDF.
"""

from __future__ import annotations

import base64
import html
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .cetak_tanda import html_tanda
from .chromium import Pencetak
from .naskah import (
    DaftarIsi,
    Gambar,
    Judul,
    Kosong,
    NaskahLkj,
    PernyataanReviu,
    Tabel,
    TandaTangan,
    TandaTanganPK,
    Teks,
)
from .pdf_meta import label_halaman, lengkapi_pdf
from .tabel_cetak import cetak_tabel, html_md, inline_md, md_cetak, rapikan_semua_tabel

__all__ = ["CetakLkj", "cetak_html", "cetak_lkj", "html_dasar", "html_lkj", "jumlah_halaman"]

TEMPLAT = Path(__file__).parent.parent / "templates"
# ---------------------------------------------------------------- the print HTML

def _css_teks(s: str) -> str:
    """A CSS string literal (for margin-box content): quotes, backslashes and '<' escaped."""
    out = []
    for ch in s:
        if ch in '"\\' or ch == "<" or ord(ch) < 32:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _penanda(i: int) -> str:
    return f'<span class="penanda">LKJPENANDA{i:04d}X</span>'


_HAL = re.compile(r'<span class="hal" data-j="([^"]*)"></span>')
_TANDA = re.compile(r'<span class="penanda">LKJPENANDA\d{4}X</span>')


# a paragraph that is only bold text: a run-in title ("**2. Penyelenggaraan Pelatihan ...**")
_SUBJUDUL = re.compile(r"^<p>(\s*<strong>(?:(?!</?strong>|</p>).)*</strong>\s*:?\s*)</p>$", re.MULTILINE)


def _ke_lanskap(blok: list[Any]) -> set[int]:
    """Blocks printed on the landscape page of the wide table they introduce: the heading right before a
    wide table and any short text between them (else the heading ends the portrait page alone)."""
    hasil: set[int] = set()
    for i, b in enumerate(blok):
        if not (isinstance(b, Tabel) and b.lebar):
            continue
        j = i - 1
        while j >= 0 and j not in hasil:
            x = blok[j]
            if isinstance(x, Teks) and len(x.markdown) <= 600:
                hasil.add(j)
            elif isinstance(x, Judul):
                hasil.add(j)
                break
            else:
                break
            j -= 1
    return hasil


def html_lkj(n: NaskahLkj, halaman: dict[str, str] | None = None, penanda: bool = False) -> str:
    """The standalone print HTML. ``halaman``: page of each anchor (the Daftar Isi numbers);
    ``penanda``: put the invisible page markers (first pass)."""
    return isi_halaman(html_dasar(n), halaman, penanda)


def isi_halaman(dasar: str, halaman: dict[str, str] | None, penanda: bool) -> str:
    """Fill the page numbers into a ``html_dasar`` document, keeping or removing the markers."""
    hal = halaman or {}
    out = _HAL.sub(lambda m: f'<span class="hal">{hal.get(m.group(1), "")}</span>', dasar)
    return out if penanda else _TANDA.sub("", out)


_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")')


_MIME_GAMBAR = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


def _gambar_lokal(teks_html: str, folder: Path | None) -> str:
    """Narrative images (relative to the year folder, as on the web page) inlined as data: URLs.

    The print page's own policy loads images from data: only, so the PDF holds its images
    and the printer reads no other file.
    """
    if folder is None or "<img" not in teks_html:
        return teks_html
    satker = folder.parent.resolve()

    def ganti(m: re.Match[str]) -> str:
        path = (folder / html.unescape(m.group(2))).resolve()
        mime = _MIME_GAMBAR.get(path.suffix.lower())
        if mime is None or not path.is_relative_to(satker) or not path.is_file():
            return m.group(1) + m.group(3)  # refused by lakip check; never a file outside the satker
        return m.group(1) + f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode() + m.group(3)

    return _IMG_SRC.sub(ganti, teks_html)


_RP_SPASI = re.compile(r"\bRp (?=\d)")


def rupiah_utuh(teks_html: str) -> str:
    """"Rp 63.293.098.000" never broken between "Rp" and its number at a line end (a non-breaking space)."""
    return _RP_SPASI.sub("Rp&#160;", teks_html)


def _bagian_gambar(isi_html: str) -> list[str]:
    """The drawings of a figure made of several SVG parts, each alone; any other figure as one piece."""
    bagian = [x for x in re.split(r"(?=<svg\b)", isi_html) if x.strip()]
    return bagian if len(bagian) > 1 and all(x.lstrip().startswith("<svg") for x in bagian) else [isi_html]


def html_dasar(n: NaskahLkj) -> str:
    """The print HTML with every page marker and empty page-number slots (see ``isi_halaman``)."""
    md = md_cetak()
    sasaran: list[str] = []  # anchors in marker order
    isi: list[str] = []

    def tanda(jangkar: str) -> str:
        sasaran.append(jangkar)
        return _penanda(len(sasaran) - 1)

    def nomor(jangkar: str) -> str:
        return f'<span class="hal" data-j="{jangkar}"></span>'

    def daftar(jenis: str) -> str:
        baris = []
        if jenis == "isi":
            for j in n.judul_bab():
                if j.tingkat <= 2:
                    baris.append(f'<li class="t{j.tingkat}"><a href="#{j.jangkar}">{inline_md(md, j.teks)}</a>'
                                 f'<span class="titik"></span>{nomor(j.jangkar)}</li>')
        else:
            label = "Tabel" if jenis == "tabel" else "Gambar"
            for x in (n.tabel() if jenis == "tabel" else n.gambar()):
                baris.append(f'<li><a href="#{x.jangkar}"><span class="no">{label} {html.escape(x.nomor)}</span> '
                             f'{inline_md(md, x.judul)}</a><span class="titik"></span>{nomor(x.jangkar)}</li>')
            if not baris:
                return f'<p class="kosong">Tidak ada {label.lower()} dalam laporan ini.</p>'
        return f'<ol class="daftar daftar-{jenis}">' + "".join(baris) + "</ol>"

    lanskap = _ke_lanskap(n.blok)
    awal = _awal_isi(n)
    if awal is not None:
        isi.append('<div class="depan">')
    for no, b in enumerate(n.blok):
        if no == awal:
            isi.append("</div>")
        if isinstance(b, Judul):
            h = min(6, b.tingkat + 1)
            kelas = "bab" if b.tingkat == 1 else f"t{b.tingkat}"
            if b.tingkat == 1 and not b.halaman_baru:
                kelas += " sambung"
            if no in lanskap:
                kelas += " lebar"
            m = tanda(b.jangkar) if b.daftar_isi and b.tingkat <= 2 else ""
            isi.append(f'<h{h} id="{b.jangkar}" class="{kelas}">{m}{inline_md(md, b.teks)}</h{h}>')
        elif isinstance(b, Teks):
            teks = rapikan_semua_tabel(_SUBJUDUL.sub(r'<p class="subjudul">\1</p>', html_md(md, b.markdown)))
            isi.append(f'<div class="lebar">{teks}</div>' if no in lanskap else teks)
        elif isinstance(b, Tabel):
            tabel = cetak_tabel(b.isi, md, b.lebar) if b.isi is not None else rapikan_semua_tabel(
                html_md(md, b.markdown), b.lebar)
            kelas = "tabel" + (" utuh" if b.baris <= 12 else "") + (" lebar" if b.lebar else "")
            isi.append(f'<div class="{kelas}"><p class="keterangan" id="{b.jangkar}">{tanda(b.jangkar)}'
                       f'<span class="no">Tabel {html.escape(b.nomor)}</span> {inline_md(md, b.judul)}</p>{tabel}</div>')
        elif isinstance(b, Gambar):
            # the page marker sits in the caption: the list of figures gives the page where the caption is.
            # A chart drawn in parts (svg_capaian_cetak) prints each part with its own caption, so no part
            # lands on a page without one; the list of figures gives the first part's page.
            bagian = _bagian_gambar(b.html)
            for i, gambar in enumerate(bagian, 1):
                ke = f" (bagian {i} dari {len(bagian)})" if len(bagian) > 1 else ""
                idg = f' id="{b.jangkar}"' if i == 1 else ""
                isi.append(f'<figure{idg}>{gambar}<figcaption>{tanda(b.jangkar) if i == 1 else ""}<span class="no">'
                           f'Gambar {html.escape(b.nomor)}</span> {inline_md(md, b.judul)}{ke}</figcaption></figure>')
        elif isinstance(b, (TandaTangan, TandaTanganPK, PernyataanReviu, Kosong)):
            isi.append(html_tanda(b, n.draf))
        elif isinstance(b, DaftarIsi):
            isi.append(daftar(b.jenis))
    isi = [rupiah_utuh(_gambar_lokal(x, n.folder)) for x in isi]
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLAT)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    css = (TEMPLAT / "lkj-cetak.css").read_text(encoding="utf-8")
    kepala_kiri = n.nama
    kepala_kanan = f"Laporan Kinerja {n.tahun}"
    css = css.replace("/*KEPALA_KIRI*/", _css_teks(kepala_kiri)).replace("/*KEPALA_KANAN*/", _css_teks(kepala_kanan))
    css = css.replace("/*DRAF*/", '"DRAF"' if n.draf else "none")
    return env.get_template("lkj-cetak.html").render(
        draf=n.draf, logo=jinja2.utils.markupsafe.Markup(_logo(n)),
        n=n, css=jinja2.utils.markupsafe.Markup(css), isi=jinja2.utils.markupsafe.Markup("\n".join(isi)),
        periode=f"{n.periode_renstra[0]}–{n.periode_renstra[1]}" if n.periode_renstra else None,
        judul_lain=n.judul if n.judul.lower() != f"laporan kinerja {n.nama} tahun {n.tahun}".lower() else None,
        resmi=n.resmi is not None,
    )


def _awal_isi(n: NaskahLkj) -> int | None:
    """Index of the block that opens BAB I: the front matter before it is numbered i, ii, ...,
    the body from it 1, 2, ... (``.depan`` and ``@page depan`` in the print CSS)."""
    return next((i for i, b in enumerate(n.blok) if isinstance(b, Judul) and b.tingkat == 1
                 and b.jangkar == "bab-1"), None)


def _logo(n: NaskahLkj) -> str:
    if n.logo is None or not n.logo.is_file():
        return ""
    mime = _MIME_GAMBAR.get(n.logo.suffix.lower())
    if mime is None:
        return ""
    data = base64.b64encode(n.logo.read_bytes()).decode()
    return f'<img class="sampul-logo" alt="Logo {html.escape(n.nama)}" src="data:{mime};base64,{data}">'


_CARI_PENANDA = re.compile(r"LKJPENANDA(\d{4})X")


def _sasaran_penanda(n: NaskahLkj) -> list[str]:
    """Anchors in the order ``html_lkj(penanda=True)`` numbers its markers."""
    out = []
    for b in n.blok:
        if isinstance(b, Judul) and b.daftar_isi and b.tingkat <= 2 or isinstance(b, (Tabel, Gambar)):
            out.append(b.jangkar)
    return out


def halaman_penanda(pdf: Path, n: NaskahLkj) -> dict[str, int] | None:
    """Page of every heading/table/figure marker in a first-pass PDF (None without pdftotext)."""
    alat = shutil.which("pdftotext")
    if alat is None:
        return None
    teks = subprocess.run([alat, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True,
                          timeout=120).stdout.decode("utf-8", "replace")
    urut = _sasaran_penanda(n)
    hasil: dict[str, int] = {}
    for no, hal in enumerate(teks.split("\f"), 1):
        for m in _CARI_PENANDA.finditer(hal):
            i = int(m.group(1))
            if i < len(urut):
                hasil.setdefault(urut[i], no)
    return hasil


@dataclass
class CetakLkj:
    """What printing one LKj gave."""

    path: Path
    halaman: int
    detik: float
    daftar_isi_bernomor: bool
    dari_cache: bool = False  # copied from the PDF cache (lkj.cache_pdf), not printed


def jumlah_halaman(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def cetak_lkj(n: NaskahLkj, keluar: Path, pencetak: Pencetak, kerja: Path) -> CetakLkj:
    """Print one LKj to ``keluar`` (two passes: markers, then page numbers)."""
    return cetak_html(n, html_dasar(n), keluar, pencetak, kerja)


def cetak_html(n: NaskahLkj, html_mentah: str, keluar: Path, pencetak: Pencetak, kerja: Path) -> CetakLkj:
    """Print ``html_mentah`` (``html_dasar(n)``, made once by the caller) to ``keluar``."""
    mulai = time.monotonic()
    kerja.mkdir(parents=True, exist_ok=True)
    dasar = kerja / f"{n.satker_id}-{n.tahun}"
    h1 = dasar.with_suffix(".1.html")
    h1.write_text(isi_halaman(html_mentah, {}, penanda=True), encoding="utf-8")
    p1 = dasar.with_suffix(".1.pdf")
    p1.write_bytes(pencetak.cetak(h1, akhir=False))
    fisik = halaman_penanda(p1, n)
    awal_isi = fisik.get("bab-1") if fisik else None
    # the lists of contents give the printed numbers (roman before BAB I), not the physical pages
    halaman = {j: label_halaman(p, awal_isi) for j, p in fisik.items()} if fisik is not None else None
    h2 = dasar.with_suffix(".2.html")
    h2.write_text(isi_halaman(html_mentah, halaman, penanda=False), encoding="utf-8")
    data = lengkapi_pdf(pencetak.cetak(h2), n, awal_isi)
    keluar.parent.mkdir(parents=True, exist_ok=True)
    keluar.write_bytes(data)
    return CetakLkj(keluar, jumlah_halaman(data), time.monotonic() - mulai, halaman is not None)

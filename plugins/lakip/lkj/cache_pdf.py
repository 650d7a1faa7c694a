"""Printed LKj kept by content: a rebuild prints only the LKj whose print HTML changed.

A PDF is a function of its print HTML (``html_dasar``: text, tables, charts, CSS and the
narrative's images inlined), its document information (``pdf_meta.metadata``: title, the
data's date), the fonts Chromium sets it in, Chromium itself, ``pdftotext`` (the page numbers
of the table of contents), pypdf and the printing code (two passes, the print options,
``seragamkan``, page labels). The cache key is a SHA-256 of all of them, so a hit is the bytes a
fresh print would give, and anything that could change a PDF is a miss. Entries are
``<key>.pdf`` in one folder (``.lakip-cache/pdf/`` by default): shards of a CI matrix fill it,
and a build that finds every key prints nothing and starts no browser.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pypdf

from . import chromium, pdf, pdf_meta
from .chromium import Pencetak, versi_mesin
from .naskah import NaskahLkj
from .pdf import CetakLkj, cetak_html, html_dasar, jumlah_halaman
from .pdf_meta import metadata

VERSI = 1  # the cache's own format
GAYA = ("", ":bold", ":italic", ":bold:italic")
_KELUARGA = re.compile(r"font-family:\s*([^;}]+)")


def folder_cache(akar: Path, nilai: str | None) -> Path | None:
    """The cache folder: ``$LAKIP_CACHE_PDF`` when set, else ``nilai`` (mkdocs.yml ``cache_pdf``),
    relative to ``akar`` (the project); an empty value turns the cache off."""
    nilai = os.environ.get("LAKIP_CACHE_PDF", nilai)
    return (akar / nilai).resolve() if nilai else None


@functools.cache
def _sidik_berkas(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@functools.cache
def sidik_huruf() -> str:
    """The font files fontconfig gives for every family and style the print CSS names (their bytes)."""
    css = (pdf.TEMPLAT / "lkj-cetak.css").read_text(encoding="utf-8")
    keluarga = sorted({k.strip().strip("\"'") for d in _KELUARGA.findall(css) for k in d.split(",")})
    alat = shutil.which("fc-match")
    baris = []
    for k in keluarga:
        for g in GAYA:
            berkas = ""
            if alat is not None:
                r = subprocess.run([alat, "--format=%{file}", k + g], capture_output=True, timeout=30, check=False)
                berkas = r.stdout.decode("utf-8", "replace").strip()
            baris.append(f"{k}{g}={_sidik_berkas(berkas) if berkas and os.path.isfile(berkas) else 'tidak ada'}")
    return "\n".join(baris)


@functools.cache
def sidik_pencetak(mesin: str) -> str | None:
    """Everything but the HTML that decides a PDF's bytes; None when Chromium does not say its version."""
    versi = versi_mesin(mesin)
    if versi is None:
        return None
    alat = shutil.which("pdftotext")
    pdftotext = "tidak ada"
    if alat is not None:
        r = subprocess.run([alat, "-v"], capture_output=True, timeout=30, check=False)
        pdftotext = ((r.stderr or r.stdout).decode("utf-8", "replace").strip() or "ada").splitlines()[0]
    kode = "\n".join(f"{Path(m.__file__ or '').name}={_sidik_berkas(m.__file__ or '')}"
                     for m in (chromium, pdf, pdf_meta))
    return "\n".join([f"versi cache {VERSI}", versi, f"pdftotext {pdftotext}", f"pypdf {pypdf.__version__}",
                      sidik_huruf(), kode])


class CachePdf:
    """``<key>.pdf`` files in ``folder``; ``kunci`` gives None when no key can be made (cache off)."""

    def __init__(self, folder: Path, mesin: str) -> None:
        self.folder = folder
        self.mesin = mesin
        self.dipakai: set[str] = set()  # keys read or written by this run (see ``pangkas``)

    def kunci(self, html_mentah: str, meta: dict[str, str]) -> str | None:
        """The key of a print HTML with its document information (``pdf_meta.metadata``)."""
        lingkungan = sidik_pencetak(self.mesin)
        if lingkungan is None:
            return None
        h = hashlib.sha256(lingkungan.encode())
        for bagian in (json.dumps(meta, sort_keys=True, ensure_ascii=False), html_mentah):
            h.update(b"\0")
            h.update(bagian.encode("utf-8"))
        return h.hexdigest()

    def path(self, kunci: str) -> Path:
        return self.folder / f"{kunci}.pdf"

    def ambil(self, kunci: str) -> bytes | None:
        try:
            data = self.path(kunci).read_bytes()
        except OSError:
            return None
        if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
            return None
        self.dipakai.add(kunci)
        return data

    def simpan(self, kunci: str, data: bytes) -> None:
        """Write atomically: a shard that dies mid-write leaves no half PDF behind a valid key."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, sementara = tempfile.mkstemp(dir=self.folder, prefix=".simpan-", suffix=".pdf")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(sementara, 0o644)  # mkstemp makes it private; the cache is shared with CI jobs and the site
        os.replace(sementara, self.path(kunci))
        self.dipakai.add(kunci)

    def pangkas(self) -> int:
        """Remove every entry this run did not use (after printing a whole site or one shard: the cache
        then holds exactly its PDFs, e.g. a shard's CI artifact); returns how many went."""
        hapus = [p for p in self.folder.glob("*.pdf") if p.stem not in self.dipakai]
        for p in hapus:
            p.unlink()
        return len(hapus)


def cetak_tersimpan(n: NaskahLkj, keluar: Path, pencetak: Pencetak, kerja: Path,
                    cache: CachePdf | None) -> CetakLkj:
    """Print one LKj to ``keluar``, or copy it from ``cache`` when nothing that decides its bytes changed."""
    mulai = time.monotonic()
    html_mentah = html_dasar(n)
    kunci = cache.kunci(html_mentah, metadata(n)) if cache is not None else None
    data = cache.ambil(kunci) if cache is not None and kunci is not None else None
    if data is None:
        hasil = cetak_html(n, html_mentah, keluar, pencetak, kerja)
        if cache is not None and kunci is not None:
            cache.simpan(kunci, hasil.path.read_bytes())
        return hasil
    keluar.parent.mkdir(parents=True, exist_ok=True)
    keluar.write_bytes(data)
    return CetakLkj(keluar, jumlah_halaman(data), time.monotonic() - mulai,
                    shutil.which("pdftotext") is not None, dari_cache=True)

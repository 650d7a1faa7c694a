"""``lakip verifikasi SITE_DIR``: is everything the data should publish in the built site?

A generator that skips the lakip plugin still "succeeds" (Zensical drops every generated page
and leaves the ``<!-- lakip ... -->`` directives in place), so the built folder is checked
against the data, whatever built it: every generated page (``halaman.rencana_halaman``, the list
the build writes), every file of ``data/`` with the bytes the data gives (``export.berkas_data``),
every LKj PDF when the settings print them, every published document and signed scan, the search
index the header's box loads (the portal's, and each satker's whose pages search their own), and
no directive left in any HTML page. Addresses come from ``site.alamat`` / ``dip.url_dari_uri``,
the functions the build uses; nothing here lists a page by hand.
"""

from __future__ import annotations

import filecmp
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..compute.situs import Situs
from ..site.alamat import uri_pdf, uri_satker
from ..site.cetak import daftar_lkj
from ..site.dip import berkas_statis, url_dari_uri
from ..site.export import berkas_data
from ..site.halaman import rencana_halaman
from ..site.lkj import berkas_resmi
from .proyek import Proyek

_DIREKTIF = re.compile(r"<!--\s*lakip\b[^\n]*")


@dataclass
class Hasil:
    """Problems in path order, and per kind how many files were found as the data says."""

    masalah: list[str] = field(default_factory=list)
    sesuai: dict[str, int] = field(default_factory=dict)

    def catat(self, jenis: str, pesan: Iterable[str | None]) -> None:
        pesan = list(pesan)
        self.sesuai[jenis] = sum(p is None for p in pesan)
        self.masalah += [p for p in pesan if p is not None]

    def ringkasan(self, site: str) -> str:
        n = self.sesuai
        pdf = f"{n['pdf']} PDF LKj, " if "pdf" in n else ""
        cari = f", {n['cari']} indeks pencarian" if "cari" in n else ""
        return (f"{site}: {n['halaman']} halaman, {n['data']} berkas data, {pdf}{n['dokumen']} dokumen{cari} sesuai data; "
                f"{n['html']} berkas HTML tanpa petunjuk lakip yang tertinggal")


def berkas_halaman(uri: str, url_folder: bool) -> str:
    """The HTML file a page's ``uri`` becomes (``satker/x/2024/anggaran.md`` -> ``.../anggaran/index.html``)."""
    path = url_dari_uri(uri, "", url_folder)
    return path + "index.html" if path == "" or path.endswith("/") else path


def _halaman(site: Path, tampil: str, url_folder: bool, halaman: Iterable[str]) -> Iterator[str | None]:
    for uri in halaman:
        rel = berkas_halaman(uri, url_folder)
        yield None if (site / rel).is_file() else f"{tampil}/{rel}: halaman tidak ada (halaman {uri} dari data)"


def _data(situs: Situs, site: Path, tampil: str, proyek: Proyek, halaman: Collection[str]) -> Iterator[str | None]:
    for uri, isi in berkas_data(situs, halaman, proyek.site_url, proyek.url_folder,
                                ekspor=bool(proyek.opsi["ekspor"])).items():
        p = site / uri
        if not p.is_file():
            yield f"{tampil}/{uri}: berkas data tidak ada"
        elif p.read_bytes() != (isi if isinstance(isi, bytes) else isi.encode("utf-8")):
            yield f"{tampil}/{uri}: isinya berbeda dari data saat ini (situs dibangun dari data atau pengaturan lain)"
        else:
            yield None


def _pdf(situs: Situs, site: Path, tampil: str) -> Iterator[str | None]:
    for sid, t in daftar_lkj(situs):
        p = site / uri_pdf(sid, t)
        if not p.is_file():
            yield f"{tampil}/{uri_pdf(sid, t)}: PDF LKj tidak ada"
        elif p.read_bytes()[:5] != b"%PDF-":
            yield f"{tampil}/{uri_pdf(sid, t)}: bukan PDF ({p.stat().st_size} bita; pencetakan gagal?)"
        else:
            yield None


def _dokumen(situs: Situs, site: Path, tampil: str, halaman: Collection[str]) -> Iterator[str | None]:
    dokumen = {uri: src for uri, src in berkas_statis(situs, halaman).items() if isinstance(src, Path)}
    dokumen.update(berkas_resmi(situs))
    for uri, src in sorted(dokumen.items()):
        p = site / uri
        if not p.is_file():
            yield f"{tampil}/{uri}: dokumen tidak ada (sumbernya {src})"
        elif not filecmp.cmp(p, src, shallow=False):
            yield f"{tampil}/{uri}: isinya berbeda dari {src}"
        else:
            yield None


def _cari(situs: Situs, site: Path, tampil: str, url_folder: bool) -> Iterator[str | None]:
    entri = "pagefind/pagefind-entry.json"
    yield None if (site / entri).is_file() else f"{tampil}/{entri}: indeks pencarian tidak ada (kotak pencarian tidak bekerja)"
    for sid in sorted(situs.data.satker):  # a split index (site.cari): the satker's pages search its own
        profil = site / berkas_halaman(uri_satker(sid), url_folder)
        if profil.is_file() and "data-lakip-cari-lingkup" in profil.read_text(encoding="utf-8", errors="replace"):
            p = f"satker/{sid}/{entri}"
            yield None if (site / p).is_file() else f"{tampil}/{p}: indeks pencarian satker tidak ada (halamannya mencari di sana)"


def _direktif(site: Path, tampil: str) -> Iterator[str | None]:
    for p in sorted(site.rglob("*.html")):
        teks = p.read_text(encoding="utf-8", errors="replace")
        m = _DIREKTIF.search(teks)
        if m is None:
            yield None
            continue
        baris = teks.count("\n", 0, m.start()) + 1
        akhir = m.group(0).find("-->")
        petunjuk = m.group(0)[:akhir + 3] if 0 <= akhir < 80 else m.group(0)[:60].rstrip() + " …"
        yield (f"{tampil}/{p.relative_to(site).as_posix()}:{baris}: petunjuk '{petunjuk}' tidak diganti "
               "(situs dibangun tanpa plugin lakip?)")


def verifikasi(proyek: Proyek, site: Path, tampil: str, pdf: bool | None = None) -> Hasil:
    """Check the built folder ``site`` against the data; ``pdf``: expect the LKj PDFs (default: the settings)."""
    situs = proyek.situs()
    halaman = rencana_halaman(situs)
    hasil = Hasil()
    hasil.catat("halaman", _halaman(site, tampil, proyek.url_folder, halaman))
    hasil.catat("data", _data(situs, site, tampil, proyek, halaman))
    if proyek.opsi["pdf"] if pdf is None else pdf:
        hasil.catat("pdf", _pdf(situs, site, tampil))
    hasil.catat("dokumen", _dokumen(situs, site, tampil, halaman))
    if proyek.opsi["cari"]:
        hasil.catat("cari", _cari(situs, site, tampil, proyek.url_folder))
    hasil.catat("html", _direktif(site, tampil))
    return hasil

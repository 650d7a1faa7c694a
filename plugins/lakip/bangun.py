"""THE pipeline: read a ``satker/`` folder, check it, and prepare the computed site, once.

Every entry point goes through here: the MkDocs plugin, ``lakip check``, ``lakip diff``,
the benchmark and the tests. ``baca`` reads and checks the data (every file, every
cross-file rule); ``bangun`` adds what must hold before anything is published (the
directives in narratives, unsafe Markdown, images and DIP documents) and returns the
``Situs`` whose results every page, table, export and LKj reads.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from .check import periksa
from .check.contoh import temuan_contoh_satker
from .compute.pengaturan import Pengaturan
from .compute.situs import Situs
from .errors import Masalah
from .lkj.final import periksa_final
from .load.cache import Cache
from .load.muat import muat
from .model.satker import Data
from .site.dip import periksa as periksa_dokumen
from .site.direktif import periksa_body
from .site.riwayat_git import tanggal_berkas_semua


def baca(folder: Path, tampil: str, cache: Cache | None = None, hanya: Sequence[str] = (),
         lewati: Collection[str] = ()) -> tuple[Data, Masalah]:
    """Read and check the data of ``folder`` (shown as ``tampil`` in messages): every problem, sorted later."""
    data, masalah = muat(folder, tampil, cache, list(hanya) or None, lewati)
    masalah.gabung(periksa(data))
    for sid in hanya:
        if sid not in data.satker:
            masalah.tambah(tampil, 1, f"satker '{sid}' yang dipilih untuk situs ini tidak ada di {tampil} "
                                      "(periksa LAKIP_SATKER atau pengaturan 'satker')")
    return data, masalah


def bangun(folder: Path, tampil: str, pengaturan: Pengaturan | None = None, *, cache: Cache | None = None,
           hanya: Sequence[str] = (), lewati: Collection[str] = (), terbit: bool = True) -> tuple[Situs, Masalah]:
    """Read, check and prepare one site. With ``terbit`` (the default) the publication checks run too,
    once the data itself is clean: what a narrative or a document would put on a public page."""
    data, masalah = baca(folder, tampil, cache, hanya, lewati)
    situs = Situs(data, pengaturan or Pengaturan(), fokus=tuple(hanya))
    if terbit and not masalah:
        masalah.items.extend(periksa_body(situs))
        masalah.items.extend(periksa_dokumen(situs))
        masalah.items.extend(periksa_final(situs, temuan_contoh_satker))  # status: final only for a complete LKj
    return situs, masalah


def bangun_situs(folder: Path, tampil: str, pengaturan: Pengaturan | None = None, *, cache: Cache | None = None,
                 hanya: Sequence[str] = ()) -> tuple[Situs, Masalah]:
    """``bangun`` for publishing: with each data file's first and last commit date (the DIP's dates).
    The MkDocs build and ``lakip ekspor/lkj/verifikasi`` prepare their site here, so they publish the same."""
    situs, masalah = bangun(folder, tampil, pengaturan, cache=cache, hanya=hanya)
    if not masalah:
        situs.tanggal_berkas = tanggal_berkas_semua(folder)
    return situs, masalah

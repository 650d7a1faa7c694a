"""``lakip ekspor DIR``: the open data of the site, without building the site.

The same function as the build (``export.berkas_data``) on the same settings (``proyek``), so
DIR holds byte for byte what the built site holds: ``DIR/data/`` is the site's ``data/`` (each
satker's DIP as CSV, every satker-year's capaian and anggaran as JSON and CSV, ``index.json``)
and ``DIR/data.json`` the site's DCAT catalogue. The catalogue stays beside ``data/`` as on the
site because its download URLs are relative to the site's root when ``site_url`` is not set.
"""

from __future__ import annotations

from pathlib import Path

from ..site.export import berkas_data, tulis
from ..site.halaman import rencana_halaman
from .proyek import Proyek


def ekspor(proyek: Proyek, tujuan: Path) -> list[Path]:
    """Write the open data under ``tujuan`` as the site has it under its root; returns the files."""
    situs = proyek.situs()
    halaman = rencana_halaman(situs)  # the DIP lists the pages by address: only the addresses are needed
    return tulis(berkas_data(situs, halaman, proyek.site_url, proyek.url_folder), tujuan)

"""``lakip ekspor DIR``: the open data of the site's ``data/`` folder, without building the site.

The same function as the build (``export.berkas_data``) on the same settings (``proyek``), so
DIR holds byte for byte what ``site/data/`` holds: each satker's DIP as CSV and every
satker-year's capaian and anggaran as JSON and CSV, with ``index.json`` as the catalogue.
"""

from __future__ import annotations

from pathlib import Path

from ..site.alamat import uri_data
from ..site.export import berkas_data, tulis
from ..site.halaman import rencana_halaman
from .proyek import Proyek


def ekspor(proyek: Proyek, tujuan: Path) -> list[Path]:
    """Write the open data under ``tujuan`` (what the site has under ``data/``); returns the files."""
    situs = proyek.situs()
    halaman = rencana_halaman(situs)  # the DIP lists the pages by address: only the addresses are needed
    awalan = uri_data("")  # 'data/': the open data; the DCAT catalogue data.json lives at the site's root
    berkas = berkas_data(situs, halaman, proyek.site_url, proyek.url_folder)
    return tulis({uri.removeprefix(awalan): isi for uri, isi in berkas.items() if uri.startswith(awalan)}, tujuan)

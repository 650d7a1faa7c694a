"""``lakip ekspor DIR``: the open data of the site's ``data/`` folder, without building the site.

The same function as the build (``export.berkas_data``) on the same settings (``proyek``), so
DIR holds byte for byte what ``site/data/`` holds: each satker's DIP as CSV and every
satker-year's capaian and anggaran as JSON and CSV, with ``index.json`` as the catalogue; and the
DCAT catalogue ``data.json``, which the site keeps at its root.
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
    awalan = uri_data("")  # 'data/': every file berkas_data gives lives there but the DCAT catalogue
    berkas = berkas_data(situs, halaman, proyek.site_url, proyek.url_folder)
    # data.json sits at the site's root; its addresses come from the site's address, so it goes into
    # DIR beside the data (the one file site/data/ does not hold)
    assert all(uri.startswith(awalan) or uri == "data.json" for uri in berkas)
    return tulis({uri.removeprefix(awalan): isi for uri, isi in berkas.items()}, tujuan)

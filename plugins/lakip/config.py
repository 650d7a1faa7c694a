"""The lakip plugin's settings in mkdocs.yml (the only config module importing mkdocs)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class LakipConfig(base.Config):
    folder_data = c.Type(str, default="satker")
    """Folder of satker data, relative to mkdocs.yml."""

    batas_capaian = c.Optional(c.Type((int, float, str)))
    """Cap on each indicator's capaian before averaging, e.g. 120 (percent). Unset: no cap."""

    skala = c.Optional(c.Type(list))
    """Category scale, highest first: a list of {nama, lebih_dari, keterangan}; the last has no lebih_dari."""

    satker = c.Type(list, default=[])
    """Build the site of these satker only (and their children); empty: the national portal.
    The environment variable LAKIP_SATKER (comma-separated) overrides it."""

    ekspor = c.Type(bool, default=True)
    """Write the open-data JSON/CSV under site/data/."""

    pdf = c.Type(bool, default=True)
    """Print every LKj as an A4 PDF beside its page (needs Chromium; without it: one warning, no PDF)."""

    cari = c.Type(bool, default=True)
    """Index the built site with Pagefind for the header's search box (bundle in site/pagefind/)."""

    csp = c.Type(bool, default=True)
    """Give every page a Content-Security-Policy (<meta http-equiv>): scripts only from the site and the
    theme's own inline scripts by hash, no plugins, no foreign hosts. Defence in depth behind the sanitiser."""

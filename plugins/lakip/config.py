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

    cache_pdf = c.Type(str, default=".lakip-cache/pdf")
    """Folder of printed LKj kept by content, relative to mkdocs.yml: a rebuild prints only the LKj whose
    print HTML changed. Empty: no cache. The environment variable LAKIP_CACHE_PDF overrides it."""

    cari = c.Type(bool, default=True)
    """Index the built site with Pagefind for the header's search box (bundle in site/pagefind/)."""

    cari_pecah = c.Type(int, default=2000)
    """Above this many pages, one search index per satker (site/satker/<id>/pagefind/, searched on that
    satker's pages) plus one for the portal's pages and the satker profiles: one query then stays small
    at national scale (bench/README.md). 0: always split. The environment variable LAKIP_CARI_PECAH overrides it."""

    csp = c.Type(bool, default=True)
    """Give every page a Content-Security-Policy (<meta http-equiv>): scripts only from the site and the
    theme's own inline scripts by hash, no plugins, no foreign hosts. Defence in depth behind the sanitiser."""

    cms = c.Type(dict, default={})
    """The form editor at /admin/ (Decap CMS, from node_modules after npm ci): the git host staff save to,
    e.g. {backend: gitlab, repo: kpu/kinerja, base_url: https://git.kpu.go.id, app_id: ...}; empty: the
    local editor only (scripts/editor.sh). {aktif: false} leaves /admin/ out. See docs/panduan-kontribusi.md."""

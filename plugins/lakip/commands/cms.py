"""``lakip cms``: write the form editor (/admin/) without building the site.

The build writes the same files into ``site/admin/`` (plugin ``on_post_build``);
this command is for a repository served some other way, and for looking at the
generated configuration: ``lakip cms --out admin`` then ``admin/satker/<id>.json``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import GagalPerintah
from ..site.cms import nama_satker, tulis_admin
from ..site.cms_host import masalah
from .proyek import muat_proyek


def pengaturan_cms(mkdocs_yml: Path) -> dict[str, Any]:
    """The ``cms`` settings of the lakip plugin in mkdocs.yml (read by ``proyek``), {} when there are none."""
    if not mkdocs_yml.is_file():
        return {}
    cms = muat_proyek(str(mkdocs_yml)).opsi.get("cms") or {}
    if not isinstance(cms, dict):
        raise GagalPerintah(f"{mkdocs_yml}: 'cms' pada plugin lakip harus berupa peta (lihat README)")
    salah = masalah(cms)
    if salah:
        raise GagalPerintah(f"{mkdocs_yml}: " + "; ".join(salah))
    return cms


def tulis(folder: Path, awalan: str, keluar: Path, node_modules: Path, mkdocs_yml: Path) -> int:
    if not folder.is_dir():
        raise GagalPerintah(f"folder data '{folder}' tidak ada")
    n = tulis_admin(keluar, folder, awalan, nama_satker(folder, awalan), pengaturan_cms(mkdocs_yml), node_modules)
    if n == 0:
        raise GagalPerintah(f"Decap CMS belum terpasang di {node_modules} (jalankan: bash scripts/pasang.sh, "
                                   "yang menjalankan npm ci)")
    return n

"""A site project as the ``lakip`` command sees it: mkdocs.yml read as plain YAML, no MkDocs needed.

``lakip ekspor``, ``lakip lkj`` and ``lakip verifikasi`` must give what the site build gives, so
they read the settings the build reads (the lakip plugin's options, ``site_url``,
``use_directory_urls``, ``LAKIP_SATKER``) and prepare the site with the same ``bangun``. The
defaults are those of ``config.LakipConfig`` (a test keeps the two equal).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..bangun import bangun_situs
from ..compute.pengaturan import Pengaturan, pengaturan_dari
from ..compute.situs import Situs
from ..errors import GagalPerintah, Masalah
from ..lkj.cache_pdf import folder_cache

KONFIGURASI = "mkdocs.yml"
CACHE_PDF = ".lakip-cache/pdf"
BAWAAN: dict[str, Any] = {"folder_data": "satker", "batas_capaian": None, "skala": None, "satker": [],
                          "ekspor": True, "pdf": True, "cache_pdf": CACHE_PDF, "cari": True}


@dataclass
class Proyek:
    """Where the data is and how the site is built from it."""

    akar: Path  # the folder of mkdocs.yml (or the working folder without one)
    opsi: dict[str, Any] = field(default_factory=lambda: dict(BAWAAN))
    site_url: str = ""
    url_folder: bool = True  # use_directory_urls

    @property
    def folder(self) -> Path:
        return (self.akar / str(self.opsi["folder_data"])).resolve()

    @property
    def tampil(self) -> str:
        """The data folder as messages show it (relative to the working folder, as the plugin does)."""
        cwd = Path.cwd()
        return os.path.relpath(self.folder, cwd) if self.folder.is_relative_to(cwd) else str(self.folder)

    @property
    def hanya(self) -> list[str]:
        env = os.environ.get("LAKIP_SATKER", "").strip()
        return [x.strip() for x in env.split(",") if x.strip()] if env else [str(x) for x in self.opsi["satker"]]

    def cache_pdf(self, pilihan: str | None = None) -> Path | None:
        """The PDF cache folder: ``pilihan`` (``--cache``), else as the build finds it (``folder_cache``)."""
        if pilihan is not None:
            return (self.akar / pilihan).resolve() if pilihan else None
        return folder_cache(self.akar, str(self.opsi.get("cache_pdf") or ""))

    def pengaturan(self) -> Pengaturan:
        try:
            return pengaturan_dari(self.opsi["batas_capaian"], self.opsi["skala"])
        except ValueError as exc:
            raise GagalPerintah(f"{self.akar / KONFIGURASI}: pengaturan lakip salah: {exc}") from None

    def situs(self) -> Situs:
        """The site's data, read, checked and computed exactly as the build does; problems stop here."""
        situs, masalah = bangun_situs(self.folder, self.tampil, self.pengaturan(), hanya=self.hanya)
        if masalah:
            raise DataBermasalah(masalah, self.tampil)
        return situs


class DataBermasalah(GagalPerintah):
    """The data has problems: the command prints them as ``lakip check`` does and writes nothing."""

    def __init__(self, masalah: Masalah, tampil: str) -> None:
        self.masalah = masalah
        super().__init__(f"tidak ada yang ditulis: data di {tampil} bermasalah (perbaiki, lalu jalankan: "
                         f"lakip check {tampil})")


class _Pemuat(yaml.SafeLoader):
    """mkdocs.yml's tags without MkDocs: ``!ENV`` is resolved, ``!!python/...`` (a theme hook) ignored."""


def _env(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        nama, cadangan = [loader.construct_scalar(node)], None
    else:
        daftar = loader.construct_sequence(node)  # type: ignore[arg-type]
        nama, cadangan = (daftar[:-1], daftar[-1]) if len(daftar) > 1 else (daftar, None)
    for n in nama:
        if str(n) in os.environ:
            return yaml.safe_load(os.environ[str(n)] or "''")
    return cadangan


_Pemuat.add_multi_constructor("!ENV", _env)
_Pemuat.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _opsi_lakip(plugins: Any) -> dict[str, Any] | None:
    """The lakip entry of ``plugins:`` (a list of names/one-key maps, or a map); None when absent."""
    butir = plugins.items() if isinstance(plugins, dict) else (
        (next(iter(p.items())) if isinstance(p, dict) and len(p) == 1 else (p, {})) for p in plugins or [])
    for nama, isi in butir:
        if nama == "lakip":
            return dict(isi or {})
    return None


def muat_proyek(konfigurasi: str | None = None) -> Proyek:
    """The project of ``konfigurasi`` (default: ``mkdocs.yml`` in the working folder when there is one)."""
    path = Path(konfigurasi) if konfigurasi else Path(KONFIGURASI)
    if not path.is_file():
        if konfigurasi:
            raise GagalPerintah(f"{konfigurasi}: berkas konfigurasi situs tidak ditemukan")
        return Proyek(Path.cwd())
    try:
        cfg = yaml.load(path.read_text(encoding="utf-8"), Loader=_Pemuat) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise GagalPerintah(f"{path}: tidak dapat dibaca sebagai YAML ({exc.__class__.__name__})") from None
    if not isinstance(cfg, dict):
        raise GagalPerintah(f"{path}: isinya bukan pengaturan MkDocs")
    if "INHERIT" in cfg:
        raise GagalPerintah(f"{path}: INHERIT belum didukung perintah lakip (tulis pengaturan lakip di berkas ini)")
    opsi = dict(BAWAAN)
    opsi.update(_opsi_lakip(cfg.get("plugins")) or {})
    return Proyek(path.resolve().parent, opsi, str(cfg.get("site_url") or ""), bool(cfg.get("use_directory_urls", True)))

"""Shared fixtures: the example satker and a helper that builds a site into a temp folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "satker"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def tulis_proyek(tmp: Path, data: Path = FIXTURE, halaman: dict[str, str] | None = None,
                 lakip: str = "", extra: str = "") -> Path:
    """A minimal MkDocs project in ``tmp`` using ``data`` as satker folder; returns mkdocs.yml."""
    shutil.copytree(data, tmp / "satker")
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Beranda\n", encoding="utf-8")
    (docs / "metodologi.md").write_text("# Metodologi\n\n<!-- lakip metodologi -->\n", encoding="utf-8")
    for nama, isi in (halaman or {}).items():
        (docs / nama).write_text(isi, encoding="utf-8")
    cfg = tmp / "mkdocs.yml"
    opsi = "".join(f"      {baris}\n" for baris in lakip.splitlines() if baris.strip())
    cfg.write_text(
        "site_name: Uji\nsite_url: https://contoh.go.id/\n"
        "theme:\n  name: material\n  language: id\n  font: false\n"
        "plugins:\n  - lakip:\n      folder_data: satker\n" + opsi
        + "nav:\n  - Beranda: index.md\nnot_in_nav: |\n  /satker/**\n"
        "validation:\n  nav:\n    omitted_files: ignore\n"
        "markdown_extensions: [tables, admonition, attr_list]\n" + extra + "\n",
        encoding="utf-8",
    )
    return cfg


def bangun(cfg: Path, **override: object) -> Path:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = cfg.parent / "site"
    config = load_config(str(cfg), site_dir=str(site), **override)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site


@pytest.fixture
def proyek(tmp_path: Path) -> Path:
    return tulis_proyek(tmp_path)


@pytest.fixture(scope="module")
def situs():
    """The portal test data (KPU RI, a province, kab/kota), loaded and checked once per module."""
    from bantu_situs import FIXTURE_PORTAL

    from lakip.bangun import bangun

    s, masalah = bangun(FIXTURE_PORTAL, "portal", terbit=False)
    assert not masalah, masalah.teks()
    return s


CHROMIUM = Path("/usr/bin/chromium")
ARGS_CHROMIUM = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def peramban() -> Iterator[object]:
    """One headless Debian Chromium for the whole run (Playwright's sync API allows one loop)."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium tidak ada (uji peramban memakai Chromium Debian, tidak mengunduh peramban)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS_CHROMIUM)
        yield b
        b.close()

"""mkdocs.yml read without MkDocs: the settings lakip ekspor / lkj / verifikasi share with the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from lakip.commands.proyek import BAWAAN, muat_proyek
from lakip.errors import GagalPerintah


def test_bawaan_sama_dengan_plugin() -> None:
    config = pytest.importorskip("lakip.config")
    opsi = config.LakipConfig()
    opsi.load_dict({})
    assert opsi.validate() == ([], [])
    assert {k: opsi[k] for k in BAWAAN} == BAWAAN


def test_pengaturan_plugin_dan_tag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    yml = tmp_path / "mkdocs.yml"
    yml.write_text(
        "site_name: Uji\nsite_url: !ENV [SITUS_URL, 'https://contoh.go.id/']\nuse_directory_urls: false\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "plugins:\n  - search\n  - lakip:\n      folder_data: data\n      batas_capaian: 120\n      pdf: false\n",
        encoding="utf-8")
    monkeypatch.delenv("SITUS_URL", raising=False)
    monkeypatch.delenv("LAKIP_SATKER", raising=False)
    monkeypatch.delenv("LAKIP_CACHE_PDF", raising=False)
    p = muat_proyek(str(yml))
    assert (p.akar, p.site_url, p.url_folder) == (tmp_path, "https://contoh.go.id/", False)
    assert p.folder == tmp_path / "data" and p.opsi["pdf"] is False and p.opsi["ekspor"] is True
    assert str(p.pengaturan().batas_capaian) == "120"
    assert p.cache_pdf() == tmp_path / ".lakip-cache" / "pdf" and p.cache_pdf("") is None
    monkeypatch.setenv("SITUS_URL", "https://lain.go.id/")
    monkeypatch.setenv("LAKIP_SATKER", "kab-a, kab-b")
    monkeypatch.setenv("LAKIP_CACHE_PDF", "")
    p = muat_proyek(str(yml))
    assert p.site_url == "https://lain.go.id/" and p.hanya == ["kab-a", "kab-b"] and p.cache_pdf() is None


def test_tanpa_plugin_lakip_dan_salah(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    yml = tmp_path / "mkdocs.yml"
    yml.write_text("site_name: Uji\nplugins:\n  lakip:\n    batas_capaian: 90\n", encoding="utf-8")
    with pytest.raises(GagalPerintah, match=r"mkdocs.yml: pengaturan lakip salah: batas_capaian 90 lebih kecil"):
        muat_proyek(str(yml)).pengaturan()
    yml.write_text("site_name: [\n", encoding="utf-8")
    with pytest.raises(GagalPerintah, match=r"mkdocs.yml: tidak dapat dibaca sebagai YAML"):
        muat_proyek(str(yml))
    with pytest.raises(GagalPerintah, match=r"tidak-ada.yml: berkas konfigurasi situs tidak ditemukan"):
        muat_proyek(str(tmp_path / "tidak-ada.yml"))
    kosong = tmp_path / "kosong"
    kosong.mkdir()
    monkeypatch.chdir(kosong)  # no mkdocs.yml here: the defaults, data in ./satker
    p = muat_proyek()
    assert p.akar == kosong and p.opsi == BAWAAN and p.folder == kosong / "satker"

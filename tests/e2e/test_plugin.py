"""Tier 2 and 3: plugin configuration, and end-to-end builds into a temp folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import bangun, tulis_proyek
from mkdocs.exceptions import Abort, PluginError

from lakip.config import LakipConfig
from lakip.plugin import LakipPlugin


def test_config_bawaan():
    p = LakipPlugin()
    errors, warnings = p.load_config({})
    assert errors == [] and warnings == []
    assert p.config.folder_data == "satker"
    assert p.config.batas_capaian is None
    assert p.config.satker == []


@pytest.mark.parametrize("opsi", [{"satker": "kab-x"}, {"ekspor": "ya"}, {"batas_capaian": [1]}, {"skala": "x"}])
def test_config_salah_jenis(opsi):
    p = LakipPlugin()
    errors, _ = p.load_config(opsi)
    assert [e[0] for e in errors] == list(opsi)


def _gagal(cfg: Path, caplog: pytest.LogCaptureFixture) -> str:
    """Build must stop; return what MkDocs shows the user (exception and error log)."""
    with pytest.raises((PluginError, Abort)) as exc:
        bangun(cfg)
    return str(exc.value) + "\n" + caplog.text


def test_config_batas_capaian_di_bawah_100_ditolak(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    cfg = tulis_proyek(tmp_path, lakip="batas_capaian: 90")
    assert "batas_capaian 90 lebih kecil dari 100" in _gagal(cfg, caplog)


def test_config_kelas():
    assert issubclass(LakipConfig, object)


def test_build_menulis_halaman_dan_data(proyek: Path):
    site = bangun(proyek)
    html = (site / "satker/kab-contoh/2024/index.html").read_text(encoding="utf-8")
    assert "64,52%" in html and "200,00%" in html
    assert "(2 × 0,16 − 0) ÷ 0,16 × 100" in html
    assert "Pada tahun 2024, KPU Kabupaten Contoh mengukur 3 (tiga) indikator kinerja" in html
    ang = (site / "satker/kab-contoh/2024/anggaran/index.html").read_text(encoding="utf-8")
    assert "Rp 3.500.000" in ang and "Rp 3.299.000" in ang and "94,26%" in ang
    kons = (site / "satker/kab-contoh/2024/konsistensi/index.html").read_text(encoding="utf-8")
    assert "85%" in kons and "64,52%" in kons
    data = json.loads((site / "data/kab-contoh/2024/capaian.json").read_text())
    ik21 = next(r for r in data["indikator"] if r["id"] == "IK2.1")
    assert ik21 == {**ik21, "target": 0.16, "realisasi": 0, "capaian": 200, "kategori": "Sangat Berhasil",
                    "polaritas": "turun", "satuan": "%", "tercapai": True}
    katalog = json.loads((site / "data/index.json").read_text())
    assert [s["id"] for s in katalog["satker"]] == ["kab-contoh"]
    assert json.loads((site / "data/kab-contoh/2024/index.json").read_text())["serapan"] == 94.2571428571
    # one budget file per level, in the Indonesian spreadsheet convention: the pagu column sums to the total
    csv = (site / "data/kab-contoh/2024/anggaran-program.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert csv[0] == "satker;tahun;kode;nama;pagu;realisasi;serapan;sisa;rincian_lengkap"
    assert sum(int(b.split(";")[4]) for b in csv[1:] if b) == 3500000
    assert (site / "data/kab-contoh/2024/datapackage.json").is_file() and (site / "data.json").is_file()


def test_batas_capaian_tampil(tmp_path: Path):
    cfg = tulis_proyek(tmp_path, lakip="batas_capaian: 120")
    site = bangun(cfg)
    html = (site / "satker/kab-contoh/2024/index.html").read_text(encoding="utf-8")
    assert "Capaian (maks. 120%)" in html and "120,00%" in html
    met = (site / "metodologi/index.html").read_text(encoding="utf-8")
    assert "120%" in met
    data = json.loads((site / "data/kab-contoh/2024/capaian.json").read_text())
    ik21 = next(r for r in data["indikator"] if r["id"] == "IK2.1")
    assert (ik21["capaian"], ik21["capaian_dibatasi"]) == (200, 120)


def test_direktif_di_halaman_docs(tmp_path: Path):
    cfg = tulis_proyek(tmp_path, halaman={"laporan.md": "# L\n\n!!! note\n    <!-- lakip anggaran satker=kab-contoh tahun=2024 -->\n"})
    site = bangun(cfg)
    html = (site / "laporan/index.html").read_text(encoding="utf-8")
    assert "Rp 3.500.000" in html and "<table>" in html


@pytest.mark.parametrize("direktif,pesan", [
    ("<!-- lakip capaiann satker=kab-contoh tahun=2024 -->", "docs/laporan.md:3: direktif lakip 'capaiann' tidak dikenal (maksud Anda 'capaian'?)"),
    ("<!-- lakip capaian satker=kab-conto tahun=2024 -->", "docs/laporan.md:3: satker 'kab-conto' tidak ada (maksud Anda 'kab-contoh'?)"),
    ("<!-- lakip capaian satker=kab-contoh tahun=2019 -->", "docs/laporan.md:3: satker kab-contoh tidak punya data tahun 2019 (yang ada: 2024)"),
    ("<!-- lakip capaian satker=kab-contoh -->", "docs/laporan.md:3: direktif 'capaian' perlu tahun=..."),
    ("<!-- lakip pk satker=kab-contoh tahun=2024 perjanjian=sekretaris -->", "docs/laporan.md:3: perjanjian 'sekretaris' tidak ada di kab-contoh 2024"),
])
def test_direktif_salah_menghentikan_build(tmp_path: Path, direktif: str, pesan: str, caplog):
    cfg = tulis_proyek(tmp_path, halaman={"laporan.md": f"# L\n\n{direktif}\n"})
    assert pesan in _gagal(cfg, caplog)


def test_data_salah_menghentikan_build_dengan_semua_masalah(tmp_path: Path, caplog):
    cfg = tulis_proyek(tmp_path)
    pk = tmp_path / "satker/kab-contoh/2024/pk.md"
    pk.write_text(pk.read_text().replace("indikator: IK2.2", "indikator: IK9.9").replace("target: 77.5", "target: 85,5"))
    teks = _gagal(cfg, caplog)
    assert "2 masalah pada data lakip" in teks
    assert "satker/kab-contoh/2024/pk.md:10: 'target' berisi '85,5', bukan angka (pakai titik sebagai pemisah desimal: 85.5)" in teks
    assert "satker/kab-contoh/2024/pk.md:13: indikator 'IK9.9' tidak ada di renstra-2020-2024.md (maksud Anda 'IK2.2'?)" in teks


def test_nama_berisi_script_tampil_sebagai_teks(tmp_path: Path):
    cfg = tulis_proyek(tmp_path)
    r = tmp_path / "satker/kab-contoh/renstra-2020-2024.md"
    r.write_text(r.read_text().replace("nama: Jumlah dokumen DPT yang ditetapkan", 'nama: "<script>alert(1)</script> | x"'))
    site = bangun(cfg)
    html = (site / "satker/kab-contoh/2024/index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; | x" in html


def test_serve_cache_tidak_membaca_ulang(proyek: Path):
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    config = load_config(str(proyek))
    plugin = LakipPlugin()
    assert plugin.load_config({"folder_data": "satker"}) == ([], [])

    config.plugins._current_plugin = "lakip"  # what MkDocs sets while it runs a plugin's event
    for _ in range(2):
        plugin.on_config(config)
        plugin.on_files(Files([]), config=config)
    assert plugin.cache.dibaca == 5  # profil, renstra, pk, realisasi, anggaran: read once


def test_tautan_ubah_data_dan_tanggal(tmp_path: Path):
    import subprocess

    cfg = tulis_proyek(tmp_path, extra="repo_url: https://git.contoh.go.id/kpu/situs\nedit_uri: edit/main/docs/")
    # the theme's edit button carries the link for staff; the page itself prints no file path
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("font: false\n", "font: false\n  features: [content.action.edit]\n"),
                   encoding="utf-8")
    env = {"GIT_AUTHOR_DATE": "2025-01-16T10:00:00", "GIT_COMMITTER_DATE": "2025-01-16T10:00:00",
           "GIT_AUTHOR_NAME": "u", "GIT_AUTHOR_EMAIL": "u@x", "GIT_COMMITTER_NAME": "u", "GIT_COMMITTER_EMAIL": "u@x",
           "PATH": __import__("os").environ["PATH"]}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "data"]):
        subprocess.run(["git", *args], cwd=tmp_path, check=True, env=env)
    site = bangun(cfg)
    html = (site / "satker/kab-contoh/2024/anggaran/index.html").read_text(encoding="utf-8")
    assert "Data terakhir diubah 16 Januari 2025" in html
    assert 'href="https://git.contoh.go.id/kpu/situs/edit/main/satker/kab-contoh/2024/anggaran.md"' in html
    assert "Ubah data ini" not in html and "<code>satker/kab-contoh/2024/anggaran.md</code>" not in html


def test_cari_pecah_bawaan_dan_lingkungan(proyek: Path, caplog: pytest.LogCaptureFixture, monkeypatch):
    """A small site keeps one search index; above cari_pecah pages (or LAKIP_CARI_PECAH) one per satker."""
    p = LakipPlugin()
    p.load_config({})
    assert p.config.cari_pecah == 2000
    site = bangun(proyek)
    assert (site / "pagefind/pagefind-entry.json").is_file()
    assert not (site / "satker/kab-contoh/pagefind").exists()
    monkeypatch.setenv("LAKIP_CARI_PECAH", "0")
    site = bangun(proyek)
    assert (site / "satker/kab-contoh/pagefind/pagefind-entry.json").is_file()
    # the box's 'Cari di' choice is in the site's overrides/partials/cari.html: tests/e2e/test_pagefind.py
    monkeypatch.setenv("LAKIP_CARI_PECAH", "banyak")
    assert "LAKIP_CARI_PECAH='banyak': tulis jumlah halaman (bilangan bulat" in _gagal(proyek, caplog)

"""Riwayat perubahan (site/riwayat_data.py, site/status.py): the figures changed after the PK was signed,
from git history, in ``lakip diff`` words, on the year's page and on the status page."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from bantu_situs import AKAR, git_bertanggal

from lakip.bangun import bangun
from lakip.compute.riwayat import Ubah
from lakip.site import riwayat_data, riwayat_git, status

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git tidak terpasang")
SID = "kab-contoh"


def _repo_data(tmp_path: Path, tanggal: str) -> Path:
    """A git repository holding the fixture's satker/, first committed on ``tanggal``."""
    r = tmp_path / "repo"
    shutil.copytree(AKAR / "tests" / "fixtures" / "satker", r / "satker")
    git_bertanggal(r, "init", "-q")
    git_bertanggal(r, "add", ".")
    git_bertanggal(r, "commit", "-q", "-m", "data", tanggal=tanggal)
    return r


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    r = _repo_data(tmp_path, "2023-12-20")  # before the PK (4 Januari 2024)
    real = r / "satker" / SID / "2024" / "realisasi.md"
    real.write_text(real.read_text(encoding="utf-8").replace("    nilai: 50\n", "    nilai: 60\n", 1), encoding="utf-8")
    git_bertanggal(r, "commit", "-q", "-am", "koreksi realisasi", tanggal="2025-02-03")
    (r / "satker" / SID / "profil.md").write_text((r / "satker" / SID / "profil.md").read_text(encoding="utf-8")
                                                   + "\nTeks tambahan.\n", encoding="utf-8")
    git_bertanggal(r, "commit", "-q", "-am", "narasi saja", tanggal="2025-03-01")  # no figure changes
    return r


def test_riwayat_satker(repo: Path) -> None:
    situs, masalah = bangun(repo / "satker", "satker")
    assert not masalah
    r = riwayat_data.riwayat_satker(situs.data.satker[SID], situs.pengaturan)
    assert list(r) == [2024]
    awal, ubah = r[2024]
    assert awal == Ubah(datetime.date(2023, 12, 20), pertama=True)
    assert ubah.tanggal == datetime.date(2025, 2, 3) and not ubah.pertama
    assert ubah.baris[0].startswith("IK1.1 (") and "realisasi 50% → 60%" in ubah.baris[0]
    assert len(r[2024]) == 2  # the narrative-only commit changes no figure


def test_bagian_tanggal_di_halaman_tahun(repo: Path) -> None:
    situs, _ = bangun(repo / "satker", "satker")
    situs.tanggal_berkas = riwayat_git.tanggal_berkas_semua(repo / "satker")
    situs.riwayat = riwayat_data.riwayat_situs(situs)
    md = status.bagian_tanggal(situs, SID, 2024)
    assert md.startswith("## Tanggal dan riwayat perubahan\n")
    assert "Perjanjian Kinerja ditandatangani 4 Januari 2024." in md
    assert "Data tahun ini pertama diterbitkan di situs ini 20 Desember 2023 dan terakhir diubah 3 Februari 2025." in md
    assert "Perubahan angka sesudah penandatanganan (4 Januari 2024):" in md
    assert "- **3 Februari 2025**: IK1.1 (" in md and "realisasi 50% → 60%" in md
    # outside git: the dates the data gives, and an honest word about the history
    kosong, _ = bangun(repo / "satker", "satker")
    md = status.bagian_tanggal(kosong, SID, 2024)
    assert "Perjanjian Kinerja ditandatangani 4 Januari 2024." in md
    assert "Riwayat perubahan data tidak tersedia di situs ini." in md


def test_halaman_status(repo: Path) -> None:
    situs, _ = bangun(repo / "satker", "satker")
    situs.tanggal_berkas = riwayat_git.tanggal_berkas_semua(repo / "satker")
    md = status.halaman_status(situs, 2024)
    assert md.startswith("# Status pelaporan kinerja 2024\n")
    baris = [b for b in md.splitlines() if b.startswith(f"| [KPU Kabupaten Contoh](../satker/{SID}/2024/index.md)")]
    assert len(baris) == 1
    sel = [x.strip() for x in baris[0].strip("|").split(" | ")]
    assert sel[1] == f"[2020–2024](../satker/{SID}/renstra-2020-2024.md)"
    assert sel[2] == "ditandatangani 4 Januari 2024"
    assert sel[3] == "3 dari 3 indikator"
    assert sel[4] == "draf (belum ditandatangani); naskah belum ada"
    assert sel[5].startswith("[") and sel[5].endswith(f"](../satker/{SID}/dip.md)")
    assert sel[6] == "3 Februari 2025"
    assert status.tahun_status(situs) == [2024]


def test_riwayat_mulai_sesudah_tanda_tangan(tmp_path: Path) -> None:
    """Data first committed after the PK was signed: the page claims nothing about the time before."""
    r = _repo_data(tmp_path, "2025-03-10")  # after the PK (4 Januari 2024)
    situs, _ = bangun(r / "satker", "satker")
    situs.tanggal_berkas = riwayat_git.tanggal_berkas_semua(r / "satker")
    situs.riwayat = riwayat_data.riwayat_situs(situs)
    md = status.bagian_tanggal(situs, SID, 2024)
    assert "Tidak ada angka yang berubah sejak pertama diterbitkan." in md
    assert "sesudah penandatanganan (" not in md
    assert "Data ini baru diterbitkan sesudah penandatanganan, sehingga perubahan sebelum itu tidak tercatat" in md

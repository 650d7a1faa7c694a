"""riwayat_git: last-change dates from git and the "Ubah data ini" link."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest
from bantu_situs import git_bertanggal

from lakip.site.riwayat_git import akar_repo, tanggal_ubah, tanggal_ubah_semua, tautan_ubah

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git tidak terpasang")


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    r = tmp_path / "repo"
    (r / "satker" / "kab-a" / "2024").mkdir(parents=True)
    git_bertanggal(r, "init", "-q")
    (r / "satker" / "kab-a" / "profil.md").write_text("---\nnama: A\n---\n")
    (r / "satker" / "kab-a" / "2024" / "realisasi.md").write_text("---\nrealisasi:\n---\n")
    (r / "satker" / "kab-a" / "2024" / "lama.md").write_text("x\n")
    (r / "README.md").write_text("x\n")
    git_bertanggal(r, "add", ".")
    git_bertanggal(r, "commit", "-q", "-m", "awal", tanggal="2024-01-15")
    (r / "satker" / "kab-a" / "2024" / "realisasi.md").write_text("---\nrealisasi: []\n---\n")
    git_bertanggal(r, "rm", "-q", "satker/kab-a/2024/lama.md")
    git_bertanggal(r, "commit", "-q", "-am", "ubah realisasi", tanggal="2025-02-03")
    (r / "satker" / "kab-a" / "2024" / "pk.md").write_text("---\n---\n")  # untracked
    return r


def test_tanggal_ubah_per_berkas(repo: Path) -> None:
    s = repo / "satker" / "kab-a"
    assert tanggal_ubah(s / "profil.md") == datetime.date(2024, 1, 15)
    assert tanggal_ubah(s / "2024" / "realisasi.md") == datetime.date(2025, 2, 3)
    assert tanggal_ubah(s / "2024" / "pk.md") is None  # untracked
    assert tanggal_ubah(s / "2024" / "tidak-ada.md") is None


def test_tanggal_ubah_di_luargit_bertanggal(tmp_path: Path) -> None:
    f = tmp_path / "bukan-repo" / "profil.md"
    f.parent.mkdir()
    f.write_text("x")
    assert tanggal_ubah(f) is None
    assert tanggal_ubah_semua(f.parent) == {}
    assert akar_repo(f) is None


def test_tanggal_ubah_semua_satu_kali_git_log(repo: Path) -> None:
    s = repo / "satker"
    semua = tanggal_ubah_semua(s)
    assert semua == {
        (s / "kab-a" / "profil.md").resolve(): datetime.date(2024, 1, 15),
        (s / "kab-a" / "2024" / "realisasi.md").resolve(): datetime.date(2025, 2, 3),
    }
    # the same answer as asking file by file; README.md (outside the folder) is not listed
    for path, tanggal in semua.items():
        assert tanggal_ubah(path) == tanggal
    assert akar_repo(s) == repo.resolve()


def test_tanggal_ubah_semua_dari_subfolder_dan_nama_tidak_biasa(repo: Path) -> None:
    aneh = repo / "satker" / "kab-a" / "2024" / "dokumen" / "lkj 2024 é.pdf"
    aneh.parent.mkdir()
    aneh.write_bytes(b"%PDF")
    git_bertanggal(repo, "add", ".")
    git_bertanggal(repo, "commit", "-q", "-m", "dokumen", tanggal="2025-03-04")
    semua = tanggal_ubah_semua(repo / "satker" / "kab-a" / "2024")
    assert semua[aneh.resolve()] == datetime.date(2025, 3, 4)
    assert semua[(repo / "satker" / "kab-a" / "2024" / "pk.md").resolve()] == datetime.date(2025, 3, 4)
    assert (repo / "satker" / "kab-a" / "profil.md").resolve() not in semua


@pytest.mark.parametrize(("repo_url", "edit_uri", "path", "docs_dir", "hasil"), [
    ("https://github.com/kpu/lakip", "edit/main/", "satker/kab-x/2024/realisasi.md", None,
     "https://github.com/kpu/lakip/edit/main/satker/kab-x/2024/realisasi.md"),
    ("https://github.com/kpu/lakip/", "edit/main", "satker/kab-x/profil.md", None,
     "https://github.com/kpu/lakip/edit/main/satker/kab-x/profil.md"),
    ("https://github.com/kpu/lakip", "edit/main/docs/", "satker/kab-x/profil.md", "docs",
     "https://github.com/kpu/lakip/edit/main/satker/kab-x/profil.md"),
    ("https://gitlab.com/kpu/lakip", "-/edit/main/", "satker/kab-x/2024/pk.md", None,
     "https://gitlab.com/kpu/lakip/-/edit/main/satker/kab-x/2024/pk.md"),
    ("", "https://git.kpu.go.id/data/edit/main/", "satker/a.md", None,
     "https://git.kpu.go.id/data/edit/main/satker/a.md"),
    ("https://github.com/kpu/lakip", "", "satker/a.md", None, ""),
    ("", "edit/main/", "satker/a.md", None, ""),
])
def test_tautan_ubah(repo_url: str, edit_uri: str, path: str, docs_dir: str | None, hasil: str) -> None:
    assert tautan_ubah(repo_url, edit_uri, path, docs_dir=docs_dir) == hasil

"""The lakip command where MkDocs is not installed: ``pip install lakip`` (no extra) into a fresh venv.

MkDocs and Material are the extra ``lakip[situs]``; the core and every command run without
them. The venv gets the package as a user would (``pip install <folder>``, its core
dependencies from PyPI or pip's cache), proves ``import mkdocs`` fails there, then runs
``lakip ekspor`` (its tree is byte-identical to the MkDocs build's ``data/``), ``lakip lkj``
(print HTML and PDF, the same bytes as the command prints in the MkDocs environment) and
``lakip verifikasi`` on the MkDocs build.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bantu_situs import AKAR, bangun_sekali, berkas_data_situs

pytestmark = pytest.mark.skipif(not Path("/usr/bin/chromium").exists() or shutil.which("pdftotext") is None,
                                reason="Chromium atau pdftotext tidak ada")


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A venv with ``lakip`` installed from a copy of this checkout, without its extras."""
    tmp = tmp_path_factory.mktemp("tanpa-mkdocs")
    paket = tmp / "paket"
    paket.mkdir()
    for nama in ("pyproject.toml", "README.md"):
        shutil.copy(AKAR / nama, paket / nama)
    shutil.copytree(AKAR / "plugins", paket / "plugins", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    env = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=120)
    pip = subprocess.run([str(env / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                          str(paket)], capture_output=True, text=True, timeout=600, check=False)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    yield env


def jalankan(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    e = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "LAKIP_SATKER", "LAKIP_CACHE_PDF")}
    e["PATH"] = f"{venv / 'bin'}{os.pathsep}{e.get('PATH', '')}"
    return subprocess.run(list(args), cwd=cwd, env=e, capture_output=True, text=True, timeout=600, check=False)


def test_tanpa_mkdocs(venv: Path, tmp_path: Path) -> None:
    r = jalankan(venv, "python", "-c", "import mkdocs", cwd=tmp_path)
    assert r.returncode == 1 and "No module named 'mkdocs'" in r.stderr
    r = jalankan(venv, "python", "-c", "import lakip, sys; print(lakip.__file__)", cwd=tmp_path)
    assert str(venv) in r.stdout  # the installed copy, not this checkout
    r = jalankan(venv, "lakip", "--help", cwd=tmp_path)
    assert r.returncode == 0
    for perintah in ("check", "schema", "baru", "diff", "rapikan", "ekspor", "lkj", "verifikasi"):
        assert f"    {perintah} " in r.stdout, perintah


def test_ekspor_sama_dengan_data_situs(venv: Path, tmp_path: Path) -> None:
    """DIR/data/ is the site's data/ and DIR/data.json its DCAT catalogue, byte for byte."""
    site = bangun_sekali(AKAR / "satker")
    keluar = tmp_path / "keluaran"
    r = jalankan(venv, "lakip", "ekspor", str(keluar), "--konfigurasi", str(AKAR / "mkdocs.yml"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    berkas = sorted(p.relative_to(keluar).as_posix() for p in keluar.rglob("*") if p.is_file())
    assert berkas == berkas_data_situs(site)
    assert "data/index.json" in berkas and "data/kota-banjarbaru/dip.csv" in berkas
    assert r.stdout == (f"{len(berkas)} berkas data terbuka ditulis ke {keluar} "
                        "(data/ dan katalog data.json, seperti di situs)\n")
    _, beda, galat = filecmp.cmpfiles(keluar, site, berkas, shallow=False)
    assert beda == [] and galat == []
    assert (keluar / "data" / "kota-banjarbaru" / "2024" / "capaian.csv").read_bytes()[:3] == b"\xef\xbb\xbf"


def test_lkj_html_dan_pdf(venv: Path, tmp_path: Path) -> None:
    keluar = tmp_path / "lkj"
    r = jalankan(venv, "lakip", "lkj", "kota-banjarbaru", "2024", "--keluaran", str(keluar), "--pdf",
                 "--cache", "", cwd=AKAR)
    assert r.returncode == 0, r.stderr
    html, pdf = keluar / "lkj-kota-banjarbaru-2024.html", keluar / "lkj-kota-banjarbaru-2024.pdf"
    assert r.stdout == f"ditulis: {html}\nditulis: {pdf}\n"
    teks = html.read_text(encoding="utf-8")
    assert teks.startswith("<!doctype html>\n<html lang=\"id\">") and "Content-Security-Policy" in teks
    assert "LKJPENANDA" not in teks and "<script" not in teks  # standalone: no marker, no script, no host
    isi = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "LAPORAN KINERJA" in isi and "KOTA BANJARBARU" in isi.upper()
    # the same bytes as the command prints where MkDocs is installed (this checkout, this interpreter)
    lagi = subprocess.run([sys.executable, "-m", "lakip.cli", "lkj", "kota-banjarbaru", "2024", "--keluaran",
                           str(tmp_path / "lagi"), "--pdf", "--cache", ""], cwd=AKAR, capture_output=True,
                          text=True, timeout=600, check=False)
    assert lagi.returncode == 0, lagi.stderr
    assert (tmp_path / "lagi" / pdf.name).read_bytes() == pdf.read_bytes()
    assert (tmp_path / "lagi" / html.name).read_bytes() == html.read_bytes()


def test_verifikasi_tanpa_mkdocs(venv: Path, tmp_path: Path) -> None:
    site = bangun_sekali(AKAR / "satker")
    r = jalankan(venv, "lakip", "verifikasi", str(site), "--tanpa-pdf", "--konfigurasi", str(AKAR / "mkdocs.yml"),
                 cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    n = len(berkas_data_situs(site))
    assert re.match(rf"{re.escape(str(site))}: \d+ halaman, {n} berkas data, 0 dokumen, 1 indeks pencarian sesuai data; ", r.stdout)

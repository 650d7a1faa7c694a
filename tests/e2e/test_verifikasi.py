"""``lakip verifikasi``: the example site's MkDocs build passes; the same site with files gone, changed,
or a directive left in place fails with one line per problem, as a generator that skips the plugin would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bantu_situs import AKAR, bangun_sekali, berkas_data_situs, siapkan_proyek

from lakip.cli import main

CFG = str(AKAR / "mkdocs.yml")


@pytest.fixture(scope="module")
def situs_contoh() -> Path:
    return bangun_sekali(AKAR / "satker")


def test_situs_lengkap_lolos(situs_contoh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verifikasi", str(situs_contoh), "--tanpa-pdf", "--konfigurasi", CFG]) == 0
    n_html, n_data = len(list(situs_contoh.rglob("*.html"))), len(berkas_data_situs(situs_contoh))
    assert re.fullmatch(rf"{re.escape(str(situs_contoh))}: \d+ halaman, {n_data} berkas data, 0 dokumen, 1 indeks pencarian sesuai data; "
                        rf"{n_html} berkas HTML tanpa petunjuk lakip yang tertinggal\n", capsys.readouterr().out)


def test_pdf_dituntut_bila_pengaturan_mencetak(situs_contoh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """This build ran without Chromium (LAKIP_CHROMIUM empty) while mkdocs.yml prints PDFs."""
    assert main(["verifikasi", str(situs_contoh), "--konfigurasi", CFG]) == 1
    out, err = capsys.readouterr()
    baris = out.splitlines()
    assert baris == [f"{situs_contoh}/satker/{sid}/2024/lkj-{sid}-2024.pdf: PDF LKj tidak ada" for sid in
                     ("kab-barito-selatan", "kab-tanah-bumbu", "kota-banjarbaru", "kota-jakarta-selatan")]
    assert err == (f"4 masalah: situs {situs_contoh} tidak memuat semua yang diterbitkan data (bangun ulang "
                   "dengan plugin lakip; bila PDF memang tidak dicetak, tambahkan --tanpa-pdf)\n")


def test_halaman_hilang_gagal_dengan_pesan_persis(situs_contoh: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    shutil.copytree(situs_contoh, site)
    shutil.rmtree(site / "satker/kota-banjarbaru/2024/anggaran")
    (site / "satker/kab-tanah-bumbu/index.html").unlink()
    (site / "data/kab-tanah-bumbu/2023/capaian.csv").unlink()
    (site / "data.json").unlink()
    with open(site / "data/index.json", "a", encoding="utf-8") as f:
        f.write(" ")
    beranda = site / "index.html"
    teks = beranda.read_text(encoding="utf-8")
    baris = teks.count("\n", 0, teks.index("<article")) + 1
    beranda.write_text(teks.replace("<article", "<!-- lakip portal -->\n<article", 1), encoding="utf-8")
    assert main(["verifikasi", str(site), "--tanpa-pdf", "--konfigurasi", CFG]) == 1
    out, err = capsys.readouterr()
    assert out == (
        f"{site}/satker/kab-tanah-bumbu/index.html: halaman tidak ada (halaman satker/kab-tanah-bumbu/index.md "
        "dari data)\n"
        f"{site}/satker/kota-banjarbaru/2024/anggaran/index.html: halaman tidak ada (halaman "
        "satker/kota-banjarbaru/2024/anggaran.md dari data)\n"
        f"{site}/data.json: berkas data tidak ada\n"
        f"{site}/data/index.json: isinya berbeda dari data saat ini (situs dibangun dari data atau pengaturan lain)\n"
        f"{site}/data/kab-tanah-bumbu/2023/capaian.csv: berkas data tidak ada\n"
        f"{site}/index.html:{baris}: petunjuk '<!-- lakip portal -->' tidak diganti (situs dibangun tanpa plugin lakip?)\n"
    )
    assert err == (f"6 masalah: situs {site} tidak memuat semua yang diterbitkan data (bangun ulang dengan plugin "
                   "lakip)\n")


def test_folder_situs_tidak_ada(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verifikasi", str(tmp_path / "site"), "--konfigurasi", CFG]) == 1
    assert capsys.readouterr().err == (f"lakip verifikasi: {tmp_path / 'site'}: folder situs tidak ditemukan "
                                       "(bangun dulu, mis. mkdocs build)\n")



def test_build_tanpa_plugin_gagal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What Zensical does to this project (it skips a plugin it does not know and still 'succeeds'), done with
    MkDocs: the example project built with the lakip plugin taken out of mkdocs.yml. The build succeeds with
    the hand-written pages only; lakip verifikasi fails it, naming the missing pages, the missing data and
    the directives left in the HTML."""
    yml = siapkan_proyek(tmp_path / "proyek", AKAR / "satker")
    teks = yml.read_text(encoding="utf-8")
    plugin = "  - lakip:\n      folder_data: satker\n"
    assert plugin in teks
    yml.write_text(teks.replace(plugin, ""), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("LAKIP_SATKER", "SOURCE_DATE_EPOCH")}
    hasil = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(yml), "-d", str(tmp_path / "site")],
                           cwd=tmp_path / "proyek", env={**env, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True,
                           text=True, timeout=600, check=False)
    assert hasil.returncode == 0, hasil.stderr  # the generator itself reports nothing wrong
    site = tmp_path / "site"
    assert main(["verifikasi", str(site), "--tanpa-pdf", "--konfigurasi", str(yml)]) == 1
    out, err = capsys.readouterr()
    baris = out.splitlines()
    situs_lengkap = bangun_sekali(AKAR / "satker")
    n_data = len(berkas_data_situs(situs_lengkap))
    assert (f"{site}/satker/kota-banjarbaru/2024/index.html: halaman tidak ada (halaman "
            "satker/kota-banjarbaru/2024/index.md dari data)") in baris
    assert len([b for b in baris if b.endswith(": berkas data tidak ada")]) == n_data
    assert any(b.startswith(f"{site}/index.html:") and "petunjuk '<!-- lakip portal -->' tidak diganti" in b
               for b in baris)
    assert f"{site}/pagefind/pagefind-entry.json: indeks pencarian tidak ada (kotak pencarian tidak bekerja)" in baris
    assert err == (f"{len(baris)} masalah: situs {site} tidak memuat semua yang diterbitkan data (bangun ulang "
                   "dengan plugin lakip)\n")


def test_indeks_pencarian_satker_hilang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A split search index (LAKIP_CARI_PECAH=0): each satker's pages search its own bundle, so a missing
    bundle is a missing part of the site."""
    site = tmp_path / "site"
    shutil.copytree(bangun_sekali(AKAR / "satker", {"LAKIP_CARI_PECAH": "0"}), site)
    assert main(["verifikasi", str(site), "--tanpa-pdf", "--konfigurasi", CFG]) == 0
    assert ", 5 indeks pencarian sesuai data;" in capsys.readouterr().out  # the portal's and four satker
    shutil.rmtree(site / "satker/kota-banjarbaru/pagefind")
    assert main(["verifikasi", str(site), "--tanpa-pdf", "--konfigurasi", CFG]) == 1
    assert capsys.readouterr().out == (f"{site}/satker/kota-banjarbaru/pagefind/pagefind-entry.json: indeks pencarian "
                                       "satker tidak ada (halamannya mencari di sana)\n")

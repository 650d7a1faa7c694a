"""``lakip verifikasi``: the example site's MkDocs build passes; the same site with files gone, changed,
or a directive left in place fails with one line per problem, as a generator that skips the plugin would."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from bantu_situs import AKAR, bangun_sekali

from lakip.cli import main

CFG = str(AKAR / "mkdocs.yml")


@pytest.fixture(scope="module")
def situs_contoh() -> Path:
    return bangun_sekali(AKAR / "satker")


def test_situs_lengkap_lolos(situs_contoh: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verifikasi", str(situs_contoh), "--tanpa-pdf", "--konfigurasi", CFG]) == 0
    n_html = len(list(situs_contoh.rglob("*.html")))
    # the open data on disk, counted apart: data/ (DIP CSVs included) but its page, and the DCAT catalogue
    n_data = (sum(1 for p in (situs_contoh / "data").rglob("*") if p.is_file() and p.suffix != ".html")
              + (situs_contoh / "data.json").is_file())
    assert n_data > 100
    assert re.fullmatch(rf"{re.escape(str(situs_contoh))}: \d+ halaman, {n_data} berkas data, 0 dokumen sesuai data; "
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
        f"{site}/data/index.json: isinya berbeda dari data saat ini (situs dibangun dari data atau pengaturan lain)\n"
        f"{site}/data/kab-tanah-bumbu/2023/capaian.csv: berkas data tidak ada\n"
        f"{site}/index.html:{baris}: petunjuk '<!-- lakip portal -->' tidak diganti (situs dibangun tanpa plugin lakip?)\n"
    )
    assert err == (f"5 masalah: situs {site} tidak memuat semua yang diterbitkan data (bangun ulang dengan plugin "
                   "lakip)\n")


def test_folder_situs_tidak_ada(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verifikasi", str(tmp_path / "site"), "--konfigurasi", CFG]) == 1
    assert capsys.readouterr().err == (f"lakip verifikasi: {tmp_path / 'site'}: folder situs tidak ditemukan "
                                       "(bangun dulu, mis. mkdocs build)\n")


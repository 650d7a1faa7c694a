"""The LKj PDF: printed by headless Chromium for the example satker, checked with poppler.

Skipped only when Chromium is missing (no browser is downloaded); poppler-utils
(pdfinfo, pdftotext, pdftoppm) is installed by scripts/pasang.sh with it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURE, bangun, tulis_proyek

from lakip import lkj, pdf
from lakip.situs import Situs

SID = "kab-contoh"
MESIN = pdf.cari_mesin()
pytestmark = pytest.mark.skipif(MESIN is None, reason="Chromium tidak terpasang (PDF LKj dicetak dengan Chromium)")


def _jalankan(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, check=True, text=True, timeout=120).stdout


@pytest.fixture(scope="module")
def pencetak():
    assert MESIN is not None
    with pdf.Pencetak(MESIN) as p:
        yield p


@pytest.fixture(scope="module")
def naskah() -> lkj.NaskahLkj:
    s, m = Situs.muat(FIXTURE, "satker")
    assert not m
    return lkj.susun_lkj(s, SID, 2024)


@pytest.fixture(scope="module")
def cetakan(pencetak: pdf.Pencetak, naskah: lkj.NaskahLkj, tmp_path_factory: pytest.TempPathFactory
            ) -> pdf.CetakLkj:
    tmp = tmp_path_factory.mktemp("pdf")
    return pdf.cetak_lkj(naskah, tmp / "lkj.pdf", pencetak, tmp / "kerja")


def _halaman(path: Path) -> list[str]:
    return _jalankan("pdftotext", "-layout", str(path), "-").split("\f")


def test_pdf_dicetak_a4_dengan_jumlah_halaman_wajar(cetakan: pdf.CetakLkj):
    info = _jalankan("pdfinfo", str(cetakan.path))
    halaman = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    assert 10 <= halaman <= 20, info
    assert halaman == cetakan.halaman
    assert "A4" in re.search(r"^Page size:.*$", info, re.MULTILINE).group(0)
    assert "Tagged:          yes" in info
    assert cetakan.daftar_isi_bernomor
    assert cetakan.detik < 30


def test_isi_pdf(cetakan: pdf.CetakLkj):
    hal = _halaman(cetakan.path)
    sampul = hal[0]
    assert "LAPORAN KINERJA" in sampul and "KPU KABUPATEN CONTOH" in sampul and "Tahun 2024" in sampul
    assert "Rencana Strategis 2020–2024" in sampul
    semua = "\n".join(hal)
    assert "Tabel 3.1 Capaian Indikator Kinerja Utama tahun 2024" in semua
    assert "64,52 %" in semua and "121,51 %" in semua and "Rp 3.299.000" in semua
    assert "LKJPENANDA" not in semua  # the first pass's markers are gone


def test_kepala_halaman_dan_nomor_halaman(cetakan: pdf.CetakLkj):
    hal = [h for h in _halaman(cetakan.path) if h.strip()]
    assert "Laporan Kinerja 2024" not in hal[0].splitlines()[0]  # the cover has no running header
    for no, teks in enumerate(hal[1:], 2):
        baris = [b for b in teks.splitlines() if b.strip()]
        assert "KPU Kabupaten Contoh" in baris[0] and "Laporan Kinerja 2024" in baris[0], (no, baris[0])
        assert baris[-1].strip() == str(no)


def test_daftar_isi_menunjuk_halaman_yang_benar(cetakan: pdf.CetakLkj):
    hal = _halaman(cetakan.path)
    daftar = next(h for h in hal if "DAFTAR ISI" in h)
    tabel = next(h for h in hal if "DAFTAR TABEL" in h)
    for judul, cari in (("BAB III Akuntabilitas Kinerja", "BAB III AKUNTABILITAS KINERJA"),
                        ("Lampiran", "LAMPIRAN")):
        m = re.search(rf"^{re.escape(judul)}\s*\.*\s*(\d+)\s*$", daftar, re.MULTILINE)
        assert m, daftar
        assert cari in hal[int(m.group(1)) - 1]
    m = re.search(r"^Tabel 3\.1 .*?(\d+)\s*$", tabel, re.MULTILINE)
    assert m and "Tabel 3.1 Capaian Indikator Kinerja Utama" in hal[int(m.group(1)) - 1]


def test_png_setiap_halaman(cetakan: pdf.CetakLkj, tmp_path: Path):
    _jalankan("pdftoppm", "-r", "50", "-png", str(cetakan.path), str(tmp_path / "hal"))
    png = sorted(tmp_path.glob("hal-*.png"))
    assert len(png) == cetakan.halaman
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in png)


def test_sama_masukan_sama_pdf(pencetak: pdf.Pencetak, naskah: lkj.NaskahLkj, cetakan: pdf.CetakLkj,
                               tmp_path: Path):
    lagi = pdf.cetak_lkj(naskah, tmp_path / "lagi.pdf", pencetak, tmp_path / "kerja")
    assert lagi.path.read_bytes() == cetakan.path.read_bytes()


def test_tabel_panjang_kepala_berulang_baris_utuh(pencetak: pdf.Pencetak, tmp_path: Path):
    baris = "\n".join(f"| K{i} | Uraian baris {i} yang cukup panjang untuk dua baris teks di sel ini agar tinggi "
                      f"| {i},00 % |" for i in range(90))
    n = lkj.NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", (2020, 2024), None, None)
    n.blok += [lkj.Judul(1, "BAB III Akuntabilitas Kinerja", "bab-3", halaman_baru=True),
               lkj.Tabel("3.1", "Tabel panjang", "tabel-3-1", "| Kode | Uraian | Capaian |\n| :-- | :-- | --: |\n"
                         + baris + "\n", 90)]
    hasil = pdf.cetak_lkj(n, tmp_path / "panjang.pdf", pencetak, tmp_path / "kerja")
    hal = _halaman(hasil.path)[1:]
    berisi = [h for h in hal if "Uraian baris" in h]
    assert len(berisi) >= 3
    for h in berisi:
        assert re.search(r"Kode\s+Uraian\s+Capaian", h), h  # thead repeated on every page
    # a row is never split: each row's capaian sits on the same page as its code
    for h in berisi:
        kode = set(re.findall(r"\bK(\d+)\b", h))
        nilai = set(re.findall(r"\b(\d+),00 %", h))
        assert kode == nilai


def test_rencana_aksi_di_halaman_mendatar(pencetak: pdf.Pencetak, tmp_path: Path):
    kepala = "| Kode | Indikator | Kegiatan | " + " | ".join(f"B{i}" for i in range(1, 13)) + " | Target | PJ |"
    garis = "| " + " | ".join([":--"] * 3 + [":-:"] * 12 + [":--"] * 2) + " |"
    isi = "| IK1 | Indikator | Kegiatan | " + " | ".join(["✓"] * 12) + " | – | Subbag |"
    n = lkj.NaskahLkj(SID, "KPU Kabupaten Contoh", 2024, "Laporan", None, None, None)
    n.blok += [lkj.Judul(1, "Lampiran", "lampiran", halaman_baru=True),
               lkj.Tabel("L.1", "Rencana aksi", "tabel-l-1", f"{kepala}\n{garis}\n{isi}\n", 1, lebar=True)]
    hasil = pdf.cetak_lkj(n, tmp_path / "lebar.pdf", pencetak, tmp_path / "kerja")
    info = _jalankan("pdfinfo", "-f", "1", "-l", str(hasil.halaman), str(hasil.path))
    ukuran = re.findall(r"size:\s+([\d.]+) x ([\d.]+)", info)
    assert any(float(w) > float(h) for w, h in ukuran), ukuran  # a landscape page
    assert float(ukuran[0][0]) < float(ukuran[0][1])  # the cover stays portrait


def test_css_kepala_di_escape():
    assert pdf._css_teks('KPU "X" </style>') == '"KPU \\22 X\\22  \\3c /style>"'


def test_html_cetak_di_escape_dan_tanpa_skrip(naskah: lkj.NaskahLkj):
    html = pdf.html_lkj(naskah)
    assert "<script" not in html
    assert "default-src 'none'" in html
    n = lkj.NaskahLkj(SID, "<b>KPU</b>", 2024, "Laporan", None, None, None)
    assert "&lt;b&gt;KPU&lt;/b&gt;" in pdf.html_lkj(n)


def test_build_menulis_pdf_di_samping_halaman(tmp_path: Path):
    cfg = tulis_proyek(tmp_path)
    site = bangun(cfg)
    berkas = site / "satker/kab-contoh/2024/lkj-kab-contoh-2024.pdf"
    assert berkas.read_bytes()[:5] == b"%PDF-"
    html = (site / "satker/kab-contoh/2024/lkj/index.html").read_text(encoding="utf-8")
    assert 'href="../lkj-kab-contoh-2024.pdf"' in html
    assert "Versi yang dihasilkan dari data" in html and "Dokumen resmi bertanda tangan" in html

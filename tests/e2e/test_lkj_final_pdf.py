"""The printed LKj, read back from the real PDF: page labels, DRAF on every draft page, the signature
block, no transcription note, metadata and the creation date (= the data's last change)."""

from __future__ import annotations

import datetime
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from lakip.bangun import bangun
from lakip.lkj.chromium import Pencetak, cari_mesin
from lakip.lkj.pdf import cetak_lkj
from lakip.lkj.susun import susun_lkj

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "lkj-final"

pytestmark = pytest.mark.skipif(cari_mesin() is None or shutil.which("pdftotext") is None,
                                reason="Chromium atau pdftotext tidak terpasang")


def _cetak(tmp: Path, status: str) -> tuple[Path, list[str]]:
    data = tmp / f"data-{status}"
    shutil.copytree(FIXTURE, data)
    p = data / "kab-tanah-bumbu/2024/lkj.md"
    p.write_text(p.read_text(encoding="utf-8").replace("status: final\n", f"status: {status}\n"), encoding="utf-8")
    situs, m = bangun(data, "data")
    assert not m, m.teks()
    n = susun_lkj(situs, "kab-tanah-bumbu", 2024)
    n.tanggal_data = datetime.date(2025, 1, 20)
    keluar = tmp / f"lkj-{status}.pdf"
    with Pencetak(cari_mesin() or "") as pencetak:
        cetak_lkj(n, keluar, pencetak, tmp / "kerja")
    teks = subprocess.run(["pdftotext", "-enc", "UTF-8", str(keluar), "-"], capture_output=True, check=True,
                          text=True).stdout
    return keluar, teks.split("\f")[:-1]


@pytest.fixture(scope="module")
def final(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    return _cetak(tmp_path_factory.mktemp("final"), "final")


def test_label_halaman_romawi_lalu_arab(final: tuple[Path, list[str]]) -> None:
    pdf, halaman = final
    label = PdfReader(pdf).page_labels
    awal = next(i for i, h in enumerate(halaman) if "BAB I PENDAHULUAN" in h and "DAFTAR ISI" not in h)
    assert label[0] == "Sampul"
    assert label[1:awal] == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][:awal - 1]
    assert label[awal:awal + 3] == ["1", "2", "3"]
    # the printed footer says the same as the label
    assert halaman[1].rstrip().endswith("i") and halaman[awal].rstrip().endswith("1")


def test_metadata_dan_tanggal_buat(final: tuple[Path, list[str]]) -> None:
    meta = PdfReader(final[0]).metadata
    assert meta is not None
    assert meta["/Author"] == "KPU Kabupaten Tanah Bumbu"
    assert meta["/Title"] == "Laporan Kinerja Komisi Pemilihan Umum Kabupaten Tanah Bumbu Tahun 2024"
    assert meta["/Subject"] == "Laporan Kinerja (LKj) KPU Kabupaten Tanah Bumbu Tahun 2024"
    assert meta["/CreationDate"] == "D:20250120000000Z"


def test_blok_tanda_tangan_dan_reviu(final: tuple[Path, list[str]]) -> None:
    semua = "\n".join(final[1])
    assert "Batulicin, 17 Januari 2025\nSekretaris KPU Kabupaten Tanah Bumbu\n\nContoh Penandatangan Uji\n" \
           "NIP 198001012005011001" in semua
    assert "PERNYATAAN TELAH DIREVIU" in semua and "NIP 197501012000031002" in semua


def test_final_tanpa_draf_dan_tanpa_catatan(final: tuple[Path, list[str]]) -> None:
    semua = "\n".join(final[1])
    for dilarang in ("DRAF", "Belum ditulis", "belum ditulis", "tercetak", "<!--", "Fixture uji", "FIKTIF"):
        assert dilarang not in semua, dilarang


def test_draf_di_setiap_halaman(tmp_path: Path) -> None:
    _, halaman = _cetak(tmp_path, "draf")
    assert len(halaman) > 10
    assert [i for i, h in enumerate(halaman, 1) if "DRAF" not in h] == []

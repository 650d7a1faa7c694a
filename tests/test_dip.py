"""Daftar Informasi Publik (dip.py): the seven Perki 1/2021 elements, defaults, CSV, published files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from bantu_situs import FIXTURE_PORTAL, bangun_sekali

from lakip import dip, halaman
from lakip.situs import Situs

SID = "kab-contoh-satu"
TUJUH = ("ringkasan", "penguasa", "penanggung_jawab", "waktu", "tempat", "bentuk", "retensi")


@pytest.fixture(scope="module")
def semua(situs: Situs) -> dict[str, tuple[str, str | None, int | None]]:
    return halaman.semua_halaman(situs)


def test_butir_dari_dokumen_dan_halaman(situs: Situs, semua: dict) -> None:
    butir = dip.butir_dip(situs, SID, semua)
    for b in butir:
        for unsur in TUJUH:
            assert getattr(b, unsur).strip(), (b.judul, unsur)
        assert b.kategori in ("berkala", "serta-merta", "setiap-saat", "dikecualikan")
    judul = [b.judul for b in butir]
    # the satker's documents
    assert "Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024" in judul
    assert "Pengumuman jadwal pemutakhiran data pemilih" in judul
    # the generated pages: capaian, PK, anggaran per year, Renstra, LKj
    for j in ("Capaian Kinerja 2024", "Capaian Kinerja 2022", "Perjanjian Kinerja 2024 (halaman)",
              "Realisasi Anggaran 2024", "Rencana Strategis 2020–2024 (halaman)", "Laporan Kinerja 2024 (halaman)"):
        assert j in judul, j
    assert "Realisasi Anggaran 2022" not in judul  # no budget data that year
    assert "Perjanjian Kinerja 2023 (halaman)" not in judul  # no PK that year
    # order: kategori first (berkala, serta merta, setiap saat, dikecualikan), newest year first
    kat = [b.kategori for b in butir]
    assert kat == sorted(kat, key=["berkala", "serta-merta", "setiap-saat", "dikecualikan"].index)
    berkala = [b.tahun for b in butir if b.kategori == "berkala"]
    assert berkala == sorted(berkala, reverse=True)


def test_nilai_bawaan(situs: Situs, semua: dict) -> None:
    butir = {b.judul: b for b in dip.butir_dip(situs, SID, semua)}
    lkj = butir["Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024"]
    assert lkj.retensi == "10 tahun" and "retensi" in lkj.bawaan
    assert lkj.penguasa == "Sekretariat KPU Kabupaten Contoh Satu" and "penguasa" in lkj.bawaan
    assert lkj.penanggung_jawab == "Ketua KPU Kabupaten Contoh Satu"
    assert lkj.waktu == "17 Januari 2025" and lkj.tempat == "Contoh Satu"
    assert "waktu" not in lkj.bawaan and "tempat" not in lkj.bawaan
    pengumuman = butir["Pengumuman jadwal pemutakhiran data pemilih"]
    assert pengumuman.kategori == "serta-merta"
    assert pengumuman.penguasa == "Sub Bagian Perencanaan, Data dan Informasi" and "penguasa" not in pengumuman.bawaan
    assert pengumuman.retensi == "2 tahun"
    assert pengumuman.penanggung_jawab == "Sekretaris KPU Kabupaten Contoh Satu"
    pk = butir["Perjanjian Kinerja Tahun 2024 (ditandatangani)"]
    assert pk.retensi == "5 tahun" and pk.tempat == "Kantor KPU Kabupaten Contoh Satu" and "tempat" in pk.bawaan
    anggaran = butir["Realisasi Anggaran 2024"]
    assert anggaran.penanggung_jawab == "Sekretaris KPU Kabupaten Contoh Satu" and anggaran.retensi == "10 tahun"
    tanpa_tanggal = dip.butir_dip(situs, "kota-contoh-dua", halaman.semua_halaman(situs))
    assert all(b.penguasa == "Sekretariat KPU Kota Contoh Dua" for b in tanpa_tanggal)  # no nama_sekretariat


def test_berkas_diterbitkan_kecuali_yang_dikecualikan(situs: Situs, semua: dict) -> None:
    butir = {b.judul: b for b in dip.butir_dip(situs, SID, semua)}
    pk = butir["Perjanjian Kinerja Tahun 2024 (ditandatangani)"]
    assert pk.uri == f"satker/{SID}/2024/dokumen/pk-2024.pdf" and pk.ukuran and pk.ukuran > 100
    rahasia = butir["Data pribadi pemilih (NIK dan KK)"]
    assert rahasia.kategori == "dikecualikan" and rahasia.uri is None
    statis = dip.berkas_statis(situs, semua)
    assert statis[f"satker/{SID}/2024/dokumen/pk-2024.pdf"] == FIXTURE_PORTAL / SID / "2024" / "dokumen" / "pk-2024.pdf"
    assert not any("rahasia" in u for u in statis)
    assert {u for u in statis if u.endswith("dip.csv")} == {dip.uri_csv(s.id) for s in situs.satker()}


def test_halaman_dip(situs: Situs, semua: dict) -> None:
    md = semua[dip.uri_dip(SID)][0]
    assert md == dip.halaman_dip(situs, SID, semua)
    assert md.startswith("# Daftar Informasi Publik: KPU Kabupaten Contoh Satu\n")
    for j in ("## A. Informasi yang wajib disediakan dan diumumkan secara berkala",
              "## B. Informasi yang wajib diumumkan secara serta merta",
              "## C. Informasi yang wajib tersedia setiap saat",
              "## D. Informasi yang dikecualikan", "## Nilai bawaan"):
        assert j in md
    assert "*Tidak ada informasi dalam kategori ini.*" in md  # C is empty
    assert f"[Unduh DIP dalam format CSV](../../data/{SID}/dip.csv)" in md
    kepala = ("| No | Ringkasan isi informasi | Pejabat/unit yang menguasai | Penanggung jawab pembuatan/penerbitan "
              "| Waktu dan tempat pembuatan | Bentuk informasi | Jangka waktu penyimpanan |")
    assert md.count(kepala) == 3
    assert "[**Perjanjian Kinerja Tahun 2024 (ditandatangani)**](2024/dokumen/pk-2024.pdf) (PDF, " in md
    assert "[**Capaian Kinerja 2024**](2024/index.md) (halaman)" in md
    # a page whose title already ends in "(halaman)" does not get it twice
    assert "[**Laporan Kinerja 2024 (halaman)**](2024/lkj.md)" in md
    assert "(halaman)**](2024/lkj.md) (halaman)" not in md
    assert "**Data pribadi pemilih (NIK dan KK)** (dikecualikan, tidak dipublikasikan)" in md
    assert "10 tahun \\*" in md  # a default, marked
    assert "| 10 tahun |" not in md.split("## Nilai bawaan")[0]  # every retensi in the lists is marked or given


def test_csv_sama_dengan_halaman(situs: Situs, semua: dict) -> None:
    teks = dip.csv_dip(situs, SID, semua, "https://kinerja.example.go.id/")
    rows = list(csv.DictReader(io.StringIO(teks)))
    butir = dip.butir_dip(situs, SID, semua)
    assert [r["judul"] for r in rows] == [b.judul for b in butir]
    assert [r["nomor"] for r in rows] == [str(i) for i in range(1, len(butir) + 1)]
    assert list(rows[0]) == dip.KOLOM_CSV
    r = {x["judul"]: x for x in rows}
    assert r["Capaian Kinerja 2024"]["tautan"] == f"https://kinerja.example.go.id/satker/{SID}/2024/"
    assert r["Realisasi Anggaran 2024"]["tautan"] == f"https://kinerja.example.go.id/satker/{SID}/2024/anggaran/"
    assert r["Perjanjian Kinerja Tahun 2024 (ditandatangani)"]["tautan"].endswith("/2024/dokumen/pk-2024.pdf")
    assert r["Data pribadi pemilih (NIK dan KK)"]["tautan"] == ""
    assert r["Pengumuman jadwal pemutakhiran data pemilih"]["kategori"] == "serta merta"
    assert "retensi" in r["Laporan Kinerja KPU Kabupaten Contoh Satu Tahun 2024"]["nilai_bawaan"].split()
    tanpa_folder = dip.csv_dip(situs, SID, semua, "", url_folder=False)
    assert f"satker/{SID}/2024/anggaran.html" in tanpa_folder and f"satker/{SID}/2024/index.html" in tanpa_folder


def test_halaman_lkj_hanya_bila_ada(situs: Situs, semua: dict) -> None:
    tanpa = {k: v for k, v in semua.items() if not k.endswith("/lkj.md")}
    judul = [b.judul for b in dip.butir_dip(situs, SID, tanpa)]
    assert not any(j.startswith("Laporan Kinerja 2024 (halaman)") for j in judul)
    assert "Laporan Kinerja 2024 (halaman)" in [b.judul for b in dip.butir_dip(situs, SID, semua)]


@pytest.mark.parametrize("berkas", ["../kab-lain/rahasia.pdf", "/etc/passwd", "2024/lkj.md", "2024/x.html"])
def test_berkas_tidak_aman_ditolak(tmp_path: Path, berkas: str) -> None:
    s = tmp_path / "kab-x"
    (s / "2024").mkdir(parents=True)
    (s / "2024" / "lkj.md").write_text("---\njudul: x\n---\n")
    (s / "2024" / "x.html").write_text("<p>x</p>")
    (s / "profil.md").write_text(f"---\nnama: KPU X\ntingkat: kabupaten\nprovinsi: P\ndokumen:\n  - judul: D\n"
                                 f"    tahun: 2024\n    kategori: berkala\n    berkas: '{berkas}'\n---\n")
    situs, _ = Situs.muat(tmp_path, "uji")
    err = dip.periksa(situs)
    assert len(err) == 1 and err[0].line == 9 and "tidak boleh keluar dari folder satker" in err[0].pesan
    assert not [u for u in dip.berkas_statis(situs, {}) if not u.endswith("dip.csv")]


def test_teks_dokumen_di_escape(tmp_path: Path) -> None:
    s = tmp_path / "kab-x"
    s.mkdir()
    (s / "profil.md").write_text("---\nnama: KPU X\ntingkat: kabupaten\nprovinsi: P\ndokumen:\n"
                                 "  - judul: '<img src=x onerror=alert(1)>'\n    tahun: 2024\n    kategori: berkala\n"
                                 "    ringkasan: 'a | b <script>'\n---\n")
    situs, masalah = Situs.muat(tmp_path, "uji")
    assert not masalah, masalah.teks()
    md = dip.halaman_dip(situs, "kab-x", {})
    assert "<img" not in md and "<script>" not in md
    assert "&lt;img src=x onerror=alert(1)&gt;" in md and "a \\| b &lt;script&gt;" in md


def test_situs_terbangun_memuat_dip(tmp_path: Path) -> None:
    site = bangun_sekali(FIXTURE_PORTAL)
    assert (site / "satker" / SID / "dip" / "index.html").is_file()
    pdf = site / "satker" / SID / "2024" / "dokumen" / "pk-2024.pdf"
    assert pdf.read_bytes() == (FIXTURE_PORTAL / SID / "2024" / "dokumen" / "pk-2024.pdf").read_bytes()
    assert not (site / "satker" / SID / "2024" / "dokumen" / "rahasia.pdf").exists()
    rows = list(csv.DictReader(io.StringIO((site / "data" / SID / "dip.csv").read_text(encoding="utf-8"))))
    assert len(rows) == len(dip.butir_dip(*_situs_dan_halaman()))
    html = (site / "satker" / SID / "dip" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../data/kab-contoh-satu/dip.csv"' in html
    assert 'href="../2024/dokumen/pk-2024.pdf"' in html


def _situs_dan_halaman() -> tuple[Situs, str, dict]:
    s, _ = Situs.muat(FIXTURE_PORTAL, "portal")
    return s, SID, halaman.semua_halaman(s)

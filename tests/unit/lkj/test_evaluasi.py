"""The evaluator's page (site/evaluasi_lkj.py): every criterion of "Pelaporan Kinerja" answered from the LKj."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from lakip.bangun import bangun
from lakip.lkj.final import peringatan_lkj
from lakip.lkj.naskah import StatusPdf
from lakip.site import halaman
from lakip.site.lkj import halaman_lkj
from lakip.site.evaluasi_lkj import batas_waktu, halaman_evaluasi, kriteria_lkj, punya_evaluasi

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "lkj-final"
SID = "kab-tanah-bumbu"


def test_fixture_lengkap_memenuhi_setiap_kriteria_dengan_rujukan() -> None:
    situs, m = bangun(FIXTURE, "data")
    assert not m, m.teks()
    daftar = kriteria_lkj(situs, SID, 2024)
    assert [k.uraian for k in daftar] == [
        "LKj telah disusun", "LKj disusun secara berkala (setiap tahun)", "LKj telah diformalkan (ditandatangani)",
        "LKj telah direviu APIP", "LKj telah dipublikasikan", "LKj disampaikan tepat waktu (batas 28 Februari 2025)",
        "Menyajikan informasi kinerja (seluruh indikator)", "Realisasi dibandingkan target tahunan",
        "Realisasi dibandingkan target jangka menengah (Renstra)", "Realisasi dibandingkan tahun sebelumnya",
        "Realisasi dibandingkan standar nasional/internasional", "Kualitas capaian: upaya nyata dan hambatan",
        "Efisiensi penggunaan sumber daya", "Upaya perbaikan ke depan"]
    assert [k.uraian for k in daftar if not k.terpenuhi] == []
    bukti = {k.uraian: k.bukti for k in daftar}
    assert bukti["LKj telah direviu APIP"] == ("[Pernyataan Telah Direviu](lkj.md#pernyataan-reviu): Inspektorat "
                                              "Utama KPU (uji), 10 Februari 2025")
    assert bukti["Realisasi dibandingkan tahun sebelumnya"] == (
        "[Tabel 3.3](lkj.md#tabel-3-3), BAB III.A, butir (2) pada setiap sasaran (3 sasaran), mis. "
        "[Sasaran SS1](lkj.md#bab-3-sasaran-ss1)")
    assert bukti["Realisasi dibandingkan standar nasional/internasional"] == (
        "BAB III.A, butir (4) pada setiap sasaran (3 sasaran), mis. [Sasaran SS2](lkj.md#bab-3-sasaran-ss2) (IK2.1)")
    assert bukti["Upaya perbaikan ke depan"] == "[B. Rencana Tindak Lanjut](lkj.md#bab-4-b)"
    # the uploaded scan is linked, so the evaluator opens the published report from the criterion
    assert bukti["LKj telah dipublikasikan"] == ("[pindaian bertanda tangan](dokumen/lkj-2024-ttd.pdf) diterbitkan "
                                                 "17 Januari 2025")
    # every content criterion points into the LKj
    assert all("](lkj.md#" in k.bukti for k in daftar[6:])
    semua = halaman.semua_halaman(situs)
    assert semua["satker/kab-tanah-bumbu/2024/evaluasi-lkj.md"][0] == halaman_evaluasi(situs, SID, 2024)
    assert "14 dari 14 kriteria terpenuhi." in halaman_evaluasi(situs, SID, 2024)


def test_draf_tanpa_halaman_evaluasi_dan_tenggat_bawaan(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    p = data / SID / "2024/lkj.md"
    p.write_text(p.read_text(encoding="utf-8").replace("status: final\n", "batas_waktu: 2025-01-15\n"),
                 encoding="utf-8")
    situs, m = bangun(data, "data")
    assert not m
    assert not punya_evaluasi(situs, SID, 2024)
    assert "satker/kab-tanah-bumbu/2024/evaluasi-lkj.md" not in halaman.semua_halaman(situs)
    # the deadline is data; signed on 17 January, after a deadline of 15 January: late
    assert batas_waktu(situs, SID, 2024) == datetime.date(2025, 1, 15)
    tepat = next(k for k in kriteria_lkj(situs, SID, 2024) if k.uraian.startswith("LKj disampaikan tepat waktu"))
    assert tepat.uraian == "LKj disampaikan tepat waktu (batas 15 Januari 2025)"
    assert not tepat.terpenuhi and tepat.bukti == "ditandatangani/diterbitkan 17 Januari 2025, melewati batas"
    assert batas_waktu(situs, SID, 2023) == datetime.date(2024, 2, 29)  # default: end of February (leap year)


def test_final_tanpa_pindaian_belum_diterbitkan(tmp_path: Path) -> None:
    """Until the signed scan is registered, the public page says plainly that it is not yet published, the
    generated PDF is not called the published report, and the evaluator's page says it is not published."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    shutil.rmtree(data / SID / "2024/dokumen")
    p = data / SID / "profil.md"
    p.write_text(p.read_text(encoding="utf-8").replace("    berkas: 2024/dokumen/lkj-2024-ttd.pdf\n", ""),
                 encoding="utf-8")
    situs, m = bangun(data, "data")
    assert not m, m.teks()
    page = halaman_lkj(situs, SID, 2024, StatusPdf(True))
    assert "- Versi bertanda tangan Laporan Kinerja 2024 belum diterbitkan." in page
    assert "Laporan Kinerja yang diterbitkan" not in page and "profil.md" not in page
    assert ("- **Laporan Kinerja (PDF A4, dihasilkan dari data)**: [lkj-kab-tanah-bumbu-2024.pdf]"
            "(lkj-kab-tanah-bumbu-2024.pdf).") in page
    # the editor learns it from lakip check
    assert [e.pesan for e in peringatan_lkj(situs)] == [
        "LKj final tahun 2024 belum punya pindaian bertanda tangan (daftarkan di profil.md bagian 'dokumen' "
        "dengan 'jenis: lkj', 'tahun: 2024', 'resmi: true' dan 'berkas')"]
    terbit = next(k for k in kriteria_lkj(situs, SID, 2024) if k.uraian == "LKj telah dipublikasikan")
    assert not terbit.terpenuhi

"""``lakip laporan``: the editor's list of what each satker-year lacks before publication (commands/laporan.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lakip.cli import main

AKAR = Path(__file__).resolve().parents[3]
FIXTURE = AKAR / "tests" / "fixtures" / "satker"


def test_laporan_contoh(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURE.parent)
    assert main(["laporan", "satker"]) == 0
    keluar = capsys.readouterr().out
    assert keluar.splitlines() == [
        "== KPU Kabupaten Contoh (kab-contoh)",
        "  satker/kab-contoh/profil.md:3: kontak layanan informasi (PPID) belum ada: telepon (isi 'telepon' di "
        "profil.md; halaman PPID kini menulis 'belum tersedia')",
        "  satker/kab-contoh/profil.md:3: kontak layanan informasi (PPID) belum ada: surel (isi 'email' di "
        "profil.md; halaman PPID kini menulis 'belum tersedia')",
        "  satker/kab-contoh/profil.md:3: kontak layanan informasi (PPID) belum ada: jam layanan (isi 'jam_layanan' "
        "di profil.md; halaman PPID kini menulis 'belum tersedia')",
        "  satker/kab-contoh/profil.md:16: 'Laporan Kinerja 2024' belum punya berkas pindaian, jadi DIP hanya "
        "menawarkannya atas permintaan (tambahkan berkas: 2024/dokumen/NAMA.pdf)",
        "  satker/kab-contoh/profil.md:16: 'Laporan Kinerja 2024' memakai nilai baku DIP untuk: penanggung_jawab, "
        "penguasa, retensi, ringkasan, tempat (isi bila nilai baku tidak tepat, mis. retensi menurut Jadwal Retensi "
        "Arsip)",
        "",
        "== KPU Kabupaten Contoh (kab-contoh) 2024",
        "  satker/kab-contoh/profil.md:15: Perjanjian Kinerja 2024 (dokumen bertanda tangan) belum didaftarkan di DIP "
        "(tambahkan di 'dokumen': jenis: pk, tahun: 2024, kategori: berkala, tanggal, resmi: true dan berkas "
        "pindaiannya)",
        "  satker/kab-contoh/profil.md:15: DIPA 2024 dan revisinya belum didaftarkan di DIP (tambahkan di 'dokumen': "
        "jenis: dipa, tahun: 2024, kategori: berkala, tanggal, resmi: true dan berkas pindaiannya)",
        "  satker/kab-contoh/2024/lkj.md:1: draf LKj: Kata Pengantar belum ditulis (tulis bab '## Kata Pengantar' "
        "dengan isinya)",
        "  satker/kab-contoh/2024/lkj.md:1: draf LKj: Penandatangan Kata Pengantar belum ditulis (tulis "
        "'penandatangan:' dengan 'jabatan:', 'nama:' dan 'nip:', serta 'tempat:' dan 'tanggal:')",
        *[b for b in keluar.splitlines() if "draf LKj:" in b][2:],  # lkj.final's list, tested there
        "  satker/kab-contoh/2024/realisasi.md:1: 1 angka tercetak berbeda dari hasil perhitungan; di situs setiap "
        "angka itu diberi tanda dan dijelaskan (halaman Catatan konsistensi)",
        "",
        "18 hal perlu dilengkapi sebelum diterbitkan.",
    ]
    assert len([b for b in keluar.splitlines() if "draf LKj:" in b]) == 10


def test_laporan_sesudah_dilengkapi(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Filling the contact removes exactly those lines: the report reads the data the site reads."""
    shutil.copytree(FIXTURE, tmp_path / "satker")
    profil = tmp_path / "satker" / "kab-contoh" / "profil.md"
    teks = profil.read_text(encoding="utf-8")
    profil.write_text(teks.replace("---\n", "---\ntelepon: (0518) 1\nemail: ppid@contoh.go.id\n"
                                   "jam_layanan: Senin–Jumat 08.00–16.00\n", 1), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["laporan", "satker"]) == 0
    keluar = capsys.readouterr().out
    assert "kontak layanan informasi" not in keluar
    assert keluar.endswith("15 hal perlu dilengkapi sebelum diterbitkan.\n")


def test_laporan_data_rusak(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(FIXTURE, tmp_path / "satker")
    (tmp_path / "satker" / "kab-contoh" / "profil.md").write_text("---\nnama: [\n---\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["laporan", "satker"]) == 1
    assert capsys.readouterr().err.startswith("lakip laporan: data belum lolos pemeriksaan (")

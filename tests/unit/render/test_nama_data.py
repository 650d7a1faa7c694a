"""Data-file names in transcribers' notes, said in a visitor's words (the public consistency page)."""

from __future__ import annotations

import pytest

from lakip.render.nama_data import kata_pengunjung


@pytest.mark.parametrize("asal, jadi", [
    ("Teks BAB I.D disimpan di badan profil.md; Gambar 1.1 tidak tersedia.",
     "Teks BAB I.D disimpan di uraian profil satker; Gambar 1.1 tidak tersedia."),
    ("(salah label; lihat 2024/pk.md).", "(salah label; lihat data Perjanjian Kinerja 2024)."),
    ("disimpan sebagai 'tercetak' di realisasi.md", "disimpan sebagai 'tercetak' di data realisasi"),
    ("dibuat dari 2021/ ... 2024/anggaran.md.", "dibuat dari data anggaran 2021–2024."),
    ("BAB II.B Rencana Strategis 2020-2024: renstra-2020-2024.md (front matter dan badan).",
     "BAB II.B Rencana Strategis 2020-2024: data Renstra 2020–2024 (angka dan uraian)."),
    ("'kegiatan' memuat kolom OUTPUT; 'penanggung_jawab' kolom KETERANGAN.",
     "'kegiatan' memuat kolom OUTPUT; 'penanggung jawab' kolom KETERANGAN."),
    ("Prosa BAB III ada di badan 2024/realisasi.md", "Prosa BAB III ada di uraian realisasi 2024"),
    ("narasi di lkj.md", "narasi di naskah LKj"),
    ("hibah (Rp 19.108.000.000) disimpan di sumber_dana", "hibah (Rp 19.108.000.000) disimpan di sumber dana"),
    ("https://x.go.id/a_b dan /c_d/", "https://x.go.id/a_b dan /c_d/"),
])
def test_nama_berkas_menjadi_isinya(asal: str, jadi: str) -> None:
    assert kata_pengunjung(asal) == jadi


def test_teks_lain_tetap() -> None:
    teks = "Angka 99,60 % dicetak di BAB III.B (Rp 63.293.098.000, www.kpu.go.id/berita.md5)."
    assert kata_pengunjung(teks) == teks

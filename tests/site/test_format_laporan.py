"""What real reports say that the format now holds: a parent kept elsewhere, and more (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bantu_situs import UJI

from lakip.bangun import bangun as bangun_data
from lakip.site import halaman

FIXTURE = UJI / "fixtures" / "satker"


def _salin(tmp_path: Path) -> Path:
    data = tmp_path / "satker"
    shutil.copytree(FIXTURE, data)
    return data


def test_induk_di_luar_repositori_teks_biasa(tmp_path: Path) -> None:
    data = _salin(tmp_path)
    profil = data / "kab-contoh" / "profil.md"
    profil.write_text(profil.read_text().replace("tingkat: kabupaten\n",
                                                 "tingkat: kabupaten\ninduk: KPU Provinsi Kalimantan Tengah\n", 1))
    s, masalah = bangun_data(data, "satker", terbit=False)
    assert not masalah, masalah.items
    md = halaman.halaman_satker(s, "kab-contoh")
    assert "<td>Satker induk</td><td>KPU Provinsi Kalimantan Tengah</td>" in md.replace(' style="text-align: left;"', "")


def test_sebagian_kalimat_dari_data_yang_tercatat(tmp_path: Path) -> None:
    from lakip.render.kalimat import ringkasan_tahun

    data = _salin(tmp_path)
    r = data / "kab-contoh" / "2024" / "realisasi.md"
    r.write_text(r.read_text().replace("---\nrealisasi:", "---\nsebagian: true\ncatatan_sebagian: hanya IKU yang disalin\n"
                                                         "realisasi:", 1))
    s, masalah = bangun_data(data, "satker", terbit=False)
    assert not masalah, masalah.items
    teks = ringkasan_tahun(s.hasil("kab-contoh", 2024))
    assert teks.startswith("Pada tahun 2024, dari data yang tercatat, KPU Kabupaten Contoh mengukur 3 (tiga) "
                           "indikator kinerja pada 2 (dua) sasaran. Data tahun ini hanya sebagian dari laporan "
                           "(hanya IKU yang disalin); jumlah dan rata-rata di bawah hanya dari data yang tercatat.")
    assert "Rata-rata capaian 3 (tiga) Indikator Kinerja Utama yang tercatat adalah" in teks

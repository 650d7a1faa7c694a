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

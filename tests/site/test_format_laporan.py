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
                           "indikator kinerja pada 2 (dua) sasaran strategis. Data tahun ini hanya sebagian dari laporan "
                           "(hanya IKU yang disalin); jumlah dan rata-rata di bawah hanya dari data yang tercatat.")
    assert "Rata-rata capaian 3 (tiga) Indikator Kinerja Utama yang tercatat adalah" in teks


def test_aturan_capaian_per_satker_dan_tahun(tmp_path: Path) -> None:
    """A satker's juknis: its cap and scale for one year, shown on the page; the capped mean sits under the
    capped heading, the raw mean beside it under 'Capaian'."""
    import re

    data = _salin(tmp_path)
    profil = data / "kab-contoh" / "profil.md"
    profil.write_text(profil.read_text().replace("tingkat: kabupaten\n", """tingkat: kabupaten
aturan:
  - tahun: [2024]
    dasar: Juknis Uji 2024
    batas_capaian: 120
    skala:
      - {nama: Baik, lebih_dari: 80}
      - {nama: Kurang}
""", 1))
    s, masalah = bangun_data(data, "satker", terbit=False)
    assert not masalah, masalah.items
    h = s.hasil("kab-contoh", 2024)
    assert h.pengaturan.batas_capaian == 120 and h.pengaturan.dasar == "Juknis Uji 2024"
    assert h.indikator["IK2.1"].capaian == 200 and h.indikator["IK2.1"].capaian_dibatasi == 120
    assert h.sasaran[1].rata_rata == 110 and h.sasaran[1].rata_rata_mentah == 150
    assert h.indikator["IK1.1"].kategori.nama == "Kurang"
    md = re.sub(r' style="[^"]*"', "", halaman.halaman_tahun(s, "kab-contoh", 2024))
    assert ("Aturan capaian menurut Juknis Uji 2024: capaian dibatasi paling tinggi 120% sebelum dirata-rata; "
            "kategori capaian Baik > 80%, Kurang ≤ 80%.") in md
    from lakip.render.tabel import tabel_capaian

    tabel = re.sub(r' style="[^"]*"', "", tabel_capaian(h, h.sasaran))
    assert "<th>Capaian</th><th>Capaian (maks. 120%)</th>" in tabel
    assert "<td><em>Rata-rata SS2</em></td><td></td><td></td><td><em>150,00%</em></td><td><em>110,00%</em></td>" in tabel
    assert s.hasil("kab-contoh", 2023).pengaturan.dasar is None  # other years: the site's rule


def test_aturan_capaian_salah_ditunjuk_barisnya(tmp_path: Path) -> None:
    data = _salin(tmp_path)
    profil = data / "kab-contoh" / "profil.md"
    profil.write_text(profil.read_text().replace("tingkat: kabupaten\n", "tingkat: kabupaten\naturan:\n"
                                                 "  - batas_capaian: 90\n", 1))
    _, masalah = bangun_data(data, "satker", terbit=False)
    assert [(e.line, e.pesan) for e in masalah.urut()] == [
        (6, "aturan capaian: batas_capaian 90 lebih kecil dari 100% (capaian yang memenuhi target tidak boleh dipotong)")]


def test_kegiatan_pemikul_indikator(tmp_path: Path) -> None:
    """An IKK names the kegiatan that carries it; the name and budget come from the plan and anggaran.md; the
    capaian, PK, anggaran and Renstra pages show the link; the compute model lists it per sasaran for the LKj."""
    import re

    from lakip.compute.kegiatan import kegiatan_sasaran

    data = _salin(tmp_path)
    r = data / "kab-contoh" / "renstra-2020-2024.md"
    teks = r.read_text().replace("        agregasi_triwulan: kumulatif\n",
                                 "        agregasi_triwulan: kumulatif\n        kegiatan: 6709\n")
    r.write_text(teks.rstrip("\n").removesuffix("---") + "kegiatan:\n  - {kode: 6709, nama: Dukungan Manajemen KPU, "
                 "program: 076.01.WA}\n---\n")
    s, masalah = bangun_data(data, "satker", terbit=False)
    assert not masalah, masalah.items
    h = s.hasil("kab-contoh", 2024)
    [k] = h.kegiatan
    assert (k.kode, k.nama, k.program, k.pagu, k.realisasi, k.indikator, k.sasaran) == (
        "6709", "Dukungan Manajemen KPU", "076.01.WA", 1_500_000, 1_399_000, ("IK2.2",), ("SS2",))
    assert kegiatan_sasaran(h.kegiatan, "SS2") == [k] and kegiatan_sasaran(h.kegiatan, "SS1") == []
    baris = ("<tr><td>6709 Dukungan Manajemen KPU</td><td>076.01.WA</td><td>SS2</td><td>IK2.2</td>"
             "<td>Rp 1.500.000</td><td>Rp 1.399.000</td><td>93,27%</td></tr>")
    for md in (halaman.halaman_tahun(s, "kab-contoh", 2024), halaman.halaman_pk(s, "kab-contoh", 2024),
               halaman.halaman_anggaran(s, "kab-contoh", 2024)):
        assert baris in re.sub(r' style="[^"]*"', "", md)
    assert "<td>IK2.2</td><td>Jumlah dokumen DPT yang ditetapkan (IKU)</td><td>6709 Dukungan Manajemen KPU</td>" in \
        re.sub(r' style="[^"]*"', "", halaman.halaman_renstra(s, "kab-contoh", 2020))

"""The seed audit's class (c): every contradiction of the seed analyses that the site once lost is on the
Catatan konsistensi page of its satker and year (issue 14, point 9).

``/work/shared/reviews/seed-audit.md`` lists 100 class (c) items (30 Barito Selatan, 27 Tanah Bumbu, 27
Banjarbaru, 16 Jakarta Selatan). Each is looked up on the page built from the real data, as a visitor reads
it (tags removed); the one that is not a contradiction says why. The words are the notes' and the findings'
own, transcribed from the seed analyses, so a note deleted or a finding no longer made fails here.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from bantu_situs import AKAR

from lakip.bangun import bangun
from lakip.compute.situs import Situs
from lakip.site import halaman
from lakip.site.export import semua_berkas

B, T, J, K = "kab-barito-selatan", "kab-tanah-bumbu", "kota-banjarbaru", "kota-jakarta-selatan"
#: seed-audit item -> (satker, year, words on that year's Catatan konsistensi page), or (None, None, why not)
KELAS_C = {
    "BARSEL-E07": (B, 2024, "telah berhasil mencapai semua sasaran strategis"),
    "BARSEL-E08": (B, 2024, "BAB IV menyebut partisipasi pemilih, turunnya sengketa hukum"),
    "BARSEL-E09": (B, 2024, "Laporan tercetak menulis “1 NSPK”"),
    "BARSEL-E10": (B, 2024, "Laporan tercetak menulis “1 Layanan”"),
    "BARSEL-E11": (B, 2024, "tidak masuk akal untuk satu KPU Kabupaten"),
    "BARSEL-E13": (B, 2024, "tercetak \"5 (lima) Indikator Kinerja Utama\", padahal yang didaftar 6 butir"),
    "BARSEL-E14": (B, 2024, "menetapkan 2 (dua) sasaran strategis yang akan dicapai.”; dalam data: 3 sasaran"),
    "BARSEL-E18": (B, 2024, "adalah kumpulan ketiga yang berbeda dari Renstra"),
    "BARSEL-E23": (B, 2024, "Di Tabel 2.3 sasaran 1.1 tercetak di bawah"),
    "BARSEL-E24": (B, 2024, "nama program lama; BAB III.B Sasaran 2"),
    "BARSEL-E30": (B, 2024, "UU 15/2011 disebut berjudul \"Penyelenggara Pemilihan Umum\""),
    "BARSEL-E31": (B, 2024, "Dokumen yang sama disebut \"Perjanjian Kinerja\""),
    "BARSEL-E32": (B, 2024, "tercetak \"Laporan Kinerja 2023\""),
    "BARSEL-E33": (B, 2024, "tercetak \"LAKIP Tahun 2023\""),
    "BARSEL-E34": (B, 2024, "BAB III.B Sasaran 1, ukuran 3 | IKK1.1 | Dikoreksi | tercetak \"Tahun 2023\""),
    "BARSEL-E35": (B, 2024, "tercetak \"Tahun Anggaran 2023\""),
    "BARSEL-E36": (B, 2024, "tercetak \"Penetapan Kinerja Tahun 2023\""),
    "BARSEL-E37": (B, 2024, "tercetak \"di tahun 2023\""),
    "BARSEL-E38": (B, 2024, "tercetak \"Peraturan Pemerintah Nomor 8 Tahun 2008\""),
    "BARSEL-E40": (B, 2024, "Dokumen IKU berlaku untuk Tahun Anggaran 2023, tetapi sumber datanya laporan 2024"),
    "BARSEL-E41": (B, 2024, "Arah kebijakan yang tercetak sebagai \"RPJMN 2020-2024\""),
    "BARSEL-E42": (B, 2024, "dan \"Komisi Pemilihan Umum Provinsi Kalimantan Tengah\""),
    "BARSEL-E46": (B, 2024, "Tercetak jaringan komputer di kantor KPU Provinsi Kalimantan Tengah"),
    "BARSEL-E47": (B, 2024, "Stock opname dilaporkan untuk seluruh KPU Kabupaten/Kota di Kalimantan Tengah"),
    "BARSEL-E48": (B, 2024, "tim laporan keuangan tingkat UAKPA dan UAPPA-W"),
    "BARSEL-E49": (B, 2024, "IKU kabupaten mengukur persentase \"KPU Provinsi dan KPU Kabupaten/Kota\""),
    "BARSEL-E50": (B, 2024, "menyebut PKPU 6/2015 dan 13/2015"),
    "BARSEL-E53": (B, 2024, "Judul salah satu ukuran tentang laporan BMN"),
    "BARSEL-E54": (B, 2024, "tercetak \"SIDAIPH\""),
    "BARSEL-E55": (B, 2024, "Ikhtisar menyebut Surat Edaran MenPANRB 29/2010 sebagai pedoman"),
    "TANBU-E09": (T, 2024, "8 kegiatan yang tercakup dalam 19 Output"),
    "TANBU-E13": (None, None, ("bukan pertentangan: 100,00% adalah pembulatan yang benar dari 99,999%; "
                               "nilai eksak (10 angka desimal) ada di data terbuka")),
    "TANBU-E14": (T, 2024, "Anggaran program di Lampiran Perjanjian Kinerja: 076.01.CQ Rp 31.210.673.000"),
    "TANBU-E15": (T, 2024, "Sisa anggaran disebut \"efisiensi penggunaan sumber daya\""),
    "TANBU-E18": (T, 2024, "Nama indikator tercetak 'Persentase Tersedianya data, informasi"),
    "TANBU-E19": (T, 2024, "Target tidak tercetak; nama indikator IK2.1 dan IK2.2 digabung"),
    "TANBU-E23": (T, 2024, "kolom sasarannya memuat rumusan Sasaran Strategis 2"),
    "TANBU-E24": (T, 2024, "tercetak \"telah ditetapkan 6 sasaran strategis\""),
    "TANBU-E26": (T, 2024, "Uraian IK2.2 menyebut 10 (sepuluh) tahapan"),
    "TANBU-E27": (T, 2024, "Uraian IK3.1 menyebut \"(sepuluh) tahapan\" tanpa angka"),
    "TANBU-E28": (T, 2024, "Analisis IK1.1 tahun 2024 mengutip data 2023"),
    "TANBU-E29": (T, 2024, "Judul tabel tercetak \"Capaian IK.2.2 Tahun 202\""),
    "TANBU-E30": (T, 2024, "\"Renstra KPU 2020 – 2024 (PKPU 197/2020)\""),
    "TANBU-E31": (T, 2024, "tercetak \"Pada RKP 2023\""),
    "TANBU-E32": (T, 2024, "tercetak \"periode pelaporan keempat\""),
    "TANBU-E33": (T, 2024, "\"per 19 Januari 2025\" (BAB III.D, BAB IV.A), dua hari setelah tanggal Kata Pengantar"),
    "TANBU-E34": (T, 2024, "nilai 75 berpredikat Cukup"),
    "TANBU-E35": (T, 2024, "tercetak \"sejak 24 s.d 24 Juli 2024\""),
    "TANBU-E36": (T, 2024, "semestinya PPPK (Pegawai Pemerintah dengan Perjanjian Kerja)"),
    "TANBU-E37": (T, 2024, "\"Petugas Pengamanan TPS\" (Pemilu) dan \"Petugas Ketertiban TPS\""),
    "TANBU-E38": (T, 2024, "tercetak \"keputusan KPU Provinsi\""),
    "TANBU-E40": (T, 2024, "tercetak \"Pada tahun 2023\" (BAB I)"),
    "TANBU-E41": (T, 2024, "merujuk surat MenPANRB bertanggal 6 Desember 2022"),
    "TANBU-E42": (T, 2024, "BAB IV.A memakai teks umum KPU RI"),
    "TANBU-E44": (T, 2024, "Hubungan kerja merujuk Peraturan Nomor 4 Tahun 2021"),
    "TANBU-E45": (T, 2024, "Salah ketik tercetak dalam nama dan uraian"),
    "TANBU-E47": (T, 2024, "Laporan tidak menyebut pembilang dan penyebut realisasi 0 %"),
    "BJB-W06": (J, 2024, "Realisasi ketiga IKU partisipasi (IK4.1, IK4.2, IK4.3) tercetak sama, 50%"),
    "BJB-E07": (J, 2023, "Laporan tercetak menulis 95,75%; di LKj 2024 BAB III.A Tabel 14 (kolom 2023) tercetak 92,45%"),
    "BJB-E15": (J, 2024, "indikator kegiatan bernama sama (IKK14.1) tercetak realisasi 100% di Tabel 12"),
    "BJB-E16": (J, 2024, "Indikator layanan perkantoran tercetak dengan realisasi berbeda"),
    "BJB-W18": (J, 2024, "tercetak bersatuan \"1 Dokumen\" di Tabel 11"),
    "BJB-E21": (J, 2024, "memuat 13 sasaran program dan 15 indikator"),
    "BJB-W22": (J, 2024, "ditempatkan di bawah PROGRAM DUKUNGAN MANAJEMEN [076.01.WA]"),
    "BJB-W23": (J, 2024, "bertarget \"1 Laporan\", satuan yang tidak cocok untuk sebuah nilai"),
    "BJB-W24": (J, 2024, "Baris badan adhoc Rencana Aksi"),
    "BJB-E37": (J, 2024, "tercetak \"-\" untuk 2024 di Tabel 15 dan \"100%\" di Tabel 16"),
    "BJB-W41": (J, 2024, "Tabel 16 mencantumkan indikator kegiatan 3360"),
    "BJB-W42": (J, 2024, "Tabel 15 tidak punya baris judul PROGRAM DUKUNGAN MANAJEMEN"),
    "BJB-E46": (J, 2024, "berbeda Rp 12.237.000 dari pagu DIPA awal"),
    "BJB-W50": (J, 2024, "Laporan tercetak menulis 99,9%; dihitung dari realisasi ÷ pagu × 100: 100,00%"),
    "BJB-E51": (J, 2024, "Laporan tercetak menulis 99,34%; dihitung dari realisasi ÷ pagu × 100: 99,35%"),
    "BJB-E54": (J, 2024, "terbilang salah"),
    "BJB-W55": (J, 2024, "pagu naik Rp 38.030.000 walau keterangannya hanya pergeseran dalam 1 RO"),
    "BJB-E57": (J, 2024, "Kolom \"KINERJA KEG\" Tabel 18"),
    "BJB-W59": (J, 2024, "Kode tercetak tidak seragam"),
    "BJB-W60": (J, 2024, "\"Tingkat capaian kegiatan 97.37 %\" untuk 2023 adalah serapan anggaran"),
    "BJB-W61": (J, 2024, "Uraian kegiatan 6870 (Masa Kampanye Pemilu 2024)"),
    "BJB-E63": (J, 2024, "visi ini berbeda dengan visi Renstra 2020-2024"),
    "BJB-E64": (J, 2024, "\"Komisioner KPU Kota Banjarbaru Periode 2023 – 2028\""),
    "BJB-E66": (J, 2024, "Kedua pihak orang yang sama"),
    "BJB-E67": (J, 2024, "halaman tabel PK mencetak \"19750312 200604 2 017\""),
    "BJB-E68": (J, 2024, "Dasar Juknis PK tercetak dalam tiga bentuk"),
    "BJB-W71": (J, 2024, "Renstra: \"Terwujudnya Pendidikan Pemilih Kepemiluan dan Demokrasi"),
    "JKS-E09": (K, 2024, "Sasaran 5 dan Sasaran 10 sama-sama menyebut dukungan anggaran Rp 2.716.000"),
    "JKS-E11": (K, 2024, "kegiatan 3364 (pagu Rp 18.502.000, realisasi Rp 6.900.000) tidak punya sasaran"),
    "JKS-E12": (K, 2024, "Capaian kinerja bertentangan dengan realisasi anggaran kegiatan yang sama"),
    "JKS-E13": (K, 2024, "\"pelaksanaan dua program dan delapan kegiatan\""),
    "JKS-E14": (K, 2024, "Laporan tercetak menulis 99%; dihitung dari target dan realisasi: 99,85%"),
    "JKS-E15": (K, 2024, "Laporan tercetak menulis 99%; dihitung dari target dan realisasi: 99,50%"),
    "JKS-E17": (K, 2024, "Laporan tercetak menulis 98%; dihitung dari target dan realisasi: 98,61%"),
    "JKS-E24": (K, 2024, "Pengelolaan Barang Milik Negara tercetak tidak terlaksana"),
    "JKS-E26": (K, 2024, "Pemeliharaan gedung dan bangunan tercetak 68,04 %"),
    "JKS-E29": (K, 2024, "Dokumen pemutakhiran data pemilih tercetak 98,07%"),
    "JKS-E30": (K, 2024, "Laporan keuangan tercetak 99,85%"),
    "JKS-E31": (K, 2024, "Dua indikator yang hampir sama"),
    "JKS-E33": (K, 2024, "Judul Sasaran 9 tercetak sama dengan Sasaran 8"),
    "JKS-E37": (K, 2024, "Satuan yang tidak cocok dengan indikatornya"),
    "JKS-E38": (K, 2024, "teks menyebut perawatan 3 unit kendaraan"),
    "JKS-E39": (K, 2024, "Tercetak untuk \"Tahun 2017\""),
}


@pytest.fixture(scope="module")
def situs() -> Situs:
    s, masalah = bangun(AKAR / "satker", "satker")
    assert not masalah, masalah.teks()
    return s


_HALAMAN: dict[tuple[str, int], str] = {}


def _teks(situs: Situs, sid: str, tahun: int) -> str:
    if (sid, tahun) not in _HALAMAN:
        md = re.sub(r"<[^>]+>", " | ", halaman.halaman_konsistensi(situs, sid, tahun).replace("</tr>", "\n"))
        _HALAMAN[sid, tahun] = re.sub(r"( \| )+", " | ", " ".join(html.unescape(md).split()))  # one bar per cell edge
    return _HALAMAN[sid, tahun]


def test_seratus_butir() -> None:
    assert len(KELAS_C) == 100
    assert [sum(k.startswith(p) for k in KELAS_C) for p in ("BARSEL", "TANBU", "BJB", "JKS")] == [30, 27, 27, 16]


@pytest.mark.parametrize("butir", sorted(KELAS_C))
def test_butir_kelas_c_tampil_di_catatan_konsistensi(situs: Situs, butir: str) -> None:
    sid, tahun, kata = KELAS_C[butir]
    if sid is None:
        assert kata  # the reason it is not a contradiction to show
        return
    assert " ".join(kata.split()) in _teks(situs, sid, tahun), butir


def test_catatan_tentang_ringkasan_tanpa_kunci_mentah(situs: Situs) -> None:
    """A note about a summary names it in words, never the scope key (issue 14, point 11)."""
    teks = _teks(situs, "kota-banjarbaru", 2024)
    assert "perjanjian:" not in teks and "| iku |" not in teks
    assert "| Perjanjian Kinerja Revisi ke-13 Tahun 2024 Sekretariat KPU Kota Banjarbaru | Catatan atas angka" in teks


def test_temuan_juga_data_terbuka(situs: Situs) -> None:
    """The findings table links the open data that holds the same findings as values and codes."""
    md = halaman.halaman_konsistensi(situs, "kota-banjarbaru", 2024)
    assert ("Data tabel ini: [JSON](../../../data/kota-banjarbaru/2024/index.json) (bagian konsistensi; isinya "
            "dijelaskan di [Metodologi](../../../metodologi.md#data-terbuka))\n{: .lakip-unduh }\n") in md
    data = json.loads(semua_berkas(situs)["kota-banjarbaru/2024/index.json"])
    assert len(data["konsistensi"]) == len(situs.konsistensi("kota-banjarbaru", 2024)) > 0

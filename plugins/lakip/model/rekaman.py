"""The data model: what a satker folder holds, as frozen dataclasses.

Glossary (the regulations' own words):

- satker: satuan kerja, a KPU work unit (KPU RI, KPU Provinsi, KPU Kabupaten/Kota).
- Renstra: Rencana Strategis, the five-year plan: visi, misi, tujuan, sasaran.
- sasaran: a target outcome; ``strategis`` (Renstra), ``program`` or ``kegiatan``.
- indikator: how a sasaran is measured, with satuan (unit), polaritas
  (naik: higher is better; turun: lower is better; stabil: closest is best)
  and a target for each Renstra year. IKU: Indikator Kinerja Utama, the headline ones.
- PK: Perjanjian Kinerja, the signed yearly agreement (also RKT, the yearly plan).
- realisasi: what was achieved; capaian: realisasi against target, in percent.
- pagu: budget ceiling; serapan: share of pagu spent; sisa: pagu minus realisasi.
- DIPA: the budget document; its revisi change the pagu.
- tercetak: a figure as printed in a published PDF, kept beside the data so
  the site can show where the print disagrees with the computation.

Each field is declared once with ``isian(...)``: its value kind (``skema``) and an
Indonesian description. The validator and the JSON Schema are both read from
these declarations. Every record also carries ``path`` and ``baris`` (the line
of each field) so later checks can point at the exact line.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
from dataclasses import MISSING, dataclass, field
from decimal import Decimal
from typing import Any

from .skema import (
    RUPIAH,
    Bendera,
    Bilangan,
    Bulat,
    DaftarDari,
    Kode,
    Nilai,
    PetaTahun,
    Pilihan,
    Rekaman,
    Tahun,
    Tanggal,
    Teks,
)

Angka = Decimal | str  # a number, or a grade word for graded indicators


def isian(jenis: Any, doc: str, *, default: Any = MISSING, contoh: Any = None) -> Any:
    """Declare a data field: its value kind and its description for the schema."""
    meta = {"jenis": jenis, "doc": doc, "contoh": contoh}
    if isinstance(jenis, (DaftarDari,)) and default is MISSING:
        # a list that must hold at least one item is required (reported when missing or empty)
        return field(default_factory=tuple, metadata={**meta, "wajib": jenis.minimal > 0})
    if isinstance(jenis, PetaTahun) and default is MISSING:
        return field(default_factory=dict, metadata={**meta, "wajib": False})
    if default is MISSING:
        return field(metadata={**meta, "wajib": True})
    return field(default=default, metadata={**meta, "wajib": False})


def isian_data(cls: type) -> list[dataclasses.Field[Any]]:
    """The data fields of a record class (those declared with ``isian``)."""
    return list(_isian_data(cls))


@functools.cache
def _isian_data(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    # asked once per value read (about a million times on a national check): dataclasses.fields is not free
    return tuple(f for f in dataclasses.fields(cls) if "jenis" in f.metadata)


def _daftar(cls: Any, minimal: int = 0) -> DaftarDari:
    return DaftarDari(Rekaman(cls) if isinstance(cls, type) else cls, minimal)


@dataclass(frozen=True, kw_only=True)
class Rekam:
    """Where a record was read: file and the line of each field ('' = the record)."""

    path: str = field(default="", compare=False, repr=False)
    posisi: dict[str, int] = field(default_factory=dict, compare=False, repr=False, hash=False)

    def line(self, nama: str = "") -> int:
        return self.posisi.get(nama, self.posisi.get("", 1))


# ---------------------------------------------------------------- tercetak

@dataclass(frozen=True, kw_only=True)
class TercetakKinerja(Rekam):
    """A performance figure as printed in a published document."""

    sumber: str = isian(Teks(), "Bagian dokumen tempat angka ini tercetak, mis. 'BAB III.A Tabel 3.1'")
    target: Angka | None = isian(Nilai(), "Target sebagaimana tercetak", default=None)
    realisasi: Angka | None = isian(Nilai(), "Realisasi sebagaimana tercetak", default=None)
    satuan: str | None = isian(Teks(), "Satuan target/realisasi tercetak (bila ditulis, harus sama dengan satuan "
                                       "indikator; angka dalam satuan lain disimpan di 'teks')", default=None)
    capaian: Decimal | None = isian(Bilangan(), "Capaian (%) sebagaimana tercetak", default=None)
    kategori: str | None = isian(Teks(), "Kategori sebagaimana tercetak", default=None)
    teks: str | None = isian(Teks(), "Teks asli bila angkanya cacat cetak, mis. '4.135,440.127'", default=None)
    catatan: str | None = isian(Teks(), "Keterangan", default=None)


@dataclass(frozen=True, kw_only=True)
class TercetakRingkasan(Rekam):
    """A summary figure (a mean, a count) as printed."""

    sumber: str = isian(Teks(), "Bagian dokumen tempat angka ini tercetak")
    lingkup: str = isian(Teks(), "Yang diringkas: 'iku', 'perjanjian:<id>' atau 'sasaran:<id>'")
    capaian: Decimal | None = isian(Bilangan(), "Rata-rata capaian (%) sebagaimana tercetak", default=None)
    kategori: str | None = isian(Teks(), "Kategori sebagaimana tercetak", default=None)
    jumlah_indikator: int | None = isian(Bulat(), "Jumlah indikator sebagaimana disebut", default=None)
    teks: str | None = isian(Teks(), "Teks asli", default=None)
    catatan: str | None = isian(Teks(), "Keterangan", default=None)


@dataclass(frozen=True, kw_only=True)
class TercetakAnggaran(Rekam):
    """A budget figure as printed."""

    sumber: str = isian(Teks(), "Bagian dokumen tempat angka ini tercetak")
    pagu: int | None = isian(RUPIAH, "Pagu sebagaimana tercetak", default=None)
    realisasi: int | None = isian(RUPIAH, "Realisasi sebagaimana tercetak", default=None)
    serapan: Decimal | None = isian(Bilangan(), "Serapan (%) sebagaimana tercetak", default=None)
    sisa: int | None = isian(Bulat(minimum=None), "Sisa anggaran sebagaimana tercetak", default=None)
    teks: str | None = isian(Teks(), "Teks asli bila angkanya cacat cetak", default=None)
    catatan: str | None = isian(Teks(), "Keterangan", default=None)


JENIS_CATATAN = ("koreksi", "ketidaksesuaian", "asal")


@dataclass(frozen=True, kw_only=True)
class CatatanBerkas(Rekam):
    """A note about the printed report this file transcribes: data, never a comment.

    ``koreksi``: the print said ``tercetak`` and the text here is corrected; ``ketidaksesuaian``:
    the print contradicts itself and is kept as printed; ``asal``: where the content came from
    (provenance). The first two are listed on the Catatan konsistensi page; none is printed in
    the LKj.
    """

    catatan: str = isian(Teks(), "Isi catatan, mis. 'tercetak \"Tahun 2017\"; ditulis Tahun 2024'")
    jenis: str = isian(Pilihan(JENIS_CATATAN), "koreksi: teks di sini dikoreksi dari cetakan; ketidaksesuaian: "
                       "cetakan bertentangan dan dibiarkan; asal: asal isi berkas", default="asal")
    sumber: str | None = isian(Teks(), "Bagian dokumen yang dicatat, mis. 'BAB III.B Sasaran 1'", default=None)
    tercetak: str | None = isian(Teks(), "Teks sebagaimana tercetak (untuk koreksi)", default=None)
    tentang: str | None = isian(Teks(), "Butir yang dicatat, mis. kode indikator 'IK1.1' atau RO '6709.QGE.001'",
                                default=None)


def _catatan_berkas() -> Any:
    return isian(_daftar(CatatanBerkas), "Catatan koreksi, ketidaksesuaian dan asal isi berkas (tidak dicetak di LKj)")


# ---------------------------------------------------------------- profil.md

@dataclass(frozen=True, kw_only=True)
class Pejabat(Rekam):
    nama: str = isian(Teks(), "Nama lengkap beserta gelar")
    jabatan: str = isian(Teks(), "Jabatan, mis. 'Ketua', 'Anggota', 'Sekretaris', 'Kepala Sub Bagian Umum'")
    divisi: str | None = isian(Teks(), "Divisi yang dipimpin (untuk anggota KPU)", default=None)
    nip: str | None = isian(Kode(), "NIP (untuk pegawai)", default=None)
    mulai: datetime.date | None = isian(Tanggal(), "Awal masa jabatan", default=None)
    selesai: datetime.date | None = isian(Tanggal(), "Akhir masa jabatan", default=None)
    keterangan: str | None = isian(Teks(), "Keterangan, mis. 'Plt.'", default=None)


@dataclass(frozen=True, kw_only=True)
class Jumlah(Rekam):
    """One row of a count table (SDM, badan ad hoc, sarana)."""

    kelompok: str = isian(Teks(), "Kelompok, mis. 'PNS', 'Pemilu 2024', 'Kendaraan'")
    uraian: str | None = isian(Teks(), "Rincian, mis. 'S1', 'PPK', 'Roda empat'", default=None)
    jumlah: int = isian(Bulat(), "Jumlah")
    satuan: str | None = isian(Teks(), "Satuan, mis. 'orang', 'unit'", default=None)
    keterangan: str | None = isian(Teks(), "Keterangan", default=None)


KATEGORI_INFORMASI = ("berkala", "serta-merta", "setiap-saat", "dikecualikan")


@dataclass(frozen=True, kw_only=True)
class Dokumen(Rekam):
    """A published document, listed in the Daftar Informasi Publik (PPID)."""

    judul: str = isian(Teks(), "Judul dokumen")
    tahun: int = isian(Tahun(), "Tahun yang dicakup")
    kategori: str = isian(Pilihan(KATEGORI_INFORMASI), "Kategori informasi publik (Perki 1/2021)")
    jenis: str = isian(Pilihan(("lkj", "pk", "renstra", "rkt", "rencana-aksi", "iku", "dipa", "lainnya")),
                       "Jenis dokumen", default="lainnya")
    berkas: str | None = isian(Teks(), "Nama berkas di folder satker, mis. '2024/dokumen/pk-2024.pdf'", default=None)
    tanggal: datetime.date | None = isian(Tanggal(), "Tanggal pembuatan/penandatanganan", default=None)
    tempat: str | None = isian(Teks(), "Tempat pembuatan", default=None)
    ringkasan: str | None = isian(Teks(), "Ringkasan isi informasi", default=None)
    penguasa: str | None = isian(Teks(), "Pejabat/unit yang menguasai informasi", default=None)
    penanggung_jawab: str | None = isian(Teks(), "Penanggung jawab pembuatan/penerbitan", default=None)
    bentuk: str = isian(Pilihan(("softcopy", "hardcopy", "softcopy dan hardcopy")), "Bentuk informasi",
                        default="softcopy")
    retensi: str | None = isian(Teks(), "Jangka waktu penyimpanan, mis. '10 tahun'", default=None)
    resmi: bool = isian(Bendera(), "true bila ini pindaian resmi yang ditandatangani", default=False)
    dasar_pengecualian: str | None = isian(
        Teks(), "Untuk kategori dikecualikan: dasar hukumnya, mis. 'UU 14/2008 Pasal 17 huruf h'", default=None)
    uji_konsekuensi: str | None = isian(
        Teks(), "Untuk kategori dikecualikan: penetapan hasil uji konsekuensi, mis. 'Keputusan PPID Nomor ...'",
        default=None)


@dataclass(frozen=True, kw_only=True)
class ButirSkala(Rekam):
    """One band of a category scale, highest first (as ``skala`` in mkdocs.yml)."""

    nama: str = isian(Teks(), "Nama kategori, mis. 'Sangat Berhasil'")
    lebih_dari: Decimal | None = isian(Bilangan(), "Batas bawah (eksklusif, %); kosongkan pada kategori terakhir",
                                       default=None)
    keterangan: str | None = isian(Teks(), "Keterangan kategori", default=None)


@dataclass(frozen=True, kw_only=True)
class AturanCapaian(Rekam):
    """The capaian rules a satker's reports follow (its juknis), for all years or the listed ones."""

    tahun: tuple[int, ...] = isian(DaftarDari(Tahun()), "Tahun berlakunya, mis. [2023]; kosongkan untuk semua tahun")
    dasar: str | None = isian(Teks(), "Dasar aturan, mis. 'Juknis KPU Nomor 1 Tahun 2023'", default=None)
    batas_capaian: Decimal | None = isian(Bilangan(), "Capaian paling tinggi (%) yang ikut rata-rata, mis. 120",
                                          default=None)
    tanpa_batas: bool = isian(Bendera(), "true bila capaian tidak dibatasi, walau situs membatasinya", default=False)
    skala: tuple[ButirSkala, ...] = isian(_daftar(ButirSkala), "Skala kategori, dari yang tertinggi")


TINGKAT = ("ri", "provinsi", "kabupaten", "kota")
TINGKAT_NAMA = {"ri": "KPU RI", "provinsi": "KPU Provinsi", "kabupaten": "KPU Kabupaten", "kota": "KPU Kota"}
URUT_TINGKAT = {"ri": 0, "provinsi": 1, "kabupaten": 2, "kota": 2}  # a kabupaten and a kota are peers


@dataclass(frozen=True, kw_only=True)
class Profil(Rekam):
    """profil.md: who the satker is."""

    nama: str = isian(Teks(), "Nama resmi, mis. 'KPU Kabupaten Tanah Bumbu'")
    tingkat: str = isian(Pilihan(TINGKAT), "Tingkat satker")
    provinsi: str | None = isian(Teks(), "Nama provinsi (wajib kecuali KPU RI)", default=None)
    induk: str | None = isian(Teks(), "Satker induk: id foldernya di satker/ (mis. 'prov-kalimantan-selatan', "
                                      "ditautkan), atau namanya bila datanya tidak ada di sini (mis. 'KPU Provinsi "
                                      "Kalimantan Tengah', ditampilkan sebagai teks)", default=None)
    nama_sekretariat: str | None = isian(Teks(), "Nama sekretariat", default=None)
    kode_wilayah: str | None = isian(Kode(), "Kode wilayah Kemendagri, mis. 6372", default=None)
    alamat: str | None = isian(Teks(), "Alamat kantor", default=None)
    kode_pos: str | None = isian(Kode(), "Kode pos", default=None)
    telepon: str | None = isian(Teks(), "Nomor telepon", default=None)
    faks: str | None = isian(Teks(), "Nomor faksimile", default=None)
    email: str | None = isian(Teks(), "Alamat surel", default=None)
    website: str | None = isian(Teks(), "Situs web", default=None)
    telepon_ppid: str | None = isian(Teks(), "Telepon/WhatsApp layanan informasi (PPID), bila berbeda", default=None)
    email_ppid: str | None = isian(Teks(), "Surel layanan informasi (PPID), bila berbeda", default=None)
    jam_layanan: str | None = isian(Teks(), "Jam layanan informasi, mis. 'Senin–Jumat 08.00–16.00 WIB'",
                                    default=None)
    pejabat: tuple[Pejabat, ...] = isian(_daftar(Pejabat), "Komisioner dan pejabat sekretariat")
    unit_kerja: tuple[str, ...] = isian(DaftarDari(Teks()), "Sub bagian dan unit kerja")
    sdm: tuple[Jumlah, ...] = isian(_daftar(Jumlah), "Sumber daya manusia")
    badan_adhoc: tuple[Jumlah, ...] = isian(_daftar(Jumlah), "Badan ad hoc (PPK, PPS, KPPS, Pantarlih)")
    sarana: tuple[Jumlah, ...] = isian(_daftar(Jumlah), "Sarana dan prasarana")
    dokumen: tuple[Dokumen, ...] = isian(_daftar(Dokumen), "Dokumen yang dipublikasikan (DIP PPID)")
    aturan: tuple[AturanCapaian, ...] = isian(_daftar(AturanCapaian), "Aturan capaian (batas, skala kategori) satker "
                                              "ini, untuk semua tahun atau tahun tertentu; bawaan: mkdocs.yml")
    catatan: tuple[CatatanBerkas, ...] = _catatan_berkas()
    logo: str | None = isian(Teks(), "Gambar logo (PNG atau JPEG) di folder satker untuk sampul LKj, "
                                     "mis. 'logo-kpu.png'", default=None)


# ---------------------------------------------------------------- renstra-AAAA-BBBB.md

@dataclass(frozen=True, kw_only=True)
class Tujuan(Rekam):
    id: str = isian(Kode(), "Kode tujuan, mis. T1")
    uraian: str = isian(Teks(), "Rumusan tujuan")


@dataclass(frozen=True, kw_only=True)
class Indikator(Rekam):
    id: str = isian(Kode(), "Kode indikator, tetap antar tahun, mis. IK2.1")
    nama: str = isian(Teks(), "Nama indikator")
    satuan: str = isian(Teks(), "Satuan target dan realisasi, mis. '%', 'Dokumen', 'predikat'")
    polaritas: str = isian(Pilihan(("naik", "turun", "stabil")),
                           "naik: makin tinggi makin baik; turun: makin rendah makin baik; "
                           "stabil: makin dekat target makin baik", default="naik")
    iku: bool = isian(Bendera(), "true bila Indikator Kinerja Utama", default=False)
    perhitungan: str | None = isian(Teks(), "Cara perhitungan (formula)", default=None)
    sumber_data: str | None = isian(Teks(), "Sumber data", default=None)
    penanggung_jawab: str | None = isian(Teks(), "Unit penanggung jawab", default=None)
    agregasi_triwulan: str | None = isian(Pilihan(("kumulatif", "terakhir", "rata-rata")),
                                          "Cara menggabungkan realisasi triwulan", default=None)
    skala: tuple[str, ...] = isian(DaftarDari(Teks()),
                                   "Untuk indikator berpredikat: urutan predikat dari terbaik, mis. [WTP, WDP, TW, TMP]")
    realisasi_maks: Decimal | None = isian(Bilangan(), "Realisasi terbesar yang mungkin (bawaan 100 untuk satuan %)",
                                           default=None)
    kegiatan: str | None = isian(Kode(), "Kode kegiatan yang memikul indikator ini (IKK), mis. 6709; bawaan: "
                                         "kegiatan sasarannya", default=None)
    target: dict[int, Angka] = isian(PetaTahun(Nilai()), "Target per tahun Renstra, mis. {2023: 90, 2024: 95}")
    # LKj BAB III.A item 4 (PermenPANRB 53/2014): compared only when the data gives a benchmark
    standar_nasional: Angka | None = isian(Nilai(), "Standar nasional (atau internasional) untuk indikator ini, "
                                                    "dalam satuan yang sama; bila ada, LKj membandingkannya",
                                           default=None)
    sumber_standar: str | None = isian(Teks(), "Sumber standar nasional, mis. 'rata-rata nasional KPU 2024'",
                                       default=None)


@dataclass(frozen=True, kw_only=True)
class Sasaran(Rekam):
    id: str = isian(Kode(), "Kode sasaran, tetap antar tahun, mis. SS1")
    uraian: str = isian(Teks(), "Rumusan sasaran")
    tingkat: str = isian(Pilihan(("strategis", "program", "kegiatan")), "Tingkat sasaran", default="strategis")
    tujuan: str | None = isian(Kode(), "Kode tujuan yang didukung", default=None)
    program: str | None = isian(Kode(), "Kode program (untuk sasaran program/kegiatan)", default=None)
    kegiatan: str | None = isian(Kode(), "Kode kegiatan (untuk sasaran kegiatan)", default=None)
    indikator: tuple[Indikator, ...] = isian(_daftar(Indikator, 1), "Indikator kinerja sasaran ini")


@dataclass(frozen=True, kw_only=True)
class KegiatanRenstra(Rekam):
    """A kegiatan of the plan: its code and its name (the budget's kegiatan carry the same code)."""

    kode: str = isian(Kode(), "Kode kegiatan, mis. 6709")
    nama: str = isian(Teks(), "Nama kegiatan, mis. 'Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya'")
    program: str | None = isian(Kode(), "Kode program, mis. 076.01.WA", default=None)


@dataclass(frozen=True, kw_only=True)
class Renstra(Rekam):
    """renstra-AAAA-BBBB.md: the five-year plan (period from the file name)."""

    dasar: str | None = isian(Teks(), "Dasar penetapan, mis. nomor Keputusan KPU", default=None)
    visi: str | None = isian(Teks(), "Visi", default=None)
    misi: tuple[str, ...] = isian(DaftarDari(Teks()), "Misi")
    tujuan: tuple[Tujuan, ...] = isian(_daftar(Tujuan), "Tujuan")
    sasaran: tuple[Sasaran, ...] = isian(_daftar(Sasaran, 1), "Sasaran beserta indikatornya")
    kegiatan: tuple[KegiatanRenstra, ...] = isian(_daftar(KegiatanRenstra), "Kegiatan (kode dan nama) yang disebut "
                                                  "sasaran dan indikator; nama juga dicari di anggaran.md")
    catatan: tuple[CatatanBerkas, ...] = _catatan_berkas()
    mulai: int = field(default=0, compare=False)
    selesai: int = field(default=0, compare=False)


# ---------------------------------------------------------------- TAHUN/pk.md

@dataclass(frozen=True, kw_only=True)
class BarisPK(Rekam):
    indikator: str = isian(Kode(), "Kode indikator dari Renstra")
    target: Angka = isian(Nilai(), "Target tahun ini (satuan seperti pada indikator)")
    satuan: str | None = isian(Teks(), "Satuan (bila ditulis, harus sama dengan satuan indikator)", default=None)
    revisi: bool = isian(Bendera(), "true bila target sengaja berbeda dari target Renstra", default=False)
    alasan: str | None = isian(Teks(), "Alasan revisi target", default=None)
    catatan: str | None = isian(Teks(), "Keterangan", default=None)
    tercetak: tuple[TercetakKinerja, ...] = isian(_daftar(TercetakKinerja), "Variasi tercetak dari baris ini")


@dataclass(frozen=True, kw_only=True)
class Pihak(Rekam):
    jabatan: str = isian(Teks(), "Jabatan penandatangan")
    nama: str | None = isian(Teks(), "Nama penandatangan", default=None)
    nip: str | None = isian(Kode(), "NIP", default=None)


@dataclass(frozen=True, kw_only=True)
class AnggaranPK(Rekam):
    program: str = isian(Kode(), "Kode program, mis. 076.01.WA, atau kode kegiatan")
    nama: str = isian(Teks(), "Nama program atau kegiatan")
    pagu: int = isian(RUPIAH, "Anggaran dalam Rupiah")


@dataclass(frozen=True, kw_only=True)
class RencanaAksi(Rekam):
    indikator: str = isian(Kode(), "Kode indikator")
    kegiatan: tuple[str, ...] = isian(DaftarDari(Teks()), "Rencana kegiatan")
    bulan: tuple[int, ...] = isian(DaftarDari(Bulat(minimum=1, maksimum=12)), "Bulan pelaksanaan, 1-12")
    target_triwulan: tuple[Angka, ...] = isian(DaftarDari(Nilai()), "Target per triwulan (paling banyak 4)")
    penanggung_jawab: str | None = isian(Teks(), "Unit penanggung jawab", default=None)


@dataclass(frozen=True, kw_only=True)
class Perjanjian(Rekam):
    id: str = isian(Kode(), "Kode perjanjian dalam tahun ini, mis. 'ketua', 'sekretaris', 'subbag-umum'")
    jenis: str = isian(Pilihan(("pk", "rkt")), "pk: Perjanjian Kinerja; rkt: Rencana Kinerja Tahunan", default="pk")
    judul: str | None = isian(Teks(), "Judul sebagaimana ditandatangani", default=None)
    revisi: int | None = isian(Bulat(), "Nomor revisi, mis. 13", default=None)
    tempat: str | None = isian(Teks(), "Tempat penandatanganan", default=None)
    tanggal: datetime.date | None = isian(Tanggal(), "Tanggal penandatanganan", default=None)
    pihak_pertama: Pihak | None = isian(Rekaman(Pihak), "Pihak pertama", default=None)
    pihak_kedua: Pihak | None = isian(Rekaman(Pihak), "Pihak kedua", default=None)
    baris: tuple[BarisPK, ...] = isian(_daftar(BarisPK, 1), "Indikator dan targetnya")
    anggaran: tuple[AnggaranPK, ...] = isian(_daftar(AnggaranPK), "Anggaran per program")
    rencana_aksi: tuple[RencanaAksi, ...] = isian(_daftar(RencanaAksi), "Rencana aksi bulanan")


def _sebagian() -> Any:
    return isian(Bendera(), "true bila data tahun ini hanya sebagian dari laporan (mis. hanya PK Ketua yang "
                 "disalin); kalimat yang dibuat lalu menyebut 'dari data yang tercatat'. Jelaskan di catatan_sebagian",
                 default=False)


def _catatan_sebagian() -> Any:
    return isian(Teks(), "Bagian laporan yang tercatat dan yang belum, mis. 'hanya IKU; PK Sekretaris belum disalin'",
                 default=None)


@dataclass(frozen=True, kw_only=True)
class BerkasPK(Rekam):
    """TAHUN/pk.md: the year's signed agreements and plans."""

    perjanjian: tuple[Perjanjian, ...] = isian(_daftar(Perjanjian, 1), "Perjanjian kinerja dan RKT tahun ini")
    sebagian: bool = _sebagian()
    catatan_sebagian: str | None = _catatan_sebagian()
    catatan: tuple[CatatanBerkas, ...] = _catatan_berkas()


# ---------------------------------------------------------------- TAHUN/realisasi.md

@dataclass(frozen=True, kw_only=True)
class Realisasi(Rekam):
    indikator: str = isian(Kode(), "Kode indikator")
    nilai: Angka | None = isian(Nilai(), "Realisasi tahunan (satuan seperti target)", default=None)
    triwulan: tuple[Angka, ...] = isian(DaftarDari(Nilai()), "Realisasi per triwulan I-IV")
    satuan: str | None = isian(Teks(), "Satuan (bila ditulis, harus sama dengan satuan target)", default=None)
    analisis: str | None = isian(Teks(), "Analisis capaian (teks naratif)", default=None)
    catatan: str | None = isian(Teks(), "Keterangan", default=None)
    tercetak: tuple[TercetakKinerja, ...] = isian(_daftar(TercetakKinerja), "Angka sebagaimana tercetak")


@dataclass(frozen=True, kw_only=True)
class Penghargaan(Rekam):
    nama: str = isian(Teks(), "Nama penghargaan")
    pemberi: str | None = isian(Teks(), "Pemberi penghargaan", default=None)
    tanggal: datetime.date | None = isian(Tanggal(), "Tanggal", default=None)
    keterangan: str | None = isian(Teks(), "Keterangan", default=None)


@dataclass(frozen=True, kw_only=True)
class BerkasRealisasi(Rekam):
    """TAHUN/realisasi.md: what was achieved."""

    realisasi: tuple[Realisasi, ...] = isian(_daftar(Realisasi), "Realisasi per indikator")
    penghargaan: tuple[Penghargaan, ...] = isian(_daftar(Penghargaan), "Capaian kinerja lainnya")
    tercetak: tuple[TercetakRingkasan, ...] = isian(_daftar(TercetakRingkasan), "Ringkasan sebagaimana tercetak")
    sebagian: bool = _sebagian()
    catatan_sebagian: str | None = _catatan_sebagian()
    catatan: tuple[CatatanBerkas, ...] = _catatan_berkas()


# ---------------------------------------------------------------- TAHUN/anggaran.md

@dataclass(frozen=True, kw_only=True)
class BelanjaRincian(Rekam):
    """The share of one jenis belanja in an RO's or a kegiatan's pagu: typed once, summed per jenis."""

    kode: str = isian(Kode(), "Kode jenis belanja: 51 pegawai, 52 barang, 53 modal")
    pagu: int = isian(RUPIAH, "Pagu jenis belanja ini (Rupiah)")
    realisasi: int | None = isian(RUPIAH, "Realisasi jenis belanja ini (Rupiah)", default=None)


def _belanja_rincian(apa: str) -> Any:
    return isian(_daftar(BelanjaRincian), f"Rincian pagu {apa} per jenis belanja; bila ditulis, jumlahnya harus sama "
                 f"dengan pagu {apa}, dan pagu per jenis belanja di 'belanja' dihitung darinya")


@dataclass(frozen=True, kw_only=True)
class RO(Rekam):
    kode: str = isian(Kode(), "Kode KRO/RO, mis. 6709.QGE.001")
    nama: str = isian(Teks(), "Nama rincian output")
    pagu: int | None = isian(RUPIAH, "Pagu (Rupiah)", default=None)
    realisasi: int | None = isian(RUPIAH, "Realisasi (Rupiah)", default=None)
    volume: str | None = isian(Teks(), "Volume/target output, mis. '1 Lembaga'", default=None)
    belanja: tuple[BelanjaRincian, ...] = _belanja_rincian("RO")
    tercetak: tuple[TercetakAnggaran, ...] = isian(_daftar(TercetakAnggaran), "Angka sebagaimana tercetak")


@dataclass(frozen=True, kw_only=True)
class Kegiatan(Rekam):
    kode: str | None = isian(Kode(), "Kode kegiatan, mis. 6709 (kosongkan bila dokumen tidak mencantumkannya)",
                             default=None)
    nama: str = isian(Teks(), "Nama kegiatan")
    pagu: int | None = isian(RUPIAH, "Pagu; bila ada RO, harus sama dengan jumlah RO", default=None)
    realisasi: int | None = isian(RUPIAH, "Realisasi; bila ada RO, harus sama dengan jumlah RO", default=None)
    rincian_lengkap: bool = isian(Bendera(), "false bila dokumen tidak merinci seluruh pagu ke RO "
                                  "(pagu wajib ditulis dan tidak dicocokkan dengan jumlah RO)", default=True)
    ro: tuple[RO, ...] = isian(_daftar(RO), "Rincian output")
    belanja: tuple[BelanjaRincian, ...] = _belanja_rincian("kegiatan")
    tercetak: tuple[TercetakAnggaran, ...] = isian(_daftar(TercetakAnggaran), "Angka sebagaimana tercetak")


@dataclass(frozen=True, kw_only=True)
class Program(Rekam):
    kode: str = isian(Kode(), "Kode program, mis. 076.01.WA")
    nama: str = isian(Teks(), "Nama program")
    pagu: int | None = isian(RUPIAH, "Pagu; bila ada kegiatan, harus sama dengan jumlahnya", default=None)
    realisasi: int | None = isian(RUPIAH, "Realisasi; bila ada kegiatan, harus sama dengan jumlahnya", default=None)
    rincian_lengkap: bool = isian(Bendera(), "false bila dokumen tidak merinci seluruh pagu ke kegiatan "
                                  "(pagu wajib ditulis dan tidak dicocokkan dengan jumlah kegiatan)", default=True)
    kegiatan: tuple[Kegiatan, ...] = isian(_daftar(Kegiatan), "Kegiatan")
    tercetak: tuple[TercetakAnggaran, ...] = isian(_daftar(TercetakAnggaran), "Angka sebagaimana tercetak")


@dataclass(frozen=True, kw_only=True)
class Belanja(Rekam):
    kode: str = isian(Kode(), "Kode jenis belanja: 51 pegawai, 52 barang, 53 modal")
    nama: str = isian(Teks(), "Nama jenis belanja")
    pagu: int | None = isian(RUPIAH, "Pagu (Rupiah); kosongkan bila dirinci per RO atau kegiatan ('belanja' di sana): "
                                     "dihitung dari rinciannya", default=None)
    realisasi: int | None = isian(RUPIAH, "Realisasi (Rupiah); kosongkan bila dirinci per RO atau kegiatan",
                                  default=None)
    tercetak: tuple[TercetakAnggaran, ...] = isian(_daftar(TercetakAnggaran), "Angka sebagaimana tercetak")


@dataclass(frozen=True, kw_only=True)
class Revisi(Rekam):
    ke: int | None = isian(Bulat(), "Revisi ke-", default=None)
    tanggal: datetime.date = isian(Tanggal(), "Tanggal revisi")
    pagu: int = isian(RUPIAH, "Pagu setelah revisi")
    uraian: str | None = isian(Teks(), "Alasan atau keterangan revisi", default=None)


@dataclass(frozen=True, kw_only=True)
class SumberDana(Rekam):
    nama: str = isian(Teks(), "Sumber dana, mis. 'APBN', 'Hibah APBD'")
    pagu: int = isian(RUPIAH, "Pagu dari sumber ini")


@dataclass(frozen=True, kw_only=True)
class NKA(Rekam):
    nilai: Decimal = isian(Bilangan(), "Nilai Kinerja Anggaran")
    predikat: str = isian(Teks(), "Predikat, mis. 'Baik'")
    sumber: str | None = isian(Teks(), "Sumber, mis. 'Aplikasi SMART Kemenkeu'", default=None)
    tanggal: datetime.date | None = isian(Tanggal(), "Tanggal data", default=None)


@dataclass(frozen=True, kw_only=True)
class BerkasAnggaran(Rekam):
    """TAHUN/anggaran.md: the year's budget; every total is computed from its parts."""

    pagu: int | None = isian(RUPIAH, "Total pagu (bila ditulis, harus sama dengan jumlah program)", default=None)
    realisasi: int | None = isian(RUPIAH, "Total realisasi (bila ditulis, harus sama dengan jumlah program)",
                                  default=None)
    pagu_awal: int | None = isian(RUPIAH, "Pagu awal DIPA sebelum revisi", default=None)
    program: tuple[Program, ...] = isian(_daftar(Program), "Program")
    belanja: tuple[Belanja, ...] = isian(_daftar(Belanja), "Per jenis belanja")
    revisi: tuple[Revisi, ...] = isian(_daftar(Revisi), "Riwayat revisi DIPA")
    sumber_dana: tuple[SumberDana, ...] = isian(_daftar(SumberDana), "Sumber dana")
    nka: NKA | None = isian(Rekaman(NKA), "Nilai Kinerja Anggaran", default=None)
    tercetak: tuple[TercetakAnggaran, ...] = isian(_daftar(TercetakAnggaran), "Total sebagaimana tercetak")
    catatan: tuple[CatatanBerkas, ...] = _catatan_berkas()


# ---------------------------------------------------------------- TAHUN/lkj.md

@dataclass(frozen=True, kw_only=True)
class Reviu(Rekam):
    """The APIP review of the LKj (PermenPANRB 53/2014 BAB V): the "Pernyataan Telah Direviu"."""

    unit: str = isian(Teks(), "Unit APIP yang mereviu, mis. 'Inspektorat Utama KPU'")
    nama: str = isian(Teks(), "Nama pereviu yang menandatangani pernyataan")
    jabatan: str | None = isian(Teks(), "Jabatan pereviu", default=None)
    nip: str | None = isian(Kode(), "NIP pereviu", default=None)
    tempat: str | None = isian(Teks(), "Tempat penandatanganan pernyataan", default=None)
    tanggal: datetime.date = isian(Tanggal(), "Tanggal pernyataan telah direviu")


@dataclass(frozen=True, kw_only=True)
class AnalisisSasaran(Rekam):
    """BAB III.A item 5 for one sasaran: why it succeeded or failed, and what follows."""

    sasaran: str = isian(Kode(), "Kode sasaran yang dianalisis, mis. SS1")
    penyebab: str = isian(Teks(), "Penyebab keberhasilan atau kegagalan (hambatan, upaya yang dilakukan)")
    tindak_lanjut: str | None = isian(Teks(), "Tindak lanjut / solusi untuk tahun berikutnya", default=None)


@dataclass(frozen=True, kw_only=True)
class BerkasLkj(Rekam):
    """TAHUN/lkj.md: the report's narrative (body), its status and its signature."""

    status: str = isian(Pilihan(("draf", "final")), "draf: masih disusun (dicetak bertanda DRAF); final: siap "
                                                    "ditandatangani (diterima lakip check hanya bila lengkap)",
                        default="draf")
    judul: str | None = isian(Teks(), "Judul laporan", default=None)
    tempat: str | None = isian(Teks(), "Tempat penandatanganan", default=None)
    tanggal: datetime.date | None = isian(Tanggal(), "Tanggal penandatanganan", default=None)
    penandatangan: Pihak | None = isian(Rekaman(Pihak), "Penandatangan laporan", default=None)
    catatan: tuple[CatatanBerkas, ...] = _catatan_berkas()
    analisis: tuple[AnalisisSasaran, ...] = isian(_daftar(AnalisisSasaran), "Analisis per sasaran (BAB III.A)")
    reviu: Reviu | None = isian(Rekaman(Reviu), "Reviu APIP atas laporan ini", default=None)
    batas_waktu: datetime.date | None = isian(Tanggal(), "Batas waktu penyampaian LKj (bawaan: akhir Februari "
                                                         "tahun berikutnya, Perpres 29/2014 Pasal 29)", default=None)


JENIS_BERKAS: dict[str, type[Rekam]] = {
    "profil": Profil,
    "renstra": Renstra,
    "pk": BerkasPK,
    "realisasi": BerkasRealisasi,
    "anggaran": BerkasAnggaran,
    "lkj": BerkasLkj,
}

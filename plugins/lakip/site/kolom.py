"""The open data's datasets and columns, defined once.

:mod:`export` writes every CSV header and JSON record from these definitions, the
``datapackage.json`` of each satker-year (Frictionless Table Schema) and the DCAT
catalogue (:mod:`katalog_data`) describe them from here, and the data dictionary
page (:mod:`katalog_data`) lists them: a column is described in one place only.

The CSV convention is the one a spreadsheet set to Indonesian opens with a double
click: UTF-8 with a byte-order mark (Excel otherwise reads the file as ANSI and
turns "÷" into "Ã·"), ``;`` between cells, a decimal comma, no thousands separator,
CRLF line ends. A plain RFC 4180 file (comma, decimal point) is misread there:
``64.52`` becomes 6452 or text. Numbers stay numbers: never "Rp" or "%" in a cell.
"""

from __future__ import annotations

from dataclasses import dataclass

#: 3 (December 2026): CSV files for a spreadsheet set to Indonesian (UTF-8 with BOM, ';', decimal
#: comma) with satker and tahun columns, one budget CSV per level (anggaran.csv summed to five times
#: the pagu), JSON numbers as numbers (they were strings), 'tercapai' for every indicator and
#: predikat in their own columns, datapackage.json per satker-year, national tables.
#: 2: 'rumus' names the formula, 'catatan' is a code, 'konsistensi' holds values.
VERSI = 3

#: How every CSV of the site is written (stated on the data dictionary page and in datapackage.json).
PEMISAH = ";"
DESIMAL = ","
PENGODEAN = "utf-8-sig"  # UTF-8 with a byte-order mark
LISENSI = {"id": "CC-BY-4.0", "judul": "Creative Commons Attribution 4.0 International",
           "url": "https://creativecommons.org/licenses/by/4.0/"}


@dataclass(frozen=True)
class Kolom:
    """One column: its name, Table Schema type (string, integer, number, boolean, date), unit and meaning."""

    nama: str
    jenis: str
    keterangan: str
    satuan: str = ""

    def skema(self) -> dict[str, object]:
        """The Frictionless Table Schema field for this column in the site's CSV convention."""
        f: dict[str, object] = {"name": self.nama, "type": self.jenis, "description": self.keterangan}
        if self.jenis == "number":
            f["decimalChar"] = DESIMAL
            f["groupChar"] = ""
        if self.jenis == "boolean":
            f["trueValues"], f["falseValues"] = ["1"], ["0"]
        if self.satuan:
            f["unit"] = self.satuan
        return f


@dataclass(frozen=True)
class Dataset:
    """A table of the open data: ``<nama>.csv`` and its JSON, with one row per ``baris``."""

    nama: str
    judul: str
    baris: str  # what one row is
    kolom: tuple[Kolom, ...]
    catatan: str = ""

    @property
    def kepala(self) -> list[str]:
        return [k.nama for k in self.kolom]


_SATKER = Kolom("satker", "string", "kode satker di situs ini (nama foldernya), mis. kota-banjarbaru")
_TAHUN = Kolom("tahun", "integer", "tahun anggaran / tahun kinerja")
_RP = "Rupiah"
_PERSEN = "persen"


def _anggaran(nama: str, judul: str, baris: str, induk: tuple[Kolom, ...], catatan: str) -> Dataset:
    return Dataset(nama, judul, baris, (
        _SATKER, _TAHUN, *induk,
        Kolom("kode", "string", "kode baris menurut DIPA (program, kegiatan, rincian output atau jenis belanja)"),
        Kolom("nama", "string", "uraian baris"),
        Kolom("pagu", "integer", "pagu anggaran (setelah revisi terakhir)", _RP),
        Kolom("realisasi", "integer", "realisasi anggaran", _RP),
        Kolom("serapan", "number", "realisasi ÷ pagu × 100, 10 angka desimal", _PERSEN),
        Kolom("sisa", "integer", "pagu − realisasi", _RP),
        Kolom("rincian_lengkap", "boolean", "0 bila dokumen sumber tidak merinci seluruh pagu baris ini ke "
                                            "tingkat di bawahnya (jumlah rinciannya lebih kecil dari pagunya)"),
    ), catatan)


#: An indicator as the Renstra defines it (capaian and renstra files).
_INDIKATOR = (
    Kolom("id", "string", "kode indikator seperti di Renstra (tetap antar-tahun)"),
    Kolom("nama", "string", "nama indikator"),
    Kolom("sasaran", "string", "kode sasaran strategis indikator ini"),
    Kolom("satuan", "string", "satuan target dan realisasi, mis. %, Dokumen, Laporan"),
    Kolom("polaritas", "string", "naik (makin tinggi makin baik), turun (makin rendah makin baik) atau stabil "
                                 "(makin dekat target makin baik)"),
    Kolom("iku", "boolean", "1 bila Indikator Kinerja Utama"),
)

CAPAIAN = Dataset("capaian", "Capaian indikator kinerja", "satu indikator kinerja satker pada satu tahun", (
    _SATKER, _TAHUN, *_INDIKATOR,
    Kolom("target", "number", "target tahun itu (kosong untuk indikator berpredikat)", "satuan"),
    Kolom("target_predikat", "string", "target indikator berpredikat, mis. WTP, BB"),
    Kolom("sumber_target", "string", "asal target: pk:<kode perjanjian> (Perjanjian Kinerja) atau renstra"),
    Kolom("realisasi", "number", "realisasi tahun itu (kosong bila belum ada atau berpredikat)", "satuan"),
    Kolom("realisasi_predikat", "string", "realisasi indikator berpredikat"),
    Kolom("capaian", "number", "capaian menurut rumus polaritas, 10 angka desimal, tanpa batas", _PERSEN),
    Kolom("capaian_dibatasi", "number", "capaian setelah batas capaian situs (sama dengan capaian bila tidak "
                                        "ada batas); nilai inilah yang dirata-rata", _PERSEN),
    Kolom("kategori", "string", "kategori capaian menurut skala di halaman Metodologi"),
    Kolom("tercapai", "boolean", "1 bila target terpenuhi (capaian ≥ 100%, atau predikat sama atau lebih "
                                 "baik dari target), 0 bila tidak, kosong bila tidak dapat dinilai"),
    Kolom("rumus", "string", "rumus capaian: naik = realisasi ÷ target × 100; turun = (2 × target − realisasi) "
                             "÷ target × 100; stabil = (1 − |realisasi − target| ÷ target) × 100; skala = "
                             "predikat dibandingkan pada skalanya; kosong bila tidak dihitung"),
    Kolom("catatan", "string", "mengapa capaian tidak dihitung: tanpa-target, tanpa-realisasi atau berpredikat"),
))

_PROGRAM = Kolom("program", "string", "kode program induk baris ini")
_KEGIATAN = Kolom("kegiatan", "string", "kode kegiatan induk baris ini")
ANGGARAN_PROGRAM = _anggaran("anggaran-program", "Realisasi anggaran per program", "satu program DIPA", (),
                             "Jumlah pagu semua baris sama dengan pagu satker tahun itu.")
ANGGARAN_KEGIATAN = _anggaran("anggaran-kegiatan", "Realisasi anggaran per kegiatan", "satu kegiatan DIPA",
                              (_PROGRAM,), "Jumlah pagu kegiatan satu program sama dengan pagu program itu "
                              "(kecuali rincian_lengkap program itu 0); program yang tidak dirinci ke kegiatan "
                              "tidak punya baris di sini, jadi pagu satker ada di berkas per program.")
ANGGARAN_RO = _anggaran("anggaran-ro", "Realisasi anggaran per rincian output (RO)", "satu rincian output",
                        (_PROGRAM, _KEGIATAN), "Jumlah pagu RO satu kegiatan sama dengan pagu kegiatan itu "
                        "(kecuali rincian_lengkap kegiatan itu 0); kegiatan yang tidak dirinci ke RO tidak punya "
                        "baris di sini.")
ANGGARAN_BELANJA = _anggaran("anggaran-belanja", "Realisasi anggaran per jenis belanja",
                             "satu jenis belanja (51 pegawai, 52 barang, 53 modal)", (),
                             "Jumlah pagu semua baris sama dengan pagu satker tahun itu.")

#: The files of one satker-year (``data/<satker>/<tahun>/``), in the order the pages link them.
PER_TAHUN = (CAPAIAN, ANGGARAN_PROGRAM, ANGGARAN_KEGIATAN, ANGGARAN_RO, ANGGARAN_BELANJA)

RENSTRA = Dataset("renstra", "Target indikator Rencana Strategis", "satu indikator pada satu tahun periode Renstra", (
    _SATKER,
    Kolom("periode", "string", "periode Renstra, mis. 2020-2024"),
    *_INDIKATOR,
    _TAHUN,
    Kolom("target", "number", "target tahun itu dalam Renstra (kosong bila tidak ditetapkan atau berpredikat)",
          "satuan"),
    Kolom("target_predikat", "string", "target indikator berpredikat"),
), "Tahun tanpa target di Renstra tidak punya baris.")

RINGKASAN = Dataset("ringkasan", "Ringkasan kinerja dan anggaran semua satker", "satu satker pada satu tahun", (
    _SATKER,
    Kolom("nama_satker", "string", "nama satker"),
    Kolom("tingkat", "string", "ri, provinsi, kabupaten atau kota"),
    Kolom("provinsi", "string", "provinsi satker (kosong untuk KPU RI)"),
    _TAHUN,
    Kolom("jumlah_indikator", "integer", "banyaknya indikator kinerja dengan target atau realisasi tahun itu"),
    Kolom("jumlah_iku", "integer", "banyaknya Indikator Kinerja Utama"),
    Kolom("iku_tercapai", "integer", "IKU yang targetnya terpenuhi (kolom tercapai = 1 di capaian.csv)"),
    Kolom("iku_tidak_tercapai", "integer", "IKU yang targetnya tidak terpenuhi"),
    Kolom("iku_belum_dinilai", "integer", "IKU tanpa realisasi atau tanpa target tahun itu"),
    Kolom("rata_rata_iku", "number", "rata-rata capaian_dibatasi IKU yang dihitung", _PERSEN),
    Kolom("batas_capaian", "number", "batas capaian per indikator sebelum dirata-rata (kosong: tanpa batas)",
          _PERSEN),
    Kolom("kategori_iku", "string", "kategori rata-rata IKU menurut skala di halaman Metodologi"),
    Kolom("pagu", "integer", "pagu anggaran satker", _RP),
    Kolom("realisasi_anggaran", "integer", "realisasi anggaran satker", _RP),
    Kolom("serapan", "number", "realisasi ÷ pagu × 100, 10 angka desimal", _PERSEN),
    Kolom("sisa", "integer", "pagu − realisasi", _RP),
    Kolom("pk_ditandatangani", "date", "tanggal penandatanganan Perjanjian Kinerja (kosong bila tidak tercatat)"),
    Kolom("pk_pindaian_terbit", "boolean", "1 bila pindaian PK bertanda tangan dapat diunduh di situs"),
    Kolom("lkj", "string", "Laporan Kinerja tahun itu: draf (belum ditandatangani) atau final; kosong bila tidak "
          "disusun (tahun tanpa Perjanjian Kinerja)"),
    Kolom("lkj_pindaian_terbit", "boolean", "1 bila pindaian LKj bertanda tangan dapat diunduh di situs"),
))

#: The national files (``data/``): every satker-year in one table.
NASIONAL = (RINGKASAN, CAPAIAN, ANGGARAN_PROGRAM)

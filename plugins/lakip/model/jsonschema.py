"""JSON Schema of each data file kind, generated from the field declarations.

``lakip schema`` writes them to ``schema/``; the data files point at them with
a ``# yaml-language-server: $schema=...`` comment so an editor validates while
the user types. The validator reads the same declarations, so the two agree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .rekaman import JENIS_BERKAS, isian_data
from .skema import DaftarDari, PetaTahun, Rekaman

#: What each record is, for the editor (the JSON Schema ``description``); a record missing here is an error.
URAIAN: dict[str, str] = {
    "BerkasAnggaran": "TAHUN/anggaran.md: anggaran tahun itu; setiap total dihitung dari rinciannya.",
    "BerkasLkj": "TAHUN/lkj.md: narasi Laporan Kinerja (badan berkas), statusnya dan penandatangannya.",
    "BerkasPK": "TAHUN/pk.md: Perjanjian Kinerja yang ditandatangani dan rencana tahun itu.",
    "Profil": "profil.md: identitas satker, pejabat, SDM, dokumen yang diterbitkan dan aturan capaiannya.",
    "BerkasRealisasi": "TAHUN/realisasi.md: realisasi setiap indikator tahun itu.",
    "Renstra": "renstra-AAAA-BBBB.md: Rencana Strategis lima tahun (periode dari nama berkas).",
    "AnalisisSasaran": "Analisis satu sasaran (BAB III.A butir 5): sebab berhasil atau gagal dan tindak lanjutnya.",
    "AnggaranPK": "Anggaran satu program yang tercantum dalam Perjanjian Kinerja.",
    "AturanCapaian": "Aturan capaian menurut juknis satker (batas dan skala kategori), untuk semua tahun "
                     "atau tahun yang disebut.",
    "BarisPK": "Satu baris Perjanjian Kinerja: indikator dan targetnya.",
    "Belanja": "Pagu dan realisasi satu jenis belanja (51 pegawai, 52 barang, 53 modal).",
    "BelanjaRincian": "Bagian satu jenis belanja dalam pagu RO atau kegiatan: ditulis sekali, dijumlah per jenis.",
    "ButirSkala": "Satu kategori skala capaian (dari yang tertinggi), seperti 'skala' di mkdocs.yml.",
    "CatatanBerkas": "Catatan atas laporan tercetak yang disalin berkas ini (data, bukan komentar): koreksi, "
                     "ketidaksesuaian yang dibiarkan, atau asal isi. Tampil di Catatan konsistensi, tidak di LKj.",
    "Dokumen": "Dokumen yang diterbitkan, tercantum di Daftar Informasi Publik (PPID).",
    "Indikator": "Indikator kinerja: kode, nama, satuan, polaritas dan target setiap tahun Renstra.",
    "Jumlah": "Satu baris tabel jumlah (SDM, badan ad hoc, sarana).",
    "Kegiatan": "Kegiatan dalam anggaran: kode, pagu, realisasi dan rincian output (RO).",
    "KegiatanRenstra": "Kegiatan dalam Renstra: kode dan nama (kegiatan di anggaran memakai kode yang sama).",
    "NKA": "Nilai Kinerja Anggaran dan predikatnya, sebagaimana tercetak.",
    "Pejabat": "Pejabat satker (nama, jabatan, NIP, masa jabatan).",
    "Penghargaan": "Penghargaan yang diterima satker tahun itu.",
    "Perjanjian": "Satu Perjanjian Kinerja (mis. Ketua atau Sekretaris): pihak, tanggal dan baris indikatornya.",
    "Pihak": "Penandatangan (nama, jabatan, NIP).",
    "Program": "Program dalam anggaran: kode, nama, pagu, realisasi dan kegiatannya.",
    "RO": "Rincian output (RO) sebuah kegiatan: kode, pagu dan realisasi.",
    "Realisasi": "Realisasi satu indikator (atau per triwulan), dengan analisisnya.",
    "RencanaAksi": "Satu baris rencana aksi: kegiatan dan target per bulan atau triwulan.",
    "Revisi": "Satu revisi DIPA: tanggal dan pagu sesudahnya.",
    "Reviu": "Reviu APIP atas LKj (PermenPANRB 53/2014 BAB V): Pernyataan Telah Direviu.",
    "Sasaran": "Sasaran (strategis, program atau kegiatan) beserta indikatornya.",
    "SumberDana": "Sumber dana anggaran (mis. APBN, hibah) dan jumlahnya.",
    "TercetakAnggaran": "Angka anggaran sebagaimana tercetak di dokumen; dibandingkan dengan hasil perhitungan.",
    "TercetakKinerja": "Angka kinerja sebagaimana tercetak di dokumen; dibandingkan dengan hasil perhitungan.",
    "TercetakRingkasan": "Angka ringkasan (rata-rata, jumlah) sebagaimana tercetak; dibandingkan dengan hasil "
                         "perhitungan.",
    "Tujuan": "Tujuan Renstra: kode dan rumusannya.",
}


def kelas_bersarang(cls: type, hasil: dict[str, type]) -> None:
    """Collect into ``hasil`` every record class reachable from ``cls`` (they become ``$defs``)."""
    for f in isian_data(cls):
        jenis = f.metadata["jenis"]
        while isinstance(jenis, (DaftarDari, PetaTahun)):
            jenis = jenis.isi
        if isinstance(jenis, Rekaman) and jenis.cls.__name__ not in hasil:
            hasil[jenis.cls.__name__] = jenis.cls
            kelas_bersarang(jenis.cls, hasil)


def _objek(cls: type) -> dict[str, Any]:
    props: dict[str, Any] = {}
    wajib: list[str] = []
    for f in isian_data(cls):
        sub = dict(f.metadata["jenis"].json())
        sub["description"] = f.metadata["doc"]
        if isinstance(f.default, bool | str | int):
            sub["default"] = f.default
        props[f.name] = sub
        if f.metadata["wajib"]:
            wajib.append(f.name)
    # the editor shows this on hover: Indonesian words, never the class's docstring (English, for
    # developers) nor a dataclass signature ('Realisasi(*, path: ...)')
    d: dict[str, Any] = {"type": "object", "additionalProperties": False, "description": URAIAN[cls.__name__],
                         "properties": props}
    if wajib:
        d["required"] = wajib
    return d


def skema_berkas(jenis: str) -> dict[str, Any]:
    cls = JENIS_BERKAS[jenis]
    defs: dict[str, type] = {}
    kelas_bersarang(cls, defs)
    root = _objek(cls)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{jenis}.schema.json",
        "title": f"lakip: {jenis}",
        **root,
        "$defs": {nama: _objek(k) for nama, k in sorted(defs.items())},
    }


def teks_skema(jenis: str) -> str:
    return json.dumps(skema_berkas(jenis), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def tulis_skema(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for jenis in JENIS_BERKAS:
        path = folder / f"{jenis}.schema.json"
        path.write_text(teks_skema(jenis), encoding="utf-8")
        hasil.append(path)
    return hasil

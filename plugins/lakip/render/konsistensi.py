"""The Catatan konsistensi page in words: each finding as one sentence a visitor can read.

``compute.konsistensi`` gives values (``Selisih``) and ``compute.catatan`` the recorded notes;
this module says them without file paths or field names: "Laporan tercetak menulis 85 %;
dihitung dari target dan realisasi: 64,52 % (50 ÷ 77,5 × 100)." Editors find the line to
change with ``lakip check`` and in the open data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from ..compute.capaian import bulatkan
from ..compute.catatan import CatatanLaporan
from ..compute.konsistensi import (
    ATURAN_CAPAIAN_TANPA,
    ATURAN_CETAKAN_LAIN,
    ATURAN_DATA,
    ATURAN_JUMLAH,
    ATURAN_RATA,
    ATURAN_REALISASI,
    ATURAN_RINCIAN,
    ATURAN_RUMUS,
    ATURAN_SERAPAN,
    ATURAN_SISA,
    ATURAN_SKALA,
    ATURAN_TAK_TERBACA,
    ATURAN_TARGET,
    ATURAN_TEKS,
    TEMUAN_ANTAR_CETAKAN,
    TEMUAN_BERBEDA,
    TEMUAN_BULAT_BAWAH,
    TEMUAN_TAK_TERHITUNG,
    Selisih,
)
from ..model.rekaman import Angka
from .aman import sel
from .format import KOSONG, angka, persen, rupiah
from .kalimat import alasan_kode, rumus_teks
from .nama_data import kata_pengunjung
from .tabel import Isi, tabel

KOLOM = {"target": "Target", "realisasi": "Realisasi", "capaian": "Capaian", "kategori": "Kategori",
         "pagu": "Pagu", "sisa": "Sisa", "serapan": "Serapan", "angka": "Angka", "kalimat": "Kalimat",
         "rata-rata capaian": "Rata-rata capaian", "jumlah indikator": "Jumlah indikator"}

BAGIAN = (
    (TEMUAN_BERBEDA, "Angka tercetak yang berbeda dari hasil perhitungan"),
    (TEMUAN_BULAT_BAWAH, "Angka tercetak yang dibulatkan ke bawah"),
    (TEMUAN_ANTAR_CETAKAN, "Angka yang tercetak berbeda di dua tempat"),
    (TEMUAN_TAK_TERHITUNG, "Angka tercetak yang tidak dapat dihitung dari data"),
)


def _nilai(s: Selisih, v: Angka | int | None, digit: int | None = None) -> str:
    if v is None:
        return KOSONG
    if s.jenis == "persen" and isinstance(v, Decimal):
        return persen(v, digit) if digit is not None else persen(v)
    if s.jenis == "rupiah" and isinstance(v, int):
        return rupiah(v)
    return angka(v) if isinstance(v, Decimal) else str(v)


def _sumber_target(kode: object) -> str:
    jenis, _, pj = str(kode or "").partition(":")
    if jenis == "pk":
        return f"Perjanjian Kinerja {pj.replace('-', ' ')}".strip()
    return "Renstra" if jenis == "renstra" else "data"


def _dihitung(s: Selisih) -> str:
    """The second half of the sentence: what the data gives, and by which rule."""
    m = dict(s.rumus)
    d = _nilai(s, s.dihitung)
    if s.aturan == ATURAN_RUMUS:
        pol, t, r = m["polaritas"], m["target"], m["realisasi"]
        assert isinstance(pol, str) and isinstance(t, Decimal) and isinstance(r, Decimal)
        return f"dihitung dari target dan realisasi: {d} ({rumus_teks(pol, t, r)})"
    if s.aturan == ATURAN_SERAPAN:
        return f"dihitung dari realisasi ÷ pagu × 100: {d} ({rupiah(int(m['realisasi'] or 0))} ÷ " \
               f"{rupiah(int(m['pagu'] or 0))} × 100)"
    if s.aturan == ATURAN_CAPAIAN_TANPA:
        return f"capaian tidak dihitung: {alasan_kode(s.alasan) or 'tidak ada target dan realisasi'}"
    if s.aturan == ATURAN_REALISASI and s.dihitung is None:
        return "dalam data belum ada realisasi"
    if s.aturan == ATURAN_TEKS:
        return _isi_data(s)
    if s.aturan == ATURAN_CETAKAN_LAIN:
        return (f"di {sel(str(m['sumber_lain']))} tercetak {_nilai(s, m['tercetak_lain'], s.digit)}; "
                "data tahun ini tidak cukup untuk menghitungnya")
    if s.aturan == ATURAN_RATA and s.dihitung is None:
        return "data tahun ini tidak cukup untuk menghitungnya"
    aturan = {
        ATURAN_TARGET: f"target yang disepakati ({_sumber_target(m.get('sumber'))})",
        ATURAN_REALISASI: "realisasi dalam data",
        ATURAN_SKALA: "menurut skala kategori (lihat Metodologi)",
        ATURAN_RINCIAN: "jumlah rinciannya",
        ATURAN_DATA: f"{s.kolom} dalam data",
        ATURAN_SISA: "pagu − realisasi",
        ATURAN_TAK_TERBACA: "dalam data",
        ATURAN_RATA: "rata-rata hitung capaian indikator yang punya realisasi",
        ATURAN_JUMLAH: "banyaknya indikator dalam data",
    }.get(s.aturan, "hasil perhitungan")
    return f"{aturan}: {d}"


def _isi_data(s: Selisih) -> str:
    m = dict(s.rumus)
    if "satuan" in m:  # a performance figure printed in another unit
        bagian = [f"target {angka(v) if isinstance(v, Decimal) else v} {m['satuan']}".strip()
                  for v in (m.get("target"),) if v is not None]
        bagian += [f"realisasi {angka(v) if isinstance(v, Decimal) else v} {m['satuan']}".strip()
                   for v in (m.get("realisasi"),) if v is not None]
        return (f"angka ini tidak dalam satuan indikator ({m['satuan']}); data memegang "
                + (" dan ".join(bagian) if bagian else "tidak ada target atau realisasi"))
    bagian = []
    if m.get("jumlah_sasaran"):
        bagian.append(f"{m['jumlah_sasaran']} sasaran")
    if m.get("jumlah_indikator") is not None:
        bagian.append(f"{m['jumlah_indikator']} indikator")
    if isinstance(m.get("rata_rata"), Decimal):
        bagian.append(f"rata-rata capaian {persen(m['rata_rata'])}")  # type: ignore[arg-type]
    return "dalam data: " + (", ".join(bagian) if bagian else "tidak ada yang dapat dihitung")


def kalimat_selisih(s: Selisih) -> str:
    """One finding as a sentence: 'Laporan tercetak menulis 85 %; dihitung dari target dan realisasi: 64,52 % (…).'"""
    if s.jenis == "teks" and s.aturan in (ATURAN_TEKS, ATURAN_SKALA):
        cetak = f"“{s.tercetak}”"
    elif s.aturan == ATURAN_TAK_TERBACA:
        cetak = f"“{s.tercetak}”, yang tidak dapat dibaca sebagai angka"
    else:
        cetak = _nilai(s, s.tercetak, s.digit)
    kalimat = f"Laporan tercetak menulis {cetak}; {_dihitung(s)}"
    if s.temuan == TEMUAN_BULAT_BAWAH and isinstance(s.dihitung, Decimal) and s.digit is not None:
        kalimat += (f", yang dibulatkan menjadi {_nilai(s, bulatkan(s.dihitung, s.digit), s.digit)}: "
                    "angka tercetak dipotong (dibulatkan ke bawah), bukan dibulatkan")
    return kalimat + "."


def yang_diukur(s: Selisih) -> str:
    return f"{KOLOM.get(s.kolom, s.kolom.capitalize())} {s.nama}"


def tabel_konsistensi(daftar: Sequence[Selisih]) -> str:
    """Every finding, grouped by kind, each with its sentence."""
    if not daftar:
        return "*Semua angka tercetak yang dicatat sama dengan hasil perhitungan.*\n"
    out = []
    for temuan, judul in BAGIAN:
        kelompok = [s for s in daftar if s.temuan == temuan]
        if kelompok:
            rows = [[sel(s.sumber), sel(yang_diukur(s)), sel(kalimat_selisih(s))] for s in kelompok]
            out += [f"## {judul}\n", str(tabel(["Bagian laporan", "Yang diukur", "Keterangan"], rows))]
    return "\n".join(out)


JENIS_CATATAN = {"koreksi": "Dikoreksi", "ketidaksesuaian": "Dibiarkan sebagaimana tercetak", "asal": "Asal isi",
                 "tercetak": "Catatan atas angka tercetak", "data": "Catatan atas data"}


def kalimat_catatan(c: CatatanLaporan) -> str:
    teks = c.catatan.strip()
    if c.tercetak and c.tercetak not in teks:
        teks = f"Tercetak “{c.tercetak.strip()}”. {teks}"
    return teks


def _tabel_catatan(daftar: Sequence[CatatanLaporan], nama: Callable[[str], str]) -> str:
    rows = [[sel(kata_pengunjung(c.sumber or KOSONG)), sel(nama(c.tentang) if c.tentang else KOSONG),
             JENIS_CATATAN.get(c.jenis, c.jenis), sel(kata_pengunjung(kalimat_catatan(c)))] for c in daftar]
    return str(tabel(["Bagian laporan", "Tentang", "Jenis", "Catatan"], rows))


def tabel_catatan(daftar: Sequence[CatatanLaporan], nama: Callable[[str], str] = str) -> str:
    """The recorded notes: corrections made in the text and contradictions kept as printed, then the
    transcriber's notes on where the content came from. ``nama`` names what a note is about in words
    (a summary's scope 'perjanjian:ketua' as its agreement's title)."""
    pokok = [c for c in daftar if c.jenis != "asal"]
    asal = [c for c in daftar if c.jenis == "asal"]
    out = []
    if pokok:
        out += ["## Catatan atas laporan tercetak\n",
                "Catatan yang dibuat saat laporan tercetak dialihkan ke data: teks yang dikoreksi, pertentangan "
                "yang dibiarkan sebagaimana tercetak, dan keterangan atas angka tercetak.\n", _tabel_catatan(pokok, nama)]
    if asal:
        out += ["## Catatan penyalinan\n",
                "Keterangan penyalin tentang asal isi laporan ini: dari bagian mana setiap tabel dan angka diambil, "
                "dan angka mana yang dipegang bila laporan mencetaknya berbeda.\n", _tabel_catatan(asal, nama)]
    return "\n".join(out)


__all__ = ["Isi", "kalimat_catatan", "kalimat_selisih", "tabel_catatan", "tabel_konsistensi", "yang_diukur"]

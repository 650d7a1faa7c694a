"""Printed figures against computed ones: the "Catatan konsistensi" of a report.

A report imported from a PDF keeps its printed figures as ``tercetak``. Each is
compared with what the data computes; a printed value matches when it equals
the computed one rounded half-up at the printed precision. A print that equals
the computed value cut off (99 for 99,85) is its own finding, ``dibulatkan-ke-bawah``
(the seeds' analyses count it as an error). A printed figure that cannot be
computed (kept as text, or of a year without data to compute it) is listed as
printed, compared with the other prints of the same figure. Findings are never
fatal: the print is history.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import ROUND_DOWN, Decimal

from ..model.rekaman import (
    Angka,
    Indikator,
    Rekam,
    TercetakAnggaran,
    TercetakKinerja,
    TercetakRingkasan,
)
from ..model.satker import Tahunan
from .anggaran import BarisAnggaran
from .capaian import bulatkan
from .kinerja import CapaianIndikator, HasilTahun


@dataclass(frozen=True)
class Selisih:
    """One printed figure that differs from the computed one: values only (``render`` writes the words).

    ``aturan`` names the rule that gives ``dihitung`` (one of the ``ATURAN_*`` codes) and
    ``rumus`` carries its inputs where the rule is a formula.
    """

    path: str
    baris: int
    sumber: str  # where the figure is printed
    kolom: str  # which figure: target, realisasi, capaian, kategori, pagu, sisa, serapan, angka, jumlah_indikator
    nama: str  # of what: "IK1 Persentase ...", "program 076.01 Dukungan ...", "iku"
    tercetak: Angka | int | None  # as printed: Decimal, Rupiah (int), a word
    dihitung: Angka | int | None  # None: not computed (see ``alasan``)
    aturan: str
    jenis: str = "angka"  # how both values are written: angka, persen, rupiah, teks
    digit: int | None = None  # decimals of a printed percentage
    alasan: str | None = None  # why nothing is computed (CapaianIndikator.alasan)
    rumus: tuple[tuple[str, Angka | int | None], ...] = ()  # the formula's inputs, by name
    #: what kind of finding: ``berbeda`` (the print differs), ``dibulatkan-ke-bawah`` (the print is the
    #: computed value cut off), ``tak-terhitung`` (no computed value to compare: shown as printed, with
    #: what the data holds in ``rumus``), ``antar-cetakan`` (two prints of one figure differ; the other
    #: print in ``rumus``)
    temuan: str = "berbeda"


ATURAN_TARGET = "target-disepakati"
ATURAN_REALISASI = "realisasi-data"
ATURAN_CAPAIAN_TANPA = "capaian-dari-target-dan-realisasi"
ATURAN_RUMUS = "rumus-polaritas"
ATURAN_SKALA = "skala-kategori"
ATURAN_RINCIAN = "jumlah-rincian"
ATURAN_DATA = "nilai-dalam-data"
ATURAN_SISA = "pagu-kurang-realisasi"
ATURAN_SERAPAN = "serapan"
ATURAN_TAK_TERBACA = "tak-terbaca"
ATURAN_RATA = "rata-rata-capaian"
ATURAN_JUMLAH = "jumlah-indikator"
ATURAN_TEKS = "tercetak-sebagai-teks"
ATURAN_CETAKAN_LAIN = "cetakan-lain"

TEMUAN_BERBEDA, TEMUAN_BULAT_BAWAH, TEMUAN_TAK_TERHITUNG, TEMUAN_ANTAR_CETAKAN = (
    "berbeda", "dibulatkan-ke-bawah", "tak-terhitung", "antar-cetakan")


def _digit(v: Decimal) -> int:
    e = v.as_tuple().exponent
    return max(0, -e) if isinstance(e, int) else 0


def sama_pada_presisi(tercetak: Decimal, dihitung: Decimal) -> bool:
    """Equal at the printed number of decimals, rounded half-up (the only correct rounding)."""
    return tercetak == bulatkan(dihitung, _digit(tercetak))


def dibulatkan_ke_bawah(tercetak: Decimal, dihitung: Decimal) -> bool:
    """The print is the computed value cut off at the printed decimals (99 for 99,85), not rounded."""
    q = Decimal(1).scaleb(-_digit(tercetak))
    return not sama_pada_presisi(tercetak, dihitung) and tercetak == dihitung.quantize(q, rounding=ROUND_DOWN)


def temuan_persen(tercetak: Decimal, dihitung: Decimal) -> str | None:
    """None when the printed percentage is right, else the kind of finding."""
    if sama_pada_presisi(tercetak, dihitung):
        return None
    return TEMUAN_BULAT_BAWAH if dibulatkan_ke_bawah(tercetak, dihitung) else TEMUAN_BERBEDA


def _beda_nilai(a: Angka | None, b: Angka | None) -> str | None:
    """The finding for a printed target or realisasi ``a`` against the held ``b``, or None."""
    if a is None or b is None:
        return None
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return temuan_persen(a, b)
    return TEMUAN_BERBEDA if a != b else None


def kunci_indikator(ind: Indikator) -> str:
    """``Selisih.nama`` of an indicator's figures: a table finds its cell's notes by it."""
    return f"{ind.id} {ind.nama}"


def kunci_anggaran(b: BarisAnggaran) -> str:
    """``Selisih.nama`` of a budget line's figures."""
    return f"{b.jenis} {b.kode} {b.nama}".replace("total  ", "total ").strip()


def _kinerja(c: CapaianIndikator, t: TercetakKinerja, hasil: list[Selisih], batas: Decimal | None) -> None:
    ind = c.indikator
    nama = kunci_indikator(ind)
    target = c.target.nilai if c.target else None
    temuan = _beda_nilai(t.target, target)
    if temuan:
        hasil.append(Selisih(t.path, t.line("target"), t.sumber, "target", nama, t.target, target, ATURAN_TARGET,
                             rumus=(("sumber", c.target.sumber if c.target else None),), temuan=temuan))
    temuan = _beda_nilai(t.realisasi, c.nilai_realisasi) if c.nilai_realisasi is not None else TEMUAN_BERBEDA
    if t.realisasi is not None and temuan:
        hasil.append(Selisih(t.path, t.line("realisasi"), t.sumber, "realisasi", nama, t.realisasi,
                             c.nilai_realisasi, ATURAN_REALISASI, alasan=c.alasan, temuan=temuan))
    if t.capaian is not None:
        if c.capaian is None:
            hasil.append(Selisih(t.path, t.line("capaian"), t.sumber, "capaian", nama, t.capaian, None,
                                 ATURAN_CAPAIAN_TANPA, "persen", alasan=c.alasan))
        else:
            temuan = temuan_persen(t.capaian, c.capaian)
            if temuan and batas is not None and c.capaian_dibatasi is not None and \
                    temuan_persen(t.capaian, c.capaian_dibatasi) is None:
                temuan = None
            if temuan:
                assert isinstance(target, Decimal) and isinstance(c.nilai_realisasi, Decimal)
                hasil.append(Selisih(t.path, t.line("capaian"), t.sumber, "capaian", nama, t.capaian, c.capaian,
                                     ATURAN_RUMUS, "persen", _digit(t.capaian),
                                     rumus=(("polaritas", ind.polaritas), ("target", target),
                                            ("realisasi", c.nilai_realisasi)), temuan=temuan))
    if t.teks is not None and all(v is None for v in (t.target, t.realisasi, t.capaian, t.kategori)):
        # a figure printed in another unit or unreadable ("1 NSPK" for a target held as 100 %)
        hasil.append(Selisih(t.path, t.line("teks"), t.sumber, "angka", nama, t.teks, None, ATURAN_TEKS, "teks",
                             rumus=(("target", target), ("realisasi", c.nilai_realisasi),
                                    ("satuan", ind.satuan)), temuan=TEMUAN_TAK_TERHITUNG))
    if t.kategori is not None and c.kategori is not None and t.kategori.strip().lower() != c.kategori.nama.lower():
        hasil.append(Selisih(t.path, t.line("kategori"), t.sumber, "kategori", nama, t.kategori, c.kategori.nama,
                             ATURAN_SKALA, "teks"))


def _anggaran(b: BarisAnggaran, t: TercetakAnggaran, hasil: list[Selisih]) -> None:
    nama = kunci_anggaran(b)
    for kolom, dihitung in (("pagu", b.pagu), ("realisasi", b.realisasi), ("sisa", b.sisa)):
        cetak = getattr(t, kolom)
        if cetak is not None and dihitung is not None and cetak != dihitung:
            aturan = ATURAN_SISA if kolom == "sisa" else ATURAN_RINCIAN if b.dihitung else ATURAN_DATA
            hasil.append(Selisih(t.path, t.line(kolom), t.sumber, kolom, nama, cetak, dihitung, aturan, "rupiah"))
    temuan = temuan_persen(t.serapan, b.serapan) if t.serapan is not None and b.serapan is not None else None
    if temuan:
        hasil.append(Selisih(t.path, t.line("serapan"), t.sumber, "serapan", nama, t.serapan, b.serapan,
                             ATURAN_SERAPAN, "persen", _digit(t.serapan),
                             rumus=(("realisasi", b.realisasi or 0), ("pagu", b.pagu or 0)), temuan=temuan))
    if t.teks is not None and not any(getattr(t, k) is not None for k in ("pagu", "realisasi", "sisa", "serapan")):
        hasil.append(Selisih(t.path, t.line("teks"), t.sumber, "angka", nama, t.teks, b.pagu or 0,
                             ATURAN_TAK_TERBACA, "rupiah"))


def ada_tercetak(th: Tahunan | None) -> bool:
    """Whether the year's data keeps any printed figure: without one there is nothing to compare."""
    return th is not None and any(b is not None and _punya_tercetak(b.data) for b in (th.pk, th.realisasi, th.anggaran))


def _punya_tercetak(r: Rekam) -> bool:
    for f in fields(r):
        v = getattr(r, f.name)
        if f.name == "tercetak" and v:
            return True
        if isinstance(v, Rekam) and _punya_tercetak(v):
            return True
        if isinstance(v, tuple) and any(isinstance(x, Rekam) and _punya_tercetak(x) for x in v):
            return True
    return False


def catatan_konsistensi(h: HasilTahun) -> list[Selisih]:
    """Every printed figure of the year that differs from the computed one."""
    hasil: list[Selisih] = []
    batas = h.pengaturan.batas_capaian
    th = h.satker.tahun.get(h.tahun)
    if th is None:
        return hasil
    for c in h.indikator.values():
        if c.realisasi is not None:
            for t in c.realisasi.tercetak:
                _kinerja(c, t, hasil, batas)
    if th.pk is not None:
        for p in th.pk.data.perjanjian:
            for b in p.baris:
                cb = h.indikator.get(b.indikator)
                if cb is not None:
                    for t in b.tercetak:
                        _kinerja(cb, t, hasil, batas)
    if th.realisasi is not None:
        _ringkasan(h, th.realisasi.data.tercetak, hasil)
    if h.anggaran is not None and th.anggaran is not None:
        for baris in h.anggaran.semua_baris():
            if baris.rekam is not None:
                for ta in getattr(baris.rekam, "tercetak", ()):
                    _anggaran(baris, ta, hasil)
        for ta in th.anggaran.data.tercetak:
            _anggaran(h.anggaran.total, ta, hasil)
    return sorted(hasil, key=lambda s: (s.path, s.baris))


def _ringkasan(h: HasilTahun, daftar: tuple[TercetakRingkasan, ...], hasil: list[Selisih]) -> None:
    """Printed means and counts: against the computed group, or, with nothing to compute them from
    (a year without data, a count kept as a sentence), against the other prints of the same figure."""
    for r in daftar:
        judul, rata, kategori, jumlah = _lingkup(h, r.lingkup) or (judul_lingkup(h, r.lingkup), None, None, None)
        if r.capaian is not None and rata is not None:
            temuan = temuan_persen(r.capaian, rata)
            if temuan:
                hasil.append(Selisih(r.path, r.line("capaian"), r.sumber, "rata-rata capaian", judul, r.capaian, rata,
                                     ATURAN_RATA, "persen", _digit(r.capaian), temuan=temuan))
        elif r.capaian is not None:
            lain = [x for x in daftar if x is not r and x.lingkup == r.lingkup and x.capaian is not None
                    and x.capaian != r.capaian]
            rumus: tuple[tuple[str, Angka | int | None], ...] = (
                ("tercetak_lain", lain[0].capaian), ("sumber_lain", lain[0].sumber)) if lain else ()
            hasil.append(Selisih(r.path, r.line("capaian"), r.sumber, "rata-rata capaian", judul, r.capaian, None,
                                 ATURAN_CETAKAN_LAIN if lain else ATURAN_RATA, "persen", _digit(r.capaian),
                                 rumus=rumus, temuan=TEMUAN_ANTAR_CETAKAN if lain else TEMUAN_TAK_TERHITUNG))
        if r.kategori is not None and kategori is not None and r.kategori.strip().lower() != kategori.lower():
            hasil.append(Selisih(r.path, r.line("kategori"), r.sumber, "kategori", judul, r.kategori, kategori,
                                 ATURAN_SKALA, "teks"))
        if r.jumlah_indikator is not None and jumlah is not None and r.jumlah_indikator != jumlah:
            hasil.append(Selisih(r.path, r.line("jumlah_indikator"), r.sumber, "jumlah indikator", judul,
                                 r.jumlah_indikator, jumlah, ATURAN_JUMLAH))
        if r.teks is not None and r.capaian is None and r.kategori is None and r.jumlah_indikator is None:
            hasil.append(Selisih(r.path, r.line("teks"), r.sumber, "kalimat", judul, r.teks, None, ATURAN_TEKS,
                                 "teks", rumus=(("jumlah_indikator", jumlah), ("rata_rata", rata),
                                                ("jumlah_sasaran", _jumlah_sasaran(h, r.lingkup))),
                                 temuan=TEMUAN_TAK_TERHITUNG))


def _jumlah_sasaran(h: HasilTahun, lingkup: str) -> int:
    jenis, _, kode = lingkup.partition(":")
    if jenis == "perjanjian":
        return sum(len(p.sasaran) for p in h.perjanjian if p.perjanjian.id == kode)
    if jenis == "iku" and h.iku is not None:
        return len({c.sasaran.id for c in h.iku.indikator})
    return 1 if jenis == "sasaran" else 0


def judul_lingkup(h: HasilTahun, lingkup: str) -> str:
    """What a printed summary summarises, in words: never the raw key ('perjanjian:ketua')."""
    jenis, _, kode = lingkup.partition(":")
    if jenis == "iku":
        return f"Indikator Kinerja Utama {h.tahun}"
    if jenis == "perjanjian":
        cocok = [p.perjanjian for p in h.perjanjian if p.perjanjian.id == kode]
        if cocok and cocok[0].judul:
            return cocok[0].judul
        return ("Rencana Kinerja Tahunan " if cocok and cocok[0].jenis == "rkt" else "Perjanjian Kinerja ") + \
            kode.replace("-", " ").title()
    if jenis == "sasaran":
        cocok2 = [k.sasaran for k in h.sasaran if k.sasaran is not None and k.sasaran.id == kode]
        return f"{kode} {cocok2[0].uraian}" if cocok2 else f"sasaran {kode}"
    return lingkup


def _lingkup(h: HasilTahun, lingkup: str) -> tuple[str, Decimal | None, str | None, int] | None:
    jenis, _, kode = lingkup.partition(":")
    if jenis == "iku" and h.iku is not None:
        k = h.iku
    elif jenis == "perjanjian":
        cocok = [p.ringkas for p in h.perjanjian if p.perjanjian.id == kode]
        if not cocok:
            return None
        k = cocok[0]
    elif jenis == "sasaran":
        cocok2 = [s for s in h.sasaran if s.sasaran is not None and s.sasaran.id == kode]
        if not cocok2:
            return None
        k = cocok2[0]
    else:
        return None
    return judul_lingkup(h, lingkup), k.rata_rata, k.kategori.nama if k.kategori else None, len(k.indikator)


def lingkup_sah(h: HasilTahun, lingkup: str) -> bool:
    return _lingkup(h, lingkup) is not None or lingkup == "iku"

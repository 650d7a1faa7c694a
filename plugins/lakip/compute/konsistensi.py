"""Printed figures against computed ones: the "Catatan konsistensi" of a report.

A report imported from a PDF keeps its printed figures as ``tercetak``. Each is
compared with what the data computes; a printed value matches when it equals
the computed one at the printed precision, rounded half-up or truncated (the
seeds do both). Differences are listed, never fatal: the print is history.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import ROUND_DOWN, Decimal

from ..model.rekaman import Angka, Rekam, TercetakAnggaran, TercetakKinerja
from ..model.satker import Tahunan
from ..render.format import angka, persen, rupiah
from .anggaran import BarisAnggaran
from .capaian import bulatkan
from .kinerja import CapaianIndikator, HasilTahun, rumus_teks


@dataclass(frozen=True)
class Selisih:
    path: str
    baris: int
    sumber: str  # where the figure is printed
    apa: str  # which figure
    tercetak: str
    dihitung: str
    aturan: str  # the rule used to compute it


def sama_pada_presisi(tercetak: Decimal, dihitung: Decimal) -> bool:
    """Equal at the printed number of decimals, rounded half-up or truncated."""
    eksponen = tercetak.as_tuple().exponent
    digit = max(0, -eksponen) if isinstance(eksponen, int) else 0
    q = Decimal(1).scaleb(-digit)
    return tercetak in (bulatkan(dihitung, digit), dihitung.quantize(q, rounding=ROUND_DOWN))


def _teks(v: Angka | None) -> str:
    if v is None:
        return "–"
    return angka(v) if isinstance(v, Decimal) else v


def _beda_nilai(a: Angka | None, b: Angka | None) -> bool:
    if a is None or b is None:
        return False
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return not sama_pada_presisi(a, b)
    return a != b


def _kinerja(c: CapaianIndikator, t: TercetakKinerja, hasil: list[Selisih], batas: Decimal | None) -> None:
    ind = c.indikator
    nama = f"{ind.id} {ind.nama}"
    target = c.target.nilai if c.target else None
    if _beda_nilai(t.target, target):
        hasil.append(Selisih(t.path, t.line("target"), t.sumber, f"target {nama}", _teks(t.target), _teks(target),
                             f"target yang disepakati ({c.target.sumber if c.target else '-'})"))
    if t.realisasi is not None and (c.nilai_realisasi is None or _beda_nilai(t.realisasi, c.nilai_realisasi)):
        hasil.append(Selisih(t.path, t.line("realisasi"), t.sumber, f"realisasi {nama}", _teks(t.realisasi),
                             _teks(c.nilai_realisasi) if c.nilai_realisasi is not None else "belum ada realisasi",
                             "realisasi dalam data"))
    if t.capaian is not None:
        if c.capaian is None:
            hasil.append(Selisih(t.path, t.line("capaian"), t.sumber, f"capaian {nama}", persen(t.capaian),
                                 c.catatan or "tidak dihitung", "capaian hanya dihitung dari target dan realisasi"))
        else:
            cocok = sama_pada_presisi(t.capaian, c.capaian) or (
                batas is not None and c.capaian_dibatasi is not None and sama_pada_presisi(t.capaian, c.capaian_dibatasi))
            if not cocok:
                assert isinstance(target, Decimal) and isinstance(c.nilai_realisasi, Decimal)
                hasil.append(Selisih(t.path, t.line("capaian"), t.sumber, f"capaian {nama}", persen(t.capaian, _digit(t.capaian)),
                                     persen(c.capaian),
                                     f"polaritas {ind.polaritas}: {rumus_teks(ind.polaritas, target, c.nilai_realisasi)}"))
    if t.kategori is not None and c.kategori is not None and t.kategori.strip().lower() != c.kategori.nama.lower():
        hasil.append(Selisih(t.path, t.line("kategori"), t.sumber, f"kategori {nama}", t.kategori, c.kategori.nama,
                             "skala kategori (lihat Metodologi)"))


def _digit(v: Decimal) -> int:
    e = v.as_tuple().exponent
    return max(0, -e) if isinstance(e, int) else 0


def _anggaran(b: BarisAnggaran, t: TercetakAnggaran, hasil: list[Selisih]) -> None:
    nama = f"{b.jenis} {b.kode} {b.nama}".replace("total  ", "total ").strip()
    for kolom, dihitung in (("pagu", b.pagu), ("realisasi", b.realisasi), ("sisa", b.sisa)):
        cetak = getattr(t, kolom)
        if cetak is not None and dihitung is not None and cetak != dihitung:
            aturan = {"pagu": "jumlah rinciannya" if b.dihitung else "pagu dalam data",
                      "realisasi": "jumlah rinciannya" if b.dihitung else "realisasi dalam data",
                      "sisa": "pagu − realisasi"}[kolom]
            hasil.append(Selisih(t.path, t.line(kolom), t.sumber, f"{kolom} {nama}", rupiah(cetak), rupiah(dihitung), aturan))
    if t.serapan is not None and b.serapan is not None and not sama_pada_presisi(t.serapan, b.serapan):
        hasil.append(Selisih(t.path, t.line("serapan"), t.sumber, f"serapan {nama}", persen(t.serapan, _digit(t.serapan)),
                             persen(b.serapan), f"realisasi ÷ pagu × 100 = {rupiah(b.realisasi or 0)} ÷ {rupiah(b.pagu or 0)} × 100"))
    if t.teks is not None and not any(getattr(t, k) is not None for k in ("pagu", "realisasi", "sisa", "serapan")):
        hasil.append(Selisih(t.path, t.line("teks"), t.sumber, f"angka {nama}", t.teks, rupiah(b.pagu or 0),
                             "angka tercetak tidak dapat dibaca"))


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
        for r in th.realisasi.data.tercetak:
            kel = _lingkup(h, r.lingkup)
            if kel is None:
                continue
            judul, rata, kategori, jumlah = kel
            if r.capaian is not None and (rata is None or not sama_pada_presisi(r.capaian, rata)):
                hasil.append(Selisih(r.path, r.line("capaian"), r.sumber, f"rata-rata capaian {judul}",
                                     persen(r.capaian, _digit(r.capaian)), persen(rata),
                                     "rata-rata hitung capaian indikator yang punya realisasi"))
            if r.kategori is not None and kategori is not None and r.kategori.strip().lower() != kategori.lower():
                hasil.append(Selisih(r.path, r.line("kategori"), r.sumber, f"kategori {judul}", r.kategori, kategori,
                                     "skala kategori (lihat Metodologi)"))
            if r.jumlah_indikator is not None and r.jumlah_indikator != jumlah:
                hasil.append(Selisih(r.path, r.line("jumlah_indikator"), r.sumber, f"jumlah indikator {judul}",
                                     str(r.jumlah_indikator), str(jumlah), "banyaknya indikator dalam data"))
    if h.anggaran is not None and th.anggaran is not None:
        for baris in h.anggaran.semua_baris():
            if baris.rekam is not None:
                for ta in getattr(baris.rekam, "tercetak", ()):
                    _anggaran(baris, ta, hasil)
        for ta in th.anggaran.data.tercetak:
            _anggaran(h.anggaran.total, ta, hasil)
    return sorted(hasil, key=lambda s: (s.path, s.baris))


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
    return lingkup, k.rata_rata, k.kategori.nama if k.kategori else None, len(k.indikator)


def lingkup_sah(h: HasilTahun, lingkup: str) -> bool:
    return _lingkup(h, lingkup) is not None or lingkup == "iku"



"""The capaian engine: from one satker's data to every computed figure of a year.

``hitung_tahun`` gives, for one satker and year, each indicator's target,
realisasi, capaian (raw and capped) and category (the formula is the indicator's
polarity; ``render.kalimat`` writes it out); the
means per sasaran, per perjanjian and over the IKU; earlier years' realisasi
and progress towards the Renstra end target; and the budget. Nothing here
formats for display: values are Decimal and int, rounding is the renderer's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..model.katalog import (
    Definisi,
    Target,
    indeks_indikator,
    perjanjian_tahun,
    renstra_untuk,
    target_tahun,
)
from ..model.rekaman import Angka, Indikator, Perjanjian, Realisasi, Sasaran
from ..model.satker import Satker
from .anggaran import HasilAnggaran, hitung_anggaran
from .capaian import (
    Kategori,
    batasi,
    gabung_triwulan,
    hitung_capaian,
    rata_rata,
    tercapai_skala,
)
from .kegiatan import KegiatanPendukung, kegiatan_pendukung
from .pengaturan import Pengaturan, pengaturan_untuk


@dataclass(frozen=True)
class CapaianIndikator:
    indikator: Indikator
    sasaran: Sasaran
    target: Target | None
    realisasi: Realisasi | None
    nilai_realisasi: Angka | None
    capaian: Decimal | None  # raw, unrounded
    capaian_dibatasi: Decimal | None  # capped when a cap is set, else equal to capaian
    kategori: Kategori | None
    tercapai: bool | None  # graded indicators only
    alasan: str | None = None  # why no capaian counts in the mean: TANPA_TARGET, TANPA_REALISASI, BERPREDIKAT
    riwayat: tuple[tuple[int, Angka | None, Decimal | None], ...] = ()  # (tahun, realisasi, capaian)
    target_akhir: Angka | None = None
    tahun_akhir: int | None = None
    progres_akhir: Decimal | None = None  # realisasi against the Renstra end target (%)
    #: earlier years with no realisasi value whose capaian the data records only as printed:
    #: (tahun, capaian as printed, where it was printed)
    tercetak_lalu: tuple[tuple[int, Decimal, str], ...] = ()

    @property
    def dihitung(self) -> bool:
        """Counts in means: a numeric capaian exists."""
        return self.capaian_dibatasi is not None

    @property
    def memenuhi_target(self) -> bool | None:
        """Target met: capaian of 100 % or more (every polarity's formula gives 100 at the target), or a
        predikat as good as the target's; None when it cannot be judged (no target or no realisasi)."""
        if self.tercapai is not None:
            return self.tercapai
        return None if self.capaian is None else self.capaian >= 100


@dataclass(frozen=True)
class Kelompok:
    """A group of indicators with its mean (a sasaran, a perjanjian, the IKU)."""

    judul: str
    indikator: tuple[CapaianIndikator, ...]
    rata_rata: Decimal | None
    kategori: Kategori | None
    dikecualikan: tuple[CapaianIndikator, ...] = ()  # left out of the mean, with their reason
    rata_rata_mentah: Decimal | None = None  # the mean of the uncapped capaian (shown beside the capped mean)


@dataclass(frozen=True)
class KelompokSasaran(Kelompok):
    sasaran: Sasaran | None = None


@dataclass(frozen=True)
class HasilPerjanjian:
    perjanjian: Perjanjian
    sasaran: tuple[KelompokSasaran, ...]
    ringkas: Kelompok


@dataclass
class HasilTahun:
    satker: Satker
    tahun: int
    pengaturan: Pengaturan
    indikator: dict[str, CapaianIndikator] = field(default_factory=dict)
    sasaran: list[KelompokSasaran] = field(default_factory=list)  # every sasaran with a target this year
    perjanjian: list[HasilPerjanjian] = field(default_factory=list)
    iku: Kelompok | None = None
    anggaran: HasilAnggaran | None = None
    #: the kegiatan that carry this year's indicators, with their budget (``compute.kegiatan``)
    kegiatan: list[KegiatanPendukung] = field(default_factory=list)

    @property
    def sebagian(self) -> bool:
        """The year's data covers only part of the report (``sebagian: true`` in pk.md or realisasi.md):
        a sentence then counts 'dari data yang tercatat', never asserting the report's total."""
        th = self.satker.tahun.get(self.tahun)
        return th is not None and any(b is not None and b.data.sebagian for b in (th.pk, th.realisasi))

    @property
    def catatan_sebagian(self) -> str | None:
        th = self.satker.tahun.get(self.tahun)
        catatan = [b.data.catatan_sebagian for b in ((th.pk, th.realisasi) if th else ())
                   if b is not None and b.data.sebagian and b.data.catatan_sebagian]
        return "; ".join(catatan) or None

    @property
    def ada_realisasi(self) -> bool:
        return any(c.nilai_realisasi is not None for c in self.indikator.values())


def realisasi_tahunan(ind: Indikator, x: Realisasi | None) -> Angka | None:
    """The year's realisasi: written, or combined from the triwulan by the indicator's rule."""
    if x is None:
        return None
    if x.nilai is not None:
        return x.nilai
    if x.triwulan and ind.skala:
        return x.triwulan[-1]
    if x.triwulan and ind.agregasi_triwulan:
        nilai = [v for v in x.triwulan if isinstance(v, Decimal)]
        if len(nilai) == len(x.triwulan):
            return gabung_triwulan(ind.agregasi_triwulan, nilai)
    return None


def _realisasi_tahun(satker: Satker, tahun: int) -> dict[str, Realisasi]:
    th = satker.tahun.get(tahun)
    if th is None or th.realisasi is None:
        return {}
    return {x.indikator: x for x in th.realisasi.data.realisasi}


#: why an indicator has no capaian in the mean (``CapaianIndikator.alasan``); the words are render's
TANPA_TARGET, TANPA_REALISASI, BERPREDIKAT = "tanpa-target", "tanpa-realisasi", "berpredikat"
#: a target or realisasi that ``lakip check`` refuses (a word for a number, target 0 on a naik
#: indicator): the engine computes nothing instead of failing, so ``lakip diff`` can still compare
TAK_TERHITUNG = "tak-terhitung"


def _capaian(ind: Indikator, target: Angka | None, nilai: Angka | None, p: Pengaturan
             ) -> tuple[Decimal | None, Decimal | None, Kategori | None, bool | None, str | None]:
    if target is None:
        return None, None, None, None, TANPA_TARGET
    if nilai is None:
        return None, None, None, None, TANPA_REALISASI
    if ind.skala:
        if not (isinstance(target, str) and isinstance(nilai, str)) or not {target, nilai} <= set(ind.skala):
            return None, None, None, None, TAK_TERHITUNG  # data that lakip check refuses: nothing to compute
        return None, None, None, tercapai_skala(ind.skala, target, nilai), BERPREDIKAT
    if not (isinstance(target, Decimal) and isinstance(nilai, Decimal)) or (target <= 0 and ind.polaritas != "turun") \
            or target < 0:
        return None, None, None, None, TAK_TERHITUNG
    mentah = hitung_capaian(ind.polaritas, target, nilai)
    dibatasi = batasi(mentah, p.batas_capaian)
    return mentah, dibatasi, p.skala.golongkan(dibatasi), None, None


def _kelompok(judul: str, items: list[CapaianIndikator], p: Pengaturan, **extra: object) -> KelompokSasaran:
    masuk = [c for c in items if c.dihitung]
    rata = rata_rata(c.capaian_dibatasi for c in masuk if c.capaian_dibatasi is not None)
    kat = p.skala.golongkan(rata) if rata is not None else None
    mentah = rata_rata(c.capaian for c in masuk if c.capaian is not None)
    return KelompokSasaran(judul, tuple(items), rata, kat, tuple(c for c in items if not c.dihitung), mentah,
                           **extra)  # type: ignore[arg-type]


def capaian_indikator(satker: Satker, tahun: int, d: Definisi, p: Pengaturan,
                      target: Target | None = None) -> CapaianIndikator:
    ind = d.indikator
    target = target or target_tahun(satker, tahun, ind.id)
    x = _realisasi_tahun(satker, tahun).get(ind.id)
    nilai = realisasi_tahunan(ind, x)
    mentah, dibatasi, kat, ok, alasan = _capaian(ind, target.nilai if target else None, nilai, p)
    riwayat = []
    lalu: list[tuple[int, Decimal, str]] = []
    for th in sorted(t for t in satker.tahun if t < tahun):
        xr = _realisasi_tahun(satker, th).get(ind.id)
        if xr is None:
            continue
        nr = realisasi_tahunan(ind, xr)
        cetak = next((tc for tc in xr.tercetak if tc.capaian is not None), None)
        if nr is None and cetak is not None and cetak.capaian is not None:
            lalu.append((th, cetak.capaian, cetak.sumber))
        tr = target_tahun(satker, th, ind.id)
        c = _capaian(ind, tr.nilai if tr else None, nr, p)[0]
        riwayat.append((th, nr, c))
    r = d.renstra.data
    akhir = ind.target.get(r.selesai)
    progres = None
    if isinstance(akhir, Decimal) and isinstance(nilai, Decimal) and (akhir > 0 or (akhir == 0 and ind.polaritas == "turun")):
        progres = hitung_capaian(ind.polaritas, akhir, nilai)
    return CapaianIndikator(ind, d.sasaran, target, x, nilai, mentah, dibatasi, kat, ok, alasan,
                            tuple(riwayat), akhir, r.selesai if akhir is not None else None, progres, tuple(lalu))


def hitung_tahun(satker: Satker, tahun: int, p: Pengaturan | None = None) -> HasilTahun:
    """Every computed figure of ``satker`` in ``tahun``."""
    p = pengaturan_untuk(satker, tahun, p or Pengaturan())
    h = HasilTahun(satker, tahun, p)
    th = satker.tahun.get(tahun)
    if th is not None and th.anggaran is not None:
        h.anggaran = hitung_anggaran(th.anggaran.data)
    r = renstra_untuk(satker, tahun)
    if r is None:
        return h
    indeks = indeks_indikator(r)
    realisasi = _realisasi_tahun(satker, tahun)
    for kode, d in indeks.items():
        t = target_tahun(satker, tahun, kode)
        if t is None and kode not in realisasi:
            continue
        h.indikator[kode] = capaian_indikator(satker, tahun, d, p, t)
    for sas in r.data.sasaran:
        items = [h.indikator[i.id] for i in sas.indikator if i.id in h.indikator]
        if items:
            h.sasaran.append(_kelompok(f"{sas.id} {sas.uraian}", items, p, sasaran=sas))
    for pj in perjanjian_tahun(satker, tahun):
        rows = [h.indikator[b.indikator] for b in pj.baris if b.indikator in h.indikator]
        per_sas: dict[str, list[CapaianIndikator]] = {}
        for c in rows:
            per_sas.setdefault(c.sasaran.id, []).append(c)
        groups = tuple(_kelompok(f"{c[0].sasaran.id} {c[0].sasaran.uraian}", c, p, sasaran=c[0].sasaran)
                       for c in per_sas.values())
        h.perjanjian.append(HasilPerjanjian(pj, groups, _kelompok(pj.judul or pj.id, rows, p)))
    h.kegiatan = kegiatan_pendukung(satker, tahun, r.data, ((c.indikator, c.sasaran) for c in h.indikator.values()),
                                    h.anggaran)
    iku = [c for c in h.indikator.values() if c.indikator.iku]
    if iku:
        h.iku = _kelompok("Indikator Kinerja Utama", iku, p)
    return h

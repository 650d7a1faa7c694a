"""realisasi.md against the Renstra and the PK: indicators, targets, units, quarters, printed figures.

Each realisasi must name an indicator of the year's Renstra that has a target
that year, in its unit, with a valid value. Quarterly values are at most four,
each valid; a number-valued indicator must say how they combine, and a stated
yearly value must equal their combination. A printed summary must name an
IKU set, an agreement or a sasaran that exists.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..compute.capaian import gabung_triwulan
from ..errors import Masalah
from ..load.validasi import ditolak
from ..model.katalog import renstra_untuk, target_tahun
from ..model.rekaman import Indikator
from ..model.satker import Satker, Tahunan
from ..model.skema import mirip
from ..render.format import angka as fmt_angka
from .nilai import nilai_sah, periksa_satuan, periksa_tercetak
from .umum import cari, duplikat, renstra_cacat


def periksa_realisasi(s: Satker, th: Tahunan, indeks: dict, m: Masalah) -> None:
    assert th.realisasi is not None
    _lingkup(s, th, m)
    r = renstra_untuk(s, th.tahun)
    assert r is not None
    duplikat(th.realisasi.data.realisasi, "indikator", "realisasi indikator", m)
    for x in th.realisasi.data.realisasi:
        ind = cari(indeks, x.indikator, x.path, x.line("indikator"), m, r.path, renstra_cacat(r.data))
        if ind is None:
            continue
        tanpa_angka = x.nilai is None and not x.triwulan and any(t.capaian is not None for t in x.tercetak)
        # an entry holding only a printed capaian (an earlier year known from a later report) needs no target
        if target_tahun(s, th.tahun, ind.id) is None and not _target_cacat(s, th, ind) and not tanpa_angka:
            m.tambah(x.path, x.line("indikator"),
                     f"realisasi {ind.id} tahun {th.tahun} tidak punya target (tulis targetnya di {th.tahun}/pk.md "
                     f"atau target {th.tahun} di Renstra)")
        periksa_satuan(ind, x.satuan, x.path, x.line("satuan"), "realisasi", m)
        periksa_tercetak(ind, x.tercetak, m)
        if x.nilai is not None:
            nilai_sah(ind, x.nilai, "realisasi", x.path, x.line("nilai"), m, th.tahun)
        if x.triwulan:
            if len(x.triwulan) > 4:
                m.tambah(x.path, x.line("triwulan"),
                         "triwulan berisi lebih dari 4 nilai (tulis paling banyak 4: triwulan I-IV)")
                continue
            if not all(nilai_sah(ind, v, "realisasi triwulan", x.path, x.line("triwulan"), m) for v in x.triwulan):
                continue
            if ind.skala:
                continue
            if ind.agregasi_triwulan is None:
                m.tambah(x.path, x.line("triwulan"),
                         f"indikator {ind.id} belum menyebut cara menggabungkan triwulan "
                         "(tulis agregasi_triwulan: kumulatif, terakhir atau rata-rata pada indikator di Renstra)")
                continue
            gabung = gabung_triwulan(ind.agregasi_triwulan, [v for v in x.triwulan if isinstance(v, Decimal)])
            if isinstance(x.nilai, Decimal) and gabung != x.nilai and len(x.triwulan) == 4:
                m.tambah(x.path, x.line("nilai"),
                         f"realisasi tahunan {ind.id} ({fmt_angka(x.nilai)}) berbeda dari gabungan triwulan "
                         f"({ind.agregasi_triwulan}: {fmt_angka(gabung)}) (hapus 'nilai' agar dihitung, atau perbaiki)")
            elif not ind.skala:
                nilai_sah(ind, gabung, "realisasi gabungan triwulan", x.path, x.line("triwulan"), m, th.tahun)


def _lingkup(s: Satker, th: Tahunan, m: Masalah) -> None:
    """A printed summary must name what it summarises, or the site cannot set it beside the computed one."""
    assert th.realisasi is not None
    r = renstra_untuk(s, th.tahun)
    assert r is not None
    perjanjian = th.pk.data.perjanjian if th.pk else ()
    pj = {p.id for p in perjanjian}
    sas = {x.id for x in r.data.sasaran}
    # ids that may be missing only because they could not be read (reported already)
    pj_cacat = th.pk is not None and (ditolak(th.pk.data, "perjanjian") or any(ditolak(p, "id") for p in perjanjian))
    if th.pk is None and (s.folder / str(th.tahun) / "pk.md").is_file():
        pj_cacat = True  # pk.md exists but could not be read
    sas_cacat = ditolak(r.data, "sasaran") or any(ditolak(x, "id") for x in r.data.sasaran)
    iku = [i.id for x in r.data.sasaran for i in x.indikator if i.iku]
    for t in th.realisasi.data.tercetak:
        jenis, _, kode = t.lingkup.partition(":")
        if t.lingkup == "iku":
            if not iku and not renstra_cacat(r.data):
                m.tambah(t.path, t.line("lingkup"),
                         f"lingkup 'iku', tetapi tidak ada indikator IKU di {Path(r.path).name} (tulis iku: true pada "
                         "indikator kinerja utama di Renstra, atau pakai lingkup perjanjian:<id> atau sasaran:<id>)")
            continue
        if (jenis == "perjanjian" and (kode in pj or pj_cacat)) or (jenis == "sasaran" and (kode in sas or sas_cacat)):
            continue
        pilihan = ["iku", *(f"perjanjian:{x}" for x in sorted(pj)), *(f"sasaran:{x}" for x in sorted(sas))]
        hint = mirip(t.lingkup, pilihan)
        m.tambah(t.path, t.line("lingkup"), f"lingkup '{t.lingkup}' tidak dikenal "
                                            f"({hint or 'tulis salah satu: ' + ', '.join(pilihan)})")


def _target_cacat(s: Satker, th: Tahunan, ind: Indikator) -> bool:
    """Could the year's target of ``ind`` be one that was unreadable (and already reported)?"""
    if ditolak(ind, "target"):
        return True
    if th.pk is None:
        return (s.folder / str(th.tahun) / "pk.md").is_file()  # pk.md exists but could not be read
    return (ditolak(th.pk.data, "perjanjian") or any(ditolak(p, "baris") for p in th.pk.data.perjanjian)
            or any(ditolak(b, "indikator") for p in th.pk.data.perjanjian for b in p.baris))

"""renstra-AWAL-AKHIR.md: periods, codes, the tujuan a sasaran names, each indicator's targets.

Two Renstra may not cover the same year, and every year folder must fall in
one. Within a Renstra, tujuan, sasaran and indikator codes are written once, a
sasaran names a tujuan of the list, and an indikator's scale, maximum,
polarity and yearly targets agree with each other and with the period.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Masalah
from ..model.rekaman import Indikator, Renstra
from ..model.satker import Satker, Tahunan
from ..model.skema import mirip
from ..render.format import angka as fmt_angka
from .nilai import batas_satuan, nilai_sah
from .umum import duplikat


def periksa_renstra(s: Satker, m: Masalah) -> None:
    periode = sorted(s.renstra, key=lambda r: r.data.mulai)
    for a, b in zip(periode, periode[1:], strict=False):
        if b.data.mulai <= a.data.selesai:
            m.tambah(b.path, 1, f"periode Renstra {b.data.mulai}-{b.data.selesai} bertumpang tindih dengan "
                                f"{a.data.mulai}-{a.data.selesai} (satu tahun hanya boleh dicakup satu Renstra)")
    for r in s.renstra:
        _satu_renstra(r.data, m)


def _satu_renstra(r: Renstra, m: Masalah) -> None:
    duplikat(r.tujuan, "id", "kode tujuan", m)
    duplikat(r.sasaran, "id", "kode sasaran", m)
    duplikat([i for sas in r.sasaran for i in sas.indikator], "id", "kode indikator", m)
    tujuan = {t.id for t in r.tujuan}
    for sas in r.sasaran:
        if sas.tujuan is not None and sas.tujuan not in tujuan:
            hint = mirip(sas.tujuan, sorted(tujuan))
            m.tambah(sas.path, sas.line("tujuan"),
                     f"tujuan '{sas.tujuan}' tidak ada di daftar tujuan Renstra ({hint or 'tulis salah satu: ' + ', '.join(sorted(tujuan)) if tujuan else 'tambahkan di tujuan'})")
        for ind in sas.indikator:
            _indikator(ind, r, m)


def _indikator(ind: Indikator, r: Renstra, m: Masalah) -> None:
    if len(set(ind.skala)) != len(ind.skala):
        m.tambah(ind.path, ind.line("skala"), f"'skala' indikator {ind.id} memuat predikat yang sama dua kali (tulis setiap predikat sekali)")
    batas = batas_satuan(ind.satuan)
    if ind.realisasi_maks is not None and batas is not None and ind.realisasi_maks > batas:
        m.tambah(ind.path, ind.line("realisasi_maks"),
                 f"realisasi_maks indikator {ind.id} {fmt_angka(ind.realisasi_maks)} {ind.satuan.strip()} tidak masuk "
                 f"akal (lebih dari {fmt_angka(batas)} {ind.satuan.strip()}; periksa angkanya)")
    for tahun, nilai in ind.target.items():
        if not r.mulai <= tahun <= r.selesai:
            m.tambah(ind.path, ind.line("target"),
                     f"target indikator {ind.id} untuk tahun {tahun} di luar periode Renstra {r.mulai}-{r.selesai} "
                     "(hapus, atau pindahkan ke Renstra periode itu)")
        nilai_sah(ind, nilai, "target", ind.path, ind.line("target"), m, tahun)
    if ind.polaritas == "stabil" and ind.skala:
        m.tambah(ind.path, ind.line("polaritas"), f"indikator berpredikat {ind.id} tidak memakai polaritas stabil (hapus polaritas)")


def tanpa_renstra(s: Satker, th: Tahunan, m: Masalah) -> None:
    """The year has no Renstra: each of its files says so, unless the Renstra that covers it
    could not be read (reported already)."""
    if _renstra_tak_terbaca(s, th.tahun):
        return  # its problems are reported: fix that Renstra first, then check again
    berkas = [b for b in (th.pk, th.realisasi, th.anggaran, th.lkj) if b is not None]
    periode = ", ".join(f"{x.data.mulai}-{x.data.selesai}" for x in s.renstra) or "belum ada"
    for b in berkas:
        m.tambah(b.path, 1, f"tahun {th.tahun} di luar periode Renstra satker ini ({periode}) "
                            "(tambahkan renstra-AWAL-AKHIR.md yang mencakupnya, atau periksa nama folder)")


def _renstra_tak_terbaca(s: Satker, tahun: int) -> bool:
    """Is there a renstra-AWAL-AKHIR.md covering ``tahun`` that could not be read (already reported)?"""
    terbaca = {Path(b.path).name for b in s.renstra}
    for path in s.folder.glob("renstra-*.md"):
        m = re.fullmatch(r"renstra-([0-9]{4})-([0-9]{4})\.md", path.name)
        if m and path.name not in terbaca and int(m[1]) <= tahun <= int(m[2]):
            return True
    return False

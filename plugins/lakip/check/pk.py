"""pk.md against the Renstra: indicators, units, targets, revisions, the action plan.

Each agreement row must name an indicator of the year's Renstra, in its unit,
with a valid target equal to the Renstra's for that year unless marked as a
revision with a reason; one indicator has one target per year. Codes are
written once per list, the quarterly plan holds at most four valid values and
names each month once.
"""

from __future__ import annotations

from ..errors import Masalah
from ..model.katalog import renstra_untuk
from ..model.rekaman import Angka
from ..model.satker import Satker, Tahunan
from .nilai import melampaui, nilai_sah, periksa_satuan, periksa_tercetak
from .umum import cari, duplikat, renstra_cacat, teks_nilai


def periksa_pk(s: Satker, th: Tahunan, indeks: dict, m: Masalah) -> None:
    assert th.pk is not None
    r = renstra_untuk(s, th.tahun)
    assert r is not None
    duplikat(th.pk.data.perjanjian, "id", "kode perjanjian", m)
    target_pertama: dict[str, tuple[Angka, int]] = {}
    for p in th.pk.data.perjanjian:
        duplikat(p.baris, "indikator", f"indikator dalam perjanjian {p.id}", m)
        for b in p.baris:
            ind = cari(indeks, b.indikator, b.path, b.line("indikator"), m, r.path, renstra_cacat(r.data))
            if ind is None:
                continue
            periksa_satuan(ind, b.satuan, b.path, b.line("satuan"), "target", m)
            periksa_tercetak(ind, b.tercetak, m)
            if not nilai_sah(ind, b.target, "target", b.path, b.line("target"), m, th.tahun):
                continue
            rt = ind.target.get(th.tahun)
            # an implausible Renstra target is reported there; comparing with it would only repeat that
            if rt is not None and rt != b.target and not b.revisi and melampaui(ind, rt) is None:
                m.tambah(b.path, b.line("target"),
                         f"target {ind.id} di perjanjian {p.id} ({teks_nilai(b.target)}) berbeda dari target Renstra "
                         f"{th.tahun} ({teks_nilai(rt)}) (samakan, atau tulis revisi: true dan alasan)")
            if b.revisi and not b.alasan:
                m.tambah(b.path, b.line("revisi"), f"revisi target {ind.id} tanpa alasan (tulis alasan: ...)")
            if b.indikator in target_pertama and target_pertama[b.indikator][0] != b.target:
                nilai0, baris0 = target_pertama[b.indikator]
                m.tambah(b.path, b.line("target"),
                         f"target {ind.id} ({teks_nilai(b.target)}) berbeda dari target di baris {baris0} "
                         f"({teks_nilai(nilai0)}) (satu indikator satu target per tahun)")
            target_pertama.setdefault(b.indikator, (b.target, b.line("target")))
        for ra in p.rencana_aksi:
            ind = cari(indeks, ra.indikator, ra.path, ra.line("indikator"), m, r.path, renstra_cacat(r.data))
            if len(ra.target_triwulan) > 4:
                m.tambah(ra.path, ra.line("target_triwulan"),
                         "target_triwulan berisi lebih dari 4 nilai (tulis paling banyak 4: triwulan I-IV)")
            if ind is not None:
                for v in ra.target_triwulan:
                    nilai_sah(ind, v, "target triwulan", ra.path, ra.line("target_triwulan"), m)
            if len(set(ra.bulan)) != len(ra.bulan):
                m.tambah(ra.path, ra.line("bulan"), "bulan yang sama ditulis dua kali (tulis setiap bulan sekali)")
        duplikat(p.anggaran, "program", f"program dalam anggaran perjanjian {p.id}", m)

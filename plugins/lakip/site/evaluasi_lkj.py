"""The evaluator's page of a final LKj: the SAKIP rubric "Pelaporan Kinerja", answered from the report.

PermenPANRB 88/2021 (Lembar Kerja Evaluasi, komponen Pelaporan Kinerja) asks whether the
LKj was drawn up, periodically, formalised (signed), reviewed by the APIP, published and
delivered on time, and whether it reports all performance information, realisasi
against the annual target, against the Renstra target, against earlier years, against a
national standard, the quality of the achievement (efforts and obstacles), the efficiency
of resources and the improvements planned. For every criterion this page says where the
LKj meets it (chapter, table or figure, linked) or what is missing. Nothing is typed: each
answer is read from the composed document (``lkj.susun``) and the data.

The reporting deadline is ``lkj.md`` ``batas_waktu``; by default the last day of February
of the following year (Perpres 29/2014 Pasal 29: the LKj is delivered at the latest two
months after the budget year ends). The LKj counts as delivered on the date of its signed
scan (``profil.md`` ``dokumen``, ``jenis: lkj``), else on its signing date (``lkj.md``
``tanggal``).
"""

from __future__ import annotations

import calendar
import datetime
import posixpath
from dataclasses import dataclass

from ..compute.situs import Situs
from ..lkj.naskah import Judul, Kosong, NaskahLkj, PernyataanReviu, Tabel, TandaTangan
from ..lkj.penyusun import dokumen_resmi
from ..lkj.susun import punya_lkj, susun_lkj
from ..render.aman import sel
from ..render.format import tanggal
from .alamat import uri_tahun
from .navigasi import TANPA_PENCARIAN, tautan_tahun
from .terbit_lkj import lkj_terbit

__all__ = ["Kriteria", "batas_waktu", "halaman_evaluasi", "kriteria_lkj", "punya_evaluasi"]


@dataclass(frozen=True)
class Kriteria:
    """One criterion of the rubric: met or not, where in the LKj (Markdown links), or what is missing."""

    uraian: str
    terpenuhi: bool
    bukti: str


def batas_waktu(situs: Situs, sid: str, tahun: int) -> datetime.date:
    """The deadline of the year's LKj: lkj.md ``batas_waktu``, else the end of February of the next year."""
    th = situs.data.satker[sid].tahun.get(tahun)
    if th is not None and th.lkj is not None and th.lkj.data.batas_waktu is not None:
        return th.lkj.data.batas_waktu
    return datetime.date(tahun + 1, 2, calendar.monthrange(tahun + 1, 2)[1])


def punya_evaluasi(situs: Situs, sid: str, tahun: int) -> bool:
    """An evaluator's page exists for a final LKj only."""
    th = situs.data.satker[sid].tahun.get(tahun)
    return (punya_lkj(situs, sid, tahun) and th is not None and th.lkj is not None
            and th.lkj.data.status == "final")


def _tautan(teks: str, jangkar: str) -> str:
    return f"[{teks}](lkj.md#{jangkar})"


def _judul(n: NaskahLkj, jangkar: str) -> str | None:
    j = next((b for b in n.blok if isinstance(b, Judul) and b.jangkar == jangkar), None)
    return _tautan(j.teks, j.jangkar) if j else None


def _tabel(n: NaskahLkj, awal: str) -> list[str]:
    return [_tautan(f"Tabel {t.nomor}", t.jangkar) for t in n.blok if isinstance(t, Tabel) and t.judul.startswith(awal)]


def _sasaran(n: NaskahLkj, poin: str, contoh: str | None = None) -> str:
    """BAB III.A point ``poin`` of every sasaran, linking one (``contoh``: its id, else the first)."""
    sas = [b for b in n.blok if isinstance(b, Judul) and b.jangkar.startswith("bab-3-sasaran-")]
    if not sas:
        return ""
    j = next((b for b in sas if contoh is not None and b.jangkar == f"bab-3-sasaran-{contoh.lower()}"), sas[0])
    return f"BAB III.A, butir {poin} pada setiap sasaran ({len(sas)} sasaran), mis. " + _tautan(j.teks.split(":")[0], j.jangkar)


def _dokumen(situs: Situs, sid: str, tahun: int, n: NaskahLkj) -> list[Kriteria]:
    s = situs.data.satker[sid]
    th = s.tahun[tahun]
    lkj = th.lkj.data if th.lkj else None
    berkala = sorted({t for t in s.tahun if punya_lkj(situs, sid, t)}
                     | {d.tahun for d in (s.profil.data.dokumen if s.profil else ()) if d.jenis == "lkj"})
    ttd = next((b for b in n.blok if isinstance(b, TandaTangan)), None)
    reviu = next((b for b in n.blok if isinstance(b, PernyataanReviu)), None)
    resmi = dokumen_resmi(s, tahun)
    terbit = lkj_terbit(situs, sid, tahun)
    scan = (posixpath.relpath(terbit.resmi, posixpath.dirname(uri_tahun(sid, tahun, "evaluasi-lkj"))).replace(" ", "%20")
            if terbit is not None and terbit.resmi else None)
    batas = batas_waktu(situs, sid, tahun)
    sampai = resmi.tanggal if resmi is not None and resmi.tanggal else (lkj.tanggal if lkj else None)
    return [
        Kriteria("LKj telah disusun", True, _tautan(f"Laporan Kinerja {tahun}", "kata-pengantar")),
        # every year: the previous year's LKj is in the data or listed among the satker's documents
        Kriteria("LKj disusun secara berkala (setiap tahun)", tahun - 1 in berkala,
                 "LKj tahun " + ", ".join(str(t) for t in berkala)
                 + ("" if tahun - 1 in berkala else f"; LKj tahun {tahun - 1} tidak tercatat")),
        Kriteria("LKj telah diformalkan (ditandatangani)", ttd is not None and ttd.nama is not None,
                 (f"{_tautan('Kata Pengantar', 'kata-pengantar')}: {sel(ttd.jabatan or '')}, {sel(ttd.nama or '')}"
                  + (f", {sel(ttd.tempat)}" if ttd.tempat else "") + (f", {ttd.tanggal}" if ttd.tanggal else ""))
                 if ttd else "penandatangan belum tercatat"),
        Kriteria("LKj telah direviu APIP", reviu is not None,
                 f"{_tautan('Pernyataan Telah Direviu', 'pernyataan-reviu')}: {sel(reviu.unit)}, {reviu.tanggal}"
                 if reviu else "tidak ada pernyataan telah direviu dalam data"),
        # published = registered AND uploaded (the file the DIP links), linked here for the evaluator to open
        Kriteria("LKj telah dipublikasikan", scan is not None,
                 f"[pindaian bertanda tangan]({scan})" + (f" diterbitkan {tanggal(resmi.tanggal)}"
                                                          if resmi and resmi.tanggal else " diterbitkan")
                 if scan else "versi bertanda tangan belum diterbitkan; salinan dari data diterbitkan di situs ini"),
        Kriteria(f"LKj disampaikan tepat waktu (batas {tanggal(batas)})", sampai is not None and sampai <= batas,
                 (f"ditandatangani/diterbitkan {tanggal(sampai)}" + ("" if sampai <= batas else ", melewati batas"))
                 if sampai else "tanggal penyampaian tidak tercatat"),
    ]


def _isi(situs: Situs, sid: str, tahun: int, n: NaskahLkj) -> list[Kriteria]:
    h = situs.hasil(sid, tahun)
    semua = list(h.indikator.values())
    terukur = [c for c in semua if c.nilai_realisasi is not None]
    capaian = _tabel(n, "Capaian ")
    banding = _tabel(n, f"Realisasi {tahun} dibanding")
    riwayat = any(c.riwayat for c in semua)
    akhir = any(c.target_akhir is not None for c in semua)
    standar = [c for c in semua if c.indikator.standar_nasional is not None]
    analisis = [k for k in n.blok if isinstance(k, Kosong) and k.bagian.startswith("Analisis ")]
    rtl = not any(isinstance(k, Kosong) and "Rencana Tindak Lanjut" in k.bagian for k in n.blok)
    efisien = "rasio efisiensi" in "".join(getattr(b, "markdown", "") for b in n.blok)
    return [
        Kriteria("Menyajikan informasi kinerja (seluruh indikator)", bool(semua) and len(terukur) == len(semua),
                 ", ".join(capaian) + f" ({len(terukur)} dari {len(semua)} indikator terukur)"),
        Kriteria("Realisasi dibandingkan target tahunan", bool(terukur),
                 ", ".join(capaian[:1] + [_sasaran(n, "(1)")])),
        Kriteria("Realisasi dibandingkan target jangka menengah (Renstra)", akhir,
                 ", ".join(banding + [_sasaran(n, "(3)")]) if akhir else "Renstra tidak memuat target akhir"),
        Kriteria("Realisasi dibandingkan tahun sebelumnya", riwayat,
                 ", ".join(banding + [_sasaran(n, "(2)")]) if riwayat else "data realisasi tahun sebelumnya tidak ada"),
        Kriteria("Realisasi dibandingkan standar nasional/internasional", bool(standar),
                 _sasaran(n, "(4)", standar[0].sasaran.id) + f" ({', '.join(c.indikator.id for c in standar)})"
                 if standar
                 else "data tidak memuat standar nasional untuk indikator mana pun"),
        Kriteria("Kualitas capaian: upaya nyata dan hambatan", not analisis,
                 _sasaran(n, "(5)") if not analisis else f"{len(analisis)} sasaran belum dianalisis"),
        Kriteria("Efisiensi penggunaan sumber daya", efisien,
                 _sasaran(n, "(6)") if efisien else "efisiensi tidak dapat dihitung (anggaran pendukung tidak tercatat)"),
        Kriteria("Upaya perbaikan ke depan", rtl,
                 (_judul(n, "bab-4-b") or "") if rtl else "rencana tindak lanjut belum ditulis"),
    ]


def kriteria_lkj(situs: Situs, sid: str, tahun: int) -> list[Kriteria]:
    """Every criterion of "Pelaporan Kinerja" for the year's LKj, answered from the document."""
    n = susun_lkj(situs, sid, tahun)
    return _dokumen(situs, sid, tahun, n) + _isi(situs, sid, tahun, n)


def halaman_evaluasi(situs: Situs, sid: str, tahun: int) -> str:
    """The evaluator's page: each criterion, met or not, and where the LKj meets it."""
    s = situs.data.satker[sid]
    daftar = kriteria_lkj(situs, sid, tahun)
    baris = "\n".join(f"| {i} | {k.uraian} | {'Ya' if k.terpenuhi else '**Tidak**'} | {k.bukti} |"
                      for i, k in enumerate(daftar, 1))
    ya = sum(1 for k in daftar if k.terpenuhi)
    return (TANPA_PENCARIAN + f"# Evaluasi Pelaporan Kinerja {tahun}: {sel(s.nama)}\n\n"
            + tautan_tahun(situs, sid, tahun, "evaluasi-lkj") + "\n"
            "Kriteria komponen *Pelaporan Kinerja* pada Lembar Kerja Evaluasi SAKIP (PermenPANRB 88/2021), "
            "masing-masing dengan bagian Laporan Kinerja yang memenuhinya. Setiap jawaban dibaca dari laporan "
            f"dan data, tidak diketik. {ya} dari {len(daftar)} kriteria terpenuhi.\n\n"
            "| No | Kriteria | Terpenuhi | Dalam Laporan Kinerja |\n|---:|---|---|---|\n" + baris + "\n")

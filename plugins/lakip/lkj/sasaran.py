"""BAB III.A per sasaran: the seven points PermenPANRB 53/2014 asks of every sasaran, from data.

(1) target against realisasi; (2) against earlier years; (3) against the Renstra end
target; (4) against a national standard (an indicator's ``standar_nasional``); (5) the
causes of success or failure and the follow-up (``lkj.md`` ``analisis`` and each
indicator's ``analisis``; a marked gap when neither is written); (6) the efficiency of
resources (``compute.efisiensi``, its rule stated in the text); (7) the programs and
kegiatan that supported it. Where the data has nothing for a point, the text says so
plainly; it never invents.
"""

from __future__ import annotations

from decimal import Decimal

from ..compute.efisiensi import efisiensi_sasaran
from ..compute.kinerja import CapaianIndikator, KelompokSasaran
from ..model.rekaman import AnalisisSasaran
from ..render import tabel as render
from ..render.aman import netralkan, sel
from ..render.format import angka, persen, rupiah
from ..render.kalimat import alasan
from ..render.markdown import ada_isi
from .penyusun import _jumlah, _Konteks, seragamkan_angka, tanpa_catatan

TINGKAT_SASARAN = {"strategis": "sasaran strategis", "program": "sasaran program", "kegiatan": "sasaran kegiatan"}


def nama_tingkat(kel: KelompokSasaran) -> str:
    return TINGKAT_SASARAN.get(kel.sasaran.tingkat if kel.sasaran else "", "sasaran")


def _judul(no: int, teks: str) -> str:
    return f"**({no}) {teks}.**"


def _nilai(c: CapaianIndikator, v: object) -> str:
    return render.nilai(v, c.indikator.satuan)  # type: ignore[arg-type]


def _butir_target(c: CapaianIndikator) -> str:
    ind = c.indikator
    target = _nilai(c, c.target.nilai if c.target else None)
    if c.nilai_realisasi is None:
        return f"- {sel(ind.id)} {sel(ind.nama)}: target {target}; realisasinya tidak dilaporkan."
    real = _nilai(c, c.nilai_realisasi)
    if c.tercapai is not None:
        return f"- {sel(ind.id)} {sel(ind.nama)}: target {target}, realisasi {real}, " + (
            "tercapai." if c.tercapai else "tidak tercapai.")
    if c.capaian is None:
        return f"- {sel(ind.id)} {sel(ind.nama)}: target {target}, realisasi {real}; capaian tidak dihitung ({sel(alasan(c))})."
    kat = f", {sel(c.kategori.nama)}" if c.kategori else ""
    return f"- {sel(ind.id)} {sel(ind.nama)}: target {target}, realisasi {real}, capaian {persen(c.capaian)}{kat}."


def _butir_tercetak_lalu(c: CapaianIndikator, tahun: int) -> str | None:
    """Earlier years known only by their printed capaian (no target or realisasi in the data)."""
    if not c.tercetak_lalu:
        return None
    lalu = "; ".join(f"{t}: capaian {persen(cp)} (hanya angka capaian yang dilaporkan; target dan realisasinya "
                     "tidak tersedia)" for t, cp, _ in c.tercetak_lalu)
    teks = f"- {sel(c.indikator.id)}: {lalu}; {tahun}: capaian " + (persen(c.capaian) if c.capaian is not None else "tidak dihitung")
    t_akhir, cp_akhir, _ = c.tercetak_lalu[-1]
    if c.capaian is not None:
        beda = c.capaian - cp_akhir
        arah = "naik" if beda > 0 else "turun" if beda < 0 else "sama"
        teks += f" ({arah}" + (f" {angka(abs(beda), 2)} poin persen" if beda else "") + f" dari {t_akhir})"
    return teks + "."


def _butir_riwayat(c: CapaianIndikator, tahun: int) -> str | None:
    ada = [(t, v, cp) for t, v, cp in c.riwayat if v is not None]  # a year without realisasi says nothing
    if not ada:
        return _butir_tercetak_lalu(c, tahun)
    lalu = "; ".join(f"{t}: {_nilai(c, v)}" + (f" (capaian {persen(cp)})" if cp is not None else "")
                     for t, v, cp in ada)
    teks = f"- {sel(c.indikator.id)}: {lalu}; {tahun}: {_nilai(c, c.nilai_realisasi)}"
    akhir = ada[-1][2]
    if c.capaian is not None and akhir is not None:
        beda = c.capaian - akhir
        arah = "naik" if beda > 0 else "turun" if beda < 0 else "sama"
        teks += f" (capaian {persen(c.capaian)}, {arah}" + (
            f" {angka(abs(beda), 2)} poin persen" if beda else "") + f" dari {ada[-1][0]})"
    return teks + "."


def _butir_renstra(c: CapaianIndikator) -> str | None:
    if c.target_akhir is None:
        return None
    teks = f"- {sel(c.indikator.id)}: target akhir Renstra ({c.tahun_akhir}) {_nilai(c, c.target_akhir)}"
    if c.progres_akhir is not None:
        teks += f"; realisasi {_nilai(c, c.nilai_realisasi)} berarti {persen(c.progres_akhir)} dari target akhir"
    return teks + "."


def _butir_standar(c: CapaianIndikator) -> str | None:
    ind = c.indikator
    std = ind.standar_nasional
    if std is None:
        return None
    teks = f"- {sel(ind.id)}: standar nasional {_nilai(c, std)}" + (
        f" ({sel(ind.sumber_standar)})" if ind.sumber_standar else "")
    r = c.nilai_realisasi
    if isinstance(std, Decimal) and isinstance(r, Decimal):
        lebih = r > std if ind.polaritas != "turun" else r < std
        teks += f", realisasi {_nilai(c, r)} " + ("lebih baik dari" if lebih else "sama dengan" if r == std
                                                  else "di bawah") + " standar itu"
    return teks + "."


def _bagian(no: int, judul: str, butir: list[str], tanpa: str) -> str:
    isi = "\n".join(butir) if butir else tanpa
    return f"{_judul(no, judul)}\n\n{isi}\n"


def _cetak(md: str) -> str:
    """An analysis as printed: neutralised, without transcription notes, in the report's number style."""
    return seragamkan_angka(tanpa_catatan(netralkan(md))).strip()


def _analisis(k: _Konteks, kel: KelompokSasaran) -> bool:
    """(5): the satker's analysis of this sasaran; False when none is written."""
    sas = kel.sasaran
    lkj = k.th.lkj.data if k.th.lkj else None
    milik: list[AnalisisSasaran] = [a for a in (lkj.analisis if lkj else ()) if sas and a.sasaran == sas.id]
    k.z.teks(_judul(5, "Analisis penyebab keberhasilan/kegagalan dan tindak lanjut") + "\n")
    ada = False
    for a in milik:
        k.z.teks(_cetak(a.penyebab) + "\n")
        if a.tindak_lanjut and ada_isi(a.tindak_lanjut):
            k.z.teks("*Tindak lanjut:* " + _cetak(a.tindak_lanjut) + "\n")
        ada = True
    for c in kel.indikator:
        teks = c.realisasi.analisis if c.realisasi is not None else None
        if ada_isi(teks):
            k.z.teks(f"*{sel(c.indikator.id)}.* " + _cetak(teks or "") + "\n")
            ada = True
    return ada


def _efisiensi(kel: KelompokSasaran, k: _Konteks) -> tuple[str, str]:
    """(6) and (7) as Markdown."""
    e = efisiensi_sasaran(k.h, kel)
    if not e.pendukung:
        pendukung = ("Data tidak mengaitkan sasaran ini dengan program atau kegiatan tertentu "
                     "(kode program/kegiatan pada sasaran, atau anggaran pada Perjanjian Kinerjanya).")
    else:
        pendukung = "\n".join(
            f"- {sel(p.kode)}" + (f" {sel(p.nama)}" if p.nama else "")
            + (f": pagu {rupiah(p.pagu)}" if p.pagu is not None else ": tidak ada dalam data anggaran tahun ini")
            + (f", realisasi {rupiah(p.realisasi)}" if p.realisasi is not None else "") + "."
            for p in e.pendukung)
    if e.rasio is not None and e.serapan is not None and e.capaian is not None:
        efisien = ("efisien: capaian tidak lebih kecil dari porsi anggaran yang terpakai" if e.rasio >= 1
                   else "kurang efisien: porsi anggaran yang terpakai lebih besar dari capaiannya")
        ef = (f"Rata-rata capaian {persen(e.capaian)} dengan serapan anggaran {persen(e.serapan)} "
              f"({rupiah(e.realisasi or 0)} dari {rupiah(e.pagu or 0)}) memberi rasio efisiensi "
              f"{angka(e.rasio, 2)} ({efisien}). Rasio efisiensi adalah rata-rata capaian sasaran dibagi "
              "serapan anggaran program dan kegiatan pendukungnya.")
    elif e.capaian is None:
        ef = "Efisiensi tidak dapat dihitung karena capaian sasaran ini tidak terukur."
    else:
        ef = "Efisiensi tidak dapat dihitung karena pagu dan realisasi anggaran pendukungnya tidak tercatat."
    return ef, pendukung


def sasaran_bab3(k: _Konteks, kel: KelompokSasaran) -> None:
    """One sasaran of BAB III.A with its seven points."""
    z, tahun = k.z, k.tahun
    sas = kel.sasaran
    if sas is None:
        return
    z.sub(3, f"Sasaran {sel(sas.id)}: {sel(sas.uraian)}", f"sasaran-{sas.id}")
    n = len(kel.indikator)
    kal = f"{nama_tingkat(kel).capitalize()} ini diukur dengan {_jumlah(n, 'indikator')}"
    if kel.rata_rata is not None:
        kal += f"; rata-rata capaiannya {persen(kel.rata_rata)}" + (f" ({sel(kel.kategori.nama)})" if kel.kategori else "")
    z.teks(kal + ".\n")
    ind = list(kel.indikator)
    z.teks(_bagian(1, "Target dan realisasi", [_butir_target(c) for c in ind], ""))
    z.teks(_bagian(2, "Dibandingkan tahun sebelumnya", [x for c in ind if (x := _butir_riwayat(c, tahun))],
                   "Tidak ada data tahun sebelumnya untuk indikator sasaran ini."))
    z.teks(_bagian(3, "Dibandingkan target akhir Renstra", [x for c in ind if (x := _butir_renstra(c))],
                   "Renstra tidak memuat target akhir untuk indikator sasaran ini."))
    z.teks(_bagian(4, "Dibandingkan standar nasional", [x for c in ind if (x := _butir_standar(c))],
                   "Tidak ada standar nasional yang dicatat untuk indikator sasaran ini."))
    if not _analisis(k, kel):
        k.kosong(f"Analisis {nama_tingkat(kel)} {sas.id}", None,
                 f"tulis di lkj.md 'analisis:' butir '- sasaran: {sas.id}' dengan 'penyebab:' (penyebab "
                 "keberhasilan atau kegagalan) dan 'tindak_lanjut:', atau 'analisis' indikatornya di realisasi.md")
    ef, pendukung = _efisiensi(kel, k)
    z.teks(f"{_judul(6, 'Efisiensi penggunaan sumber daya')} {ef}\n")
    z.teks(f"{_judul(7, 'Program dan kegiatan pendukung')}\n\n{pendukung}\n")

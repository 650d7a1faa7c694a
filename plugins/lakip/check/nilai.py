"""A target or realisasi against its indicator: grade or number, unit, plausible size.

Wherever a value is written for an indicator (its Renstra targets, a PK row,
a quarterly plan, a realisasi, a figure printed in an earlier report), it must
be a grade from the indicator's scale when it has one and a number otherwise,
in the indicator's own unit, within what that unit can plausibly reach; a
target must not be 0, and a realisasi must not pass the indicator's maximum.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ..errors import Masalah
from ..model.rekaman import Angka, Indikator, TercetakKinerja
from ..render.format import angka as fmt_angka
from .umum import teks_nilai

# The value kinds bound every number at 10^15 whatever its unit; knowing the indicator's unit,
# a target or realisasi is held to what that unit can plausibly reach: 10 000 % (a hundred times
# the whole), 10^12 of a count (the national voter list is about 2 x 10^8). Rupiah-valued
# indicators keep the kinds' 10^15 (a satker's budget is far below the APBN's 4 x 10^15).
BATAS_PERSEN = Decimal(10_000)
BATAS_JUMLAH = Decimal(10) ** 12


def batas_satuan(satuan: str) -> Decimal | None:
    """The largest plausible target or realisasi in ``satuan``; None: only the value kind's bound."""
    s = satuan.strip().lower()
    if s == "%":
        return BATAS_PERSEN
    if re.search(r"\b(rp|rupiah)\b", s):
        return None
    return BATAS_JUMLAH


def melampaui(ind: Indikator, nilai: Angka) -> Decimal | None:
    """The bound of ``ind``'s unit that the number ``nilai`` exceeds, or None."""
    batas = batas_satuan(ind.satuan)
    return batas if isinstance(nilai, Decimal) and batas is not None and nilai > batas else None


def nilai_sah(ind: Indikator, nilai: Angka, apa: str, path: str, baris: int, m: Masalah,
              tahun: int | None = None) -> bool:
    """Is ``nilai`` a valid target/realisasi for ``ind``? Reports why not."""
    ket = f" tahun {tahun}" if tahun else ""
    if ind.skala:
        if not isinstance(nilai, str) or nilai not in ind.skala:
            m.tambah(path, baris, f"{apa}{ket} indikator {ind.id} harus salah satu predikat skala "
                                  f"({', '.join(ind.skala)}), bukan {teks_nilai(nilai)}")
            return False
        return True
    if isinstance(nilai, str):
        m.tambah(path, baris, f"{apa}{ket} indikator {ind.id} berisi '{nilai}', bukan angka "
                              f"(tulis angkanya; untuk predikat, beri indikator 'skala')")
        return False
    batas = melampaui(ind, nilai)
    if batas is not None:
        m.tambah(path, baris, f"{apa}{ket} indikator {ind.id} {fmt_angka(nilai)} {ind.satuan.strip()} tidak masuk akal "
                              f"(lebih dari {fmt_angka(batas)} {ind.satuan.strip()}; periksa angkanya)")
        return False
    if apa == "target" and nilai == 0 and ind.polaritas != "turun":
        m.tambah(path, baris, f"target{ket} indikator {ind.id} bernilai 0, padahal polaritasnya {ind.polaritas}: "
                              "tidak ada yang dicapai, capaian tidak dapat dihitung (target 0 hanya untuk indikator "
                              "turun, mis. '0 pengaduan'; tulis target yang sebenarnya, atau polaritas: turun)")
        return False
    if apa == "realisasi":
        maks = ind.realisasi_maks if ind.realisasi_maks is not None else (Decimal(100) if ind.satuan.strip() == "%" else None)
        if maks is not None and nilai > maks:
            m.tambah(path, baris, f"realisasi{ket} indikator {ind.id} {fmt_angka(nilai)} {ind.satuan} melebihi batas "
                                  f"{fmt_angka(maks)} (periksa angkanya; bila memang bisa lebih, tulis realisasi_maks "
                                  "pada indikator di Renstra)")
            return False
    return True


def periksa_satuan(ind: Indikator, satuan: str | None, path: str, baris: int, apa: str, m: Masalah) -> None:
    if satuan is not None and satuan.strip().lower() != ind.satuan.strip().lower():
        m.tambah(path, baris, f"satuan {apa} '{satuan}' berbeda dari satuan indikator {ind.id} '{ind.satuan}' "
                              f"(tulis '{ind.satuan}' atau perbaiki satuan indikator)")


def periksa_tercetak(ind: Indikator, daftar: Iterable[TercetakKinerja], m: Masalah) -> None:
    """Printed figures of one indicator must be comparable with its own: same unit, and a
    grade from its scale for a graded indicator, a number otherwise. The site sets each
    beside the computed figure; a grade beside a number, or a figure in another unit,
    would publish a difference that is not one. The printed numbers themselves are not
    judged: the print is history, the consistency notes show where it is wrong."""
    for t in daftar:
        if t.satuan is not None and t.satuan.strip().lower() != ind.satuan.strip().lower():
            m.tambah(t.path, t.line("satuan"),
                     f"satuan tercetak '{t.satuan}' berbeda dari satuan indikator {ind.id} '{ind.satuan}' (angka dalam "
                     f"satuan lain tidak dapat dibandingkan: tulis angkanya dalam '{ind.satuan}', atau simpan teks "
                     "aslinya di 'teks' tanpa target dan realisasi)")
            continue
        for kolom in ("target", "realisasi"):
            v = getattr(t, kolom)
            if v is None:
                continue
            if ind.skala and not (isinstance(v, str) and v in ind.skala):
                m.tambah(t.path, t.line(kolom),
                         f"{kolom} tercetak indikator {ind.id} harus salah satu predikat skala "
                         f"({', '.join(ind.skala)}), bukan {teks_nilai(v)} (tulis predikatnya persis seperti di "
                         "skala; angka atau teks lain disimpan di 'teks')")
            elif not ind.skala and isinstance(v, str):
                m.tambah(t.path, t.line(kolom),
                         f"{kolom} tercetak indikator {ind.id} berisi '{v}', bukan angka (indikator ini tidak "
                         f"berpredikat: tulis angkanya dalam '{ind.satuan}', atau simpan teks aslinya di 'teks')")

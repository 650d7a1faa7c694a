"""``lakip diff``, printed figures: what a change does to the figures kept as printed and to the
differences between print and computation (the Catatan konsistensi).

Adding or correcting a ``tercetak`` figure changes no computed number, but it changes what the
site says about the published report; a reviewer must see it. So must a change that creates a
new printed-vs-computed difference, or resolves one.
"""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from ..compute.kinerja import HasilTahun
from ..compute.konsistensi import Selisih, catatan_konsistensi
from ..model.rekaman import Rekam, TercetakAnggaran, TercetakKinerja, TercetakRingkasan
from ..model.satker import Tahunan
from .format import angka, rupiah
from .konsistensi import kalimat_selisih, yang_diukur

PANAH = "→"
_PERSEN = ("capaian", "serapan")
_RUPIAH = ("pagu", "realisasi", "sisa")


def _nilai(r: Rekam, kolom: str, v: object) -> str:
    if isinstance(v, int) and not isinstance(v, bool) and isinstance(r, TercetakAnggaran) and kolom in _RUPIAH:
        return rupiah(v)
    if isinstance(v, Decimal):
        return f"{angka(v)}%" if kolom in _PERSEN else angka(v)
    return f"“{v}”" if isinstance(v, str) else str(v)


def _cetakan(r: Rekam, tentang: str, hasil: dict[tuple[str, str, str], str]) -> None:
    kode = getattr(r, "indikator", None) or getattr(r, "kode", None) or getattr(r, "lingkup", None)
    tentang = kode if isinstance(kode, str) else tentang
    if isinstance(r, (TercetakKinerja, TercetakRingkasan, TercetakAnggaran)):
        for f in fields(r):
            v = getattr(r, f.name)
            if v is None or f.name in ("sumber", "catatan", "lingkup", "path", "posisi"):
                continue
            kunci = (tentang, r.sumber, f.name)
            n = 2
            while kunci in hasil:
                kunci = (tentang, f"{r.sumber} #{n}", f.name)
                n += 1
            hasil[kunci] = _nilai(r, f.name, v)
        return
    for f in fields(r):
        v = getattr(r, f.name)
        for x in (v if isinstance(v, tuple) else (v,)):
            if isinstance(x, Rekam):
                _cetakan(x, tentang, hasil)


def angka_tercetak(th: Tahunan | None) -> dict[tuple[str, str, str], str]:
    """Every printed figure of a year: (what, where printed, which figure) -> the value in words."""
    hasil: dict[tuple[str, str, str], str] = {}
    if th is not None:
        for b in (th.pk, th.realisasi, th.anggaran):
            if b is not None:
                _cetakan(b.data, "total", hasil)
    return hasil


def _kata(kunci: tuple[str, str, str]) -> str:
    tentang, sumber, kolom = kunci
    apa = "teks" if kolom == "teks" else kolom.replace("_", " ")
    return f"{apa} {tentang} ({sumber})"


def perubahan_tercetak(a: Tahunan | None, b: Tahunan | None) -> list[str]:
    ca, cb = angka_tercetak(a), angka_tercetak(b)
    hasil = []
    for k in [*cb, *(k for k in ca if k not in cb)]:
        if k not in ca:
            hasil.append(f"angka tercetak ditambahkan: {_kata(k)} {cb[k]}")
        elif k not in cb:
            hasil.append(f"angka tercetak dihapus: {_kata(k)} (sebelumnya {ca[k]})")
        elif ca[k] != cb[k]:
            hasil.append(f"angka tercetak diubah: {_kata(k)} {ca[k]} {PANAH} {cb[k]}")
    return hasil


def _kunci(s: Selisih) -> tuple[object, ...]:
    return (s.sumber, s.kolom, s.nama, str(s.tercetak), s.temuan)


def perubahan_selisih(ha: HasilTahun | None, hb: HasilTahun | None) -> list[str]:
    """Printed-vs-computed differences the change creates or resolves."""
    sa = {_kunci(s): s for s in (catatan_konsistensi(ha) if ha is not None else [])}
    sb = {_kunci(s): s for s in (catatan_konsistensi(hb) if hb is not None else [])}
    hasil = [f"beda dengan cetakan muncul: {yang_diukur(s)} ({s.sumber}): {kalimat_selisih(s)}"
             for k, s in sb.items() if k not in sa]
    hasil += [f"beda dengan cetakan teratasi: {yang_diukur(s)} ({s.sumber}): {kalimat_selisih(s)}"
              for k, s in sa.items() if k not in sb]
    return hasil

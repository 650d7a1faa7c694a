"""Tampilan bilangan, uang, persen, dan tanggal dalam bahasa Indonesia.

Semua pemisah ribuan/desimal dan nama bulan berasal dari Babel dengan lokal
``id`` yang ditetapkan di sini (tidak pernah dari variabel lingkungan), sehingga
keluarannya sama di mesin mana pun: ``Rp 63.293.098.000``, ``99,99%``,
``16 Januari 2025``. Satu gaya di seluruh situs dan PDF (lihat docs/metodologi.md,
"Gaya penulisan angka"): persen serangkai dengan angkanya menurut EYD (``99,60%``), Rupiah
dengan spasi seperti dokumen KPU (``Rp 63.293.098.000``), tanggal ``16 Januari 2025``. Pembulatan selalu setengah ke atas lewat
:func:`lakip.capaian.bulatkan`. Hanya :func:`bilangan_terbilang` ditulis
tangan, karena Babel tidak punya ejaan bilangan (spell-out).
"""

from __future__ import annotations

import datetime
import functools
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from ..compute.capaian import bulatkan

__all__ = ["angka", "bilangan_terbilang", "persen", "rupiah", "tanggal"]

#: Lokal tetap; jangan diambil dari LANG/LC_* agar keluaran deterministik.
LOKAL: Locale = Locale.parse("id")

#: Tanda untuk nilai yang tidak ada (mis. serapan dengan pagu 0): en dash.
KOSONG = "\u2013"


def _pola(digit: int) -> str:
    """Pola angka Babel dengan pemisah ribuan dan tepat ``digit`` desimal."""
    return "#,##0" + ("." + "0" * digit if digit > 0 else "")


@functools.lru_cache(maxsize=65536)  # pages repeat the same figures (100,00%, totals); Babel is slow per call
def _tulis(nilai: Decimal, digit: int) -> str:
    """Tulis ``nilai`` (sudah punya paling banyak ``digit`` desimal) lewat Babel."""
    if nilai == 0:
        nilai = abs(nilai)  # tanpa "-0"
    with localcontext() as konteks:
        # Babel memakai konteks desimal aktif untuk quantize; beri presisi cukup
        # agar bilangan panjang tidak gagal, dan pembulatan setengah ke atas.
        konteks.prec = max(konteks.prec, max(nilai.adjusted(), 0) + digit + 2)
        konteks.rounding = ROUND_HALF_UP
        return format_decimal(nilai, format=_pola(digit), locale=LOKAL)


def _periksa_int(nilai: int, nama: str) -> int:
    if isinstance(nilai, bool) or not isinstance(nilai, int):
        raise TypeError(f"{nama} harus bilangan bulat (int), bukan {type(nilai).__name__}")
    return nilai


def _periksa_desimal(nilai: Decimal | int) -> Decimal:
    if isinstance(nilai, bool) or not isinstance(nilai, (Decimal, int)):
        raise TypeError(
            f"angka harus Decimal atau int, bukan {type(nilai).__name__} "
            f"(bilangan float tidak eksak)"
        )
    nilai = Decimal(nilai)
    if not nilai.is_finite():
        raise ValueError(f"angka harus bilangan berhingga, bukan {nilai}")
    return nilai


def rupiah(nilai: int) -> str:
    """``Rp 63.293.098.000``; negatif ``-Rp 4.296.682``; nol ``Rp 0``."""
    nilai = _periksa_int(nilai, "nilai Rupiah")
    tanda = "-" if nilai < 0 else ""
    return f"{tanda}Rp {_tulis(Decimal(abs(nilai)), 0)}"


def persen(nilai: Decimal | None, digit: int = 2) -> str:
    """``99,99%``: dibulatkan setengah ke atas, selalu ``digit`` desimal; ``None`` -> ``–``.

    Tanpa spasi sebelum ``%`` (EYD/PUEBI: tanda persen ditulis serangkai dengan angkanya).
    """
    if nilai is None:
        return KOSONG
    return f"{_tulis(bulatkan(_periksa_desimal(nilai), digit), digit)}%"


DESIMAL_MAKS = 4  # lakip check refuses more decimals in the data (skema), so only computed values are rounded


def angka(nilai: Decimal | int, digit: int | None = None) -> str:
    """Bilangan Indonesia: ``243.014``, ``0,16``.

    Tanpa ``digit``, desimal ditulis persis seperti pada nilainya, termasuk nol
    di belakang: ``Decimal("85.50")`` -> ``85,50`` (angka tampil seperti
    diketik). Dengan ``digit``, tepat sebanyak itu desimal, dibulatkan setengah
    ke atas: ``angka(Decimal("2.675"), 2)`` -> ``2,68``.
    """
    nilai = _periksa_desimal(nilai)
    if digit is None:
        eksponen = nilai.as_tuple().exponent
        assert isinstance(eksponen, int)  # nilai berhingga
        if -eksponen <= DESIMAL_MAKS:
            return _tulis(nilai, max(0, -eksponen))
        # a computed value (the mean of quarters, 1/3): no more decimals than data may carry, never 28
        digit = DESIMAL_MAKS
    return _tulis(bulatkan(nilai, digit), digit)


def tanggal(d: datetime.date) -> str:
    """``16 Januari 2025``."""
    if isinstance(d, datetime.datetime):
        d = d.date()
    if not isinstance(d, datetime.date):
        raise TypeError(f"tanggal harus datetime.date, bukan {type(d).__name__}")
    return format_date(d, format="d MMMM y", locale=LOKAL)


_SATUAN = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def _ratusan(n: int) -> str:
    """Ejaan 1..999 (n > 0)."""
    bagian: list[str] = []
    ratus, sisa = divmod(n, 100)
    if ratus == 1:
        bagian.append("seratus")
    elif ratus > 1:
        bagian.append(f"{_SATUAN[ratus]} ratus")
    if sisa >= 20:
        puluh, satu = divmod(sisa, 10)
        bagian.append(f"{_SATUAN[puluh]} puluh")
        if satu:
            bagian.append(_SATUAN[satu])
    elif sisa >= 12:
        bagian.append(f"{_SATUAN[sisa - 10]} belas")
    elif sisa > 0:
        bagian.append(_SATUAN[sisa])
    return " ".join(bagian)


def bilangan_terbilang(n: int) -> str:
    """Ejaan bilangan 0..999 999: 12 -> ``dua belas``, 1000 -> ``seribu``.

    Untuk kalimat seperti "6 (enam) indikator".
    """
    n = _periksa_int(n, "bilangan")
    if not 0 <= n <= 999_999:
        raise ValueError(f"bilangan terbilang hanya untuk 0 sampai 999.999, bukan {n}")
    if n == 0:
        return "nol"
    ribu, sisa = divmod(n, 1000)
    bagian: list[str] = []
    if ribu == 1:
        bagian.append("seribu")
    elif ribu > 1:
        bagian.append(f"{_ratusan(ribu)} ribu")
    if sisa:
        bagian.append(_ratusan(sisa))
    return " ".join(bagian)

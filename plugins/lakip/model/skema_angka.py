"""The number kinds: decimals, whole numbers and Rupiah, years, and a target or realisasi.

They read the *text* the user typed, not PyYAML's guess, which is where
Indonesian habits go wrong: ``1.000`` (a thousand, read as 1.0), ``85,5``
(read as text), ``90 %``, ``yes`` (read as true). They also refuse what a
report cannot print or compute with: digits other than 0-9 (Python's ``int``
and ``Decimal`` read ``１００`` and ``٣``), ``.nan`` and ``.inf``, ``1e5``, more
than 4 decimals, and values beyond a bound no KPU figure comes near. What
passes can be computed and printed without overflowing the 28-digit decimal
context (see ``capaian.PRESISI``).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from .skema_dasar import Jenis, Tolak, satu_nilai
from .yamlnode import Node, Skalar

_BOOL_KELIRU = {"yes", "no", "y", "n", "on", "off", "ya", "tidak", "benar", "salah", "Yes", "No", "YES", "NO",
                "True", "False", "TRUE", "FALSE", "ON", "OFF", "On", "Off"}
# re.ASCII: without it \d also matches ١٢ and １２, which int() and Decimal() then read
_DESIMAL = re.compile(r"-?\d+(\.\d+)?", re.ASCII)
_RIBUAN_TITIK = re.compile(r"-?\d{1,3}(\.\d{3})+", re.ASCII)
_BULAT = re.compile(r"-?\d+(_\d{3})*", re.ASCII)
_EKSPONEN = re.compile(r"[-+]?(\d[\d_]*\.?\d*|\.\d+)[eE][-+]?\d+", re.ASCII)
_TAK_HINGGA = re.compile(r"[-+]?\.?(nan|inf|infinity)", re.ASCII | re.IGNORECASE)

# Bounds no real figure comes near. A decimal (percentages, targets, realisasi in any unit,
# Rupiah-valued indicators included) stays within 10^15; with at most 4 decimals a capaian
# (realisasi x 100 / target, target >= 0.0001) stays within 10^21, well inside the 28 digits
# the computation keeps. Unit-aware bounds (10 000 for %, 10^12 for counts) are in
# check/nilai.py, where the indicator's unit is known. Whole numbers are mostly Rupiah: the
# whole national budget (APBN) is about 4 x 10^15, so nothing a satker writes reaches 10^16.
BATAS_DESIMAL = Decimal(10) ** 15
BATAS_BULAT = 10**16
DIGIT_DESIMAL = 4


def ribuan(n: int | Decimal) -> str:
    """A bound for a message, with the thousands points staff read: 1.000.000."""
    return f"{int(n):,}".replace(",", ".")


def ringkas(teks: str) -> str:
    """The value as typed, shortened when it is too long to read in a message."""
    return teks if len(teks) <= 24 else f"{teks[:16]}... ({len(teks)} karakter)"


def _di_luar(teks: str, batas: int | Decimal) -> str:
    """Which side of the bound ``teks`` is on, for a message."""
    return f"kurang dari -{ribuan(batas)}" if teks.startswith("-") else f"lebih dari {ribuan(batas)}"


def _polos(nilai: Decimal) -> str:
    """``nilai`` as plain digits, without exponent or trailing zeros: 85.5, 100."""
    teks = format(nilai, "f")
    return teks.rstrip("0").rstrip(".") if "." in teks else teks


def angka_asing(teks: str) -> str | None:
    """The text written with digits 0-9 when it holds other digits (１００, ٣, १२, ²), else None.

    Returns '' when there are such digits but no clean 0-9 spelling of the text.
    """
    asing = [c for c in teks if not c.isascii() and c.isdigit()]
    if not asing:
        return None
    if any(unicodedata.decimal(c, None) is None for c in asing):
        return ""  # a superscript or circled digit: 10² means 100, not the 102 its digits spell
    # NFKC turns fullwidth forms (１, ．) into ASCII; other scripts' digits (٣, १२) keep
    # their form and are mapped by their value.
    hasil = "".join(str(unicodedata.decimal(c)) if not c.isascii() and c.isdigit() else c
                    for c in unicodedata.normalize("NFKC", teks))
    return hasil if hasil.isascii() else ""


def tolak_digit_asing(teks: str, nama: str, baris: int) -> None:
    """Refuse digits other than 0-9, saying how the value reads in 0-9."""
    saran = angka_asing(teks)
    if saran is not None:
        tulis = f"tulis {saran.strip()}" if saran.strip() else "ketik ulang angkanya lengkap dengan angka 0-9"
        raise Tolak(f"'{nama}' berisi '{ringkas(teks)}' dengan angka selain 0-9 ({tulis})", baris)


def _bukan_angka_biasa(teks: str) -> bool:
    """Digits other than 0-9, nan/inf, or an exponent: text a number kind must explain."""
    return angka_asing(teks) is not None or bool(_TAK_HINGGA.fullmatch(teks) or _EKSPONEN.fullmatch(teks))


def _tolak_bentuk_angka(teks: str, nama: str, baris: int, contoh: str, batas: Decimal) -> None:
    """Refuse digits other than 0-9, nan/inf and exponents, saying what to write instead."""
    tolak_digit_asing(teks, nama, baris)
    if _TAK_HINGGA.fullmatch(teks):
        raise Tolak(f"'{nama}' berisi '{teks}', bukan angka yang bisa dihitung "
                    f"(tulis angkanya dengan angka 0-9, mis. {contoh})", baris)
    if _EKSPONEN.fullmatch(teks):
        try:
            nilai = Decimal(teks.replace("_", ""))
        except InvalidOperation:  # an exponent beyond what Decimal can hold
            nilai = batas + 1
        eksponen = nilai.as_tuple().exponent
        # only a plain spelling that would itself be accepted is suggested (1e-9 would be
        # written with 9 decimals; 1e999999999 with a billion zeros)
        if abs(nilai) <= batas and isinstance(eksponen, int) and eksponen >= -DIGIT_DESIMAL:
            saran = f"tulis angkanya lengkap: {format(nilai, 'f')}"
        else:
            saran = "tulis angkanya lengkap dengan angka 0-9, tanpa 'e', lalu periksa besarnya"
        raise Tolak(f"'{nama}' berisi {ringkas(teks)}: notasi eksponen tidak dipakai ({saran})", baris)


def _letak_persen(nama: str) -> str:
    """Where the '%' of a field goes: a capaian or serapan is a percentage by definition; a target or
    realisasi has the unit of its indicator (``satuan`` in the Renstra)."""
    kunci = nama.rsplit(".", 1)[-1]
    if kunci in ("capaian", "serapan"):
        return f"{kunci} selalu dalam persen"
    if kunci in ("target", "realisasi", "nilai", "triwulan"):  # records that have a 'satuan' beside them
        return "satuan '%' ditulis di kolom satuan"
    return "satuan '%' ditulis pada indikatornya di Renstra, satuan: \"%\""


def _saran_angka(teks: str, nama: str = "") -> str | None:
    """Recognise a number written the Indonesian way and say how to write it."""
    t = teks.strip()
    bersih = re.sub(r"^(Rp\.?|IDR)\s*", "", t, flags=re.I).rstrip("-").rstrip(",").strip()
    if t.endswith("%"):
        angka = t[:-1].strip().replace(",", ".")
        if _DESIMAL.fullmatch(angka):
            return f"tulis angkanya saja: {angka}; {_letak_persen(nama)}"
        return f"tulis angkanya saja tanpa '%'; {_letak_persen(nama)}"
    if bersih != t and re.fullmatch(r"[\d.,]+", bersih, re.ASCII):
        return f"tulis angkanya saja tanpa 'Rp' dan tanpa pemisah ribuan: {re.sub(r'[.,]', '', bersih)}"
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", t, re.ASCII):
        bulat, _, des = t.partition(",")
        bulat = bulat.replace(".", "")
        return f"tulis tanpa titik ribuan: {bulat + ('.' + des if des else '')}"
    if re.fullmatch(r"-?\d+,\d+", t, re.ASCII):
        return f"pakai titik sebagai pemisah desimal: {t.replace(',', '.')}"
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", t, re.ASCII):
        return f"tulis tanpa koma ribuan: {t.replace(',', '')}"
    if re.fullmatch(r"[\d.,\s]+", t, re.ASCII) and re.search(r"\d", t, re.ASCII):
        return "angka dengan pemisah campur aduk tidak bisa dibaca (tulis angkanya saja, titik hanya untuk desimal)"
    return None

def _baca_angka_teks(s: Skalar, nama: str, contoh: str, batas: Decimal) -> str:
    _tolak_bentuk_angka(s.teks.strip(), nama, s.baris, contoh, batas)
    if s.gaya is not None:
        if _DESIMAL.fullmatch(s.teks.strip()) or _BULAT.fullmatch(s.teks.strip()):
            raise Tolak(f"'{nama}' ditulis dalam tanda kutip (tulis {s.teks.strip()} tanpa tanda kutip)", s.baris)
        saran = _saran_angka(s.teks, nama)
        if saran:
            raise Tolak(f"'{nama}' berisi teks '{s.teks}', bukan angka ({saran})", s.baris)
        raise Tolak(f"'{nama}' berisi teks '{s.teks}', bukan angka (tulis angkanya, mis. 85.5)", s.baris)
    teks = s.teks.strip()
    if teks in _BOOL_KELIRU or teks in ("true", "false"):
        raise Tolak(f"'{nama}' berisi '{teks}' yang dibaca YAML sebagai ya/tidak, bukan angka (tulis angkanya)", s.baris)
    return teks


@dataclasses.dataclass(frozen=True)
class Bilangan(Jenis):
    """A decimal number (percentages, scores): exact Decimal, '.' as decimal point."""

    minimum: Decimal | None = Decimal(0)
    batas: Decimal = BATAS_DESIMAL  # largest absolute value

    def baca(self, node: Node, nama: str) -> Decimal:
        s = satu_nilai(node, nama)
        teks = _baca_angka_teks(s, nama, "85.5", self.batas)
        if _RIBUAN_TITIK.fullmatch(teks) and teks.count(".") > 1:
            raise Tolak(f"'{nama}' berisi {teks}: titik hanya untuk desimal (tulis {teks.replace('.', '')})", s.baris)
        if _RIBUAN_TITIK.fullmatch(teks):
            raise Tolak(
                f"'{nama}' berisi {teks}: YAML membacanya sebagai {_polos(Decimal(teks))}, bukan "
                f"{teks.replace('.', '')} (titik hanya untuk desimal: tulis {teks.replace('.', '')} "
                f"atau {_polos(Decimal(teks))})",
                s.baris,
            )
        if not _DESIMAL.fullmatch(teks):
            saran = _saran_angka(teks, nama)
            raise Tolak(f"'{nama}' berisi '{teks}', bukan angka ({saran or 'tulis angkanya, mis. 85.5'})", s.baris)
        bulat, _, pecahan = teks.lstrip("-").partition(".")
        # the digit count first: a thousand-digit number is refused without building it
        if len(bulat.lstrip("0")) > len(str(int(self.batas))) or abs(Decimal(teks)) > self.batas:
            raise Tolak(f"'{nama}' bernilai {ringkas(teks)}, tidak masuk akal ({_di_luar(teks, self.batas)}; "
                        "periksa angkanya)", s.baris)
        if len(pecahan) > DIGIT_DESIMAL:
            dibulatkan = Decimal(teks).quantize(Decimal(1).scaleb(-DIGIT_DESIMAL), rounding=ROUND_HALF_UP)
            raise Tolak(f"'{nama}' berisi {ringkas(teks)}: paling banyak {DIGIT_DESIMAL} angka di belakang titik "
                        f"(tulis {_polos(dibulatkan)})", s.baris)
        nilai = Decimal(teks)
        if self.minimum is not None and nilai < self.minimum:
            raise Tolak(f"'{nama}' bernilai {teks}, tidak boleh kurang dari {self.minimum} (periksa tandanya)", s.baris)
        return nilai

    def json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "number"}
        d["minimum"] = int(self.minimum) if self.minimum is not None else -int(self.batas)
        d["maximum"] = int(self.batas)
        return d

    def uraian(self) -> str:
        return "angka desimal, titik sebagai pemisah desimal (mis. 85.5)"


@dataclasses.dataclass(frozen=True)
class Bulat(Jenis):
    """A whole number: counts, Rupiah. '_' may group thousands (63_293_098_000)."""

    minimum: int | None = 0
    maksimum: int | None = None
    rupiah: bool = False
    batas: int = BATAS_BULAT  # largest absolute value

    def baca(self, node: Node, nama: str) -> int:
        s = satu_nilai(node, nama)
        teks = _baca_angka_teks(s, nama, "63293098000" if self.rupiah else "12", Decimal(self.batas))
        if _RIBUAN_TITIK.fullmatch(teks):
            raise Tolak(
                f"'{nama}' berisi {teks}: titik ribuan membuat YAML membacanya sebagai pecahan "
                f"(tulis {teks.replace('.', '')} atau {teks.replace('.', '_')})",
                s.baris,
            )
        if re.fullmatch(r"-?\d+\.\d+", teks):
            jenis = "Rupiah harus bilangan bulat tanpa sen" if self.rupiah else "harus bilangan bulat"
            raise Tolak(f"'{nama}' berisi {teks}: {jenis} (tulis {teks.split('.')[0]})", s.baris)
        if not _BULAT.fullmatch(teks):
            saran = _saran_angka(teks, nama)
            contoh = "63293098000" if self.rupiah else "12"
            raise Tolak(f"'{nama}' berisi '{teks}', bukan bilangan bulat ({saran or 'tulis angkanya, mis. ' + contoh})", s.baris)
        if "_" in teks and self.maksimum is not None:  # a year or a month: grouping makes no sense
            raise Tolak(f"'{nama}' berisi {teks}: tulis tanpa garis bawah ({teks.replace('_', '')})", s.baris)
        # the digit count first: int() refuses more than 4300 digits with a ValueError
        digit = teks.lstrip("-").replace("_", "").lstrip("0")
        if len(digit) > len(str(self.batas)) or abs(int(teks.replace("_", ""))) > self.batas:
            if self.rupiah:
                raise Tolak(f"'{nama}' bernilai {ringkas(teks)}: lebih dari Rp {ribuan(self.batas)}, melebihi "
                            "seluruh APBN (periksa angkanya, mis. nol yang berlebih)", s.baris)
            raise Tolak(f"'{nama}' bernilai {ringkas(teks)}, tidak masuk akal ({_di_luar(teks, self.batas)}; "
                        "periksa angkanya)", s.baris)
        nilai = int(teks.replace("_", ""))
        if self.minimum is not None and nilai < self.minimum:
            apa = "Rupiah" if self.rupiah else "nilai"
            raise Tolak(f"'{nama}' bernilai {nilai}: {apa} tidak boleh negatif (tulis {abs(nilai)} atau periksa datanya)"
                        if self.minimum == 0 else
                        f"'{nama}' bernilai {nilai}, paling kecil {self.minimum} ({self._rentang()})", s.baris)
        if self.maksimum is not None and nilai > self.maksimum:
            raise Tolak(f"'{nama}' bernilai {nilai}, paling besar {self.maksimum} ({self._rentang()})", s.baris)
        return nilai

    def _rentang(self) -> str:
        if self.minimum is not None and self.maksimum is not None:
            return f"tulis angka {self.minimum} sampai {self.maksimum}"
        return "periksa angkanya"

    def json(self) -> dict[str, Any]:
        if self.maksimum is not None:  # a year or a month: a plain integer only, as the reader wants
            d: dict[str, Any] = {"type": "integer"}
            if self.minimum is not None:
                d["minimum"] = self.minimum
            d["maximum"] = self.maksimum
            return d
        # The reader accepts '_' grouping thousands (63_293_098_000). YAML 1.1 reads that as
        # an integer, but an editor's YAML 1.2 view sees the text "63_293_098_000"; accept it
        # as a string of digits grouped by '_'. (The schema cannot tell a quoted "63_293_098_000",
        # which the reader refuses, from the plain one.)
        # 'minimum' and 'maximum' apply to integers only.
        tanda = "" if self.minimum is not None and self.minimum >= 0 else "-?"
        d = {"type": ["integer", "string"], "pattern": rf"^{tanda}\d+(_\d{{3}})+$"}
        d["minimum"] = self.minimum if self.minimum is not None else -self.batas
        d["maximum"] = self.batas
        return d

    def uraian(self) -> str:
        if self.rupiah:
            return "Rupiah, bilangan bulat tanpa titik ribuan (boleh 63_293_098_000)"
        return "bilangan bulat"


RUPIAH = Bulat(rupiah=True)


@dataclasses.dataclass(frozen=True)
class Tahun(Bulat):
    minimum: int | None = 2000
    maksimum: int | None = 2100

    def _rentang(self) -> str:
        return "tulis tahun lengkap 4 angka, mis. 2024"

    def uraian(self) -> str:
        return "tahun, mis. 2024"


@dataclasses.dataclass(frozen=True)
class Nilai(Jenis):
    """A target or realisasi: a decimal number, or a grade word (WTP, BB) for graded indicators."""

    def baca(self, node: Node, nama: str) -> Decimal | str:
        s = satu_nilai(node, nama)
        teks = s.teks.strip()
        if s.polos and (_DESIMAL.fullmatch(teks) or _RIBUAN_TITIK.fullmatch(teks) or teks in _BOOL_KELIRU
                        or teks in ("true", "false")):
            return Bilangan().baca(node, nama)
        if _saran_angka(teks) or (not s.polos and _DESIMAL.fullmatch(teks)) or _bukan_angka_biasa(teks):
            return Bilangan().baca(node, nama)  # it explains what to write; nan and inf are no grade words
        if not teks:
            raise Tolak(f"'{nama}' kosong (isi angkanya, atau hapus baris ini)", s.baris)
        if not re.fullmatch(r"[A-Za-z][A-Za-z+\-]{0,15}", teks):
            raise Tolak(f"'{nama}' berisi '{teks}', bukan angka (tulis angkanya saja, mis. 85.5; "
                        "predikat seperti WTP atau BB hanya untuk indikator yang punya 'skala')", s.baris)
        return teks

    def json(self) -> dict[str, Any]:
        return {"type": ["number", "string"], "minimum": 0, "maximum": int(BATAS_DESIMAL)}

    def uraian(self) -> str:
        return "angka (mis. 85.5), atau predikat dari 'skala' indikator (mis. WTP)"

"""Value kinds of the data files: how each is read from YAML and described in JSON Schema.

Each kind reads a node from ``yamlnode`` and either returns a plain Python
value or reports what is wrong and what to write. The same kinds produce the
JSON Schema an editor validates with, so the schema and the validator cannot
drift: both come from the field declarations in ``model.py``.

The number kinds read the *text* the user typed, not PyYAML's guess, which is
where Indonesian habits go wrong: ``1.000`` (a thousand, read as 1.0),
``85,5`` (read as text), ``90 %``, ``yes`` (read as true).
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from .yamlnode import Daftar, Node, Peta, Skalar, jenis_node

BULAN = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
}
_BOOL_KELIRU = {"yes", "no", "y", "n", "on", "off", "ya", "tidak", "benar", "salah", "Yes", "No", "YES", "NO",
                "True", "False", "TRUE", "FALSE", "ON", "OFF", "On", "Off"}
_DESIMAL = re.compile(r"-?\d+(\.\d+)?")
_RIBUAN_TITIK = re.compile(r"-?\d{1,3}(\.\d{3})+")
_BULAT = re.compile(r"-?\d+(_\d{3})*")


class Tolak(Exception):
    """A value that cannot be read; ``pesan`` says what to write."""

    def __init__(self, pesan: str, baris: int) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.baris = baris


def mirip(kata: str, pilihan: list[str] | tuple[str, ...]) -> str:
    """A ' (maksud Anda ...?)' hint for a typo, or ''."""
    cocok = difflib.get_close_matches(kata, list(pilihan), n=1, cutoff=0.6)
    return f"maksud Anda '{cocok[0]}'?" if cocok else ""


def _skalar(node: Node, nama: str) -> Skalar:
    if not isinstance(node, Skalar):
        raise Tolak(f"'{nama}' harus berupa satu nilai, bukan {jenis_node(node)} "
                    f"(tulis '{nama}: nilai' pada satu baris)", node.baris)
    return node


def _saran_angka(teks: str) -> str | None:
    """Recognise a number written the Indonesian way and say how to write it."""
    t = teks.strip()
    bersih = re.sub(r"^(Rp\.?|IDR)\s*", "", t, flags=re.I).rstrip("-").rstrip(",").strip()
    if t.endswith("%"):
        angka = t[:-1].strip().replace(",", ".")
        if _DESIMAL.fullmatch(angka):
            return f"tulis angkanya saja: {angka}; satuan '%' ditulis di kolom satuan"
        return "tulis angkanya saja tanpa '%' (satuan ditulis di kolom satuan)"
    if bersih != t and re.fullmatch(r"[\d.,]+", bersih):
        return f"tulis angkanya saja tanpa 'Rp' dan tanpa pemisah ribuan: {re.sub(r'[.,]', '', bersih)}"
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", t):
        bulat, _, des = t.partition(",")
        bulat = bulat.replace(".", "")
        return f"tulis tanpa titik ribuan: {bulat + ('.' + des if des else '')}"
    if re.fullmatch(r"-?\d+,\d+", t):
        return f"pakai titik sebagai pemisah desimal: {t.replace(',', '.')}"
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", t):
        return f"tulis tanpa koma ribuan: {t.replace(',', '')}"
    if re.fullmatch(r"[\d.,\s]+", t) and re.search(r"\d", t):
        return "angka dengan pemisah campur aduk tidak bisa dibaca (tulis angkanya saja, titik hanya untuk desimal)"
    return None


@dataclasses.dataclass(frozen=True)
class Jenis:
    """Base of every value kind."""

    def baca(self, node: Node, nama: str) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def json(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def uraian(self) -> str:
        return ""


@dataclasses.dataclass(frozen=True)
class Teks(Jenis):
    """Free text; a number or date typed here is kept as the text typed."""

    def baca(self, node: Node, nama: str) -> str:
        s = _skalar(node, nama)
        teks = s.teks.strip() if s.gaya not in ("|", ">") else s.teks
        if not teks.strip():
            raise Tolak(f"'{nama}' kosong (isi teksnya, atau hapus baris ini)", s.baris)
        return teks

    def json(self) -> dict[str, Any]:
        return {"type": ["string", "number", "integer"]}

    def uraian(self) -> str:
        return "teks"


@dataclasses.dataclass(frozen=True)
class Kode(Jenis):
    """An identifier or budget code: letters, digits, '.', '-', '_'."""

    def baca(self, node: Node, nama: str) -> str:
        s = _skalar(node, nama)
        teks = s.teks.strip()
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._\-/]*", teks):
            raise Tolak(
                f"'{nama}' berisi '{teks}', bukan kode yang sah "
                "(pakai huruf, angka, titik, tanda hubung; tanpa spasi, mis. IK2.1 atau 076.01.WA)",
                s.baris,
            )
        return teks

    def json(self) -> dict[str, Any]:
        return {"type": ["string", "integer", "number"], "pattern": r"^[A-Za-z0-9][A-Za-z0-9._\-/]*$"}

    def uraian(self) -> str:
        return "kode"


def _baca_angka_teks(s: Skalar, nama: str) -> str:
    if s.gaya is not None:
        if _DESIMAL.fullmatch(s.teks.strip()) or _BULAT.fullmatch(s.teks.strip()):
            raise Tolak(f"'{nama}' ditulis dalam tanda kutip (tulis {s.teks.strip()} tanpa tanda kutip)", s.baris)
        saran = _saran_angka(s.teks)
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

    def baca(self, node: Node, nama: str) -> Decimal:
        s = _skalar(node, nama)
        teks = _baca_angka_teks(s, nama)
        if _RIBUAN_TITIK.fullmatch(teks) and teks.count(".") > 1:
            raise Tolak(f"'{nama}' berisi {teks}: titik hanya untuk desimal (tulis {teks.replace('.', '')})", s.baris)
        if _RIBUAN_TITIK.fullmatch(teks):
            raise Tolak(
                f"'{nama}' berisi {teks}: YAML membacanya sebagai {Decimal(teks).normalize()}, bukan "
                f"{teks.replace('.', '')} (titik hanya untuk desimal: tulis {teks.replace('.', '')} "
                f"atau {Decimal(teks).normalize()})",
                s.baris,
            )
        if not _DESIMAL.fullmatch(teks):
            saran = _saran_angka(teks)
            raise Tolak(f"'{nama}' berisi '{teks}', bukan angka ({saran or 'tulis angkanya, mis. 85.5'})", s.baris)
        nilai = Decimal(teks)
        if self.minimum is not None and nilai < self.minimum:
            raise Tolak(f"'{nama}' bernilai {teks}, tidak boleh kurang dari {self.minimum} (periksa tandanya)", s.baris)
        return nilai

    def json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "number"}
        if self.minimum is not None:
            d["minimum"] = int(self.minimum)
        return d

    def uraian(self) -> str:
        return "angka desimal, titik sebagai pemisah desimal (mis. 85.5)"


@dataclasses.dataclass(frozen=True)
class Bulat(Jenis):
    """A whole number: counts, Rupiah. '_' may group thousands (63_293_098_000)."""

    minimum: int | None = 0
    maksimum: int | None = None
    rupiah: bool = False

    def baca(self, node: Node, nama: str) -> int:
        s = _skalar(node, nama)
        teks = _baca_angka_teks(s, nama)
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
            saran = _saran_angka(teks)
            contoh = "63293098000" if self.rupiah else "12"
            raise Tolak(f"'{nama}' berisi '{teks}', bukan bilangan bulat ({saran or 'tulis angkanya, mis. ' + contoh})", s.baris)
        if "_" in teks and self.maksimum is not None:  # a year or a month: grouping makes no sense
            raise Tolak(f"'{nama}' berisi {teks}: tulis tanpa garis bawah ({teks.replace('_', '')})", s.baris)
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
        # which the reader refuses, from the plain one.) 'minimum' applies to integers only.
        tanda = "" if self.minimum is not None and self.minimum >= 0 else "-?"
        d = {"type": ["integer", "string"], "pattern": rf"^{tanda}\d+(_\d{{3}})+$"}
        if self.minimum is not None:
            d["minimum"] = self.minimum
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
class Tanggal(Jenis):
    """A date written YYYY-MM-DD."""

    def baca(self, node: Node, nama: str) -> datetime.date:
        s = _skalar(node, nama)
        teks = s.teks.strip()
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", teks)
        if m:
            try:
                return datetime.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise Tolak(f"'{nama}' berisi {teks}, tanggal yang tidak ada (periksa bulan dan harinya)", s.baris) from None
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", teks)
        if m and m[2].lower() in BULAN:
            iso = f"{m[3]}-{BULAN[m[2].lower()]:02d}-{int(m[1]):02d}"
            raise Tolak(f"'{nama}' berisi '{teks}' (tulis {iso})", s.baris)
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", teks)
        if m:
            raise Tolak(f"'{nama}' berisi '{teks}' (tulis tahun-bulan-hari: {m[3]}-{int(m[2]):02d}-{int(m[1]):02d})", s.baris)
        raise Tolak(f"'{nama}' berisi '{teks}', bukan tanggal (tulis tahun-bulan-hari, mis. 2025-01-16)", s.baris)

    def json(self) -> dict[str, Any]:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}

    def uraian(self) -> str:
        return "tanggal tahun-bulan-hari, mis. 2025-01-16"


@dataclasses.dataclass(frozen=True)
class Bendera(Jenis):
    """true or false, nothing else."""

    def baca(self, node: Node, nama: str) -> bool:
        s = _skalar(node, nama)
        teks = s.teks.strip()
        if s.polos and teks in ("true", "false"):
            return teks == "true"
        raise Tolak(f"'{nama}' berisi '{teks}' (tulis true atau false)", s.baris)

    def json(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def uraian(self) -> str:
        return "true atau false"


@dataclasses.dataclass(frozen=True)
class Pilihan(Jenis):
    """One of a fixed list of words."""

    pilihan: tuple[str, ...] = ()

    def baca(self, node: Node, nama: str) -> str:
        s = _skalar(node, nama)
        teks = s.teks.strip()
        if teks in self.pilihan:
            return teks
        hint = mirip(teks, self.pilihan)
        daftar = ", ".join(self.pilihan)
        raise Tolak(f"'{nama}' berisi '{teks}', bukan pilihan yang dikenal ({hint + ' ' if hint else ''}pilih salah satu: {daftar})", s.baris)

    def json(self) -> dict[str, Any]:
        return {"enum": list(self.pilihan)}

    def uraian(self) -> str:
        return "salah satu dari: " + ", ".join(self.pilihan)


@dataclasses.dataclass(frozen=True)
class Nilai(Jenis):
    """A target or realisasi: a decimal number, or a grade word (WTP, BB) for graded indicators."""

    def baca(self, node: Node, nama: str) -> Decimal | str:
        s = _skalar(node, nama)
        teks = s.teks.strip()
        if s.polos and (_DESIMAL.fullmatch(teks) or _RIBUAN_TITIK.fullmatch(teks) or teks in _BOOL_KELIRU
                        or teks in ("true", "false")):
            return Bilangan().baca(node, nama)
        if _saran_angka(teks) or (not s.polos and _DESIMAL.fullmatch(teks)):
            return Bilangan().baca(node, nama)
        if not teks:
            raise Tolak(f"'{nama}' kosong (isi angkanya, atau hapus baris ini)", s.baris)
        if not re.fullmatch(r"[A-Za-z][A-Za-z+\-]{0,15}", teks):
            raise Tolak(f"'{nama}' berisi '{teks}', bukan angka (tulis angkanya saja, mis. 85.5; "
                        "predikat seperti WTP atau BB hanya untuk indikator yang punya 'skala')", s.baris)
        return teks

    def json(self) -> dict[str, Any]:
        return {"type": ["number", "string"], "minimum": 0}

    def uraian(self) -> str:
        return "angka (mis. 85.5), atau predikat dari 'skala' indikator (mis. WTP)"


@dataclasses.dataclass(frozen=True)
class DaftarDari(Jenis):
    """A YAML list of one kind."""

    isi: Any = None  # Jenis or a dataclass type
    minimal: int = 0

    def baca(self, node: Node, nama: str) -> Any:
        raise NotImplementedError  # handled by the record reader, which owns error collection

    def json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "array", "items": json_dari(self.isi)}
        if self.minimal:
            d["minItems"] = self.minimal
        return d


@dataclasses.dataclass(frozen=True)
class PetaTahun(Jenis):
    """A mapping from year to a value: ``{2020: 90, 2021: 92}``."""

    isi: Any = None

    def baca(self, node: Node, nama: str) -> Any:
        raise NotImplementedError

    def json(self) -> dict[str, Any]:
        return {"type": "object", "propertyNames": {"pattern": r"^(19|20|21)\d{2}$"},
                "additionalProperties": json_dari(self.isi)}


@dataclasses.dataclass(frozen=True)
class Rekaman(Jenis):
    """A nested record (a dataclass from model.py)."""

    cls: Any = None

    def baca(self, node: Node, nama: str) -> Any:
        raise NotImplementedError

    def json(self) -> dict[str, Any]:
        return json_dari(self.cls)


def json_dari(x: Any) -> dict[str, Any]:
    """JSON Schema of a value kind or of a record class."""
    if isinstance(x, Jenis):
        return x.json()
    return {"$ref": f"#/$defs/{x.__name__}"}


def bukan_kosong(node: Node | None) -> bool:
    return node is not None and not (isinstance(node, Skalar) and node.kosong)


__all__ = [
    "BULAN", "Bendera", "Bilangan", "Bulat", "DaftarDari", "Jenis", "Kode", "Nilai", "PetaTahun",
    "Pilihan", "RUPIAH", "Rekaman", "Tahun", "Tanggal", "Teks", "Tolak", "json_dari", "mirip",
    "InvalidOperation", "Daftar", "Peta", "Skalar", "bukan_kosong",
]

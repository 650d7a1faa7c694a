"""Value kinds of the data files: how each is read from YAML and described in JSON Schema.

Each kind reads a node from ``yamlnode`` and either returns a plain Python
value or reports what is wrong and what to write. The same kinds produce the
JSON Schema an editor validates with, so the schema and the validator cannot
drift: both come from the field declarations in ``rekaman.py``.

Here are the kinds of text, codes, dates, flags and choices, and the lists,
year maps and nested records that hold other kinds; the number kinds are in
``skema_angka``, what every kind shares in ``skema_dasar``. Every kind is
imported from here.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import re
from decimal import InvalidOperation
from typing import Any

from .skema_angka import (
    BATAS_BULAT,
    BATAS_DESIMAL,
    DIGIT_DESIMAL,
    RUPIAH,
    Bilangan,
    Bulat,
    Nilai,
    Tahun,
    angka_asing,
    ribuan,
    ringkas,
    tolak_digit_asing,
)
from .skema_dasar import Jenis, Tolak, satu_nilai
from .yamlnode import Daftar, Node, Peta, Skalar

BULAN = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
}


def mirip(kata: str, pilihan: list[str] | tuple[str, ...]) -> str:
    """A ' (maksud Anda ...?)' hint for a typo, or ''."""
    cocok = difflib.get_close_matches(kata, list(pilihan), n=1, cutoff=0.6)
    return f"maksud Anda '{cocok[0]}'?" if cocok else ""


@dataclasses.dataclass(frozen=True)
class Teks(Jenis):
    """Free text; a number or date typed here is kept as the text typed."""

    def baca(self, node: Node, nama: str) -> str:
        s = satu_nilai(node, nama)
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
        s = satu_nilai(node, nama)
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


@dataclasses.dataclass(frozen=True)
class Tanggal(Jenis):
    """A date written YYYY-MM-DD."""

    def baca(self, node: Node, nama: str) -> datetime.date:
        s = satu_nilai(node, nama)
        teks = s.teks.strip()
        tolak_digit_asing(teks, nama, s.baris)
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", teks, re.ASCII)
        if m:
            try:
                return datetime.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                raise Tolak(f"'{nama}' berisi {teks}, tanggal yang tidak ada (periksa bulan dan harinya)", s.baris) from None
        m = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", teks, re.ASCII)
        if m and m[2].lower() in BULAN:
            iso = f"{m[3]}-{BULAN[m[2].lower()]:02d}-{int(m[1]):02d}"
            raise Tolak(f"'{nama}' berisi '{teks}' (tulis {iso})", s.baris)
        m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", teks, re.ASCII)
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
        s = satu_nilai(node, nama)
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
        s = satu_nilai(node, nama)
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
    # the number kinds' bounds and helpers too: importers need only this module
    "BATAS_BULAT", "BATAS_DESIMAL", "DIGIT_DESIMAL", "angka_asing", "ribuan", "ringkas", "tolak_digit_asing",
]

"""What ``lakip rapikan`` knows of the model: a data file's record class and the field order of its keys.

The order of the keys is the order of the field declarations in the model, so
that every file of one kind reads the same way; a year map is sorted by year.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..model.rekaman import JENIS_BERKAS, isian_data
from ..model.skema import DaftarDari, PetaTahun, Rekaman

TAHUN = "tahun"  # schema marker: a mapping from year to value (sorted by year)
_RENSTRA = re.compile(r"renstra-[0-9]{4}-[0-9]{4}\.md")
_TAHUNAN = ("pk", "realisasi", "anggaran", "lkj")

Pasangan = tuple[yaml.Node, yaml.Node]


def jenis_berkas(path: Path) -> type | None:
    """The model class of a data file, from its name (as ``load`` decides), or None."""
    nama = path.name
    if nama == "profil.md":
        return JENIS_BERKAS["profil"]
    if _RENSTRA.fullmatch(nama):
        return JENIS_BERKAS["renstra"]
    stem = nama.removesuffix(".md")
    if nama.endswith(".md") and stem in _TAHUNAN and re.fullmatch(r"[0-9]{4}", path.parent.name):
        return JENIS_BERKAS[stem]
    return None


def skema_jenis(jenis: Any) -> Any:
    """What a field's value looks like: a record class, ('daftar', inner), TAHUN or None."""
    if isinstance(jenis, Rekaman):
        return jenis.cls
    if isinstance(jenis, DaftarDari):
        return ("daftar", skema_jenis(jenis.isi))
    if isinstance(jenis, PetaTahun):
        return TAHUN
    if isinstance(jenis, type):
        return jenis
    return None


def skema_anak(skema: Any, kunci: str) -> Any:
    if isinstance(skema, type):
        for f in isian_data(skema):
            if f.name == kunci:
                return skema_jenis(f.metadata["jenis"])
    return None


def skema_butir(skema: Any) -> Any:
    if isinstance(skema, tuple) and skema and skema[0] == "daftar":
        return skema[1]
    return None


def urutkan(pasangan: list[Pasangan], skema: Any) -> list[Pasangan]:
    """Pairs in the model's field order (unknown keys after, in their order); years ascending."""
    if isinstance(skema, type):
        nama = [f.name for f in isian_data(skema)]
        posisi = {n: i for i, n in enumerate(nama)}

        def kunci_model(ip: tuple[int, Pasangan]) -> tuple[int, int]:
            i, (k, _) = ip
            return (posisi.get(str(k.value), len(nama)), i)

        return [p for _, p in sorted(enumerate(pasangan), key=kunci_model)]
    if skema == TAHUN and all(isinstance(k, yaml.ScalarNode) and re.fullmatch(r"[0-9]{4}", str(k.value))
                              for k, _ in pasangan):
        return sorted(pasangan, key=lambda p: int(str(p[0].value)))
    return list(pasangan)

"""JSON Schema of each data file kind, generated from the field declarations.

``lakip schema`` writes them to ``schema/``; the data files point at them with
a ``# yaml-language-server: $schema=...`` comment so an editor validates while
the user types. The validator reads the same declarations, so the two agree.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .rekaman import JENIS_BERKAS, isian_data
from .skema import DaftarDari, PetaTahun, Rekaman


def kelas_bersarang(cls: type, hasil: dict[str, type]) -> None:
    """Collect into ``hasil`` every record class reachable from ``cls`` (they become ``$defs``)."""
    for f in isian_data(cls):
        jenis = f.metadata["jenis"]
        while isinstance(jenis, (DaftarDari, PetaTahun)):
            jenis = jenis.isi
        if isinstance(jenis, Rekaman) and jenis.cls.__name__ not in hasil:
            hasil[jenis.cls.__name__] = jenis.cls
            kelas_bersarang(jenis.cls, hasil)


def _objek(cls: type) -> dict[str, Any]:
    props: dict[str, Any] = {}
    wajib: list[str] = []
    for f in isian_data(cls):
        sub = dict(f.metadata["jenis"].json())
        sub["description"] = f.metadata["doc"]
        if isinstance(f.default, bool | str | int):
            sub["default"] = f.default
        props[f.name] = sub
        if f.metadata["wajib"]:
            wajib.append(f.name)
    d: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": props}
    # a dataclass without a docstring gets its signature as __doc__ ('Realisasi(*, path: ...)'): not a description
    if cls.__doc__ and not cls.__doc__.startswith(f"{cls.__name__}("):
        d["description"] = " ".join(cls.__doc__.split())
    if wajib:
        d["required"] = wajib
    return d


def skema_berkas(jenis: str) -> dict[str, Any]:
    cls = JENIS_BERKAS[jenis]
    defs: dict[str, type] = {}
    kelas_bersarang(cls, defs)
    root = _objek(cls)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{jenis}.schema.json",
        "title": f"lakip: {jenis}",
        **root,
        "$defs": {nama: _objek(k) for nama, k in sorted(defs.items())},
    }


def teks_skema(jenis: str) -> str:
    return json.dumps(skema_berkas(jenis), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def tulis_skema(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    hasil = []
    for jenis in JENIS_BERKAS:
        path = folder / f"{jenis}.schema.json"
        path.write_text(teks_skema(jenis), encoding="utf-8")
        hasil.append(path)
    return hasil

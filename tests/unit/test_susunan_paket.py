"""The package's shape: stages in import order, no circle, no import upwards (see lakip/__init__.py).

An AST pass over ``plugins/lakip``: every ``from .x import`` (at module level or inside a
function) is resolved to its module and its stage. A module may import its own stage's
modules and any earlier stage, never a later one; imports inside functions are allowed
only in ``cli.py`` (start-up time).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from bantu_situs import AKAR

PAKET = AKAR / "plugins" / "lakip"
TAHAP = {"errors": 0, "model": 1, "load": 2, "compute": 3, "render": 4, "check": 5, "lkj": 5, "site": 6,
         "bangun": 7, "commands": 8, "config": 8, "plugin": 9, "cli": 9}
SEJAJAR_TERPISAH = {("check", "lkj"), ("lkj", "check")}  # same floor, but neither needs the other


def _modul() -> dict[str, Path]:
    out = {}
    for p in sorted(PAKET.rglob("*.py")):
        rel = p.relative_to(PAKET).with_suffix("")
        nama = ".".join(rel.parts)
        out[nama.removesuffix(".__init__") if nama != "__init__" else ""] = p
    return out


def _tahap(modul: str) -> str:
    return modul.split(".")[0] if modul else ""


def _impor(nama: str, path: Path) -> list[tuple[str, int, bool]]:
    """(imported module, line, inside a function) for every relative import of module ``nama``."""
    pohon = ast.parse(path.read_text(encoding="utf-8"))
    paket = nama.split(".")[:-1] if path.name != "__init__.py" else nama.split(".")
    hasil = []
    dalam: set[int] = set()
    for f in ast.walk(pohon):
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)):
            dalam |= {id(n) for n in ast.walk(f) if n is not f}
    for n in ast.walk(pohon):
        if isinstance(n, ast.ImportFrom) and n.level:
            dasar = paket[: len(paket) - (n.level - 1)]
            if n.module:
                hasil.append((".".join([*dasar, n.module]), n.lineno, id(n) in dalam))
            else:
                hasil += [(".".join([*dasar, a.name]), n.lineno, id(n) in dalam) for a in n.names]
    return hasil


def _pelanggaran() -> list[str]:
    semua = _modul()
    salah = []
    for nama, path in semua.items():
        t = _tahap(nama)
        for target, baris, di_fungsi in _impor(nama, path):
            if target not in semua:  # a name re-exported by a package __init__
                target = target.rpartition(".")[0]
            u = _tahap(target)
            lokasi = f"{path.relative_to(PAKET)}:{baris}"
            if not t or not u:
                continue
            if TAHAP[u] > TAHAP[t] or (t, u) in SEJAJAR_TERPISAH:
                salah.append(f"{lokasi}: {nama} ({t}) mengimpor {target} ({u})")
            if di_fungsi and t != "cli":
                salah.append(f"{lokasi}: impor di dalam fungsi ({target})")
    return salah


def test_tidak_ada_impor_ke_atas_atau_di_dalam_fungsi() -> None:
    assert _pelanggaran() == []


def test_tidak_ada_lingkaran_impor() -> None:
    semua = _modul()
    graf = {n: {t if t in semua else t.rpartition(".")[0] for t, _, _ in _impor(n, p)} for n, p in semua.items()}
    warna: dict[str, int] = {}
    jalur: list[str] = []

    def kunjungi(n: str) -> None:
        warna[n] = 1
        jalur.append(n)
        for m in sorted(graf.get(n, ())):
            if m not in graf or m == n:
                continue
            if warna.get(m) == 1:
                pytest.fail("lingkaran impor: " + " -> ".join(jalur[jalur.index(m):] + [m]))
            if not warna.get(m):
                kunjungi(m)
        jalur.pop()
        warna[n] = 2

    for n in sorted(graf):
        if not warna.get(n):
            kunjungi(n)

"""Korpus masukan cacat: setiap kasus di tests/malformed/ beserta pesan persisnya.

Format kasus dijelaskan di tests/malformed/README.md. Untuk menulis kasus baru,
jalankan ``python tests/unit/load/test_malformed.py tests/malformed/NN-nama.txt``: keluaran
``lakip check`` yang sebenarnya dicetak dalam bentuk baris ``# expect:``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lakip.cli import main

KORPUS = Path(__file__).resolve().parents[2] / "malformed"  # also when run as a script
_BYTE = re.compile(rb"\\x([0-9a-fA-F]{2})")
_KEPALA = re.compile(r"=== (?P<path>\S+)(?: \((?P<mod>bytes|size \d+)\))?\s*$")


@dataclass
class Kasus:
    nama: str
    expect: list[str] = field(default_factory=list)
    berkas: dict[str, bytes] = field(default_factory=dict)
    folder: list[str] = field(default_factory=list)


def baca_kasus(path: Path) -> Kasus:
    """Parse one corpus file into its expected lines and its tree of files."""
    kasus = Kasus(path.stem)
    sekarang: str | None = None
    mod: str | None = None
    isi: list[str] = []

    def tutup() -> None:
        if sekarang is None:
            return
        if sekarang.endswith("/"):
            kasus.folder.append(sekarang.rstrip("/"))
            return
        data = "".join(line + "\n" for line in isi).encode("utf-8")
        if mod == "bytes":
            data = _BYTE.sub(lambda m: bytes([int(m[1], 16)]), data)
        elif mod is not None and mod.startswith("size "):
            ukuran = int(mod.split()[1])
            pengisi = b"x" * 99 + b"\n"
            while len(data) < ukuran:
                data += pengisi
            data = data[:ukuran]
        kasus.berkas[sekarang] = data

    for line in path.read_text(encoding="utf-8").splitlines():
        m = _KEPALA.fullmatch(line)
        if m:
            tutup()
            sekarang, mod, isi = m["path"], m["mod"], []
        elif sekarang is None:
            if line.startswith("# expect: "):
                kasus.expect.append(line.removeprefix("# expect: "))
            elif line.strip() and not line.startswith("#"):
                raise ValueError(f"{path}: baris di luar berkas: {line!r}")
        else:
            isi.append(line)
    tutup()
    return kasus


def tulis_pohon(kasus: Kasus, root: Path) -> None:
    for folder in kasus.folder:
        (root / folder).mkdir(parents=True, exist_ok=True)
    for rel, data in kasus.berkas.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def jalankan(root: Path) -> tuple[int, list[str], str]:
    """``lakip check satker`` run from ``root``'s parent: exit code, stdout lines, stderr.

    ``root`` is a folder named ``satker``; run from its parent, every printed
    path is ``satker/...``, exactly what staff see from the repository root.
    """
    out, err = io.StringIO(), io.StringIO()
    lama = os.getcwd()
    os.chdir(root.parent)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            kode = main(["check", root.name])
    finally:
        os.chdir(lama)
    return kode, out.getvalue().splitlines(), err.getvalue()


SEMUA = sorted(KORPUS.glob("*.txt"))


def test_korpus_cukup_besar() -> None:
    assert len(SEMUA) >= 70
    nomor = [p.name.split("-", 1)[0] for p in SEMUA]
    assert len(set(nomor)) == len(nomor), "nomor kasus harus unik"


@pytest.mark.parametrize("path", SEMUA, ids=[p.stem for p in SEMUA])
def test_kasus(path: Path, tmp_path: Path) -> None:
    kasus = baca_kasus(path)
    assert kasus.expect, f"{path.name} tidak punya baris '# expect:'"
    root = tmp_path / "satker"
    tulis_pohon(kasus, root)
    kode, baris, err = jalankan(root)
    assert "Traceback" not in err and "kesalahan internal" not in err, err
    assert baris == kasus.expect
    assert kode == 1
    assert err.strip() == f"{len(kasus.expect)} masalah ditemukan."


def test_pesan_menyebut_berkas_dan_baris() -> None:
    """Every expected message starts with the path under satker/ and a line >= 1."""
    pola = re.compile(r"satker/[^:\s]+:(\d+): \S.*")
    for path in SEMUA:
        for line in baca_kasus(path).expect:
            m = pola.fullmatch(line)
            assert m and int(m[1]) >= 1, f"{path.name}: {line}"


if __name__ == "__main__":  # pragma: no cover - authoring aid
    import tempfile

    for arg in sys.argv[1:]:
        k = baca_kasus(Path(arg))
        with tempfile.TemporaryDirectory() as d:
            tulis_pohon(k, Path(d) / "satker")
            kode_, baris_, err_ = jalankan(Path(d) / "satker")
        print(f"## {arg} (exit {kode_}) {err_.strip()}")
        for b in baris_:
            print(f"# expect: {b}")

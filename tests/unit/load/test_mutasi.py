"""Mutation fuzz: damaged copies of real data never crash the loader and are reported where damaged.

For the example satker and every satker under ``satker/`` (seed data), each data
file is mutated in typical ways (a number, date or true/false replaced by ``abc``,
``1.000.000``, ``85,5``, ``yes``, ``[1, 2]``, ``{a: 1}``; the closing ``---`` deleted; a line
removed; indentation broken; a key line duplicated; the file truncated; invalid
UTF-8, NUL or a tab inserted). For every mutant, in-process:

1. ``muat`` + ``periksa`` (what ``lakip check`` runs) raise nothing: the outcome
   is data or problems; and when there are no problems, computing every year's
   capaian, budget and consistency notes and the body directives raises nothing;
2. every problem has a path inside the checked folder, a line >= 1 that exists
   in its file (or the line after the last), and a non-empty message;
3. when an oracle says the mutated file is invalid, at least one problem names
   the mutated file. The oracle applies the file-level checks (size, UTF-8,
   NUL, '---', YAML syntax, anchors, duplicate keys), then resolves the scalars
   with the YAML 1.2 core rules an editor uses and validates the document
   against the generated JSON Schema, not the validator: so the validator and
   the schema are checked against each other too.

The loop is deterministic (seeded) and capped per file so the test stays fast.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from bantu_situs import AKAR

from lakip.check import periksa
from lakip.compute.pengaturan import Pengaturan
from lakip.load.cache import Cache
from lakip.load.frontmatter import BATAS_UKURAN, pisah
from lakip.load.muat import NAMA_TAHUNAN, muat
from lakip.model.jsonschema import skema_berkas
from lakip.model.satker import Data
from lakip.model.yamlnode import Daftar, Node, Skalar, baca_yaml

ROOT = AKAR
CONTOH = ROOT / "tests" / "fixtures" / "satker" / "kab-contoh"
SEED = ROOT / "satker"
TAMPIL = "data"

PENGGANTI = ("abc", "1.000.000", "85,5", "yes", "[1, 2]", "{a: 1}")
MAKS_ANGKA_PER_BERKAS = 8  # numbers per file whose replacements are all tried
MAKS_BARIS_ACAK = 6  # random lines removed / re-indented / duplicated per file
# Pure-Python YAML parsing dominates the run time, so mutants are budgeted in
# bytes parsed: per file at most about ANGGARAN_BYTE (never fewer than MIN_MUTAN
# mutants). The small example files get every mutant; the seed files share
# ANGGARAN_SEED between them, a deterministic sample covering every kind of
# mutation, so the run time stays roughly constant as seed data is added.
ANGGARAN_BYTE = 150_000
ANGGARAN_SEED = int(os.environ.get("LAKIP_MUTASI_BYTE", "3000000"))  # raise in CI for more mutants
MIN_MUTAN = 8


# ------------------------------------------------------------------ which data

def _satker_seed() -> list[Path]:
    if not SEED.is_dir():
        return []
    return sorted(p for p in SEED.iterdir() if p.is_dir() and (p / "profil.md").is_file())


def _jenis(rel: Path) -> str | None:
    if rel.parent == Path(".") and rel.name == "profil.md":
        return "profil"
    if rel.parent == Path(".") and re.fullmatch(r"renstra-\d{4}-\d{4}\.md", rel.name):
        return "renstra"
    if re.fullmatch(r"\d{4}", rel.parent.as_posix()) and rel.suffix == ".md" and rel.stem in NAMA_TAHUNAN:
        return rel.stem
    return None


def _berkas_data(satker: Path) -> list[tuple[Path, str]]:
    hasil = []
    for p in sorted(satker.rglob("*.md")):
        jenis = _jenis(p.relative_to(satker))
        if jenis:
            hasil.append((p.relative_to(satker), jenis))
    return hasil


# ------------------------------------------------------------------ mutations

@dataclass(frozen=True)
class Mutan:
    jenis: str
    nama: str
    data: bytes


# A whole plain value: a number, a date, or true/false (after 'key: ', '[', '{' or ', ').
_ANGKA = re.compile(r"(?<=[:\[,{] )(?:-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}|true|false)(?=\s*(?:[,}\]]|$))", re.MULTILINE)
_KUNCI = re.compile(r"^(\s*)(- )?([A-Za-z_][A-Za-z0-9_]*):", re.MULTILINE)


def _baris(teks: str) -> list[str]:
    return teks.splitlines(keepends=True)


def _semua_mutan(data: bytes, seed: str) -> Iterator[Mutan]:
    rng = random.Random(seed)
    teks = data.decode("utf-8")
    lines = _baris(teks)
    n = len(lines)
    penutup = next((i for i in range(1, n) if lines[i].rstrip() in ("---", "...")), None)
    batas_yaml = penutup if penutup is not None else n

    angka = list(_ANGKA.finditer("".join(lines[:batas_yaml])))
    if len(angka) > MAKS_ANGKA_PER_BERKAS:
        angka = sorted(rng.sample(angka, MAKS_ANGKA_PER_BERKAS), key=lambda m: m.start())
    for m in angka:
        baris_ke = teks.count("\n", 0, m.start()) + 1
        for ganti in PENGGANTI:
            yield Mutan(f"angka->{ganti}", f"baris {baris_ke}: {m[0]} -> {ganti}",
                        (teks[: m.start()] + ganti + teks[m.end():]).encode("utf-8"))

    if penutup is not None:
        yield Mutan("penutup", "tanpa '---' penutup", "".join(lines[:penutup] + lines[penutup + 1:]).encode("utf-8"))
    yield Mutan("pembuka", "tanpa '---' pembuka", "".join(lines[1:]).encode("utf-8"))

    isi = list(range(1, batas_yaml))
    for i in rng.sample(isi, min(MAKS_BARIS_ACAK, len(isi))):
        yield Mutan("hapus", f"hapus baris {i + 1}", "".join(lines[:i] + lines[i + 1:]).encode("utf-8"))
    menjorok = [i for i in isi if lines[i].startswith(" ")]
    for i in rng.sample(menjorok, min(MAKS_BARIS_ACAK, len(menjorok))):
        geser = " " + lines[i] if rng.random() < 0.5 else lines[i][1:]
        yield Mutan("indentasi", f"indentasi baris {i + 1}", "".join(lines[:i] + [geser] + lines[i + 1:]).encode("utf-8"))
    kunci = [i for i in isi if _KUNCI.match(lines[i])]
    for i in rng.sample(kunci, min(MAKS_BARIS_ACAK, len(kunci))):
        yield Mutan("gandakan", f"gandakan baris {i + 1}", "".join(lines[: i + 1] + [lines[i]] + lines[i + 1:]).encode("utf-8"))
    for i in rng.sample(isi, min(2, len(isi))):
        yield Mutan("tab", f"tab di awal baris {i + 1}", "".join(lines[:i] + ["\t" + lines[i]] + lines[i + 1:]).encode("utf-8"))
        tengah = lines[i].rstrip("\n")
        j = len(tengah) // 2
        yield Mutan("tab", f"tab di tengah baris {i + 1}",
                    "".join(lines[:i] + [tengah[:j] + "\t" + tengah[j:] + "\n"] + lines[i + 1:]).encode("utf-8"))

    for f in (0.05, 0.2, 0.5, 0.8, 0.97):
        k = int(len(data) * f)
        yield Mutan("potong", f"potong di byte {k}", data[:k])
    for bad in (b"\xff\xfe", b"\xc3", b"\x00", b"\x07"):
        k = rng.randrange(len(data))
        yield Mutan(f"sisip {bad!r}", f"sisip {bad!r} di byte {k}", data[:k] + bad + data[k:])
    yield Mutan("besar", "terlalu besar", data + b"\n" * (BATAS_UKURAN + 1 - len(data)))


def mutan(data: bytes, seed: str, anggaran: int = ANGGARAN_BYTE) -> list[Mutan]:
    """The mutants of one file: all of them, or a sample covering every kind."""
    semua = [m for m in _semua_mutan(data, seed) if m.data != data]
    n = max(MIN_MUTAN, anggaran // max(len(data), 1))
    if len(semua) <= n:
        return semua
    rng = random.Random(seed + "/sampel")
    kelompok: dict[str, list[Mutan]] = {}
    for m in semua:
        kelompok.setdefault(m.jenis, []).append(m)
    for daftar in kelompok.values():
        rng.shuffle(daftar)
    urutan = sorted(kelompok)
    rng.shuffle(urutan)
    pilih: list[Mutan] = []
    while len(pilih) < n:  # round-robin over the kinds: every kind before any twice
        for k in urutan:
            if kelompok[k] and len(pilih) < n:
                pilih.append(kelompok[k].pop())
    return pilih


# ------------------------------------------------------------------ oracle

class _TakSah(Exception):
    pass


_INT = re.compile(r"[-+]?\d+(_\d{3})*")  # '_' groups digits: documented for Rupiah
_FLOAT = re.compile(r"[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?")


def _json(node: Node) -> Any:
    """The node as an editor's YAML 1.2 (core schema) view sees it; empty values dropped."""
    if isinstance(node, Skalar):
        if node.gaya is not None:
            return node.teks
        t = node.teks
        if t in ("true", "True", "TRUE"):
            return True
        if t in ("false", "False", "FALSE"):
            return False
        if _INT.fullmatch(t):
            return int(t.replace("_", ""))
        if _FLOAT.fullmatch(t):
            return float(t)
        return t
    if isinstance(node, Daftar):
        return [_json(x) for x in node.items]
    hasil = {}
    for k, v in node.items:
        if _kosong(v):
            continue  # the loader treats an empty value as a missing one
        hasil[k.teks] = _json(v)
    return hasil


def _kosong(node: Node) -> bool:
    return isinstance(node, Skalar) and (node.kosong or (node.gaya in ("'", '"') and not node.teks.strip()))


_VALIDATOR: dict[str, jsonschema.Draft202012Validator] = {}


def tak_sah(data: bytes, jenis: str) -> str | None:
    """Why the oracle finds this file invalid, or None."""
    if len(data) > BATAS_UKURAN:
        return "terlalu besar"
    try:
        teks = data.decode("utf-8")
    except UnicodeDecodeError:
        return "bukan UTF-8"
    pecahan, err = pisah(teks, "x")
    if err is not None or pecahan is None:
        return f"front matter: {err}"
    node, errs = baca_yaml(pecahan.yaml, "x", pecahan.yaml_baris)
    if errs:
        return f"YAML: {errs[0]}"
    if node is None:
        return "front matter kosong"
    if jenis not in _VALIDATOR:
        _VALIDATOR[jenis] = jsonschema.Draft202012Validator(skema_berkas(jenis))
    galat = next(iter(_VALIDATOR[jenis].iter_errors(_json(node))), None)
    return f"skema: {galat.message}" if galat is not None else None


# ------------------------------------------------------------------ the run

def _tulis(path: Path, data: bytes, jam: list[int]) -> None:
    path.write_bytes(data)
    jam[0] += 1_000_000_000  # a fresh mtime per write, whatever the file system's resolution
    os.utime(path, ns=(jam[0], jam[0]))


def _hitung_semua(data: Data, sid: str) -> None:
    """What the site computes from valid data of satker ``sid``: capaian, budget,
    consistency notes, directives in the bodies."""
    from lakip.compute.situs import Situs
    from lakip.site.direktif import periksa_body

    situs = Situs(Data(data.root, {sid: data.satker[sid]}), Pengaturan())
    for tahun in data.satker[sid].tahun:
        situs.hasil(sid, tahun)
        situs.konsistensi(sid, tahun)
    periksa_body(situs)


def _jumlah_baris(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n") + 1
    except OSError:
        return 1


def _uji_folder(root: Path, satker: list[Path], anggaran: int = ANGGARAN_BYTE) -> tuple[int, list[str]]:
    """Mutate every data file under ``root`` (a copy); return (mutants run, failures)."""
    cache = Cache()
    jam = [1_700_000_000 * 1_000_000_000]
    gagal: list[str] = []
    jumlah = 0
    for s in satker:
        for rel, jenis in _berkas_data(root / s.name):
            path = root / s.name / rel
            asli = path.read_bytes()
            tampil = f"{TAMPIL}/{s.name}/{rel.as_posix()}"
            for m in mutan(asli, f"{s.name}/{rel}", anggaran):
                jumlah += 1
                _tulis(path, m.data, jam)
                label = f"{tampil} [{m.nama}]"
                try:
                    data, masalah = muat(root, TAMPIL, cache)
                    masalah.gabung(periksa(data))
                    if not masalah:
                        _hitung_semua(data, s.name)
                except Exception:  # noqa: BLE001 - the point of the test
                    gagal.append(f"{label}: pengecualian lolos\n{traceback.format_exc()}")
                    continue
                items = masalah.urut()
                for e in items:
                    berkas = root / e.path.removeprefix(TAMPIL + "/")
                    if not (e.path.startswith(TAMPIL + "/") and e.pesan.strip() and e.line >= 1):
                        gagal.append(f"{label}: masalah cacat: {e!r}")
                    elif berkas.is_file() and e.line > _jumlah_baris(berkas):
                        gagal.append(f"{label}: baris di luar berkas: {e}")
                if any(e.path == tampil for e in items):
                    continue  # reported in the mutated file: nothing more to ask of the oracle
                sebab = tak_sah(m.data, jenis)
                if sebab is not None:
                    gagal.append(f"{label}: tidak dilaporkan di berkas ini ({sebab}); "
                                 f"masalah: {[str(e) for e in items][:3]}")
            _tulis(path, asli, jam)
    return jumlah, gagal


def _salin(satker: list[Path], tmp: Path) -> Path:
    root = tmp / "data"
    for s in satker:
        shutil.copytree(s, root / s.name)
    return root


def _awal_bersih(root: Path) -> None:
    data, masalah = muat(root, TAMPIL)
    masalah.gabung(periksa(data))
    assert not masalah, masalah.teks()


def test_mutasi_satker_contoh(tmp_path: Path) -> None:
    root = _salin([CONTOH], tmp_path)
    _awal_bersih(root)
    jumlah, gagal = _uji_folder(root, [CONTOH])
    assert jumlah > 200
    assert not gagal, "\n".join(gagal[:20]) + f"\n({len(gagal)} kegagalan dari {jumlah} mutan)"


SEEDS = _satker_seed()


@pytest.mark.skipif(not SEEDS, reason="belum ada data satker di satker/")
@pytest.mark.parametrize("satker", SEEDS, ids=[s.name for s in SEEDS])
def test_mutasi_satker_seed(satker: Path, tmp_path: Path) -> None:
    # the whole satker/ folder is copied so that 'induk' references resolve
    root = _salin(SEEDS, tmp_path)
    n_berkas = sum(len(_berkas_data(s)) for s in SEEDS)
    jumlah, gagal = _uji_folder(root, [satker], min(ANGGARAN_BYTE, ANGGARAN_SEED // max(n_berkas, 1)))
    assert jumlah > 0
    assert not gagal, "\n".join(gagal[:20]) + f"\n({len(gagal)} kegagalan dari {jumlah} mutan)"


def test_oracle_mengenali_berkas_sah_dan_tak_sah() -> None:
    """The oracle itself: the untouched example files are valid, typical damage is not."""
    for rel, jenis in _berkas_data(CONTOH):
        data = (CONTOH / rel).read_bytes()
        assert tak_sah(data, jenis) is None, rel
    pk = (CONTOH / "2024" / "pk.md").read_bytes()
    assert tak_sah(pk.replace(b"pagu: 31210673000", b"pagu: 85,5"), "pk") is not None
    assert tak_sah(pk.replace(b"id: ketua", b"id: [1, 2]"), "pk") is not None
    assert tak_sah(pk[:-4], "pk") is not None
    assert tak_sah(pk.replace(b"tanggal: 2024-01-04", b"tanggal: yes"), "pk") is not None

"""JSON Schema: committed = generated, valid Draft 2020-12, agrees with the fixture and the model."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from bantu_situs import AKAR, UJI

from lakip.cli import main
from lakip.load.frontmatter import pisah
from lakip.model.jsonschema import kelas_bersarang, skema_berkas
from lakip.model.rekaman import JENIS_BERKAS, isian_data

ROOT = AKAR
SCHEMA = ROOT / "schema"
CONTOH = UJI / "fixtures" / "satker" / "kab-contoh"
Validator = jsonschema.Draft202012Validator


def _jenis_berkas(path: Path) -> str:
    if path.name.startswith("renstra-"):
        return "renstra"
    return path.stem


def _jsonkan(x: Any) -> Any:
    """What an editor's YAML 1.2 (JSON) view of the document sees: string keys, dates as text."""
    if isinstance(x, dict):
        return {str(k): _jsonkan(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_jsonkan(v) for v in x]
    if isinstance(x, datetime.date):
        return x.isoformat()
    return x


def _front_matter(path: Path) -> Any:
    pecahan, err = pisah(path.read_text(encoding="utf-8"), str(path))
    assert err is None and pecahan is not None
    return _jsonkan(yaml.safe_load(pecahan.yaml))


@pytest.fixture(scope="module")
def dihasilkan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("schema")
    assert main(["schema", "--out", str(out)]) == 0
    return out


def test_skema_tercommit_sama_dengan_hasil_lakip_schema(dihasilkan: Path) -> None:
    dibuat = sorted(p.name for p in dihasilkan.glob("*.schema.json"))
    assert dibuat == sorted(f"{j}.schema.json" for j in JENIS_BERKAS)
    assert sorted(p.name for p in SCHEMA.glob("*.schema.json")) == dibuat, "jalankan: lakip schema"
    for nama in dibuat:
        assert (SCHEMA / nama).read_text(encoding="utf-8") == (dihasilkan / nama).read_text(encoding="utf-8"), (
            f"schema/{nama} usang: jalankan 'lakip schema'")


@pytest.mark.parametrize("jenis", list(JENIS_BERKAS))
def test_skema_draft_2020_12_yang_sah(jenis: str) -> None:
    skema = json.loads((SCHEMA / f"{jenis}.schema.json").read_text(encoding="utf-8"))
    assert skema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator.check_schema(skema)
    assert jsonschema.validators.validator_for(skema) is Validator
    # every $ref resolves inside the document
    refs = re.findall(r'"\$ref": "#/\$defs/([A-Za-z]+)"', json.dumps(skema))
    assert set(refs) <= set(skema.get("$defs", {}))


BERKAS_CONTOH = sorted(CONTOH.rglob("*.md"))


@pytest.mark.parametrize("path", BERKAS_CONTOH, ids=[p.relative_to(CONTOH).as_posix() for p in BERKAS_CONTOH])
def test_front_matter_contoh_sah_menurut_skema(path: Path) -> None:
    skema = json.loads((SCHEMA / f"{_jenis_berkas(path)}.schema.json").read_text(encoding="utf-8"))
    galat = sorted(Validator(skema).iter_errors(_front_matter(path)), key=str)
    assert galat == [], [g.message for g in galat]


def test_komentar_skema_menunjuk_berkas_yang_ada() -> None:
    for path in BERKAS_CONTOH:
        m = re.search(r"# yaml-language-server: \$schema=(\S+)", path.read_text(encoding="utf-8"))
        if m:
            target = (path.parent / m[1]).resolve()
            assert target.is_file(), f"{path}: {m[1]}"
            assert target.name == f"{_jenis_berkas(path)}.schema.json"


@pytest.mark.parametrize(
    ("jenis", "ubah", "kata"),
    [
        ("profil", lambda d: d.update(tingkat="desa"), "desa"),
        ("profil", lambda d: d.update(almat="Jl."), "almat"),
        ("profil", lambda d: d.pop("nama"), "nama"),
        ("renstra", lambda d: d["sasaran"][0]["indikator"][0].update(target={"tahun": 1}), "tahun"),
        ("renstra", lambda d: d["sasaran"][0]["indikator"][0].update(iku="ya"), "ya"),
        ("pk", lambda d: d["perjanjian"][0]["baris"][0].update(target=-1), "-1"),
        ("anggaran", lambda d: d["program"][1].update(pagu=1.5), "1.5"),
        ("anggaran", lambda d: d["revisi"][0].update(tanggal="17/01/2025"), "17/01/2025"),
    ],
)
def test_skema_menolak_kesalahan_umum(jenis: str, ubah: Any, kata: str) -> None:
    path = next(p for p in BERKAS_CONTOH if _jenis_berkas(p) == jenis)
    doc = _front_matter(path)
    ubah(doc)
    skema = json.loads((SCHEMA / f"{jenis}.schema.json").read_text(encoding="utf-8"))
    pesan = [g.message for g in Validator(skema, format_checker=Validator.FORMAT_CHECKER).iter_errors(doc)]
    assert pesan and any(kata in p for p in pesan), pesan


# ------------------------------------------------------------------ schema vs field declarations

def _kelas_terjangkau() -> dict[str, type]:
    hasil: dict[str, type] = {}
    for cls in JENIS_BERKAS.values():
        kelas_bersarang(cls, hasil)
    return hasil


def _periksa_objek(objek: dict[str, Any], cls: type) -> None:
    fields = isian_data(cls)
    assert objek["type"] == "object"
    assert objek["additionalProperties"] is False
    assert list(objek["properties"]) == [f.name for f in fields], cls.__name__
    assert objek.get("required", []) == [f.name for f in fields if f.metadata["wajib"]], cls.__name__
    for f in fields:
        prop = objek["properties"][f.name]
        assert prop["description"] == f.metadata["doc"]
        jenis = f.metadata["jenis"]
        harap = dict(jenis.json())
        harap.pop("description", None)
        assert {k: v for k, v in prop.items() if k not in ("description", "default")} == harap, (
            f"{cls.__name__}.{f.name}")
        if isinstance(f.default, (bool, str, int)) and f.default is not dataclasses.MISSING:
            assert prop["default"] == f.default


@pytest.mark.parametrize("jenis", list(JENIS_BERKAS))
def test_properti_skema_sama_dengan_isian_yang_dideklarasikan(jenis: str) -> None:
    skema = skema_berkas(jenis)
    cls = JENIS_BERKAS[jenis]
    _periksa_objek(skema, cls)
    for nama, objek in skema["$defs"].items():
        _periksa_objek(objek, _kelas_terjangkau()[nama])


def test_setiap_rekaman_bersarang_punya_definisi() -> None:
    kelas = _kelas_terjangkau()
    didefinisikan = set()
    for jenis in JENIS_BERKAS:
        didefinisikan |= set(skema_berkas(jenis)["$defs"])
    assert didefinisikan == set(kelas)
    # no data field lacks a description, and every record class is a dataclass with path/posisi
    for cls in [*kelas.values(), *JENIS_BERKAS.values()]:
        names = {f.name for f in dataclasses.fields(cls)}
        assert {"path", "posisi"} <= names
        assert all(f.metadata["doc"] for f in isian_data(cls))


# ------------------------------------------------------------------ schema and reader agree on '_'

def _baca(cls: type, teks: str) -> tuple[Any, list[str]]:
    from lakip.errors import Masalah
    from lakip.load.validasi import baca_rekaman
    from lakip.model.yamlnode import baca_yaml

    node, galat = baca_yaml(teks, "x.md", 2)
    m = Masalah(list(galat))
    hasil = baca_rekaman(cls, node, "x.md", m) if node is not None else None
    return hasil, [e.pesan for e in m.items]


@pytest.mark.parametrize(
    ("teks", "sah"),
    [("1_000_000", True), ("63_293_098_000", True), ("1000000", True),
     ("1.000.000", False), ("1,000,000", False), ("1_000.5", False), ("Rp 1000", False)],
)
def test_rupiah_bergaris_bawah_sah_menurut_skema_dan_pemuat(teks: str, sah: bool) -> None:
    """An editor reads YAML 1.2, where 1_000_000 is the text "1_000_000"; the reader accepts it as
    the number. The schema must accept exactly what the reader accepts."""
    skema = json.loads((SCHEMA / "anggaran.schema.json").read_text(encoding="utf-8"))
    cls = JENIS_BERKAS["anggaran"]
    yaml_teks = f"program:\n  - kode: 076.01.WA\n    nama: Program Dukungan Manajemen\n    pagu: {teks}\n"
    hasil, pesan = _baca(cls, yaml_teks)
    assert (pesan == []) is sah, pesan
    if sah:
        assert hasil.program[0].pagu == int(teks.replace("_", ""))
    # the editor's view: a plain 1_000_000 is a string in YAML 1.2, digits alone an integer
    nilai: Any = int(teks) if teks.isdigit() else teks
    doc = {"program": [{"kode": "076.01.WA", "nama": "Program Dukungan Manajemen", "pagu": nilai}]}
    assert (list(Validator(skema).iter_errors(doc)) == []) is sah


def test_tahun_bergaris_bawah_ditolak_skema_dan_pemuat() -> None:
    skema = json.loads((SCHEMA / "profil.schema.json").read_text(encoding="utf-8"))
    doc = {"nama": "KPU Kabupaten X", "tingkat": "kabupaten", "provinsi": "Kalimantan Selatan",
           "dokumen": [{"judul": "LKj", "tahun": "2_024", "kategori": "berkala"}]}
    assert list(Validator(skema).iter_errors(doc))
    teks = ("nama: KPU Kabupaten X\ntingkat: kabupaten\nprovinsi: Kalimantan Selatan\n"
            "dokumen:\n  - judul: LKj\n    tahun: 2_024\n    kategori: berkala\n")
    _, pesan = _baca(JENIS_BERKAS["profil"], teks)
    assert pesan == ["'tahun' berisi 2_024: tulis tanpa garis bawah (2024)"]


def test_uraian_rekaman_tanpa_docstring_bukan_tanda_tangan_dataclass() -> None:
    """A record without a docstring has no description, never 'Realisasi(*, path: ...)'."""
    teks = "".join(p.read_text() for p in (Path(__file__).resolve().parents[3] / "schema").glob("*.json"))
    assert "(*, path" not in teks


def test_uraian_rekaman_berbahasa_indonesia() -> None:
    """Every record (file and nested) describes itself to the editor in Indonesian (issue 14, point 11)."""
    for jenis in JENIS_BERKAS:
        skema = skema_berkas(jenis)
        uraian = [skema["description"], *(d["description"] for d in skema["$defs"].values())]
        assert all(u and "``" not in u and not re.search(r"\b(the|is|of|and)\b", u) for u in uraian), uraian
    assert skema_berkas("realisasi")["$defs"]["Realisasi"]["description"] == (
        "Realisasi satu indikator (atau per triwulan), dengan analisisnya.")

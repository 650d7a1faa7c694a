"""Open data people can use (site/export.py, site/kolom.py, site/katalog_data.py).

- every ``datapackage.json`` validates with the ``frictionless`` package against the CSV files
  it describes (types, decimal comma, ';', BOM), and a file in another convention fails;
- a spreadsheet set to Indonesian reads the numbers as numbers: ';', decimal comma, BOM;
- the rows of one budget file add up to the satker's pagu (no level counted twice);
- JSON numbers are numbers, written exactly;
- the data dictionary page lists every column of every file, from the same definitions;
- ``data.json`` is a DCAT-US catalogue whose every download URL is a file of ``data/``;
- the export is a pure function of the Situs: built twice, the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from bantu_situs import AKAR, FIXTURE_PORTAL

from lakip.bangun import bangun
from lakip.compute.situs import Situs
from lakip.site import export, katalog_data
from lakip.site import kolom as K
from lakip.site.halaman import halaman_anggaran

frictionless = pytest.importorskip("frictionless")

FOLDER = [AKAR / "satker", FIXTURE_PORTAL, AKAR / "tests" / "fixtures" / "satker"]


@pytest.fixture(scope="module", params=FOLDER, ids=["satker", "portal", "contoh"])
def situs(request: pytest.FixtureRequest) -> Situs:
    s, masalah = bangun(request.param, "satker", terbit=False)
    assert not masalah, masalah.teks()
    return s


@pytest.fixture(scope="module")
def folder(situs: Situs, tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("data")
    export.tulis(export.semua_berkas(situs), d)
    return d


def _baris(isi: bytes) -> list[dict[str, str]]:
    assert isi.startswith(b"\xef\xbb\xbf"), "tanpa BOM UTF-8"
    teks = isi.decode("utf-8-sig")
    assert teks.endswith("\r\n") and teks.split("\r\n", 1)[0].count("\n") == 0  # CRLF after each row
    return list(csv.DictReader(io.StringIO(teks, newline=""), delimiter=";"))


def test_datapackage_valid_menurut_frictionless(situs: Situs, folder: Path) -> None:
    paket = sorted(folder.glob("*/*/datapackage.json"))
    assert len(paket) == sum(len(s.tahun) for s in situs.satker())
    for p in paket:
        laporan = frictionless.validate(str(p))
        assert laporan.valid, (p, laporan.flatten(["rowNumber", "fieldName", "type", "note"])[:5])
        isi = json.loads(p.read_text(encoding="utf-8"))
        assert [r["name"] for r in isi["resources"]] == [ds.nama for ds in K.PER_TAHUN]
        assert isi["licenses"][0]["name"] == "CC-BY-4.0"


def test_frictionless_menolak_konvensi_lain(situs: Situs, folder: Path, tmp_path: Path) -> None:
    """The validation can fail: a decimal point where the package says comma is an error."""
    p = next(p for p in sorted(folder.glob("*/*/datapackage.json"))
             if any(r["capaian"] for r in _baris((p.parent / "capaian.csv").read_bytes())))
    salinan = tmp_path / "paket"
    salinan.mkdir()
    for f in p.parent.iterdir():
        (salinan / f.name).write_bytes(f.read_bytes())
    rusak = salinan / "capaian.csv"
    teks = rusak.read_bytes().decode("utf-8-sig").split("\r\n")
    kepala = teks[0].split(";")
    i = kepala.index("capaian")
    for n, b in enumerate(teks[1:], 1):
        sel = b.split(";")
        if len(sel) > i and sel[i]:
            sel[i] = "12.5x"
            teks[n] = ";".join(sel)
            break
    rusak.write_bytes(("\ufeff" + "\r\n".join(teks)).encode("utf-8"))
    laporan = frictionless.validate(str(salinan / "datapackage.json"))
    assert not laporan.valid
    assert any(e[1] == "capaian" for e in laporan.flatten(["rowNumber", "fieldName"]))


def test_csv_untuk_spreadsheet_indonesia(situs: Situs) -> None:
    berkas = export.semua_berkas(situs)
    for nama, isi in berkas.items():
        if not nama.endswith(".csv"):
            continue
        rows = _baris(isi)
        dasar = nama.rsplit("/", 1)[-1]
        ds = K.RENSTRA if dasar.startswith("renstra-") else next(
            d for d in (*K.PER_TAHUN, *K.NASIONAL) if dasar == f"{d.nama}.csv")
        assert list(rows[0]) == ds.kepala if rows else isi.decode("utf-8-sig").startswith(";".join(ds.kepala))
        for r in rows:
            for k in ds.kolom:
                v = r[k.nama]
                if not v:
                    continue
                if k.jenis == "number":  # a number, decimal comma, never "64,52 %" or "Rp"
                    assert Decimal(v.replace(",", ".")).is_finite() and "." not in v, (nama, k.nama, v)
                elif k.jenis == "integer":
                    assert v.lstrip("-").isdigit(), (nama, k.nama, v)
                elif k.jenis == "boolean":
                    assert v in ("0", "1"), (nama, k.nama, v)


def test_anggaran_per_tingkat_tanpa_hitung_ganda(situs: Situs) -> None:
    berkas = export.semua_berkas(situs)
    dicek = 0
    for s in situs.satker():
        for t in s.tahun:
            h = situs.hasil(s.id, t)
            if h.anggaran is None or h.anggaran.pagu is None:
                continue
            program = _baris(berkas[f"{s.id}/{t}/anggaran-program.csv"])
            if program:
                assert sum(int(r["pagu"]) for r in program) == h.anggaran.pagu
                dicek += 1
            belanja = _baris(berkas[f"{s.id}/{t}/anggaran-belanja.csv"])
            if belanja and all(r["pagu"] for r in belanja):
                assert sum(int(r["pagu"]) for r in belanja) == sum(b.pagu or 0 for b in h.anggaran.belanja)
            # a level's rows under one parent add up to the parent's pagu when the parent is fully detailed
            kegiatan = _baris(berkas[f"{s.id}/{t}/anggaran-kegiatan.csv"])
            ro = _baris(berkas[f"{s.id}/{t}/anggaran-ro.csv"])
            for induk, anak, kunci in ((program, kegiatan, ("program",)), (kegiatan, ro, ("program", "kegiatan"))):
                for i in induk:
                    bagian = [int(a["pagu"]) for a in anak
                              if tuple(a[k] for k in kunci) == tuple(i[k] for k in (*kunci[:-1], "kode"))]
                    if bagian and i["rincian_lengkap"] == "1":
                        assert sum(bagian) == int(i["pagu"]), (s.id, t, i["kode"])
                        dicek += 1
            assert {r["satker"] for r in program + ro} <= {s.id} and {r["tahun"] for r in program} <= {str(t)}
    assert dicek


def test_renstra_setiap_target(situs: Situs) -> None:
    berkas = export.semua_berkas(situs)
    for s in situs.satker():
        for r in s.renstra:
            rows = _baris(berkas[f"{s.id}/renstra-{r.data.mulai}-{r.data.selesai}.csv"])
            target = {(ind.id, str(t)) for sas in r.data.sasaran for ind in sas.indikator for t in ind.target}
            assert {(x["id"], x["tahun"]) for x in rows} == target
            assert all(x["target"] or x["target_predikat"] for x in rows)


def test_json_angka_sebagai_angka(situs: Situs) -> None:
    berkas = export.semua_berkas(situs)
    for nama, isi in berkas.items():
        if nama.endswith("capaian.json") and nama.count("/") == 2:
            for r in json.loads(isi)["indikator"]:
                for k in ("target", "realisasi", "capaian", "capaian_dibatasi"):
                    assert r[k] is None or isinstance(r[k], (int, float)), (nama, k, r[k])
                assert r["tercapai"] in (True, False, None)
    # exact: the text of the number is the 10-place decimal, not a float's rounding
    assert export._json({"a": Decimal("64.5161290323"), "b": Decimal("12345678901234.5678901234")}) == \
        b'{\n "a": 64.5161290323,\n "b": 12345678901234.5678901234\n}\n'
    assert json.loads(export._json({"nama": "\x01" + "0", "x": Decimal("1.5")})) == {"nama": "0", "x": 1.5}


def test_kamus_data_memuat_setiap_kolom(situs: Situs) -> None:
    md = katalog_data.halaman_data(situs)
    for ds in (K.RINGKASAN, *K.PER_TAHUN, K.RENSTRA):
        assert f"(`{ds.nama}`) {{: #{ds.nama} }}" in md
        for k in ds.kolom:
            assert f"| `{k.nama}` |" in md, (ds.nama, k.nama)
    for teks in ("UTF-8 dengan BOM", "titik koma (`;`)", "koma (`64,5161290323`)", "Creative Commons Attribution 4.0",
                 "satu berkas per tingkat", "DCAT-US"):
        assert teks in md


def test_katalog_dcat(situs: Situs) -> None:
    isi = json.loads(katalog_data.katalog_dcat(situs, "https://kinerja.example.go.id/"))
    assert isi["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema" and isi["@type"] == "dcat:Catalog"
    berkas = set(export.semua_berkas(situs))
    wajib = {"title", "description", "keyword", "modified", "publisher", "contactPoint", "identifier",
             "accessLevel", "distribution", "license"}
    assert len(isi["dataset"]) == 1 + sum(len(s.tahun) + len(s.renstra) + 1 for s in situs.satker())
    for d in isi["dataset"]:
        assert wajib <= set(d), (d["title"], wajib - set(d))
        for x in d["distribution"]:
            url = x["downloadURL"]
            assert url.startswith("https://kinerja.example.go.id/data/")
            rel = url.removeprefix("https://kinerja.example.go.id/data/")
            assert rel in berkas or rel.endswith("dip.csv"), rel


def test_ekspor_fungsi_murni(situs: Situs) -> None:
    a = export.semua_berkas(situs)
    s2, _ = bangun(situs.data.root, "satker", terbit=False)
    assert export.semua_berkas(s2) == a
    assert all(isinstance(v, bytes) for v in a.values())
    assert json.loads(a["index.json"])["versi"] == export.VERSI == 3


def test_anggaran_hanya_total_menautkan_ringkasan() -> None:
    """A budget page with the total only (no programs, no belanja) still links its data: the summary row."""
    s, masalah = bangun(AKAR / "satker", "satker", terbit=False)
    assert not masalah
    md = halaman_anggaran(s, "kab-barito-selatan", 2024)
    assert "## Per program" not in md  # the example's 2024 budget of Barito Selatan is a total
    assert ("Data tabel ini: CSV [ringkasan.csv](../../../data/ringkasan.csv) · "
            "[JSON](../../../data/kab-barito-selatan/2024/anggaran.json) · [arti kolom](../../../data/index.md#ringkasan)"
            ) in md

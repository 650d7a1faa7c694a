"""cari.tandai: what of a built page Pagefind indexes, and what it leaves out of the result snippets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lakip.site import cari

HALAMAN = f"""<html lang="id"><body><header><nav class="md-tabs">Beranda</nav></header>
<main><div class="md-content" data-md-component="content">
<article class="md-content__inner md-typeset">
<a href="https://x/edit" title="Ubah" class="md-content__button md-icon">e</a>
<h1 id="capaian">Capaian Kinerja 2024<a class="headerlink" href="#capaian" title="Tautan">¶</a></h1>
<p class="lakip-tautan-tahun"><strong>Capaian kinerja</strong> · <a href="pk/">Perjanjian kinerja</a></p>
<p>Pada tahun 2024 <a href="x/">tautan biasa</a>.</p>
<table><thead><tr><th>No</th><th>Sasaran</th></tr></thead>
<tbody><tr><td>1</td><td>Pemilih</td><td style="text-align: right;">92,57 %</td></tr></tbody></table>
<figure class="lakip-grafik"><svg role="img"><text>92,57</text></svg></figure>
</article></div></main></body></html>"""


def test_tandai_badan_dan_abaikan_navigasi() -> None:
    h = cari.tandai(HALAMAN)
    assert h.count("data-pagefind-body") == 1
    assert '<article data-pagefind-body class="md-content__inner md-typeset">' in h
    assert '<a data-pagefind-ignore class="headerlink"' in h
    assert '<a data-pagefind-ignore href="https://x/edit" title="Ubah" class="md-content__button md-icon">' in h
    assert '<p data-pagefind-ignore class="lakip-tautan-tahun"><strong>Capaian kinerja</strong>' in h
    assert "<p>Pada tahun 2024 <a href=\"x/\">tautan biasa</a>.</p>" in h  # other text stays indexed
    # figures (every distinct one a word of the index) and charts (they repeat the tables) left out
    assert '<td data-pagefind-ignore style="text-align: right;">92,57 %</td>' in h
    assert '<svg data-pagefind-ignore role="img">' in h
    assert h.count("data-pagefind-ignore") == 5
    # adjacent cells apart, so a snippet reads "No Sasaran", not "NoSasaran"
    assert "<th>No</th> <th>Sasaran</th>" in h and "<td>1</td> <td>Pemilih</td>" in h
    assert "<table>" in h


def test_tandai_lkj_tanpa_tabel() -> None:
    """The LKj page is indexed for its text; its tables repeat the capaian, PK and anggaran pages."""
    h = cari.tandai(HALAMAN, tanpa_tabel=True)
    assert "<table data-pagefind-ignore>" in h and "data-pagefind-body" in h


def test_halaman_tanpa_artikel_tidak_diubah() -> None:
    html = "<html><body><p>404</p></body></html>"
    assert cari.tandai(html) == html


def test_indeks_pagefind_sungguhan(tmp_path: Path) -> None:
    """The real binary on two marked pages and one unmarked: two pages indexed, the old bundle replaced."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(cari.tandai(HALAMAN), encoding="utf-8")
    (tmp_path / "index.html").write_text(cari.tandai(HALAMAN.replace("Capaian Kinerja", "Beranda")), encoding="utf-8")
    (tmp_path / "404.html").write_text("<html lang=\"id\"><body><p>tidak ada</p></body></html>", encoding="utf-8")
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "basi.pf_fragment").write_bytes(b"x")
    hasil = cari.indeks(tmp_path)
    assert isinstance(hasil, cari.HasilIndeks), hasil
    assert hasil.halaman == 2 and hasil.bahasa == 1 and hasil.kata > 5
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()
    assert list((tmp_path / "pagefind").glob("wasm.id.pagefind"))  # <html lang="id">: Indonesian
    assert not (tmp_path / "pagefind" / "basi.pf_fragment").exists()
    assert "2 halaman" in hasil.ringkas()


def test_indeks_tanpa_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "tidak-ada"))  # pagefind's own override
    assert cari.program() is None
    assert "pagefind" in str(cari.indeks(tmp_path))


def _entri(bundel: Path) -> int:
    return json.loads((bundel / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]["id"]["page_count"]


def test_indeks_per_satker(tmp_path: Path) -> None:
    """A large site: the portal's bundle holds the portal pages and each profile; each satker's bundle
    holds all its pages; only the files the header's search loads are kept."""
    halaman = ["index.html", "perbandingan/2024/index.html", "satker/index.html",
               "satker/a/index.html", "satker/a/2024/index.html", "satker/a/2024/lkj/index.html",
               "satker/b/index.html", "satker/b/2024/index.html"]
    for h in halaman:
        (tmp_path / h).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / h).write_text(cari.tandai(HALAMAN.replace("Capaian Kinerja", h)), encoding="utf-8")
    (tmp_path / "satker" / "a" / "pagefind").mkdir()
    (tmp_path / "satker" / "a" / "pagefind" / "basi.pf_fragment").write_bytes(b"x")
    hasil = cari.indeks(tmp_path, per_satker=True)
    assert isinstance(hasil, cari.HasilIndeks), hasil
    assert hasil.satker == 2 and hasil.halaman == 5 + 3 + 2
    assert _entri(tmp_path / "pagefind") == 5
    assert _entri(tmp_path / "satker/a/pagefind") == 3 and _entri(tmp_path / "satker/b/pagefind") == 2
    assert not (tmp_path / "satker/a/pagefind/basi.pf_fragment").exists()
    portal = {f.name for f in (tmp_path / "pagefind").iterdir() if f.is_file()}
    satu = {f.name for f in (tmp_path / "satker/a/pagefind").iterdir() if f.is_file()}
    assert {"pagefind.js", "pagefind-worker.js", "wasm.id.pagefind"} <= portal
    assert not any(n.startswith(("pagefind-ui", "pagefind-component")) for n in portal)
    assert "pagefind.js" not in satu and {"pagefind-worker.js", "wasm.id.pagefind"} <= satu
    assert "wasm.unknown.pagefind" not in portal | satu
    assert "indeks portal dan 2 indeks satker" in hasil.ringkas()

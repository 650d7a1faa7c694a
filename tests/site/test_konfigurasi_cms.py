"""The form editor's configuration (lakip cms / the build's /admin/) from the model and the example data.

Every data file of every satker and year of ``satker/`` is an entry of its kind's
collection, every field of the model is a form field, and each git host gets the
backend block and the page's connect-src it needs (origins only: a CSP source with
a path would match that one address and block the API's other paths).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from bantu_situs import AKAR

from lakip.model.rekaman import JENIS_BERKAS, isian_data
from lakip.site.cms import config_satker, daftar_satker, halaman, nama_satker
from lakip.site.cms_host import backend, masalah, sumber_koneksi

DATA = AKAR / "satker"


def _berkas_di_disk(sid: str) -> set[str]:
    akar = DATA / sid
    return {p.relative_to(DATA.parent).as_posix() for p in akar.rglob("*.md")
            if p.name == "profil.md" or re.fullmatch(r"renstra-\d{4}-\d{4}\.md", p.name)
            or (re.fullmatch(r"\d{4}", p.parent.name) and p.stem in ("pk", "realisasi", "anggaran", "lkj"))}


def test_setiap_berkas_setiap_satker_dan_tahun_ada_di_editor() -> None:
    nama = nama_satker(DATA, "satker")
    assert sorted(nama) == daftar_satker(DATA) == sorted(p.name for p in DATA.iterdir() if p.is_dir())
    jenis_terlihat = set()
    for sid in nama:
        config = config_satker(DATA, sid, nama[sid], "satker", {})
        di_editor = {f["file"]: k["name"] for k in config["collections"] for f in k["files"]}
        assert set(di_editor) == _berkas_di_disk(sid), sid
        for path, jenis in di_editor.items():
            harap = "profil" if path.endswith("profil.md") else "renstra" if "/renstra-" in path else Path(path).stem
            assert jenis == harap, path
        jenis_terlihat |= set(di_editor.values())
        # one entry per year: the entry's name says which
        for k in config["collections"]:
            assert len({f["name"] for f in k["files"]}) == len(k["files"])
    assert jenis_terlihat == set(JENIS_BERKAS)


def _nama_bidang(bidang: list[dict[str, Any]]) -> set[str]:
    return {b["name"] for b in bidang}


def test_setiap_isian_model_ada_di_formulir() -> None:
    config = config_satker(DATA, "kota-banjarbaru", "KPU Kota Banjarbaru", "satker", {})
    for k in config["collections"]:
        bidang = k["files"][0]["fields"]
        model = {f.name for f in isian_data(JENIS_BERKAS[k["name"]])}
        assert _nama_bidang(bidang) == model | {"body", "__lakip_asli"}, k["name"]
        for b in bidang:
            if b["name"] in model:
                assert b["label"] and "hint" in b and "required" in b, (k["name"], b)


def test_target_renstra_satu_isian_per_tahun_periode() -> None:
    config = config_satker(DATA, "kab-tanah-bumbu", "KPU Kabupaten Tanah Bumbu", "satker", {})
    renstra = next(k for k in config["collections"] if k["name"] == "renstra")["files"][0]["fields"]
    teks = repr(renstra)
    for t in range(2020, 2025):
        assert f"'name': '{t}'" in teks
    assert "'name': '2025'" not in teks


def test_angka_diedit_sebagai_teks_dengan_pola_titik_desimal() -> None:
    config = config_satker(DATA, "kota-banjarbaru", "KPU Kota Banjarbaru", "satker", {})
    realisasi = next(k for k in config["collections"] if k["name"] == "realisasi")["files"][0]["fields"]
    baris = next(b for b in realisasi if b["name"] == "realisasi")["fields"]
    nilai = next(b for b in baris if b["name"] == "nilai")
    assert nilai["widget"] == "string"  # Decap's number widget would write 99.60 as 99.6
    pola = re.compile(nilai["pattern"][0])
    assert pola.match("99.60") and pola.match("60") and pola.match("WTP")
    assert not pola.match("60,5") and not pola.match("85 %")


# ------------------------------------------------------------ git hosts


def test_tanpa_backend_editor_lokal_saja() -> None:
    b = backend({}, "x")
    assert (b["name"], b["proxy_url"], b["branch"]) == ("proxy", "http://localhost:8081/api/v1", "main")
    assert b["commit_messages"]["update"] == "Ubah {{collection}} {{slug}}"
    assert masalah({}) == []
    assert sumber_koneksi({}) == ["'self'", "http://localhost:8081"]
    config = config_satker(DATA, "kota-banjarbaru", "KPU Kota Banjarbaru", "satker", {})
    assert "publish_mode" not in config and config["local_backend"] is True


def test_github_alur_pr_dengan_server_oauth_sendiri() -> None:
    cms = {"backend": "github", "repo": "kpu-kalsel/kinerja", "base_url": "https://oauth.kpu.example.go.id"}
    assert masalah(cms) == []
    config = config_satker(DATA, "kota-banjarbaru", "KPU Kota Banjarbaru", "satker", cms)
    assert config["publish_mode"] == "editorial_workflow"
    b = config["backend"]
    assert (b["name"], b["repo"], b["branch"], b["base_url"]) == (
        "github", "kpu-kalsel/kinerja", "main", "https://oauth.kpu.example.go.id")
    assert sumber_koneksi(cms) == ["'self'", "http://localhost:8081", "https://oauth.kpu.example.go.id",
                                   "https://api.github.com"]
    # without its own OAuth server Decap would log in through Netlify's
    assert masalah({"backend": "github", "repo": "a/b"}) == [
        ("cms: backend github perlu 'base_url' (alamat server OAuth milik sendiri, mis. "
         "https://oauth.kpu.example.go.id: tanpa ini Decap memakai layanan Netlify)")]


def test_gitlab_swakelola_pkce() -> None:
    cms = {"backend": "gitlab", "repo": "kpu/kinerja", "app_id": "abc123", "base_url": "https://git.kpu.example.go.id",
           "api_root": "https://git.kpu.example.go.id/api/v4"}
    assert masalah(cms) == []
    config = config_satker(DATA, "kota-banjarbaru", "KPU Kota Banjarbaru", "satker", cms)
    b = config["backend"]
    assert (b["auth_type"], b["app_id"], b["api_root"]) == ("pkce", "abc123", "https://git.kpu.example.go.id/api/v4")
    assert config["publish_mode"] == "editorial_workflow"
    # an origin, not the API path: 'https://host/api/v4' as a CSP source blocks https://host/api/v4/projects/...
    assert sumber_koneksi(cms) == ["'self'", "http://localhost:8081", "https://git.kpu.example.go.id"]
    assert masalah({"backend": "gitlab", "repo": "kpu/kinerja"})[0].startswith("cms: backend gitlab perlu 'app_id'")


def test_gitea_cabang_usulan_per_satker_tanpa_alur_pr() -> None:
    cms = {"backend": "gitea", "repo": "kpu/kinerja", "app_id": "c1", "base_url": "https://git.kpu.example.go.id",
           "api_root": "https://git.kpu.example.go.id/api/v1"}
    assert masalah(cms) == []
    config = config_satker(DATA, "kab-tanah-bumbu", "KPU Kabupaten Tanah Bumbu", "satker", cms)
    assert "publish_mode" not in config  # Decap's Gitea backend refuses the editorial workflow
    assert config["backend"]["branch"] == "usulan/kab-tanah-bumbu"
    assert "cabang usulan satker" in halaman({"x": "X"}, cms)
    assert [m.split(" (")[0] for m in masalah({"backend": "gitea", "repo": "kpu/kinerja"})] == [
        "cms: backend gitea perlu 'app_id'", "cms: backend gitea perlu 'base_url'", "cms: backend gitea perlu 'api_root'"]


def test_forgejo_alur_pr() -> None:
    cms = {"backend": "forgejo", "repo": "kpu/kinerja", "app_id": "c1", "api_root": "https://git.kpu.example.go.id/api/v1"}
    assert masalah(cms) == []
    config = config_satker(DATA, "kota-banjarbaru", "KPU Kota Banjarbaru", "satker", cms)
    assert config["publish_mode"] == "editorial_workflow" and config["backend"]["branch"] == "main"
    assert sumber_koneksi(cms)[-1] == "https://git.kpu.example.go.id"


@pytest.mark.parametrize("cms, pesan", [
    ({"backend": "bitbucket", "repo": "a/b"}, ("cms: backend 'bitbucket' tidak dikenal (tulis salah satu: "
                                               "github, gitlab, gitea, forgejo)")),
    ({"backend": "gitlab", "app_id": "x"}, "cms: backend gitlab perlu 'repo' (pemilik/nama, mis. kpu-kalsel/kinerja)"),
    ({"backend": "gitlab", "repo": "a/b", "app_id": "x", "api_root": "git.kpu/api/v4"},
     "cms: 'api_root' harus alamat lengkap http(s)://..., bukan 'git.kpu/api/v4'"),
])
def test_pengaturan_salah_disebut(cms: dict[str, Any], pesan: str) -> None:
    assert masalah(cms) == [pesan]


def test_halaman_admin_csp_dan_daftar_satker() -> None:
    teks = halaman({"kota-banjarbaru": "KPU Kota <Banjarbaru>"}, {})
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', teks)[1]
    assert "connect-src 'self' http://localhost:8081;" in csp and "default-src 'none'" in csp
    assert "KPU Kota &lt;Banjarbaru&gt;" in teks and "<Banjarbaru>" not in teks
    assert "langsung ditulis ke berkas di folder kerja" in teks

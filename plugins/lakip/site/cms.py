"""The form editor at /admin/: Decap CMS, self-hosted, its configuration generated from the model.

One configuration per satker (``admin/satker/<id>.json``): six collections, one
per file kind (profil, renstra, pk, realisasi, anggaran, lkj), each listing that
satker's files, one entry per year. A staff member picks the satker first (the
page lists every satker) and Decap then loads at most a handful of files per
collection: 550 satker x 5 years stay 550 small files instead of one list of
thousands that Decap would read whole.

The JavaScript (Decap's bundle from npm, the ``yaml`` parser, the writer that
keeps a file's bytes) is copied from ``node_modules`` of the project, installed
by ``scripts/pasang.sh`` (``npm ci``); nothing is loaded from another host.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..load.muat import baca_data_berkas
from ..model.rekaman import JENIS_BERKAS, Profil
from .cms_bidang import bidang, skema_tulis

ADMIN = Path(__file__).parent / "admin"
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_RENSTRA = re.compile(r"renstra-([0-9]{4})-([0-9]{4})\.md")
_TAHUNAN = ("pk", "realisasi", "anggaran", "lkj")
JUDUL_JENIS = {
    "profil": "Profil satker", "renstra": "Renstra", "pk": "Perjanjian Kinerja", "realisasi": "Realisasi kinerja",
    "anggaran": "Anggaran", "lkj": "Naskah LKj",
}
HINT_BODY = {
    "lkj": "Naskah Laporan Kinerja dalam Markdown: judul bab diawali ##, paragraf dipisah satu baris kosong. "
           "Tabel capaian dan anggaran dibuat dari data, tidak diketik di sini.",
}
# Which git hosts the editorial workflow (one pull/merge request per save) works with in Decap 3
# (decap-cms-backend-gitea refuses it: "does not support editorial workflow").
ALUR_PR = {"github", "gitlab"}
PROXY_LOKAL = "http://localhost:8081/api/v1"


def backend(cms: Mapping[str, Any], sid: str) -> dict[str, Any]:
    """Decap's backend block from mkdocs.yml's ``cms`` settings (nothing set: local editor only)."""
    nama = cms.get("backend", "")
    if not nama:
        return {"name": "proxy", "proxy_url": PROXY_LOKAL, "branch": cms.get("branch", "main")}
    hasil: dict[str, Any] = {"name": nama, "repo": cms["repo"], "branch": cms.get("branch", "main")}
    if nama == "gitea":
        # no pull requests from Decap on Gitea: each satker saves to its own branch, which a
        # reviewer merges through a pull request (docs/panduan-kontribusi.md)
        hasil["branch"] = str(cms.get("branch_usulan", "usulan/{satker}")).replace("{satker}", sid)
    for kunci in ("base_url", "api_root", "auth_endpoint", "app_id", "auth_type", "site_domain"):
        if cms.get(kunci):
            hasil[kunci] = cms[kunci]
    if nama == "gitlab" and cms.get("app_id"):
        hasil.setdefault("auth_type", "pkce")
    hasil["commit_messages"] = {
        "create": "Tambah {{collection}} {{slug}}", "update": "Ubah {{collection}} {{slug}}",
        "delete": "Hapus {{collection}} {{slug}}", "uploadMedia": "Unggah {{path}}",
        "deleteMedia": "Hapus {{path}}",
    }
    return hasil


def berkas_satker(folder: Path, sid: str) -> dict[str, list[tuple[str, str]]]:
    """Per kind: (entry name, path relative to the repository) of every file of one satker."""
    akar = folder / sid
    hasil: dict[str, list[tuple[str, str]]] = {j: [] for j in JENIS_BERKAS}
    if (akar / "profil.md").is_file():
        hasil["profil"].append((sid, "profil.md"))
    for p in sorted(akar.iterdir()):
        m = _RENSTRA.fullmatch(p.name)
        if m and p.is_file():
            hasil["renstra"].append((f"{sid}-{m[1]}-{m[2]}", p.name))
        elif p.is_dir() and re.fullmatch(r"[0-9]{4}", p.name):
            for jenis in _TAHUNAN:
                if (p / f"{jenis}.md").is_file():
                    hasil[jenis].append((f"{sid}-{p.name}", f"{p.name}/{jenis}.md"))
    return hasil


def _label_berkas(jenis: str, nama: str, sid: str) -> str:
    sisa = nama[len(sid) + 1:]
    if jenis == "profil":
        return "Profil"
    if jenis == "renstra":
        return "Renstra " + sisa.replace("-", "–")
    return f"{JUDUL_JENIS[jenis]} {sisa}"


def _fields(jenis: str, rel: str) -> list[dict[str, Any]]:
    m = _RENSTRA.fullmatch(rel)
    tahun = tuple(range(int(m[1]), int(m[2]) + 1)) if m else ()
    isi = bidang(JENIS_BERKAS[jenis], tahun)
    isi.append({"name": "body", "label": "Narasi (Markdown)", "widget": "text", "required": False,
                "hint": HINT_BODY.get(jenis, "Teks di bawah data, dalam Markdown; boleh kosong.")})
    # the file as read: the writer splices the changes into it (see admin/lakip-format.js)
    isi.append({"name": "__lakip_asli", "label": "Berkas asli", "widget": "hidden", "required": False})
    return isi


def config_satker(folder: Path, sid: str, nama: str, awalan: str, cms: Mapping[str, Any]) -> dict[str, Any]:
    """Decap's configuration for one satker; ``awalan`` is the data folder relative to the repository."""
    koleksi = []
    for jenis, daftar in berkas_satker(folder, sid).items():
        if not daftar:
            continue
        koleksi.append({
            "name": jenis, "label": JUDUL_JENIS[jenis], "label_singular": JUDUL_JENIS[jenis],
            "description": f"{JUDUL_JENIS[jenis]} {nama}", "format": f"lakip-{jenis}", "extension": "md",
            "editor": {"preview": False},
            "files": [{"name": n, "label": _label_berkas(jenis, n, sid), "file": f"{awalan}/{sid}/{rel}",
                       "fields": _fields(jenis, rel)} for n, rel in daftar],
        })
    hasil: dict[str, Any] = {
        "load_config_file": False,
        "locale": "id",
        "backend": backend(cms, sid),
        # decap-server on this machine when the page is opened from localhost (scripts/editor.sh)
        "local_backend": True,
        "media_folder": f"{awalan}/{sid}/dokumen",
        "public_folder": f"/{awalan}/{sid}/dokumen",
        "show_preview_links": False,
        "search": False,
        "collections": koleksi,
    }
    if cms.get("backend") in ALUR_PR:
        hasil["publish_mode"] = "editorial_workflow"
    return hasil


def skema_semua() -> dict[str, Any]:
    return {jenis: skema_tulis(cls) for jenis, cls in JENIS_BERKAS.items()}


def daftar_satker(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()
                  if p.is_dir() and _ID.fullmatch(p.name) and (p / "profil.md").is_file())


def nama_satker(folder: Path, awalan: str) -> dict[str, str]:
    """Every satker id with its name from profil.md (the id when the profile cannot be read)."""
    hasil = {}
    for sid in daftar_satker(folder):
        berkas, _ = baca_data_berkas(Profil, folder / sid / "profil.md", f"{awalan}/{sid}/profil.md")
        hasil[sid] = berkas.data.nama if berkas is not None else sid
    return hasil


def halaman(nama: Mapping[str, str], cms: Mapping[str, Any]) -> str:
    """admin/index.html: the satker list (shown until one is picked), then Decap."""
    connect = ["'self'", PROXY_LOKAL.rsplit("/api", 1)[0]]
    for kunci in ("api_root", "base_url"):
        if cms.get(kunci):
            connect.append(html.escape(str(cms[kunci]), quote=True))
    if cms.get("backend") == "github" and not cms.get("api_root"):
        connect.append("https://api.github.com")
    if cms.get("backend") == "gitlab" and not cms.get("api_root"):
        connect.append("https://gitlab.com")
    csp = ("default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
           f"img-src 'self' data: blob:; font-src 'self' data:; connect-src {' '.join(connect)}; "
           "worker-src 'self' blob:; frame-src 'self'; base-uri 'none'; form-action 'none'")
    butir = "\n".join(
        f'      <li data-cari="{html.escape((sid + " " + nama[sid]).lower(), quote=True)}">'
        f'<a href="?satker={sid}">{html.escape(nama[sid])}</a> <span class="id">{sid}</span></li>'
        for sid in sorted(nama, key=lambda s: nama[s].lower()))
    return f"""<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <meta http-equiv="Content-Security-Policy" content="{csp}">
  <title>Editor data kinerja</title>
  <link rel="stylesheet" href="lakip-admin.css">
  <script src="lakip-awal.js"></script>
  <script src="decap-cms.js" defer></script>
  <script type="module" src="lakip-cms.js"></script>
</head>
<body>
  <main id="pilih-satker" hidden>
    <h1>Editor data kinerja</h1>
    <p>Pilih satker yang datanya akan Anda ubah. Setiap simpanan menjadi usulan perubahan
      (pull request) yang diperiksa otomatis dan disetujui peninjau sebelum terbit.</p>
    <p id="pesan" role="alert"></p>
    <label for="cari">Cari satker</label>
    <input id="cari" type="search" autocomplete="off">
    <ul id="daftar">
{butir}
    </ul>
  </main>
</body>
</html>
"""


def _salin(asal: Path, tujuan: Path) -> None:
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(asal, tujuan)  # the bundle is 12 MB: a hard link costs nothing when on one disk
    except OSError:
        shutil.copyfile(asal, tujuan)


def paket_decap(node_modules: Path) -> list[tuple[Path, str]]:
    """(file, path under admin/) of Decap's bundle and the yaml parser; [] when not installed."""
    dist = node_modules / "decap-cms" / "dist"
    yaml = node_modules / "yaml" / "browser" / "dist"
    if not (dist / "decap-cms.js").is_file() or not (yaml / "index.js").is_file():
        return []
    hasil = [(p, p.name) for p in sorted(dist.iterdir())
             if p.name.endswith((".decap-cms.js", ".wasm")) or p.name == "decap-cms.js"]
    hasil += [(p, "yaml/" + p.relative_to(yaml).as_posix()) for p in sorted(yaml.rglob("*.js"))]
    return hasil


def tulis_admin(tujuan: Path, folder: Path, awalan: str, nama: Mapping[str, str], cms: Mapping[str, Any],
                node_modules: Path) -> int:
    """Write the admin app into ``tujuan``; the number of files, 0 when Decap is not installed."""
    paket = paket_decap(node_modules)
    if not paket:
        return 0
    for asal, rel in paket:
        _salin(asal, tujuan / rel)
    for p in sorted(ADMIN.iterdir()):
        if p.is_file():
            _salin(p, tujuan / p.name)
    (tujuan / "index.html").write_text(halaman(nama, cms), encoding="utf-8")
    (tujuan / "lakip-skema.json").write_text(json.dumps(skema_semua(), ensure_ascii=False), encoding="utf-8")
    (tujuan / "satker").mkdir(exist_ok=True)
    for sid in nama:
        isi = config_satker(folder, sid, nama[sid], awalan, cms)
        (tujuan / "satker" / f"{sid}.json").write_text(json.dumps(isi, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    return len(paket) + len(nama) + 2

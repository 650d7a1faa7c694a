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
from .cms_host import PESAN_SIMPAN, alur, backend, sumber_koneksi

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


def kunci_bidang(jenis: str, rel: str) -> str:
    """Which field set a file uses: its kind, or for a Renstra its period (one target field per year)."""
    m = _RENSTRA.fullmatch(rel)
    return f"renstra-{m[1]}-{m[2]}" if m else jenis


def bidang_berkas(kunci: str) -> list[dict[str, Any]]:
    """The form fields of one field set (see ``kunci_bidang``)."""
    jenis, _, periode = kunci.partition("-")
    tahun = tuple(range(int(periode[:4]), int(periode[5:]) + 1)) if periode else ()
    isi = bidang(JENIS_BERKAS[jenis], tahun)
    isi.append({"name": "body", "label": "Narasi (Markdown)", "widget": "text", "required": False,
                "hint": HINT_BODY.get(jenis, "Teks di bawah data, dalam Markdown; boleh kosong.")})
    # the file as read: the writer splices the changes into it (see admin/lakip-format.js)
    isi.append({"name": "__lakip_asli", "label": "Berkas asli", "widget": "hidden", "required": False})
    return isi


def dasar(cms: Mapping[str, Any]) -> dict[str, Any]:
    """Decap's configuration without collections; '{satker}' in it is the satker picked."""
    hasil: dict[str, Any] = {
        "load_config_file": False,
        "locale": "id",
        "backend": backend(cms, "{satker}"),
        # decap-server on this machine when the page is opened from localhost (scripts/editor.sh)
        "local_backend": {"url": cms["proxy_lokal"]} if cms.get("proxy_lokal") else True,
        "show_preview_links": False,
        "search": False,
    }
    if alur(cms) == "pr":
        hasil["publish_mode"] = "editorial_workflow"
    return hasil


def koleksi_satker(folder: Path, sid: str, nama: str, awalan: str) -> dict[str, Any]:
    """One satker's files per kind: what admin/satker/<id>.json holds (the fields are shared)."""
    koleksi = []
    for jenis, daftar in berkas_satker(folder, sid).items():
        if daftar:
            koleksi.append({
                "name": jenis, "label": JUDUL_JENIS[jenis], "description": f"{JUDUL_JENIS[jenis]} {nama}",
                "files": [[n, _label_berkas(jenis, n, sid), f"{awalan}/{sid}/{rel}", kunci_bidang(jenis, rel)]
                          for n, rel in daftar],
            })
    return {"nama": nama, "folder": f"{awalan}/{sid}", "koleksi": koleksi}


def rakit(sid: str, dasar_: Mapping[str, Any], bidang_: Mapping[str, Any], satker: Mapping[str, Any]
          ) -> dict[str, Any]:
    """The whole Decap configuration of one satker (lakip-cms.js assembles the same in the browser)."""
    hasil = json.loads(json.dumps(dasar_).replace("{satker}", sid))
    hasil["media_folder"] = f"{satker['folder']}/dokumen"
    hasil["public_folder"] = f"/{satker['folder']}/dokumen"
    hasil["collections"] = [
        {"name": k["name"], "label": k["label"], "label_singular": k["label"], "description": k["description"],
         "format": f"lakip-{k['name']}", "extension": "md", "editor": {"preview": False},
         "files": [{"name": n, "label": lbl, "file": f, "fields": bidang_[kb]} for n, lbl, f, kb in k["files"]]}
        for k in satker["koleksi"]]
    return hasil


def config_satker(folder: Path, sid: str, nama: str, awalan: str, cms: Mapping[str, Any]) -> dict[str, Any]:
    """Decap's configuration for one satker; ``awalan`` is the data folder relative to the repository."""
    satker = koleksi_satker(folder, sid, nama, awalan)
    kunci = {f[3] for k in satker["koleksi"] for f in k["files"]}
    return rakit(sid, dasar(cms), {k: bidang_berkas(k) for k in kunci}, satker)


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
    connect = html.escape(" ".join(sumber_koneksi(cms)), quote=False).replace('"', "&quot;")
    csp = ("default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
           f"img-src 'self' data: blob:; font-src 'self' data:; connect-src {connect}; "
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
    <p>Pilih satker yang datanya akan Anda ubah. {PESAN_SIMPAN[alur(cms)]}</p>
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
    tujuan.unlink(missing_ok=True)  # written again (lakip cms twice into one folder)
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
    satker = {sid: koleksi_satker(folder, sid, nama[sid], awalan) for sid in nama}
    kunci = sorted({f[3] for s in satker.values() for k in s["koleksi"] for f in k["files"]})
    bersama = {"dasar": dasar(cms), "bidang": {k: bidang_berkas(k) for k in kunci}, "skema": skema_semua()}
    (tujuan / "lakip-cms.json").write_text(json.dumps(bersama, ensure_ascii=False), encoding="utf-8")
    (tujuan / "satker").mkdir(exist_ok=True)
    for sid, isi in satker.items():
        (tujuan / "satker" / f"{sid}.json").write_text(json.dumps(isi, ensure_ascii=False), encoding="utf-8")
    return len(paket) + len(nama) + 2

"""Which git host the form editor saves to: Decap's backend block, its checks and the page's CSP.

mkdocs.yml's ``cms`` settings name the host (``backend``) and how staff log in on it.
Nothing here may lean on a hosted service other than the git host: Decap's GitHub
login goes through an OAuth server (``base_url``) that defaults to Netlify's, so
for GitHub ``base_url`` is required and names the KPU's own server; GitLab, Gitea
and Forgejo log in with PKCE straight from the browser (an OAuth application
without a secret, ``app_id``).

Pull requests per save (Decap's editorial workflow) exist on GitHub, GitLab and
Forgejo. Decap 3.x's Gitea backend refuses the workflow ("does not support
editorial workflow"): on Gitea each satker saves to its own branch
(``branch_usulan``, default ``usulan/{satker}``) and a reviewer merges that
branch through a pull request in Gitea.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

HOST = ("github", "gitlab", "gitea", "forgejo")
ALUR_PR = {"github", "gitlab", "forgejo"}
PROXY_LOKAL = "http://localhost:8081/api/v1"
# where a host's API lives when mkdocs.yml does not say (the public instances)
API_BAWAAN = {"github": "https://api.github.com", "gitlab": "https://gitlab.com"}
_KUNCI = ("base_url", "api_root", "auth_endpoint", "app_id", "auth_type", "site_domain", "auth_scope",
          "cms_label_prefix", "squash_merges", "open_authoring")
_WAJIB = {
    "github": (("base_url", ("alamat server OAuth milik sendiri, mis. https://oauth.kpu.example.go.id: "
                             "tanpa ini Decap memakai layanan Netlify")),),
    "gitlab": (("app_id", "Application ID aplikasi OAuth GitLab (tanpa centang Confidential)"),),
    "gitea": (("app_id", "Client ID aplikasi OAuth2 Gitea (tanpa centang Confidential Client)"),
              ("base_url", "alamat Gitea, mis. https://git.kpu.example.go.id"),
              ("api_root", "API Gitea, mis. https://git.kpu.example.go.id/api/v1")),
    "forgejo": (("app_id", "Client ID aplikasi OAuth2 Forgejo (tanpa centang Confidential Client)"),
                ("api_root", "API Forgejo, mis. https://git.kpu.example.go.id/api/v1")),
}
PESAN_SIMPAN = {
    "": ("Di komputer ini setiap simpanan langsung ditulis ke berkas di folder kerja repositori "
         "(lihat dengan git diff) dan situs pratinjau dibangun ulang."),
    "pr": ("Setiap simpanan menjadi usulan perubahan (pull request atau merge request) yang diperiksa "
           "otomatis dan disetujui peninjau sebelum terbit."),
    "gitea": ("Setiap simpanan masuk ke cabang usulan satker Anda; peninjau menggabungkannya lewat pull "
              "request yang diperiksa otomatis sebelum terbit."),
}


def masalah(cms: Mapping[str, Any]) -> list[str]:
    """What is wrong with mkdocs.yml's ``cms`` settings, as 'cms: ...' sentences ([] when fine)."""
    nama = cms.get("backend", "")
    if not nama:
        return []
    if nama not in HOST:
        return [f"cms: backend '{nama}' tidak dikenal (tulis salah satu: {', '.join(HOST)})"]
    hasil = [] if cms.get("repo") else [f"cms: backend {nama} perlu 'repo' (pemilik/nama, mis. kpu-kalsel/kinerja)"]
    hasil += [f"cms: backend {nama} perlu '{k}' ({arti})" for k, arti in _WAJIB[nama] if not cms.get(k)]
    for k in ("base_url", "api_root", "proxy_lokal"):
        if cms.get(k) and not _asal(str(cms[k])):
            hasil.append(f"cms: '{k}' harus alamat lengkap http(s)://..., bukan '{cms[k]}'")
    return hasil


def backend(cms: Mapping[str, Any], sid: str) -> dict[str, Any]:
    """Decap's backend block from mkdocs.yml's ``cms`` settings (nothing set: local editor only)."""
    nama = cms.get("backend", "")
    # the commit's (and on a git host the pull request's) title: 'Ubah realisasi kota-banjarbaru-2024'
    pesan = {"create": "Tambah {{collection}} {{slug}}", "update": "Ubah {{collection}} {{slug}}",
             "delete": "Hapus {{collection}} {{slug}}", "uploadMedia": "Unggah {{path}}", "deleteMedia": "Hapus {{path}}"}
    if not nama:
        return {"name": "proxy", "proxy_url": cms.get("proxy_lokal") or PROXY_LOKAL, "branch": cms.get("branch", "main"),
                "commit_messages": pesan}
    hasil: dict[str, Any] = {"name": nama, "repo": cms["repo"], "branch": cms.get("branch", "main")}
    if nama == "gitea":
        hasil["branch"] = str(cms.get("branch_usulan", "usulan/{satker}")).replace("{satker}", sid)
    hasil.update((k, cms[k]) for k in _KUNCI if cms.get(k) not in (None, ""))
    if nama == "gitlab":
        hasil.setdefault("auth_type", "pkce")
    hasil["commit_messages"] = pesan
    return hasil


def alur(cms: Mapping[str, Any]) -> str:
    """Which way a save goes: '' (local files), 'pr' (editorial workflow) or 'gitea' (a branch).

    ``alur_usulan: true`` without a backend rehearses the workflow on this machine: decap-server
    started with MODE=git makes a branch per proposal in the working repository and merges it on
    publication, as the git host would (scripts/editor.sh with ALUR_USULAN=1)."""
    nama = cms.get("backend", "")
    return "pr" if nama in ALUR_PR or (not nama and cms.get("alur_usulan")) else nama


def _asal(url: str) -> str:
    """scheme://host[:port] of an address: a CSP source with a path matches that path only."""
    u = urlsplit(url)
    return f"{u.scheme}://{u.netloc}" if u.scheme in ("http", "https") and u.netloc else ""


def sumber_koneksi(cms: Mapping[str, Any]) -> list[str]:
    """The origins the admin page may fetch from: itself, decap-server on this machine, the git host."""
    hasil = ["'self'", _asal(str(cms.get("proxy_lokal") or PROXY_LOKAL))]
    nama = cms.get("backend", "")
    for k in ("api_root", "base_url"):  # the API; PKCE's token exchange goes to base_url
        if cms.get(k):
            hasil.append(_asal(str(cms[k])))
    if nama in API_BAWAAN and not cms.get("api_root"):
        hasil.append(API_BAWAAN[nama])
    return list(dict.fromkeys(h for h in hasil if h))

"""Membangun situs uji dari folder data mana pun dengan mkdocs.yml proyek ini.

Proyek sementara berisi salinan ``mkdocs.yml`` dan tautan simbolik ke semua isi
akar repo (``docs/``, ``overrides/``, ...) kecuali ``satker/`` (diganti folder
data uji) dan ``site/``. Jadi situs uji memakai konfigurasi, tema, dan halaman
yang sama persis dengan situs sungguhan.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
UJI = AKAR / "tests"  # fixtures/ and malformed/ live here, whichever tier a test is in
FIXTURE_PORTAL = AKAR / "tests" / "fixtures" / "portal"
LEWATI = {"satker", "site", ".lakip-cache", ".git", ".venv", "venv", "node_modules", "__pycache__", ".pytest_cache"}


def siapkan_proyek(tujuan: Path, data: Path) -> Path:
    """A project folder at ``tujuan`` whose ``satker/`` is ``data``; returns the mkdocs.yml path."""
    tujuan.mkdir(parents=True, exist_ok=True)
    for item in AKAR.iterdir():
        if item.name in LEWATI or item.name == "mkdocs.yml":
            continue
        link = tujuan / item.name
        if not link.exists():
            link.symlink_to(item)
    shutil.copyfile(AKAR / "mkdocs.yml", tujuan / "mkdocs.yml")
    (tujuan / "satker").symlink_to(data.resolve())
    return tujuan / "mkdocs.yml"


def bangun(data: Path, kerja: Path, situs: Path, env: dict[str, str] | None = None,
           timeout: int = 240) -> subprocess.CompletedProcess[str]:
    """Build ``data`` with the project's config into ``situs``; raises with the log when it fails."""
    yml = siapkan_proyek(kerja, data)
    e = {k: v for k, v in os.environ.items() if k not in ("LAKIP_SATKER", "SOURCE_DATE_EPOCH")}
    e["NO_MKDOCS_2_WARNING"] = "1"
    e.update(env or {})
    hasil = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(yml), "-d", str(situs)],
                           cwd=kerja, env=e, capture_output=True, text=True, timeout=timeout, check=False)
    if hasil.returncode != 0:
        raise AssertionError(f"mkdocs build gagal ({data}):\n{hasil.stdout}\n{hasil.stderr}")
    return hasil


_DIBANGUN: dict[tuple[str, tuple[tuple[str, str], ...]], Path] = {}
_TMP: list[Path] = []


def bangun_sekali(data: Path, env: dict[str, str] | None = None, pdf: bool = False) -> Path:
    """The site of ``data`` (built once per test run and per ``env``); LKj PDFs off unless ``pdf``.

    Printing the LKj PDFs starts Chromium and takes most of a build's time; tests that
    are not about the PDFs build without them (``LAKIP_CHROMIUM=`` empty).
    """
    import atexit
    import tempfile

    e = dict(env or {})
    if not pdf:
        e.setdefault("LAKIP_CHROMIUM", "")
    kunci = (str(data.resolve()), tuple(sorted(e.items())))
    if kunci not in _DIBANGUN:
        if not _TMP:
            _TMP.append(Path(tempfile.mkdtemp(prefix="lakip-situs-uji-")))
            atexit.register(shutil.rmtree, _TMP[0], True)
        akar = _TMP[0] / f"b{len(_DIBANGUN)}"
        bangun(data, akar / "proyek", akar / "site", e)
        _DIBANGUN[kunci] = akar / "site"
    return _DIBANGUN[kunci]


def berkas_data_situs(site: Path) -> list[str]:
    """The open-data files of a built site as ``lakip ekspor`` writes them: ``data/`` without its pages
    (the open data page ``data/index.html``), and the DCAT catalogue ``data.json`` at the root."""
    data = [p.relative_to(site).as_posix() for p in (site / "data").rglob("*") if p.is_file() and p.suffix != ".html"]
    return sorted(data + ["data.json"])


def sebagai_pipa(teks: str) -> str:
    """Generated tables written back as pipe-table rows, so tests read rows the same in either form.

    ``render.tabel`` writes plain tables as HTML blocks (one ``<tr>`` per line); this turns
    each row into ``| a | b |`` (bold and italic as ``**``/``*``), the end of the head into a
    separator row, and drops the other table tags. Other lines are kept.
    """
    import re

    out = []
    for line in teks.split("\n"):
        s = line.strip()
        if s in ("<table>", "<thead>", "<tbody>", "</tbody>", "</table>"):
            continue
        if s == "</thead>":
            out.append("| --- |")
        elif s.startswith("<tr>") and s.endswith("</tr>"):
            sel = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", s)
            sel = [re.sub(r"</?strong>", "**", re.sub(r"</?em>", "*", x)) for x in sel]
            out.append("| " + " | ".join(sel) + " |")
        else:
            out.append(line)
    return "\n".join(out)


def env_git(nama: str = "Uji") -> dict[str, str]:
    """git without the machine's config, committing as ``nama`` (author and committer)."""
    surel = nama.split()[0].lower() + "@example.com"
    return {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": nama,
            "GIT_AUTHOR_EMAIL": surel, "GIT_COMMITTER_NAME": nama, "GIT_COMMITTER_EMAIL": surel}


def git_uji(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """git in the test repository ``repo`` (environment ``env``, default ``env_git()``); its output, stripped."""
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True,
                          env={**os.environ, **(env or env_git())}).stdout.strip()


def git_bertanggal(repo: Path, *args: str, tanggal: str | None = None) -> None:
    """``git_uji``; ``tanggal`` (YYYY-MM-DD) dates the commit."""
    env = env_git()
    if tanggal:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{tanggal}T10:00:00+07:00"
    git_uji(repo, *args, env=env)

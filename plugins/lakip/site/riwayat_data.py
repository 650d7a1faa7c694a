"""Each satker-year's changes of figures from git history, in ``lakip diff`` words.

For every commit that touched a satker's folder (oldest first), the folder is loaded as it
was then (``git archive`` into a temporary folder, ``load.muat``) and each year is compared
with the previous commit's by :func:`render.perubahan.perubahan_tahun`, under the current
build's rules, so only changes of the data are listed. The first commit holding a year is
its publication. An evaluator sees on the year's page what changed after the PK or the LKj
was signed. Outside git, or when git is missing, there is no history (no entries).

A satker's history is cached by the commits it has (``mkdocs serve`` rebuilds do not reload
the past), and at most :data:`BATAS_COMMIT` commits are read per satker: the newest ones.
"""

from __future__ import annotations

import functools
import io
import subprocess
import tarfile
import tempfile
from pathlib import Path

from ..compute.pengaturan import Pengaturan
from ..compute.riwayat import Ubah
from ..compute.situs import Situs
from ..load.muat import muat
from ..model.satker import Satker
from ..render.perubahan import perubahan_tahun
from .riwayat_git import akar_repo, git, tanggal_iso

__all__ = ["BATAS_COMMIT", "riwayat_satker", "riwayat_situs"]

BATAS_COMMIT = 60


def _arsip(akar: Path, sha: str, rel: str) -> bytes | None:
    """The folder ``rel`` at commit ``sha`` as a tar archive (bytes: ``riwayat_git.git`` reads text)."""
    try:
        hasil = subprocess.run(["git", "archive", "--format=tar", sha, "--", rel], cwd=akar, capture_output=True,
                               check=False)
    except OSError:
        return None
    return hasil.stdout if hasil.returncode == 0 else None


@functools.lru_cache(maxsize=512)
def _satker_pada(akar: Path, sha: str, rel: str, sid: str) -> Satker | None:
    """The satker ``sid`` (folder ``rel`` of the repository) as loaded at commit ``sha``, or None."""
    isi = _arsip(akar, sha, rel)
    if isi is None:
        return None
    with tempfile.TemporaryDirectory(prefix="lakip-riwayat-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(isi)) as tar:
            tar.extractall(tmp, filter="data")
        folder = Path(tmp) / rel
        data, _ = muat(folder.parent, folder.parent.name, None, [sid])
        return data.satker.get(sid)


def _commit(akar: Path, rel: str) -> list[tuple[str, str]]:
    """(sha, date) of the commits touching ``rel``, oldest first, at most the newest :data:`BATAS_COMMIT`."""
    keluar = git(["log", f"-n{BATAS_COMMIT}", "--format=%H %cs", "--", rel], akar)
    if not keluar:
        return []
    return [tuple(b.split(" ", 1)) for b in reversed(keluar.strip().splitlines()) if " " in b]  # type: ignore[misc]


def riwayat_satker(s: Satker, pengaturan: Pengaturan) -> dict[int, list[Ubah]]:
    """tahun -> the commits that published or changed the year's figures, oldest first."""
    akar = akar_repo(s.folder)
    if akar is None:
        return {}
    try:
        rel = s.folder.resolve().relative_to(akar).as_posix()
    except ValueError:
        return {}
    hasil: dict[int, list[Ubah]] = {}
    sebelum: Satker | None = None
    for sha, teks in _commit(akar, rel):
        tanggal = tanggal_iso(teks)
        sekarang = _satker_pada(akar, sha, rel, s.id)
        if tanggal is None or sekarang is None:
            continue
        for t in sorted(sekarang.tahun):
            if sebelum is None or t not in sebelum.tahun:
                hasil.setdefault(t, []).append(Ubah(tanggal, pertama=True))
                continue
            baris = perubahan_tahun(sebelum, sekarang, t, pengaturan, pengaturan)
            if baris:
                hasil.setdefault(t, []).append(Ubah(tanggal, tuple(baris)))
        sebelum = sekarang
    return hasil


def riwayat_situs(situs: Situs) -> dict[tuple[str, int], list[Ubah]]:
    """(satker, tahun) -> changes, for every satker of the build."""
    hasil: dict[tuple[str, int], list[Ubah]] = {}
    for s in situs.satker():
        for t, daftar in riwayat_satker(s, situs.pengaturan).items():
            hasil[(s.id, t)] = daftar
    return hasil

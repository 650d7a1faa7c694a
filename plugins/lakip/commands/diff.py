"""``lakip diff``: what a change to the data does to the published numbers, in words.

A pull request shows which lines of YAML changed; a reviewer (the satker's
sekretaris, the ketua) needs to know what that means on the site: which
realisasi, target, capaian and category, which budget line, serapan and total,
which IKU mean. This module loads the ``satker/`` folder at two git revisions
(``git archive``), computes every satker-year and describes the differences
(:func:`render.perubahan.perubahan_tahun`, also used by the site's "Riwayat perubahan"), e.g.::

    Kab. Tanah Bumbu 2024, IK2.1 (Persentase pemilih ...): realisasi 0,15% → 0%,
    capaian 106,25% → 200,00% (Sangat Berhasil → Sangat Berhasil)

Output is plain text (one line per change) or Markdown for a pull-request
comment (a heading per satker-year, one bullet per change). Data that does not
pass ``lakip check`` is still compared as far as it loads, with one line saying
so per revision.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..bangun import baca
from ..compute.pengaturan import Pengaturan, pengaturan_mkdocs
from ..errors import GagalDiff, Masalah
from ..model.satker import Data
from ..render.perubahan import PANAH, perubahan_tahun

__all__ = ["GagalDiff", "Perubahan", "Revisi", "bandingkan", "diff_git", "diff_revisi", "muat_revisi", "nama_pendek", "tulis"]

SAMA = "Tidak ada perubahan angka."
POHON_KERJA = ""  # revision name meaning "the files as they are now"


# ---------------------------------------------------------------- loading a revision

@dataclass
class Revisi:
    """The data of one revision, loaded and checked."""

    nama: str  # as given by the user ('' = working tree)
    sha: str
    data: Data
    masalah: Masalah
    pengaturan: Pengaturan
    ada_folder: bool = True

    @property
    def label(self) -> str:
        if not self.nama:
            return "folder kerja"
        return self.nama if not self.sha or self.sha.startswith(self.nama) else f"{self.nama} ({self.sha[:7]})"


def _git(args: list[str], cwd: Path, biner: bool = False) -> subprocess.CompletedProcess[Any]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False, text=not biner)
    except OSError as exc:
        raise GagalDiff(f"git tidak dapat dijalankan ({exc.strerror}); pasang git lebih dulu") from None


def akar_git(cwd: Path) -> Path:
    hasil = _git(["rev-parse", "--show-toplevel"], cwd)
    if hasil.returncode != 0:
        raise GagalDiff(f"{cwd} bukan bagian dari repositori git (lakip diff membandingkan dua revisi git)")
    return Path(hasil.stdout.strip()).resolve()


def _sha(rev: str, akar: Path) -> str:
    hasil = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], akar)
    if hasil.returncode != 0 or not hasil.stdout.strip():
        raise GagalDiff(f"revisi '{rev}' tidak dikenal git (periksa nama cabang atau commit; untuk cabang di "
                        "GitHub Actions perlu checkout dengan fetch-depth: 0)")
    return str(hasil.stdout.strip())


def _ekstrak(rev: str, rel: str, akar: Path, tujuan: Path) -> bool:
    """Extract ``rel`` at ``rev`` under ``tujuan``; False when the revision has no such folder."""
    hasil = _git(["archive", "--format=tar", rev, "--", rel], akar, biner=True)
    if hasil.returncode != 0:
        return False
    with tarfile.open(fileobj=io.BytesIO(hasil.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(tujuan, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(tujuan)
    return True


def muat_revisi(rev: str, folder: Path, akar: Path | None = None) -> Revisi:
    """Load and check ``folder`` as it is at git revision ``rev`` ('' = the working tree)."""
    folder = Path(folder)
    akar = akar or akar_git(folder if folder.is_dir() else Path.cwd())
    try:
        rel = folder.resolve().relative_to(akar).as_posix()
    except ValueError:
        raise GagalDiff(f"folder {folder} berada di luar repositori git {akar}") from None
    tampil = str(folder)
    if not rev:
        mk = akar / "mkdocs.yml"
        data, masalah = baca(folder, tampil)
        teks = mk.read_text(encoding="utf-8") if mk.is_file() else None
        return Revisi("", "", data, masalah, pengaturan_mkdocs(teks), folder.is_dir())
    sha = _sha(rev, akar)
    konfigurasi = _git(["show", f"{sha}:mkdocs.yml"], akar)
    pengaturan = pengaturan_mkdocs(konfigurasi.stdout if konfigurasi.returncode == 0 else None)
    with tempfile.TemporaryDirectory(prefix="lakip-diff-") as tmp:
        ada = _ekstrak(sha, rel, akar, Path(tmp))
        if not ada:
            return Revisi(rev, sha, Data(Path(tmp) / rel), Masalah(), pengaturan, False)
        data, masalah = baca(Path(tmp) / rel, tampil)
    return Revisi(rev, sha, data, masalah, pengaturan, True)


# ---------------------------------------------------------------- describing values

def nama_pendek(nama: str) -> str:
    """'KPU Kabupaten Tanah Bumbu' -> 'Kab. Tanah Bumbu'; 'KPU Kota Banjarbaru' -> 'Kota Banjarbaru'."""
    s = re.sub(r"^(KPU|Komisi Pemilihan Umum)\s+", "", nama.strip())
    if s in ("RI", "Republik Indonesia") or not s:
        return "KPU RI"
    s = re.sub(r"^Kabupaten\s+", "Kab. ", s)
    s = re.sub(r"^Provinsi\s+", "Prov. ", s)
    return s


# ---------------------------------------------------------------- comparing

@dataclass
class Perubahan:
    """Changes of one satker (tahun None: the satker itself) or one satker-year."""

    sid: str
    nama: str
    tahun: int | None
    baris: list[str] = field(default_factory=list)

    @property
    def judul(self) -> str:
        return f"{self.nama} {self.tahun}" if self.tahun is not None else self.nama


def bandingkan(a: Revisi, b: Revisi) -> list[Perubahan]:
    """Every change from ``a`` to ``b``, satker by satker (id order), year by year."""
    hasil: list[Perubahan] = []
    for sid in sorted(set(a.data.satker) | set(b.data.satker)):
        sa, sb = a.data.satker.get(sid), b.data.satker.get(sid)
        nama = nama_pendek((sb or sa).nama)  # type: ignore[union-attr]
        if sa is None or sb is None:
            folder = f"folder {sid}"
            hasil.append(Perubahan(sid, nama, None, [f"satker baru ({folder})" if sa is None
                                                     else f"satker dihapus ({folder})"]))
            if sb is None:
                continue
        elif sa.nama != sb.nama:
            hasil.append(Perubahan(sid, nama, None, [f"nama satker diubah dari “{sa.nama}” menjadi “{sb.nama}”"]))
        tahun_a = set(sa.tahun) if sa is not None else set()
        for tahun in sorted(tahun_a | set(sb.tahun)):
            baris = perubahan_tahun(sa, sb, tahun, a.pengaturan, b.pengaturan)
            if baris:
                hasil.append(Perubahan(sid, nama, tahun, baris))
    return hasil


# ---------------------------------------------------------------- writing

def _catatan(r: Revisi) -> Iterator[str]:
    if not r.ada_folder:
        yield f"Catatan: folder data tidak ada di {r.label}."
    elif r.masalah:
        n = len(r.masalah.urut())
        yield (f"Catatan: data di {r.label} memuat {n} masalah (jalankan lakip check untuk rinciannya); "
               "yang dapat dibaca tetap dibandingkan.")


def tulis(a: Revisi, b: Revisi, perubahan: list[Perubahan], format: str = "teks") -> str:
    """The report: 'teks' (one line per change) or 'markdown' (for a pull-request comment).

    The lines of :class:`Perubahan` are plain text that mixes words of this module with
    strings from the data (names, ids, predikat values), which anyone who can open a pull
    request writes. So each line goes out whole through :func:`_satu_baris` (teks) or
    :func:`_md` (markdown), and headings, bullets and quotes come only from the code here.
    """
    catatan = [*_catatan(a), *_catatan(b)]
    if format == "markdown":
        keluar = [f"## Perubahan angka: {_kode(a.label)} {PANAH} {_kode(b.label)}", ""]
        for c in catatan:
            keluar += [f"> {_md(c)}", ""]
        if not perubahan:
            keluar.append(SAMA)
        for p in perubahan:
            keluar += [f"### {_md(p.judul)}", "", *(f"- {_md(x)}" for x in p.baris), ""]
        return "\n".join(keluar).rstrip("\n") + "\n"
    keluar = [_satu_baris(c) for c in catatan]
    if not perubahan:
        keluar.append(SAMA)
    for p in perubahan:
        pemisah = ", " if p.tahun is not None else ": "
        keluar += [_satu_baris(f"{p.judul}{pemisah}{x}") for x in p.baris]
    return "\n".join(keluar) + "\n"


# Bidirectional overrides and isolates can make a line read differently from what it says.
_KENDALI = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPASI = re.compile(r"\s+")  # str patterns: CR, LF, U+2028/2029, NBSP, ... are all whitespace


def _satu_baris(teks: str) -> str:
    """One line of plain text: any whitespace (line breaks included) becomes one space.

    A data string must not start a new line of the report, nor move the terminal's cursor.
    """
    return _SPASI.sub(" ", _KENDALI.sub("", teks)).strip()


# GFM punctuation that opens or closes inline markup anywhere in a line: code, emphasis,
# strikethrough, links and images, table cells, math ('$', on GitHub) and '#' (a heading's
# closing sequence). '<', '>' and '&' become entities instead: '<' opens HTML and comments,
# and an escaped '&' lets a literal '&lt;' in the data show as written.
_TANDA_MD = re.compile(r"([\\`*_~\[\]|#$])")
_ENTITAS = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# At the start of a bullet's text these open a nested block: a list ('-', '+', '1.', '1)'),
# a thematic break ('---'), a setext underline ('===').
_AWAL_BLOK = re.compile(r"^(?:[-+=]|\d+[.)])")
# GitHub turns '@name' into a mention (a notification) and '#12', 'GH-12' into a link and a
# back-reference on that issue even when the character was escaped, because it reads the
# rendered text; a zero-width space after the sign keeps the text as it looks.
_RUJUKAN = re.compile(r"(@|#|\bGH-)(?=\w)", re.IGNORECASE)
_ZWSP = "\u200b"


def _md(teks: str) -> str:
    """A plain text as Markdown text that renders exactly as written, on one line, with no markup."""
    teks = _satu_baris(teks)
    teks = re.sub(r"[&<>]", lambda m: _ENTITAS[m.group()], teks)
    teks = _TANDA_MD.sub(r"\\\1", teks)
    awal = _AWAL_BLOK.match(teks)
    if awal:
        teks = f"{teks[:awal.end() - 1]}\\{teks[awal.end() - 1:]}"
    return _RUJUKAN.sub(lambda m: m.group() + _ZWSP, teks)


def _kode(teks: str) -> str:
    """A code span whose fence is longer than any run of backticks in ``teks`` (a branch name may have some)."""
    teks = _satu_baris(teks)
    pagar = "`" * (max((len(r) for r in re.findall(r"`+", teks)), default=0) + 1)
    spasi = " " if teks.startswith("`") or teks.endswith("`") else ""
    return f"{pagar}{spasi}{teks}{spasi}{pagar}"


def diff_git(rev_a: str, rev_b: str, folder: Path, format: str = "teks") -> str:
    """``lakip diff``: the report from ``rev_a`` to ``rev_b`` ('' = the working tree)."""
    return diff_revisi(rev_a, rev_b, folder, format)[0]


def diff_revisi(rev_a: str, rev_b: str, folder: Path, format: str = "teks") -> tuple[str, Masalah]:
    """The report, and the problems of the revision compared to (``lakip diff`` exits non-zero on them:
    a change that breaks the data is not one to merge)."""
    folder = Path(folder)
    akar = akar_git(folder if folder.is_dir() else Path.cwd())
    a = muat_revisi(rev_a, folder, akar)
    b = muat_revisi(rev_b, folder, akar)
    return tulis(a, b, bandingkan(a, b), format), b.masalah

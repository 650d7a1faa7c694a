"""Git history for pages: when a data file last changed, and its "Ubah data ini" link.

The MkDocs plugin shows under each satker-year page the date of the last commit
that touched its data files and a link to the web editor of the git host. This
module only asks git (as a subprocess) and builds URLs; it never imports MkDocs.

Dates are the committer date (``%cs``, ``YYYY-MM-DD``) of the last commit
touching the file. Outside a git work tree, for untracked files, or when git is
not installed, there is no date (``None`` / no entry): the page then shows none.
A shallow clone (CI checkout with ``fetch-depth: 1``) knows only one commit, so
every file would get that commit's date: publish with ``fetch-depth: 0``.
"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit

__all__ = ["akar_repo", "tanggal_berkas_semua", "tanggal_ubah", "tanggal_ubah_semua", "tautan_ubah"]

_PEMISAH = "\x1e"  # marks a commit's date line in the ``git log -z`` output


def _git(args: list[str], cwd: Path) -> str | None:
    """stdout of ``git args`` run in ``cwd``, or None when git fails or is missing."""
    try:
        hasil = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, encoding="utf-8",
            errors="surrogateescape", check=False,
        )
    except (OSError, ValueError):
        return None
    if hasil.returncode != 0:
        return None
    return hasil.stdout


def _tanggal(teks: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(teks.strip())
    except ValueError:
        return None


def _folder_ada(path: Path) -> Path | None:
    """The nearest existing folder at or above ``path`` (git needs a real cwd)."""
    p = path if path.is_dir() else path.parent
    while not p.is_dir():
        if p.parent == p:
            return None
        p = p.parent
    return p


def akar_repo(path: Path) -> Path | None:
    """The top folder of the git work tree holding ``path``, or None outside git."""
    cwd = _folder_ada(Path(path).absolute())
    if cwd is None:
        return None
    keluar = _git(["rev-parse", "--show-toplevel"], cwd)
    if not keluar or not keluar.strip():
        return None
    return Path(keluar.strip()).resolve()


def tanggal_ubah(path: Path) -> datetime.date | None:
    """Date of the last commit touching ``path``; None outside git or for an untracked file."""
    path = Path(path).absolute()
    cwd = _folder_ada(path)
    if cwd is None:
        return None
    keluar = _git(["log", "-1", "--format=%cs", "--", str(path)], cwd)
    if not keluar:
        return None
    return _tanggal(keluar)


def tanggal_ubah_semua(folder: Path) -> dict[Path, datetime.date]:
    """Last-commit date of every tracked file under ``folder``, from one ``git log`` pass.

    Keys are resolved absolute paths of files that still exist; a file never
    committed has no entry. Equivalent to calling :func:`tanggal_ubah` on each
    file, but one subprocess for the whole folder.
    """
    return {p: akhir for p, (_, akhir) in tanggal_berkas_semua(folder).items()}


def tanggal_berkas_semua(folder: Path) -> dict[Path, tuple[datetime.date, datetime.date]]:
    """(first, last) commit date of every tracked file under ``folder``: when it was published, when it
    last changed. One ``git log`` pass; keys as in :func:`tanggal_ubah_semua`."""
    folder = Path(folder).absolute()
    if not folder.is_dir():
        return {}
    akar = akar_repo(folder)
    if akar is None:
        return {}
    keluar = _git(["log", f"--format={_PEMISAH}%cs", "--name-only", "-z", "--", str(folder)], folder)
    if not keluar:
        return {}
    hasil: dict[Path, tuple[datetime.date, datetime.date]] = {}
    sekarang: datetime.date | None = None
    for token in keluar.split("\0"):
        token = token.lstrip("\n")
        if not token:
            continue
        if token.startswith(_PEMISAH):
            sekarang = _tanggal(token[len(_PEMISAH):])
            continue
        if sekarang is None:
            continue
        path = (akar / token).resolve()
        if path in hasil:  # newest commit first: the last date seen is the first commit
            hasil[path] = (sekarang, hasil[path][1])
        elif path.is_file():
            hasil[path] = (sekarang, sekarang)
    return hasil


def tautan_ubah(repo_url: str, edit_uri: str, path_rel_repo: str, docs_dir: str | None = None) -> str:
    """The "Ubah data ini" link of a data file, built the way MkDocs builds ``edit_url``.

    ``repo_url`` and ``edit_uri`` are the mkdocs.yml settings; ``path_rel_repo`` is
    the file's path from the repository root (``satker/kab-x/2024/realisasi.md``).
    MkDocs' own ``edit_uri`` points at ``docs_dir`` (``edit/main/docs/``) while the
    data files live outside it: pass ``docs_dir`` and a trailing ``docs/`` is
    dropped so that the link reaches the repository root. An absolute
    ``edit_uri`` (``https://...``) is used as is. Returns '' when there is
    nothing to link to (no ``edit_uri``, or neither URL is absolute).

    >>> tautan_ubah("https://github.com/kpu/lakip", "edit/main/", "satker/kab-x/2024/realisasi.md")
    'https://github.com/kpu/lakip/edit/main/satker/kab-x/2024/realisasi.md'
    """
    if not edit_uri:
        return ""
    if not edit_uri.endswith("/"):
        edit_uri += "/"  # as MkDocs' config validation does
    if docs_dir:
        akhiran = docs_dir.strip("/") + "/"
        if edit_uri.endswith("/" + akhiran) or edit_uri == akhiran:
            edit_uri = edit_uri[: -len(akhiran)]
    path = quote(path_rel_repo.replace("\\", "/").lstrip("/"), safe="/")
    berkas = edit_uri + path
    if repo_url:
        if not berkas.startswith(("?", "#")) and not repo_url.endswith("/"):
            repo_url += "/"
        url = urljoin(repo_url, berkas)
    else:
        url = berkas
    bagian = urlsplit(url)
    if not bagian.scheme or not bagian.netloc:
        return ""
    return url

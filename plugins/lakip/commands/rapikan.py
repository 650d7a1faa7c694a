"""``lakip rapikan``: tidy the front matter layout of data files without changing their data.

Several people edit the same YAML by hand, in web editors that indent as they
please; a tidy, predictable layout keeps review diffs small. This module
rewrites the front matter so that

- every level is indented by 2 spaces (list items ``- `` indented under their key),
- keys follow the order of the field declarations in ``model.py`` (unknown keys
  keep their place after the known ones; a year map is sorted by year),
- one-line ``{...}``/``[...]`` collections are written ``{a: 1, b: 2}``,
- lines carry no trailing spaces and there is never more than one blank line
  in a row (none at the start or end of the front matter),

while every comment, every value *as typed* (``77.50`` stays ``77.50``, quotes
stay quotes), block texts (``|``, ``>``) and the Markdown body are kept.

PyYAML drops comments, so this is a line-based rewrite guided by PyYAML's node
positions: each key or list item owns its line, the comment lines just above it
and its nested lines, and moves with them. The result is parsed again and
compared with the original node tree: if anything but the layout would change,
the file is left untouched and the reason reported. Rewriting is idempotent.

    rapikan_skema   a file's record class, the model's key order
    rapikan_baris   the original lines: which belong to which key, which stay as typed
    rapikan_susun   the tidy layout re-emitted from those lines
    rapikan         (here) the data check, files and folders
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Masalah, TidakBisaDirapikan
from ..load.frontmatter import baca_berkas, pisah
from ..model.yamlnode import Daftar, Node, Peta, Skalar, baca_yaml
from .rapikan_skema import jenis_berkas
from .rapikan_susun import susun_yaml

__all__ = [
    "HasilRapikan", "TidakBisaDirapikan", "berkas_data", "jenis_berkas", "periksa_rapi",
    "rapikan_berkas", "rapikan_teks", "rapikan_yaml",
]


# ---------------------------------------------------------------- comparing data

def _kanonik(node: Node | None) -> Any:
    if node is None:
        return None
    if isinstance(node, Skalar):
        return ("s", node.teks, node.gaya)
    if isinstance(node, Peta):
        return ("p", tuple(sorted(((k.teks, k.gaya), _kanonik(v)) for k, v in node.items)))
    assert isinstance(node, Daftar)
    return ("d", tuple(_kanonik(v) for v in node.items))


def _pohon(teks: str) -> tuple[Any, bool]:
    node, errs = baca_yaml(teks, "", 1)
    return _kanonik(node), not errs


def rapikan_yaml(teks: str, cls: type | None, offset: int = 2, sudah_sah: bool = False) -> str:
    """The tidy form of a front matter's YAML text; raises TidakBisaDirapikan.

    ``offset`` is the file line of the first YAML line (for messages). ``sudah_sah``:
    the caller has just read this YAML without a problem (``lakip check``), so a
    file that is already tidy needs no second reading.
    """
    teks = teks.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not sudah_sah:
        lama, sah = _pohon(teks)
        if not sah:
            raise TidakBisaDirapikan("YAML tidak valid atau memuat kunci ganda/alias (perbaiki dulu: jalankan "
                                     "lakip check)", offset)
    baru = susun_yaml(teks, offset, cls)
    if baru == teks:  # already tidy: nothing to verify
        return baru
    if sudah_sah:
        lama, _ = _pohon(teks)
    hasil, sah_baru = _pohon(baru)
    if hasil != lama or not sah_baru:
        raise TidakBisaDirapikan("susunan berkas ini tidak dapat dirapikan otomatis tanpa mengubah datanya "
                                 "(rapikan dengan tangan)", offset)
    return baru


def rapikan_teks(teks: str, cls: type | None, sudah_sah: bool = False) -> str:
    """The tidy form of a whole data file (front matter and body); raises TidakBisaDirapikan."""
    pecahan, err = pisah(teks, "")
    if err is not None or pecahan is None:
        raise TidakBisaDirapikan(err.pesan if err else "berkas tanpa front matter", err.line if err else 1)
    yaml_baru = rapikan_yaml(pecahan.yaml, cls, pecahan.yaml_baris, sudah_sah)
    body = pecahan.body
    if body and not body.endswith(("\n", "\r")):
        body += "\n"
    return f"---\n{yaml_baru}---\n{body}"


# ---------------------------------------------------------------- files

@dataclass(frozen=True)
class HasilRapikan:
    path: Path
    tampil: str
    berubah: bool
    masalah: TidakBisaDirapikan | None = None


def rapikan_berkas(path: Path, tampil: str | None = None, tulis: bool = True, sudah_sah: bool = False) -> HasilRapikan:
    """Tidy one data file in place (or only compare when ``tulis`` is False)."""
    tampil = tampil if tampil is not None else str(path)
    cls = jenis_berkas(path)
    pecahan, err = baca_berkas(path, tampil)
    if err is not None or pecahan is None:
        pesan = err.pesan if err else "berkas tidak bisa dibaca"
        return HasilRapikan(path, tampil, False, TidakBisaDirapikan(pesan, err.line if err else 1))
    teks = path.read_text(encoding="utf-8")
    try:
        baru = rapikan_teks(teks, cls, sudah_sah)
    except TidakBisaDirapikan as exc:
        return HasilRapikan(path, tampil, False, exc)
    berubah = baru != teks
    if berubah and tulis:
        path.write_text(baru, encoding="utf-8", newline="\n")
    return HasilRapikan(path, tampil, berubah)


def berkas_data(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Data files named or found under ``paths``: (path, path as shown), sorted, no duplicates."""
    hasil: dict[Path, str] = {}
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*.md")):
                if any(bagian.startswith(".") for bagian in f.relative_to(p).parts):
                    continue
                if jenis_berkas(f) is not None:
                    hasil.setdefault(f.resolve(), str(p / f.relative_to(p)))
        elif p.is_file():
            hasil.setdefault(p.resolve(), str(p))
    return sorted(((p, t) for p, t in hasil.items()), key=lambda x: x[1])


def periksa_rapi(folder: Path, tampil: str | None = None, lewati: Collection[str] = (),
                 sudah_sah: bool = False) -> Masalah:
    """One problem per data file under ``folder`` whose layout is not tidy.

    Files that cannot be read or tidied are skipped: ``lakip check`` reports them
    with the exact line. So are the folders of the satker in ``lewati``.
    ``sudah_sah``: the data was just read without a problem.
    """
    folder = Path(folder)
    akar = tampil if tampil is not None else str(folder)
    m = Masalah()
    for path, t in berkas_data([folder]):
        rel = Path(t).relative_to(folder) if folder.is_dir() else None
        if rel is not None and rel.parts[0] in lewati:
            continue
        t = akar.rstrip("/") + "/" + rel.as_posix() if rel is not None else t
        h = rapikan_berkas(path, t, tulis=False, sudah_sah=sudah_sah)
        if h.masalah is None and h.berubah:
            m.tambah(t, 1, f"berkas belum rapi (jalankan: lakip rapikan {t})")
    return m

"""What ``lakip check`` already found clean, kept between runs: unchanged satker are not read again.

Reading and validating every file of a national repository (553 satker, about
9 400 files) takes tens of seconds in Python however the parser is tuned, while
a pull request changes one satker's files. So the check remembers, per satker,
a fingerprint of everything it read and judged: the names of all its files,
the bytes of its data files, and the code of this package. A satker whose
fingerprint is unchanged and that was clean last time is not read again; its
``induk`` is still checked against the satker that exist now, and any satker
named in a directive of a satker that is read is read as well.

The file is ``.lakip-cache/cek.json`` beside the data folder (git-ignored).
It only ever skips work: delete it, or run ``lakip check --tanpa-cache``, and
every file is read. A satker with any problem is never recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

NAMA_BERKAS = Path(".lakip-cache") / "cek.json"
_SATKER_DIREKTIF = re.compile(r"<!--\s*lakip\b[^>]*?\bsatker=([a-z0-9-]+)")


def versi_kode() -> str:
    """A fingerprint of this package's code: a new version of the checks invalidates every verdict."""
    h = hashlib.sha256()
    akar = Path(__file__).resolve().parent.parent  # the whole lakip package
    for p in sorted(akar.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".json", ".css", ".html") and "__pycache__" not in p.parts:
            h.update(p.relative_to(akar).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


@dataclass(frozen=True)
class Sidik:
    """A satker folder's fingerprint, and the satker its directives name (they must be loaded too)."""

    hash: str
    disebut: frozenset[str]


def sidik_satker(folder: Path) -> Sidik:
    h = hashlib.sha256()
    disebut: set[str] = set()
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for nama in sorted(files):
            p = Path(root) / nama
            h.update(p.relative_to(folder).as_posix().encode() + b"\0")
            if p.is_symlink():  # refused by the check: a link must never be remembered as clean
                h.update(b"symlink:" + os.readlink(p).encode("utf-8", "replace") + b"\0")
                continue
            if not nama.endswith(".md"):  # a document or image: its type is judged by its first bytes and size
                with p.open("rb") as f:
                    h.update(f.read(16) + str(p.stat().st_size).encode() + b"\0")
                continue
            isi = p.read_bytes()
            h.update(isi + b"\0")
            if b"lakip" in isi:
                disebut |= set(_SATKER_DIREKTIF.findall(isi.decode("utf-8", "replace")))
    return Sidik(h.hexdigest(), frozenset(disebut))


@dataclass
class Bersih:
    """A satker that was clean: what the summary line needs, and its induk (checked again each run)."""

    hash: str
    induk: str | None
    tahun: list[int]
    indikator: int


class CacheCek:
    def __init__(self, berkas: Path | None) -> None:
        self.berkas = berkas
        self.versi = versi_kode()
        self.isi: dict[str, Bersih] = {}
        if berkas is not None and berkas.is_file():
            try:
                raw = json.loads(berkas.read_text(encoding="utf-8"))
                if raw.get("versi") == self.versi:
                    self.isi = {sid: Bersih(**v) for sid, v in raw.get("satker", {}).items()}
            except (ValueError, TypeError, OSError):
                self.isi = {}  # a damaged cache is only a slower run

    def bersih(self, sid: str, sidik: Sidik, ada: set[str]) -> Bersih | None:
        b = self.isi.get(sid)
        if b is None or b.hash != sidik.hash or (b.induk is not None and b.induk not in ada):
            return None
        return b

    def simpan(self, bersih: dict[str, Bersih]) -> None:
        if self.berkas is None:
            return
        try:
            self.berkas.parent.mkdir(parents=True, exist_ok=True)
            (self.berkas.parent / ".gitignore").write_text("*\n", encoding="utf-8")
            sementara = self.berkas.with_suffix(".tmp")
            sementara.write_text(json.dumps({"versi": self.versi, "satker": {
                sid: vars(b) for sid, b in sorted(bersih.items())}}, indent=0), encoding="utf-8")
            sementara.replace(self.berkas)
        except OSError:
            pass  # a read-only checkout still gets its answer

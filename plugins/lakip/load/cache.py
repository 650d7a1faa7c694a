"""The parse cache: a data file is read again only when its size or mtime changed.

The MkDocs plugin keeps one across ``mkdocs serve`` rebuilds, so an edit re-reads one file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import LakipError


class Cache:
    """Parsed files keyed by path, valid while size and mtime are unchanged."""

    def __init__(self) -> None:
        self._isi: dict[Path, tuple[tuple[int, int], Any, list[LakipError]]] = {}
        self.dibaca = 0  # how many files were actually parsed (for tests of the cache)

    def ambil(self, path: Path, kunci: tuple[int, int]) -> tuple[Any, list[LakipError]] | None:
        hit = self._isi.get(path)
        if hit and hit[0] == kunci:
            return hit[1], hit[2]
        return None

    def simpan(self, path: Path, kunci: tuple[int, int], nilai: Any, errors: list[LakipError]) -> None:
        self._isi[path] = (kunci, nilai, errors)

"""One error family for everything a data file can get wrong.

    LakipError            a problem the user can fix, at a path and line
    └── (collected)       the loader gathers every LakipError in a Masalah list
                          so that one run reports all problems, sorted

Messages are Indonesian, for satker staff: what is wrong, then in brackets
what to write instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class LakipError(Exception):
    """A problem in a data file: ``path:line: pesan``."""

    path: str
    line: int
    pesan: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.pesan}"


@dataclass
class Masalah:
    """Collects problems instead of stopping at the first one."""

    items: list[LakipError] = field(default_factory=list)

    def tambah(self, path: str | Path, line: int, pesan: str) -> None:
        self.items.append(LakipError(str(path), max(line, 1), pesan))

    def gabung(self, other: "Masalah") -> None:
        self.items.extend(other.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def urut(self) -> list[LakipError]:
        """Sorted by path then line, duplicates removed."""
        return sorted(set(self.items), key=lambda e: (e.path, e.line, e.pesan))

    def teks(self) -> str:
        return "\n".join(str(e) for e in self.urut())


class GagalMuat(Exception):
    """Raised when a folder has problems; carries them all."""

    def __init__(self, masalah: Masalah) -> None:
        self.masalah = masalah
        super().__init__(masalah.teks())

"""One error family for everything the user is told, in one sentence, instead of a traceback.

    Galat                       the user can fix it, or must be told, in one sentence
    ├── LakipError              a problem in a data file, at path:line; the loader
    │                           gathers them in a Masalah list so that one run
    │                           reports all problems, sorted
    ├── DirektifSalah           a directive asks for something the data does not have;
    │                           ``terapkan`` turns it into a LakipError at the directive's line
    └── GagalPerintah           a command cannot do what was asked
        ├── GagalBaru           lakip baru: scaffolding refused
        ├── GagalDiff           lakip diff: a revision cannot be read
        ├── GagalCetak          the browser could not print
        └── TidakBisaDirapikan  lakip rapikan: the layout cannot be tidied automatically

Anything else that escapes is a bug, and is reported as one. Messages are
Indonesian, for satker staff: what is wrong, then in brackets what to write
or do instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class Galat(Exception):
    """Root of the family: the message is the whole story for the user."""


@dataclass(frozen=True, order=True)
class LakipError(Galat):
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


class DirektifSalah(Galat):
    """A directive names an id the data does not have; the builder does not know the page or line."""


class GagalPerintah(Galat):
    """A command cannot do what was asked; ``lakip`` prints ``lakip PERINTAH: pesan`` and exits 1."""


class GagalBaru(GagalPerintah):
    """Scaffolding refused; the message says why and what to do."""


class GagalDiff(GagalPerintah):
    """A revision cannot be read (unknown name, not a git repository)."""


class GagalCetak(GagalPerintah):
    """The browser could not print (crashed, timed out, refused a command)."""


class TidakBisaDirapikan(GagalPerintah):
    """The file cannot be tidied automatically; ``pesan`` says why, ``baris`` where."""

    def __init__(self, pesan: str, baris: int = 1) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.baris = baris

"""The original front matter as ``lakip rapikan`` reads it: its lines, which of them must stay as
typed, and which lines belong to which key or list item.

PyYAML drops comments, so the layout is read line by line, guided by PyYAML's
node positions: each key or list item owns its line, the comment lines just
above it and its nested lines. ``rapikan_susun`` moves these regions and
re-emits them as ``Baris``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from ..errors import TidakBisaDirapikan


@dataclass(frozen=True)
class Baris:
    """One line of the tidy output."""

    teks: str
    jenis: str  # "kepala" (a key or item line), "isi" (continuation), "komentar", "kosong"
    lindung: bool = False  # inside a text value: kept exactly, never merged with its neighbours


def indentasi(teks: str) -> int:
    return len(teks) - len(teks.lstrip(" "))


def gabung_baris(baris: list[Baris]) -> str:
    """The text of ``baris``, without blank lines at both ends or runs of blank lines (outside text values)."""
    hasil: list[tuple[str, bool]] = []
    for x in baris:
        teks = x.teks if x.lindung else x.teks.rstrip()
        if not teks and not x.lindung and (not hasil or (not hasil[-1][0] and not hasil[-1][1])):
            continue
        hasil.append((teks, x.lindung))
    while hasil and not hasil[-1][0] and not hasil[-1][1]:
        hasil.pop()
    return "".join(t + "\n" for t, _ in hasil)


class TeksAsal:
    """One front matter's YAML text (without the '---' lines), as typed."""

    def __init__(self, teks: str, offset: int) -> None:
        self.teks = teks
        self.offset = offset  # file line of the first YAML line, for messages
        self.baris = teks.split("\n")
        if self.baris and self.baris[-1] == "":
            self.baris.pop()
        self.lindung: set[int] = set()
        self.blok: dict[int, tuple[int, int]] = {}  # block text -> its content lines (first, last)

    def gagal(self, pesan: str, baris0: int) -> TidakBisaDirapikan:
        return TidakBisaDirapikan(pesan, baris0 + self.offset)

    def src(self, node: yaml.Node) -> str:
        return self.teks[node.start_mark.index:node.end_mark.index]

    def kosong_atau_komentar(self, i: int) -> bool:
        if i in self.lindung:
            return False
        s = self.baris[i].strip()
        return not s or s.startswith("#")

    def tandai(self, node: yaml.Node) -> None:
        """Mark the lines inside text values, which must be kept as they are."""
        if isinstance(node, yaml.ScalarNode):
            awal, akhir = node.start_mark.line, node.end_mark.line
            if node.style in ("|", ">"):
                batas = akhir if node.end_mark.column == 0 else akhir + 1
                kepala = self.baris[awal][node.start_mark.column:]
                simpan = "+" in kepala.split("#", 1)[0]
                terakhir = awal
                for i in range(awal + 1, min(batas, len(self.baris))):
                    if simpan or self.baris[i].strip():
                        terakhir = i
                self.lindung.update(range(awal + 1, terakhir + 1))
                self.blok[id(node)] = (awal + 1, terakhir)
            elif akhir > awal:
                self.lindung.update(range(awal + 1, akhir + 1))
        elif isinstance(node, yaml.MappingNode):
            if node.flow_style and node.end_mark.line > node.start_mark.line:
                self.lindung.update(range(node.start_mark.line + 1, node.end_mark.line + 1))
            for k, v in node.value:
                self.tandai(k)
                self.tandai(v)
        elif isinstance(node, yaml.SequenceNode):
            if node.flow_style and node.end_mark.line > node.start_mark.line:
                self.lindung.update(range(node.start_mark.line + 1, node.end_mark.line + 1))
            for v in node.value:
                self.tandai(v)

    def tanda_hubung(self, node: yaml.Node) -> tuple[int, int]:
        """(line, column) of the '-' introducing a sequence item."""
        i, kol = node.start_mark.line, node.start_mark.column
        depan = self.baris[i][:kol].rstrip()
        if depan.endswith("-"):
            return i, len(depan) - 1
        for j in range(i - 1, -1, -1):
            s = self.baris[j]
            if not s.strip() or s.strip().startswith("#"):
                continue
            isi = re.sub(r"\s+#.*$", "", s).rstrip()
            if isi.endswith("-"):
                return j, len(isi) - 1
            break
        raise self.gagal("butir daftar tanpa tanda '-' yang dapat dikenali", i)

    def bagi(self, kepala: list[int], a: int, b: int, kolom: int
             ) -> tuple[list[tuple[int, int]], list[list[int]], list[int]]:
        """Split lines [a, b) among children starting at ``kepala``.

        Returns each child's own region, each child's lead-in lines (the comment
        and blank lines just above it) and the container's tail lines.
        """
        n = len(kepala)
        wilayah: list[tuple[int, int]] = []
        pengantar: list[list[int]] = [list(range(a, kepala[0]))] + [[] for _ in range(n - 1)]
        ekor: list[int] = []
        for i, h in enumerate(kepala):
            akhir = kepala[i + 1] if i + 1 < n else b
            isi = akhir
            while isi - 1 > h and self.kosong_atau_komentar(isi - 1):
                isi -= 1
            simpan = isi
            for j in range(isi, akhir):  # comments indented deeper than the siblings stay inside
                if self.baris[j].strip() and indentasi(self.baris[j]) > kolom:
                    simpan = j + 1
            wilayah.append((h, simpan))
            sisa = list(range(simpan, akhir))
            if i + 1 < n:
                pengantar[i + 1] = sisa
            else:
                ekor = sisa
        return wilayah, pengantar, ekor

    def komentar(self, nomor: Iterable[int], indent: int) -> list[Baris]:
        """Comment and blank lines ``nomor``, re-indented."""
        hasil = []
        for i in nomor:
            s = self.baris[i].strip()
            hasil.append(Baris(" " * indent + s, "komentar") if s else Baris("", "kosong"))
        return hasil

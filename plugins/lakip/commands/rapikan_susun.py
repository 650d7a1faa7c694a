"""The tidy layout of one front matter: keys in the model's order, 2 spaces a level, tidy one-line values.

The regions ``rapikan_baris.TeksAsal`` finds (a key or item with its lead-in
comments and nested lines) are re-emitted here, re-indented and reordered;
comments and values as typed move with their key.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..model.yamlnode import LOADER
from .rapikan_baris import Baris, TeksAsal, gabung_baris, indentasi
from .rapikan_skema import skema_anak, skema_butir, urutkan

INDENT = 2


def susun_yaml(teks: str, offset: int, skema: Any) -> str:
    """The tidy form of a front matter's YAML text; raises TidakBisaDirapikan.

    ``offset`` is the file line of the first YAML line, ``skema`` the record
    class of the file (None: keys keep their order).
    """
    asal = TeksAsal(teks, offset)
    if not asal.baris:
        return ""
    for i, s in enumerate(asal.baris):
        if any(ch in s for ch in ("\x85", "\u2028", "\u2029")):
            raise asal.gagal("baris ini memuat karakter pemisah baris yang tidak didukung", i)
    try:
        akar = yaml.compose(teks, Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise asal.gagal("YAML tidak valid", mark.line if mark else 0) from None
    if akar is None:
        return gabung_baris(asal.komentar(range(len(asal.baris)), 0))
    if not isinstance(akar, yaml.MappingNode) or akar.flow_style:
        raise asal.gagal("front matter bukan pemetaan 'nama: nilai' biasa", 0)
    asal.tandai(akar)
    return gabung_baris(_Penyusun(asal).peta(akar, skema, 0, 0, len(asal.baris), akar=True))


def _blok(node: yaml.Node) -> bool:
    """A block collection: its items sit on their own lines."""
    return isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style


def _teks_blok(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")


class _Penyusun:
    """Re-emits the regions of one ``TeksAsal`` in the tidy layout."""

    def __init__(self, asal: TeksAsal) -> None:
        self.asal = asal
        self.digabung: set[int] = set()  # one-line values moved up onto their key's line

    # -- text of one-line values

    def teks_alir(self, node: yaml.Node, skema: Any) -> str | None:
        """A one-line flow collection rewritten tidily, or None to keep it as typed."""
        if node.start_mark.line != node.end_mark.line:
            return None
        if isinstance(node, yaml.ScalarNode):
            teks = self.asal.src(node)
            return teks if teks.strip() else None
        if isinstance(node, yaml.MappingNode):
            bagian = []
            for k, v in urutkan(list(node.value), skema):
                if not isinstance(k, yaml.ScalarNode):
                    return None
                kt, vt = self.teks_alir(k, None), self.teks_alir(v, skema_anak(skema, str(k.value)))
                if kt is None or vt is None:
                    return None
                bagian.append(f"{kt}: {vt}")
            return "{" + ", ".join(bagian) + "}"
        if isinstance(node, yaml.SequenceNode):
            butir = []
            for v in node.value:
                vt = self.teks_alir(v, skema_butir(skema))
                if vt is None:
                    return None
                butir.append(vt)
            return "[" + ", ".join(butir) + "]"
        return None

    def sebaris(self, node: yaml.Node, skema: Any, baris0: int) -> tuple[str, str] | None:
        """(value text, rest of line) for a value written on line ``baris0``, else None."""
        if node.start_mark.line != baris0:
            return None
        baris = self.asal.baris[baris0]
        if _teks_blok(node):
            return baris[node.start_mark.column:].rstrip(), ""
        if _blok(node):
            return None
        if node.end_mark.line != baris0:  # a multi-line text or collection: first line here
            return baris[node.start_mark.column:].rstrip(), ""
        teks = None
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            teks = self.teks_alir(node, skema)
        if teks is None:
            teks = self.asal.src(node)
        return teks, baris[node.end_mark.column:].rstrip()

    def baris_nilai(self, v: yaml.Node, h: int, sisa_kepala: str) -> int:
        """The line whose value text goes on the head line ``h``.

        A one-line value written alone on a later line (``key:`` or ``-`` followed
        only by blank lines) is moved up onto the head line.
        """
        awal = v.start_mark.line
        if (not (_blok(v) or _teks_blok(v)) and awal > h and v.end_mark.line == awal and not sisa_kepala.strip()
                and all(not self.asal.baris[i].strip() for i in range(h + 1, awal))):
            self.digabung.add(id(v))
            return awal
        return h

    # -- the lines after a head line

    def lanjutan(self, node: yaml.Node, dari: int, indent: int, delta: int) -> list[Baris]:
        """The lines of a value after its first line, re-indented."""
        baris = self.asal.baris
        if _teks_blok(node):
            awal, akhir = self.asal.blok[id(node)]
            isi = list(range(max(dari, awal), akhir + 1))
            if not isi:
                return []
            kepala = baris[node.start_mark.line][node.start_mark.column:].split("#", 1)[0]
            if re.search(r"[1-9]", kepala):  # explicit indentation: shift with the parent
                geser = delta
            else:
                geser = indent - min(indentasi(baris[i]) for i in isi if baris[i].strip())
            hasil = []
            for i in isi:
                s = baris[i]
                if not s:
                    hasil.append(Baris("", "isi", True))
                elif geser >= 0:
                    hasil.append(Baris(" " * geser + s, "isi", True))
                elif s[:-geser].strip():
                    raise self.asal.gagal("teks blok dengan indentasi yang tidak dapat digeser", i)
                else:
                    hasil.append(Baris(s[-geser:], "isi", True))
            return hasil
        hasil = []
        for i in range(dari, node.end_mark.line + 1):
            s = baris[i].strip()
            hasil.append(Baris(" " * indent + s if s else "", "isi", True))
        return hasil

    def nilai(self, v: yaml.Node, skema: Any, h: int, b: int, indent: int, delta: int) -> list[Baris]:
        """Lines after a key/item head line: nested block, continuation and tail comments."""
        if isinstance(v, yaml.MappingNode) and not v.flow_style:
            return self.peta(v, skema, indent + INDENT, h + 1, b)
        if isinstance(v, yaml.SequenceNode) and not v.flow_style:
            return self.daftar(v, skema, indent + INDENT, h + 1, b)
        hasil: list[Baris] = []
        akhir = h
        if _teks_blok(v):
            if v.start_mark.line != h:
                raise self.asal.gagal("teks blok ('|' atau '>') ditulis di baris sesudah kuncinya "
                                      "(pindahkan tanda '|' ke baris kunci)", v.start_mark.line)
            hasil = self.lanjutan(v, h + 1, indent + INDENT, delta)
            akhir = max(h, self.asal.blok[id(v)][1])
        elif id(v) in self.digabung:
            akhir = v.end_mark.line
        elif v.end_mark.line > h:
            hasil = self.lanjutan(v, h + 1, indent + INDENT, delta)
            akhir = v.end_mark.line
        sisa = range(akhir + 1, b)
        for i in sisa:
            if not self.asal.kosong_atau_komentar(i):
                raise self.asal.gagal("baris ini tidak dapat dikenali strukturnya", i)
        return hasil + self.asal.komentar(sisa, indent + INDENT)

    # -- mappings, sequences and their items

    def kepala_pasangan(self, k: yaml.Node, v: yaml.Node, skema: Any) -> str:
        h = k.start_mark.line
        if k.end_mark.line != h or not isinstance(k, yaml.ScalarNode):
            raise self.asal.gagal("kunci yang ditulis lebih dari satu baris tidak didukung", h)
        kunci = self.asal.src(k)
        baris = self.asal.baris[h]
        titik = k.end_mark.column
        while titik < len(baris) and baris[titik] in " \t":
            titik += 1
        if titik >= len(baris) or baris[titik] != ":":
            raise self.asal.gagal("kunci tanpa titik dua yang dapat dikenali", h)
        satu = self.sebaris(v, skema, self.baris_nilai(v, h, baris[titik + 1:]))
        if satu is None:
            return f"{kunci}:{baris[titik + 1:].rstrip()}"
        teks, sisa = satu
        return f"{kunci}: {teks}{sisa}" if teks else f"{kunci}:{sisa}"

    def peta(self, node: yaml.MappingNode, skema: Any, indent: int, a: int, b: int,
             akar: bool = False) -> list[Baris]:
        pasangan = list(node.value)
        if not pasangan:
            return self.asal.komentar(range(a, b), indent)
        kepala = [k.start_mark.line for k, _ in pasangan]
        if len(set(kepala)) != len(kepala) or kepala != sorted(kepala):
            raise self.asal.gagal("beberapa kunci ditulis dalam satu baris", kepala[0])
        kolom = pasangan[0][0].start_mark.column
        wilayah, pengantar, ekor = self.asal.bagi(kepala, a, b, kolom)
        per_kunci = {}
        for (k, v), (h, akhir), depan in zip(pasangan, wilayah, pengantar, strict=True):
            sk = skema_anak(skema, str(k.value))
            baris = self.asal.komentar(depan, indent) if not (akar and depan is pengantar[0]) else []
            baris.append(Baris(" " * indent + self.kepala_pasangan(k, v, sk), "kepala"))
            baris += self.nilai(v, sk, h, akhir, indent, indent - k.start_mark.column)
            per_kunci[id(k)] = baris
        hasil: list[Baris] = self.asal.komentar(pengantar[0], 0) if akar else []
        for k, _ in urutkan(pasangan, skema):
            hasil += per_kunci[id(k)]
        return hasil + self.asal.komentar(ekor, indent)

    def daftar(self, node: yaml.SequenceNode, skema: Any, indent: int, a: int, b: int) -> list[Baris]:
        butir = list(node.value)
        if not butir:
            return self.asal.komentar(range(a, b), indent)
        tanda = [self.asal.tanda_hubung(v) for v in butir]
        kepala = [t[0] for t in tanda]
        if len(set(kepala)) != len(kepala):
            raise self.asal.gagal("beberapa butir daftar ditulis dalam satu baris", kepala[0])
        kolom = tanda[0][1]
        wilayah, pengantar, ekor = self.asal.bagi(kepala, a, b, kolom)
        hasil: list[Baris] = []
        sb = skema_butir(skema)
        for v, (h, kol), (_, akhir), depan in zip(butir, tanda, wilayah, pengantar, strict=True):
            hasil += self.asal.komentar(depan, indent)
            hasil += self.butir(v, sb, h, kol, akhir, indent)
        return hasil + self.asal.komentar(ekor, indent)

    def butir(self, v: yaml.Node, skema: Any, h: int, kol: int, b: int, indent: int) -> list[Baris]:
        baris = self.asal.baris[h]
        if _blok(v):
            return self.butir_blok(v, skema, h, kol, b, indent)
        satu = self.sebaris(v, skema, self.baris_nilai(v, h, baris[kol + 1:]))
        if satu is None:
            kepala = "-" + baris[kol + 1:].rstrip()
        else:
            teks, sisa = satu
            kepala = f"- {teks}{sisa}" if teks else f"-{sisa}"
        return [Baris(" " * indent + kepala, "kepala"),
                *self.nilai(v, skema, h, b, indent, indent - kol)]

    def butir_blok(self, v: yaml.Node, skema: Any, h: int, kol: int, b: int, indent: int) -> list[Baris]:
        """An item that is itself a block mapping or sequence: its first key goes on the '-' line."""
        depan: list[Baris] = []
        mulai = h
        if v.start_mark.line != h:
            catatan = self.asal.baris[h][kol + 1:].strip()
            if catatan:
                depan.append(Baris(" " * indent + catatan, "komentar"))
            mulai = h + 1
        if isinstance(v, yaml.MappingNode):
            dalam = self.peta(v, skema, indent + INDENT, mulai, b)
        else:
            assert isinstance(v, yaml.SequenceNode)
            dalam = self.daftar(v, skema, indent + INDENT, mulai, b)
        for i, x in enumerate(dalam):
            if x.jenis == "kepala":
                pembuka = [Baris(" " * indent + y.teks.strip(), y.jenis) if y.teks else y for y in dalam[:i]]
                return [*depan, *pembuka, Baris(" " * indent + "- " + x.teks.lstrip(), "kepala"), *dalam[i + 1:]]
        raise self.asal.gagal("butir daftar kosong yang tidak dapat dikenali", h)

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
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import Masalah
from ..load.frontmatter import baca_berkas, pisah
from ..model.rekaman import JENIS_BERKAS, isian_data
from ..model.skema import DaftarDari, PetaTahun, Rekaman
from ..model.yamlnode import LOADER, Daftar, Node, Peta, Skalar, baca_yaml

__all__ = [
    "HasilRapikan", "TidakBisaDirapikan", "berkas_data", "jenis_berkas", "periksa_rapi",
    "rapikan_berkas", "rapikan_teks", "rapikan_yaml",
]

INDENT = 2
_TAHUN = "tahun"  # schema marker: a mapping from year to value (sorted by year)
_RENSTRA = re.compile(r"renstra-[0-9]{4}-[0-9]{4}\.md")
_TAHUNAN = ("pk", "realisasi", "anggaran", "lkj")


class TidakBisaDirapikan(Exception):
    """The file cannot be tidied automatically; ``pesan`` says why, ``baris`` where."""

    def __init__(self, pesan: str, baris: int = 1) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.baris = baris


@dataclass(frozen=True)
class _Baris:
    teks: str
    jenis: str  # "kepala" (a key or item line), "isi" (continuation), "komentar", "kosong"
    lindung: bool = False  # inside a text value: kept exactly, never merged with its neighbours


# ---------------------------------------------------------------- schema look-ups

def jenis_berkas(path: Path) -> type | None:
    """The model class of a data file, from its name (as ``load`` decides), or None."""
    nama = path.name
    if nama == "profil.md":
        return JENIS_BERKAS["profil"]
    if _RENSTRA.fullmatch(nama):
        return JENIS_BERKAS["renstra"]
    stem = nama.removesuffix(".md")
    if nama.endswith(".md") and stem in _TAHUNAN and re.fullmatch(r"[0-9]{4}", path.parent.name):
        return JENIS_BERKAS[stem]
    return None


def _skema_jenis(jenis: Any) -> Any:
    """What a field's value looks like: a record class, ('daftar', inner), _TAHUN or None."""
    if isinstance(jenis, Rekaman):
        return jenis.cls
    if isinstance(jenis, DaftarDari):
        return ("daftar", _skema_jenis(jenis.isi))
    if isinstance(jenis, PetaTahun):
        return _TAHUN
    if isinstance(jenis, type):
        return jenis
    return None


def _skema_anak(skema: Any, kunci: str) -> Any:
    if isinstance(skema, type):
        for f in isian_data(skema):
            if f.name == kunci:
                return _skema_jenis(f.metadata["jenis"])
    return None


def _skema_butir(skema: Any) -> Any:
    if isinstance(skema, tuple) and skema and skema[0] == "daftar":
        return skema[1]
    return None


def _urutkan(pasangan: list[tuple[yaml.Node, yaml.Node]], skema: Any) -> list[tuple[yaml.Node, yaml.Node]]:
    """Pairs in the model's field order (unknown keys after, in their order); years ascending."""
    if isinstance(skema, type):
        nama = [f.name for f in isian_data(skema)]
        posisi = {n: i for i, n in enumerate(nama)}

        def kunci_model(ip: tuple[int, tuple[yaml.Node, yaml.Node]]) -> tuple[int, int]:
            i, (k, _) = ip
            return (posisi.get(str(k.value), len(nama)), i)

        return [p for _, p in sorted(enumerate(pasangan), key=kunci_model)]
    if skema == _TAHUN and all(isinstance(k, yaml.ScalarNode) and re.fullmatch(r"[0-9]{4}", str(k.value))
                               for k, _ in pasangan):
        return sorted(pasangan, key=lambda p: int(str(p[0].value)))
    return list(pasangan)


# ---------------------------------------------------------------- the rewriter

def _indent(teks: str) -> int:
    return len(teks) - len(teks.lstrip(" "))


class _Perapi:
    """Rewrites one front matter (its YAML text, without the '---' lines)."""

    def __init__(self, teks: str, offset: int) -> None:
        self.teks = teks
        self.offset = offset  # file line of the first YAML line, for messages
        self.baris = teks.split("\n")
        if self.baris and self.baris[-1] == "":
            self.baris.pop()
        self.lindung: set[int] = set()
        self.blok: dict[int, tuple[int, int]] = {}
        self.digabung: set[int] = set()  # one-line values moved up onto their key's line  # block text -> its content lines (first, last)

    # -- helpers over the source

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

    # -- regions: which lines belong to which child

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
                if self.baris[j].strip() and _indent(self.baris[j]) > kolom:
                    simpan = j + 1
            wilayah.append((h, simpan))
            sisa = list(range(simpan, akhir))
            if i + 1 < n:
                pengantar[i + 1] = sisa
            else:
                ekor = sisa
        return wilayah, pengantar, ekor

    def komentar(self, nomor: Iterable[int], indent: int) -> list[_Baris]:
        hasil = []
        for i in nomor:
            s = self.baris[i].strip()
            hasil.append(_Baris(" " * indent + s, "komentar") if s else _Baris("", "kosong"))
        return hasil

    # -- text of one-line values

    def teks_alir(self, node: yaml.Node, skema: Any) -> str | None:
        """A one-line flow collection rewritten tidily, or None to keep it as typed."""
        if node.start_mark.line != node.end_mark.line:
            return None
        if isinstance(node, yaml.ScalarNode):
            teks = self.src(node)
            return teks if teks.strip() else None
        if isinstance(node, yaml.MappingNode):
            bagian = []
            for k, v in _urutkan(list(node.value), skema):
                if not isinstance(k, yaml.ScalarNode):
                    return None
                kt, vt = self.teks_alir(k, None), self.teks_alir(v, _skema_anak(skema, str(k.value)))
                if kt is None or vt is None:
                    return None
                bagian.append(f"{kt}: {vt}")
            return "{" + ", ".join(bagian) + "}"
        if isinstance(node, yaml.SequenceNode):
            butir = []
            for v in node.value:
                vt = self.teks_alir(v, _skema_butir(skema))
                if vt is None:
                    return None
                butir.append(vt)
            return "[" + ", ".join(butir) + "]"
        return None

    def sebaris(self, node: yaml.Node, skema: Any, baris0: int) -> tuple[str, str] | None:
        """(value text, rest of line) for a value written on line ``baris0``, else None."""
        if node.start_mark.line != baris0:
            return None
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            return self.baris[baris0][node.start_mark.column:].rstrip(), ""
        blok = isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style
        if blok:
            return None
        if node.end_mark.line != baris0:  # a multi-line text or collection: first line here
            return self.baris[baris0][node.start_mark.column:].rstrip(), ""
        teks = None
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            teks = self.teks_alir(node, skema)
        if teks is None:
            teks = self.src(node)
        return teks, self.baris[baris0][node.end_mark.column:].rstrip()

    def baris_nilai(self, v: yaml.Node, h: int, sisa_kepala: str) -> int:
        """The line whose value text goes on the head line ``h``.

        A one-line value written alone on a later line (``key:`` or ``-`` followed
        only by blank lines) is moved up onto the head line.
        """
        blok = (isinstance(v, (yaml.MappingNode, yaml.SequenceNode)) and not v.flow_style) or (
            isinstance(v, yaml.ScalarNode) and v.style in ("|", ">"))
        awal = v.start_mark.line
        if (not blok and awal > h and v.end_mark.line == awal and not sisa_kepala.strip()
                and all(not self.baris[i].strip() for i in range(h + 1, awal))):
            self.digabung.add(id(v))
            return awal
        return h

    # -- emitters

    def lanjutan(self, node: yaml.Node, dari: int, indent: int, delta: int) -> list[_Baris]:
        """The lines of a value after its first line, re-indented."""
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            awal, akhir = self.blok[id(node)]
            isi = list(range(max(dari, awal), akhir + 1))
            if not isi:
                return []
            kepala = self.baris[node.start_mark.line][node.start_mark.column:].split("#", 1)[0]
            if re.search(r"[1-9]", kepala):  # explicit indentation: shift with the parent
                geser = delta
            else:
                geser = indent - min(_indent(self.baris[i]) for i in isi if self.baris[i].strip())
            hasil = []
            for i in isi:
                s = self.baris[i]
                if not s:
                    hasil.append(_Baris("", "isi", True))
                elif geser >= 0:
                    hasil.append(_Baris(" " * geser + s, "isi", True))
                elif s[:-geser].strip():
                    raise self.gagal("teks blok dengan indentasi yang tidak dapat digeser", i)
                else:
                    hasil.append(_Baris(s[-geser:], "isi", True))
            return hasil
        hasil = []
        for i in range(dari, node.end_mark.line + 1):
            s = self.baris[i].strip()
            hasil.append(_Baris(" " * indent + s if s else "", "isi", True))
        return hasil

    def nilai(self, v: yaml.Node, skema: Any, h: int, b: int, indent: int, delta: int) -> list[_Baris]:
        """Lines after a key/item head line: nested block, continuation and tail comments."""
        if isinstance(v, yaml.MappingNode) and not v.flow_style:
            return self.peta(v, skema, indent + INDENT, h + 1, b)
        if isinstance(v, yaml.SequenceNode) and not v.flow_style:
            return self.daftar(v, skema, indent + INDENT, h + 1, b)
        hasil: list[_Baris] = []
        akhir = h
        if isinstance(v, yaml.ScalarNode) and v.style in ("|", ">"):
            if v.start_mark.line != h:
                raise self.gagal("teks blok ('|' atau '>') ditulis di baris sesudah kuncinya "
                                 "(pindahkan tanda '|' ke baris kunci)", v.start_mark.line)
            hasil = self.lanjutan(v, h + 1, indent + INDENT, delta)
            akhir = max(h, self.blok[id(v)][1])
        elif id(v) in self.digabung:
            akhir = v.end_mark.line
        elif v.end_mark.line > h:
            hasil = self.lanjutan(v, h + 1, indent + INDENT, delta)
            akhir = v.end_mark.line
        sisa = range(akhir + 1, b)
        for i in sisa:
            if not self.kosong_atau_komentar(i):
                raise self.gagal("baris ini tidak dapat dikenali strukturnya", i)
        return hasil + self.komentar(sisa, indent + INDENT)

    def kepala_pasangan(self, k: yaml.Node, v: yaml.Node, skema: Any) -> str:
        h = k.start_mark.line
        if k.end_mark.line != h or not isinstance(k, yaml.ScalarNode):
            raise self.gagal("kunci yang ditulis lebih dari satu baris tidak didukung", h)
        kunci = self.src(k)
        baris = self.baris[h]
        titik = k.end_mark.column
        while titik < len(baris) and baris[titik] in " \t":
            titik += 1
        if titik >= len(baris) or baris[titik] != ":":
            raise self.gagal("kunci tanpa titik dua yang dapat dikenali", h)
        satu = self.sebaris(v, skema, self.baris_nilai(v, h, baris[titik + 1:]))
        if satu is None:
            return f"{kunci}:{baris[titik + 1:].rstrip()}"
        teks, sisa = satu
        return f"{kunci}: {teks}{sisa}" if teks else f"{kunci}:{sisa}"

    def peta(self, node: yaml.MappingNode, skema: Any, indent: int, a: int, b: int,
             akar: bool = False) -> list[_Baris]:
        pasangan = list(node.value)
        if not pasangan:
            return self.komentar(range(a, b), indent)
        kepala = [k.start_mark.line for k, _ in pasangan]
        if len(set(kepala)) != len(kepala) or kepala != sorted(kepala):
            raise self.gagal("beberapa kunci ditulis dalam satu baris", kepala[0])
        kolom = pasangan[0][0].start_mark.column
        wilayah, pengantar, ekor = self.bagi(kepala, a, b, kolom)
        per_kunci = {}
        for (k, v), (h, akhir), depan in zip(pasangan, wilayah, pengantar, strict=True):
            sk = _skema_anak(skema, str(k.value))
            baris = self.komentar(depan, indent) if not (akar and depan is pengantar[0]) else []
            baris.append(_Baris(" " * indent + self.kepala_pasangan(k, v, sk), "kepala"))
            baris += self.nilai(v, sk, h, akhir, indent, indent - k.start_mark.column)
            per_kunci[id(k)] = baris
        hasil: list[_Baris] = self.komentar(pengantar[0], 0) if akar else []
        for k, _ in _urutkan(pasangan, skema):
            hasil += per_kunci[id(k)]
        return hasil + self.komentar(ekor, indent)

    def daftar(self, node: yaml.SequenceNode, skema: Any, indent: int, a: int, b: int) -> list[_Baris]:
        butir = list(node.value)
        if not butir:
            return self.komentar(range(a, b), indent)
        tanda = [self.tanda_hubung(v) for v in butir]
        kepala = [t[0] for t in tanda]
        if len(set(kepala)) != len(kepala):
            raise self.gagal("beberapa butir daftar ditulis dalam satu baris", kepala[0])
        kolom = tanda[0][1]
        wilayah, pengantar, ekor = self.bagi(kepala, a, b, kolom)
        hasil: list[_Baris] = []
        sb = _skema_butir(skema)
        for v, (h, kol), (_, akhir), depan in zip(butir, tanda, wilayah, pengantar, strict=True):
            hasil += self.komentar(depan, indent)
            hasil += self.butir(v, sb, h, kol, akhir, indent)
        return hasil + self.komentar(ekor, indent)

    def butir(self, v: yaml.Node, skema: Any, h: int, kol: int, b: int, indent: int) -> list[_Baris]:
        baris = self.baris[h]
        blok = isinstance(v, (yaml.MappingNode, yaml.SequenceNode)) and not v.flow_style
        if blok:
            depan: list[_Baris] = []
            mulai = h
            if v.start_mark.line != h:
                catatan = baris[kol + 1:].strip()
                if catatan:
                    depan.append(_Baris(" " * indent + catatan, "komentar"))
                mulai = h + 1
            if isinstance(v, yaml.MappingNode):
                dalam = self.peta(v, skema, indent + INDENT, mulai, b)
            else:
                assert isinstance(v, yaml.SequenceNode)
                dalam = self.daftar(v, skema, indent + INDENT, mulai, b)
            for i, x in enumerate(dalam):
                if x.jenis == "kepala":
                    pembuka = [_Baris(" " * indent + y.teks.strip(), y.jenis) if y.teks else y for y in dalam[:i]]
                    return [*depan, *pembuka, _Baris(" " * indent + "- " + x.teks.lstrip(), "kepala"),
                            *dalam[i + 1:]]
            raise self.gagal("butir daftar kosong yang tidak dapat dikenali", h)
        satu = self.sebaris(v, skema, self.baris_nilai(v, h, baris[kol + 1:]))
        if satu is None:
            kepala = "-" + baris[kol + 1:].rstrip()
        else:
            teks, sisa = satu
            kepala = f"- {teks}{sisa}" if teks else f"-{sisa}"
        return [_Baris(" " * indent + kepala, "kepala"),
                *self.nilai(v, skema, h, b, indent, indent - kol)]

    def jalankan(self, skema: Any) -> str:
        if not self.baris:
            return ""
        for i, s in enumerate(self.baris):
            if any(ch in s for ch in ("\x85", "\u2028", "\u2029")):
                raise self.gagal("baris ini memuat karakter pemisah baris yang tidak didukung", i)
        try:
            akar = yaml.compose(self.teks, Loader=LOADER)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise self.gagal("YAML tidak valid", mark.line if mark else 0) from None
        if akar is None:
            return _rapikan_kosong(self.komentar(range(len(self.baris)), 0))
        if not isinstance(akar, yaml.MappingNode) or akar.flow_style:
            raise self.gagal("front matter bukan pemetaan 'nama: nilai' biasa", 0)
        self.tandai(akar)
        hasil = self.peta(akar, skema, 0, 0, len(self.baris), akar=True)
        return _rapikan_kosong(hasil)


def _rapikan_kosong(baris: list[_Baris]) -> str:
    """Drop blank lines at both ends and runs of blank lines (outside text values)."""
    hasil: list[tuple[str, bool]] = []
    for x in baris:
        teks = x.teks if x.lindung else x.teks.rstrip()
        if not teks and not x.lindung and (not hasil or (not hasil[-1][0] and not hasil[-1][1])):
            continue
        hasil.append((teks, x.lindung))
    while hasil and not hasil[-1][0] and not hasil[-1][1]:
        hasil.pop()
    return "".join(t + "\n" for t, _ in hasil)


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
    baru = _Perapi(teks, offset).jalankan(cls)
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


class RapiLatar:
    """The layout check of ``lakip check`` run in a second process while the first reads the data.

    On a cold national check both halves take about as long, and this machine
    has two cores. The result is used only if the data turns out valid (the
    check runs with ``sudah_sah``); otherwise the process is stopped. Without
    ``fork`` (or on one core) nothing is started and ``hasil`` runs it here.
    """

    def __init__(self, folder: Path, tampil: str, lewati: Collection[str]) -> None:
        import multiprocessing
        import os

        self.arg = (Path(folder), tampil, frozenset(lewati))
        self.proses = None
        if (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("fork")
            self.terima, kirim = ctx.Pipe(duplex=False)
            self.proses = ctx.Process(target=_rapi_di_latar, args=(kirim, *self.arg), daemon=True)
            self.proses.start()
            kirim.close()

    def hasil(self) -> Masalah:
        if self.proses is not None:
            try:
                isi = self.terima.recv()
            except (EOFError, OSError):
                isi = None
            self.hentikan()
            if isinstance(isi, list):
                m = Masalah()
                for path, baris, pesan in isi:
                    m.tambah(path, baris, pesan)
                return m
        folder, tampil, lewati = self.arg  # no second process, or it failed: do it here
        return periksa_rapi(folder, tampil, lewati, sudah_sah=True)

    def hentikan(self) -> None:
        if self.proses is not None:
            self.proses.terminate()
            self.proses.join()
            self.terima.close()
            self.proses = None


def _rapi_di_latar(kirim: Any, folder: Path, tampil: str, lewati: Collection[str]) -> None:
    try:
        # plain tuples: LakipError is a frozen exception class, which pickle cannot rebuild
        kirim.send([(e.path, e.line, e.pesan) for e in periksa_rapi(folder, tampil, lewati, sudah_sah=True).items])
    except Exception:  # noqa: BLE001 - any failure: the parent runs the check itself
        kirim.send(None)
    finally:
        kirim.close()

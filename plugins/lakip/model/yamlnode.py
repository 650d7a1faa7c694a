"""Strict YAML reading: a tree of nodes that remember their line.

PyYAML's loaders lose line numbers, silently keep the last of two equal keys
and happily build anchors, aliases and tagged objects. Data typed by satker
staff needs none of that, so this module walks PyYAML's event stream itself
and builds three plain node kinds. Every problem becomes a LakipError with the
real line of the file (``offset`` is the line where the YAML starts).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import yaml

from ..errors import LakipError

# libyaml's parser gives the same events and marks, several times faster than pure Python
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_PESAN_YAML = {
    "mapping values are not allowed here": (
        "titik dua di tempat yang tidak boleh "
        "(teks yang memuat ': ' harus diberi tanda kutip, atau periksa indentasi)"
    ),
    "found character '\\t' that cannot start any token": (
        "karakter tab tidak boleh dipakai (pakai spasi untuk indentasi)"
    ),
    "could not find expected ':'": "baris ini bukan pasangan 'nama: nilai' (tambahkan ': ' atau periksa indentasi)",
    "did not find expected key": "indentasi tidak konsisten (sejajarkan dengan kunci lain pada tingkat yang sama)",
    "did not find expected '-' indicator": "indentasi daftar tidak konsisten (sejajarkan tanda '-')",
    "expected <block end>, but found '<block mapping start>'": (
        "indentasi tidak konsisten (sejajarkan dengan kunci lain pada tingkat yang sama)"
    ),
    "expected <block end>, but found '<block sequence start>'": (
        "indentasi daftar tidak konsisten (sejajarkan tanda '-')"
    ),
    "expected <block end>": "indentasi tidak konsisten (sejajarkan dengan kunci lain pada tingkat yang sama)",
    "found unexpected end of stream": "tanda kutip tidak ditutup (tutup teks dengan tanda kutip yang sama)",
    "found unknown escape character": "garis miring terbalik tidak dikenal dalam teks bertanda kutip ganda (pakai tanda kutip tunggal)",
    "expected ',' or ']'": "daftar '[...]' tidak ditutup (tambahkan ']' di akhir daftar, atau beri tanda kutip pada teks yang memuat koma)",
    "expected ',' or '}'": "pemetaan '{...}' tidak ditutup (tambahkan '}' di akhir, atau beri tanda kutip pada teks yang memuat koma)",
}

# Errors whose real cause is where the construct *started* (the opening quote,
# the key without ':', the opening bracket), not where PyYAML gave up.
_KONTEKS_AWAL = ("while scanning a quoted scalar", "while scanning a simple key", "while parsing a flow")


@dataclass
class Skalar:
    teks: str
    baris: int
    gaya: str | None = None  # None: plain; "'", '"', "|", ">": quoted or block

    @property
    def polos(self) -> bool:
        return self.gaya is None

    @property
    def kosong(self) -> bool:
        return self.polos and self.teks in ("", "~", "null", "Null", "NULL")


@dataclass
class Peta:
    baris: int
    items: list[tuple[Skalar, "Node"]] = field(default_factory=list)
    # Keys whose value a YAML-level error made unreliable (a key written twice, an
    # alias), with the line of that error. The error is reported already; later
    # checks stay quiet about these values instead of reporting follow-on problems.
    cacat: dict[str, int] = field(default_factory=dict)

    def kunci(self) -> dict[str, tuple[Skalar, "Node"]]:
        return {k.teks: (k, v) for k, v in self.items}


@dataclass
class Daftar:
    baris: int
    items: list["Node"] = field(default_factory=list)


Node = Skalar | Peta | Daftar


def jenis_node(node: Node) -> str:
    if isinstance(node, Peta):
        return "pemetaan (nama: nilai)"
    if isinstance(node, Daftar):
        return "daftar (- ...)"
    return "nilai tunggal"


def _pesan_yaml(exc: yaml.MarkedYAMLError) -> str:
    problem = (exc.problem or exc.context or "").strip()
    for kunci, pesan in _PESAN_YAML.items():
        if problem.startswith(kunci):
            return f"YAML tidak valid: {pesan}"
    if problem.startswith("found character") and "cannot start any token" in problem:
        kar = problem.split("'")[1] if problem.count("'") >= 2 else "?"
        return (f"YAML tidak valid: nilai tidak boleh diawali karakter '{kar}' "
                "(beri tanda kutip pada teksnya)")
    return f"YAML tidak valid: {problem} (periksa indentasi dan tanda kutip di baris ini)"


def _baris_galat(exc: yaml.MarkedYAMLError) -> int:
    """0-based line to show for a syntax error: where the user must edit."""
    konteks = (exc.context or "").strip()
    if exc.context_mark is not None and konteks.startswith(_KONTEKS_AWAL):
        return exc.context_mark.line
    mark = exc.problem_mark or exc.context_mark
    return mark.line if mark is not None else 0


def _tampil_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def _peristiwa(teks: str) -> list[yaml.Event] | Iterator[yaml.Event]:
    """Events from the fast parser; on a syntax error, from the pure-Python one, whose messages we translate."""
    try:
        return list(yaml.parse(teks, Loader=LOADER))
    except yaml.YAMLError:
        return yaml.parse(teks, Loader=yaml.SafeLoader)


class _Pembaca:
    """One parse in progress: the open mappings and lists, their pending keys, the problems so far."""

    def __init__(self, path: str, offset: int) -> None:
        self.path = path
        self.offset = offset
        self.errors: list[LakipError] = []
        self.stack: list[Peta | Daftar] = []
        self.pending_key: list[Skalar | None] = []
        self.seen_keys: list[dict[str, int]] = []
        self.root: Node | None = None
        self.docs = 0

    def err(self, line0: int, pesan: str) -> None:
        self.errors.append(LakipError(self.path, line0 + self.offset, pesan))

    def attach(self, node: Node, line0: int) -> None:
        if not self.stack:
            self.root = node
            return
        parent = self.stack[-1]
        if isinstance(parent, Daftar):
            parent.items.append(node)
            return
        key = self.pending_key[-1]
        if key is None:
            if not isinstance(node, Skalar):
                self.err(line0, "kunci pemetaan harus berupa teks biasa (tulis 'nama: nilai')")
                self.pending_key[-1] = Skalar("?", node.baris)
                return
            first = self.seen_keys[-1].get(node.teks)
            if first is not None:
                parent.cacat.setdefault(node.teks, node.baris)
                self.err(
                    line0,
                    f"kunci '{node.teks}' ditulis dua kali (pertama di baris {first}); "
                    "YAML hanya menyimpan yang terakhir (gabungkan menjadi satu kunci)",
                )
            else:
                self.seen_keys[-1][node.teks] = node.baris
            self.pending_key[-1] = node
        else:
            parent.items.append((key, node))
            self.pending_key[-1] = None

    def terima(self, ev: yaml.Event) -> bool:
        """Take one event into the tree; False: stop reading (a second document)."""
        line0 = ev.start_mark.line if ev.start_mark is not None else 0
        if isinstance(ev, yaml.DocumentStartEvent):
            self.docs += 1
            if self.docs > 1:
                self.err(line0, "front matter berisi lebih dari satu dokumen YAML (hapus baris '---' tambahan)")
                return False
        if isinstance(ev, yaml.AliasEvent):
            self.err(line0, f"alias YAML '*{ev.anchor}' tidak diizinkan (tulis nilainya langsung)")
            if self.stack and isinstance(self.stack[-1], Peta) and self.pending_key[-1] is not None:
                self.stack[-1].cacat.setdefault(self.pending_key[-1].teks, line0 + self.offset)
            self.attach(Skalar("", line0 + self.offset), line0)
            return True
        anchor = getattr(ev, "anchor", None)
        if anchor:
            self.err(line0, f"anchor YAML '&{anchor}' tidak diizinkan (hapus '&{anchor}', tulis nilainya langsung)")
        tag = getattr(ev, "tag", None)
        if tag is not None:
            self.err(line0, f"tag YAML '{_tampil_tag(tag)}' tidak diizinkan (hapus tag, tulis nilainya saja)")
        if isinstance(ev, yaml.ScalarEvent):
            gaya = None if ev.style in (None, "") else ev.style
            self.attach(Skalar(ev.value, line0 + self.offset, gaya), line0)
        elif isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            node: Peta | Daftar
            node = Peta(line0 + self.offset) if isinstance(ev, yaml.MappingStartEvent) else Daftar(line0 + self.offset)
            self.attach(node, line0)
            self.stack.append(node)
            self.pending_key.append(None)
            self.seen_keys.append({})
        elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()
            self.pending_key.pop()
            self.seen_keys.pop()
        return True


def baca_yaml(teks: str, path: str, offset: int = 1) -> tuple[Node | None, list[LakipError]]:
    """Parse ``teks`` into nodes; lines are reported as ``offset + yaml line``.

    Returns the root node (None for an empty document) and the problems found.
    A syntax error ends the parse: what follows it cannot be trusted.
    """
    p = _Pembaca(path, offset)
    try:
        for ev in _peristiwa(teks):
            if not p.terima(ev):
                break
    except yaml.MarkedYAMLError as exc:
        p.err(_baris_galat(exc), _pesan_yaml(exc))
        return None, p.errors
    except yaml.reader.ReaderError as exc:  # control characters and the like
        line0 = teks[: exc.position].count("\n") if isinstance(exc.position, int) else 0
        kode = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        p.err(line0, f"berkas memuat karakter kontrol tak terlihat (kode U+{kode:04X}) "
                     "(hapus karakternya: ketik ulang baris ini)")
        return None, p.errors
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error is one of the above
        p.err(0, f"YAML tidak valid ({exc.__class__.__name__}; periksa berkas ini)")
        return None, p.errors
    return p.root, p.errors

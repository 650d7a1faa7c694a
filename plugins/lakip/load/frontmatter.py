"""Split a Markdown file into its YAML front matter and its body.

The file is read as bytes so that a wrong encoding or an oversized file is a
message, not a traceback. Lines are counted from 1 as an editor shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import LakipError

BATAS_UKURAN = 1024 * 1024  # a data file larger than this is a mistake (a pasted PDF?), not data


@dataclass(frozen=True)
class Pecahan:
    yaml: str
    yaml_baris: int  # line of the first YAML line
    body: str
    body_baris: int  # line of the first body line


def baca_berkas(path: Path, tampil: str) -> tuple[Pecahan | None, LakipError | None]:
    """Read and split ``path``; ``tampil`` is the path shown in messages."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, LakipError(tampil, 1, f"berkas tidak bisa dibaca ({exc.strerror})")
    if len(data) > BATAS_UKURAN:
        return None, LakipError(
            tampil, 1,
            f"berkas terlalu besar ({len(data):,} byte; batas {BATAS_UKURAN:,} byte) ".replace(",", ".")
            + "(simpan dokumen PDF di folder dokumen/, bukan di berkas data)",
        )
    try:
        teks = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        baris = data[: exc.start].count(b"\n") + 1
        return None, LakipError(
            tampil, baris,
            "berkas bukan UTF-8 (simpan ulang dengan pengodean UTF-8; "
            f"byte 0x{data[exc.start]:02x} tidak sah)",
        )
    return pisah(teks, tampil)


def pisah(teks: str, tampil: str) -> tuple[Pecahan | None, LakipError | None]:
    teks = teks.removeprefix("\ufeff")
    if "\x00" in teks:
        baris = teks[: teks.index("\x00")].count("\n") + 1
        return None, LakipError(tampil, baris, "berkas memuat karakter NUL (simpan ulang sebagai teks biasa)")
    lines = teks.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").rstrip() != "---":
        return None, LakipError(tampil, 1, "berkas data harus diawali baris '---' (front matter YAML)")
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\n").rstrip() in ("---", "..."):
            return Pecahan(
                yaml="".join(lines[1:i]),
                yaml_baris=2,
                body="".join(lines[i + 1:]),
                body_baris=i + 2,
            ), None
    return None, _tidak_ditutup(lines, tampil)


_GARIS = re.compile(r"[-\u2010-\u2015\u2212 ]+")  # dashes: hyphen, en/em dash, minus


def _data(baris: str) -> bool:
    """A line that holds YAML data (not blank, not a comment)."""
    t = baris.strip()
    return bool(t) and not t.startswith("#")


def _tidak_ditutup(lines: list[str], tampil: str) -> LakipError:
    """Say where the closing '---' belongs: after the last line that is still YAML data.

    Everything after the opening '---' is read as YAML. Where that stops being
    valid YAML (usually the first line of the Markdown text), the data ended
    just before; when it is valid to the end, the closing line goes after the
    last data line of the file.
    """
    isi = [ln.rstrip("\r\n") for ln in lines[1:]]  # isi[i] is line i + 2
    henti = _baris_tidak_sah("\n".join(isi))  # 0-based within isi, or None
    for i, teks in enumerate(isi[: None if henti is None else henti + 1]):
        t = teks.strip()  # a closing line typed wrong while the data is still valid: '----', '--', '—'
        if t and _GARIS.fullmatch(t) and t.replace(" ", "") != "-":
            return LakipError(tampil, i + 2, f"front matter tidak ditutup: baris penutup ditulis '{t}' "
                                             "(ganti dengan tepat tiga tanda hubung: ---)")
    sebelum = isi if henti is None else isi[:henti]
    terakhir = max((i for i, b in enumerate(sebelum) if _data(b)), default=None)
    if terakhir is None:  # not even the first line is YAML data
        baris = min((henti if henti is not None else 0) + 2, len(lines))
        return LakipError(tampil, baris, "front matter tidak ditutup dan tidak memuat data YAML "
                                         "(tulis datanya, lalu baris '---' sebelum teks Markdown)")
    baris = terakhir + 2
    if henti is None:
        return LakipError(tampil, baris, "front matter tidak ditutup: baris '---' penutup tidak ada "
                                         f"(tambahkan baris '---' setelah baris {baris}, baris data terakhir)")
    return LakipError(tampil, baris, f"front matter tidak ditutup: baris '---' penutup tidak ada dan baris "
                                     f"{henti + 2} bukan lagi data YAML (tambahkan baris '---' setelah baris "
                                     f"{baris}, sebelum teks Markdown)")


def _baris_tidak_sah(teks: str) -> int | None:
    """0-based line where ``teks`` stops being valid YAML, or None when all of it is valid."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for _ in yaml.parse(teks, Loader=loader):
            pass
    except yaml.MarkedYAMLError as exc:
        # An unclosed quote or a line without ':' began where its context mark is;
        # otherwise ("while parsing a block mapping" marks the mapping's start) the problem mark.
        konteks = (exc.context or "").strip()
        awal = konteks.startswith(("while scanning a simple key", "while scanning a quoted scalar"))
        mark = exc.context_mark if awal and exc.context_mark is not None else exc.problem_mark or exc.context_mark
        return mark.line if mark is not None else 0
    except yaml.YAMLError as exc:  # a character YAML cannot read at all
        pos = getattr(exc, "position", None)
        return teks[:pos].count("\n") if isinstance(pos, int) else 0
    return None

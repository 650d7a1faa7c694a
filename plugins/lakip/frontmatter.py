"""Split a Markdown file into its YAML front matter and its body.

The file is read as bytes so that a wrong encoding or an oversized file is a
message, not a traceback. Lines are counted from 1 as an editor shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import LakipError

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
    return None, LakipError(
        tampil, 1, "front matter tidak ditutup (tambahkan baris '---' setelah baris data terakhir)"
    )

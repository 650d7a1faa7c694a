"""Data-file names in an editor's free text, said in a visitor's words.

Transcribers' notes (``catatan``) are written for editors and name where things are kept
("disimpan di badan profil.md", "lihat 2024/pk.md"). They are shown on the public consistency
page, where a visitor knows pages, not files: each name becomes what it holds ("uraian profil
satker", "data Perjanjian Kinerja 2024"). The note's other words are left as typed.
"""

from __future__ import annotations

import re

_ISI = {"profil": "profil satker", "pk": "Perjanjian Kinerja", "realisasi": "realisasi", "anggaran": "anggaran",
        "lkj": "naskah LKj"}
_BERKAS = "(profil|pk|realisasi|anggaran|lkj)"
# "2021/ ... 2024/anggaran.md": the same file over a range of years
_RENTANG = re.compile(r"\b(\d{4})/\s*(?:\.\.\.|…)\s*(\d{4})/" + _BERKAS + r"\.md\b")
_RENSTRA = re.compile(r"\brenstra-(\d{4})-(\d{4})\.md\b")
_SATU = re.compile(r"\b(?:(\d{4})/)?" + _BERKAS + r"\.md\b")
_BADAN = re.compile(r"\bbadan data ")  # "badan profil.md", the file's Markdown body, once named
_FRONT = re.compile(r"\(front matter dan badan\)|\bfront matter\b")
# a field name with an underscore (penanggung_jawab, 'pagu_awal'), not inside an address: its words
_MEDAN = re.compile(r"(?<![\w/.])([a-z]+(?:_[a-z]+)+)(?![\w/.])")


def _isi(berkas: str, tahun: str | None) -> str:
    if berkas == "lkj":
        return _ISI[berkas] + (f" {tahun}" if tahun else "")
    return f"data {_ISI[berkas]}" + (f" {tahun}" if tahun else "")


def kata_pengunjung(teks: str) -> str:
    """``teks`` with every data-file name replaced by what the file holds."""
    teks = _RENTANG.sub(lambda m: f"{_isi(m[3], None)} {m[1]}–{m[2]}", teks)
    teks = _RENSTRA.sub(lambda m: f"data Renstra {m[1]}–{m[2]}", teks)
    teks = _SATU.sub(lambda m: _isi(m[2], m[1]), teks)
    teks = _BADAN.sub("uraian ", teks)
    teks = _FRONT.sub(lambda m: "(angka dan uraian)" if m[0].startswith("(") else "data", teks)
    return _MEDAN.sub(lambda m: m[1].replace("_", " "), teks)

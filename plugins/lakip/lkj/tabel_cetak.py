"""Tables for the printed LKj: Markdown to sanitised HTML, and the print layout of every table.

A table the data made is printed from its structure (``cetak_tabel``); a table typed in a
narrative is known only as HTML and read back from it (``rapikan_tabel``). Both go through
``_TataTabel``: number cells, group rows, indents and column widths from the text metrics.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import markdown as md_lib

from ..render import aman
from ..render.tabel import TabelData

# ---------------------------------------------------------------- the print HTML

def _md() -> md_lib.Markdown:
    return md_lib.Markdown(extensions=["tables", "attr_list", "sane_lists", "admonition"], output_format="html")


def md_cetak() -> md_lib.Markdown:
    return md_lib.Markdown(extensions=["tables", "attr_list", "sane_lists", "admonition"], output_format="html")


def html_md(md: md_lib.Markdown, teks: str) -> str:
    """A block's Markdown as sanitised HTML: the printed LKj shows what the web page shows."""
    md.reset()
    return aman.bersihkan(md.convert(teks))


def inline_md(md: md_lib.Markdown, teks: str) -> str:
    out = html_md(md, teks)
    return re.sub(r"^<p>(.*)</p>$", r"\1", out.strip(), flags=re.DOTALL)


# ---------------------------------------------------------------- tables, whatever wrote them

# A table comes as a Markdown pipe table (converted here) or as an HTML block written by
# ``render.tabel`` (passed through by Markdown); both give ``<table><thead><tr><th ...>``.
# The print only looks at the finished HTML, so either form gets the same treatment.
_TABEL_HTML = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL | re.IGNORECASE)
_BARIS_HTML = re.compile(r"<tr\b([^>]*)>(.*?)</tr>", re.DOTALL | re.IGNORECASE)
_SEL_HTML = re.compile(r"<(t[hd])\b([^>]*)>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_RENTANG = re.compile(r'\bcolspan\s*=\s*"?(\d+)', re.IGNORECASE)
_TEBAL = re.compile(r"^\s*<(strong|b)\b", re.IGNORECASE)
_KANAN = re.compile(r'text-align:\s*right|\balign\s*=\s*"?right', re.IGNORECASE)
# a number, an amount, a percentage, "–"; optionally a unit word or a year in brackets: "8.082 orang", "90 % (2024)"
_ANGKA = re.compile(r"^(?:Rp\s?)?[-–−+]?\d[\d.,]*(?:\s?%)?(?:\s[A-Za-z]+)?(?:\s?\(\d{4}\))?$|^[-–—]$")
# Widths of text in the table font (Liberation Sans has the metrics of Arial/Helvetica): advance widths in
# 1/1000 em of the printable ASCII characters, from space to "~"; any other character counts as a digit.
_AFM = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]  # p to ~
TEBAL = 1.08  # bold letters are about this much wider (bold digits are as wide as regular ones)
# a table: its width in points (165 mm portrait, 267 mm landscape), its font size, and a cell's padding + border
UKURAN_TABEL = {False: (467.7, 8.5), True: (756.9, 7.5)}
TEPI_SEL = 6.5  # 3 pt padding each side and a 0.5 pt border (lkj-cetak.css)
PENDEK = 140.0  # points: a column whose longest line is this short wraps to at most two lines


def lebar_teks(teks: str, pt: float, tebal: bool = False) -> float:
    """Width in points of ``teks`` in the table font at ``pt`` points."""
    em = 0.0
    for ch in teks:
        w = _AFM[o - 32] if 32 <= (o := ord(ch)) < 127 else (1000 if ch in "—✓" else 556)
        em += w * TEBAL if tebal and not ch.isdigit() else w
    return em * pt / 1000


def _teks_sel(isi: str) -> list[str]:
    """The text lines of a cell (tags removed, ``<br>`` splits lines)."""
    isi = re.sub(r"<br\s*/?>", "\n", isi, flags=re.IGNORECASE)
    polos = html.unescape(re.sub(r"<[^>]+>", "", isi)).replace("\u00a0", " ")
    return [" ".join(b.split()) for b in polos.split("\n")]


_INDEN = re.compile(r"^((?:&nbsp;|&#160;|\u00a0){2,})(.*)$", re.DOTALL)


def _jumlah_nbsp(s: str) -> int:
    return s.count("&nbsp;") + s.count("&#160;") + s.count("\u00a0")


def _tambah_kelas(attr: str, kelas: str) -> str:
    m = re.search(r'\bclass\s*=\s*"([^"]*)"', attr, re.IGNORECASE)
    if m:
        return attr[:m.start(1)] + kelas + " " + m.group(1) + attr[m.end(1):]
    return attr + f' class="{kelas}"'


def lebar_kolom(kata: list[float], panjang: list[float], isi: list[float], lebar: float,
                aman: float = 1.05) -> list[float] | None:
    """Percentage widths of the columns of a table ``lebar`` points wide, or None (left to the browser).

    ``kata``: longest unbreakable piece of each column in points (its least width); ``panjang``: longest
    line (no use being wider); ``isi``: root mean square of its cells' widths (long cells weigh more:
    they make the rows tall). The columns share the room in proportion to ``isi``, each clamped between
    its least width and its longest line; clamped columns are fixed and the rest share again. A column
    of short phrases (``PENDEK``) never gets less than half its longest line.

    A percentage below a column's real least width makes Chromium widen the whole table past the right
    margin, where the print cuts it off. So the clamped columns (codes, amounts, short phrases) get their
    estimate times ``aman``, the columns of wrapping text share what is left, and when that leaves a text
    column too little for its longest word, or there is no text column, the browser decides (None).
    """
    n = len(kata)
    bawah = [max(1.0, k, p / 2 if p <= PENDEK else 0.0) for k, p in zip(kata, panjang)]
    atas = [max(b, p) for b, p in zip(bawah, panjang)]
    bobot = [max(1.0, x) for x in isi]
    ruang = lebar - TEPI_SEL * n
    if ruang <= sum(bawah):
        return None
    tetap: dict[int, float] = {}
    bebas = list(range(n))
    c = 0.0
    while bebas:
        c = (ruang - sum(tetap.values())) / sum(bobot[j] for j in bebas)
        jepit = {j: bawah[j] if c * bobot[j] < bawah[j] else atas[j]
                 for j in bebas if not bawah[j] <= c * bobot[j] <= atas[j]}
        if not jepit:
            break
        tetap.update(jepit)
        bebas = [j for j in bebas if j not in jepit]
    for j in [j for j in bebas if c * bobot[j] < aman * bawah[j]]:  # barely above its least width: fixed too
        tetap[j] = c * bobot[j]
        bebas.remove(j)
    if not bebas:
        return None
    hasil = {j: aman * (w + TEPI_SEL) / lebar for j, w in tetap.items()}
    sisa = 1 - sum(hasil.values())
    mau = sum(c * bobot[j] + TEPI_SEL for j in bebas)
    for j in bebas:
        hasil[j] = sisa * (c * bobot[j] + TEPI_SEL) / mau
        if hasil[j] * lebar < aman * (bawah[j] + TEPI_SEL):
            return None
    return [100 * hasil[j] for j in range(n)]


@dataclass
class _Sel:
    """One cell for the print: its tag, attributes (`` style="..."``) and inner HTML."""

    tag: str
    attr: str
    isi: str


@dataclass
class _Baris:
    """One row: its attributes, its cells, and the text between them (before each cell, then after the last)."""

    attr: str
    sel: list[_Sel]
    celah: list[str]


class _TataTabel:
    """The print layout of one table, row by row: number cells, group rows, indents, column widths.

    - cells holding a number, an amount or a percentage get class ``angka`` (kept on one line);
    - a group row (bold first cell, the rest mostly empty: a sasaran, a program) gets class ``kelompok``
      (kept with the row below it);
    - column widths (``<colgroup>``) from the text of each column (``lebar_kolom``): a column of long
      sentences no longer squeezes a column of short phrases ("naik (makin tinggi makin baik)") to one
      word per line, nor a header ("Realisasi 2022") a column of text.
    """

    def __init__(self, lebar: bool) -> None:
        self.lebar_pt, self.pt = UKURAN_TABEL[lebar]
        self.panjang: dict[int, float] = {}  # longest line of text per column (points)
        self.kata: dict[int, float] = {}  # longest unbreakable piece per column
        self.isi_kolom: dict[int, list[float]] = {}  # width of each cell's text per column
        self.jumlah_kolom = 0

    def _catat(self, kolom: int, baris: list[str], utuh: bool, kepala: bool, tebal: bool) -> None:
        potong = [" ".join(baris)] if utuh else [w for b in baris for w in re.split(r"\s+|(?<=/)", b)]
        self.kata[kolom] = max(self.kata.get(kolom, 0.0),
                               max((lebar_teks(w, self.pt, tebal) for w in potong), default=0.0))
        if not kepala:
            garis = [lebar_teks(b, self.pt, tebal) for b in baris]
            self.panjang[kolom] = max(self.panjang.get(kolom, 0.0), max(garis, default=0.0))
            self.isi_kolom.setdefault(kolom, []).append(sum(garis))

    def _sel(self, s: _Sel, kolom: int) -> tuple[str, int]:
        teks = _teks_sel(s.isi)
        rentang = int(r.group(1)) if (r := _RENTANG.search(s.attr)) else 1
        gabung = " ".join(teks).strip()
        angka = s.tag.lower() == "td" and bool(gabung) and (bool(_ANGKA.match(gabung)) or (
            bool(_KANAN.search(s.attr)) and len(gabung) <= 24 and any(ch.isdigit() for ch in gabung)))
        if rentang == 1:
            self._catat(kolom, teks, angka, s.tag.lower() == "th",
                        s.tag.lower() == "th" or bool(re.search(r"<(strong|b)\b", s.isi, re.IGNORECASE)))
        attr, isi = s.attr, s.isi
        if angka:
            attr = _tambah_kelas(attr, "angka")
        else:
            if "/" in isi:  # "Sosialisasi/Penyuluhan/Bimbingan": may wrap after a slash
                isi = re.sub(r"(?<=/)(?=[^<>/\s][^<>]*(?:<|$))", "<wbr>", isi)
            # an indent typed as non-breaking spaces (a kegiatan under its program) becomes a
            # padding, so the wrapped lines of the cell keep the indent too
            isi = _INDEN.sub(lambda m: f'<div style="padding-left: {0.28 * _jumlah_nbsp(m.group(1)):.2f}em">'
                             f'{m.group(2)}</div>', isi)
        return f"<{s.tag}{attr}>{isi}</{s.tag}>", rentang

    def baris(self, b: _Baris) -> str:
        """The row's print HTML; its cells counted into the column widths."""
        kolom = 0
        isi = []
        for s, celah in zip(b.sel, b.celah):
            html_sel, rentang = self._sel(s, kolom)
            isi.append(celah + html_sel)
            kolom += rentang
        self.jumlah_kolom = max(self.jumlah_kolom, kolom)
        td = [s for s in b.sel if s.tag.lower() == "td"]
        attr = b.attr
        if (len(td) >= 2 and len(td) == len(b.sel) and _TEBAL.match(td[0].isi)
                and sum(1 for s in td[1:] if not " ".join(_teks_sel(s.isi)).strip()) * 2 >= len(td) - 1):
            attr = _tambah_kelas(attr, "kelompok")
        return f"<tr{attr}>{''.join(isi)}{b.celah[-1]}</tr>"

    def lebar_kolom(self, tabel: str) -> str:
        """``tabel`` with the ``<colgroup>`` its columns need (none for two columns, or when it has one)."""
        if self.jumlah_kolom < 3 or re.search(r"<colgroup\b", tabel, re.IGNORECASE):
            return tabel
        k = range(self.jumlah_kolom)
        isi = [(sum(x * x for x in v) / len(v)) ** 0.5 if (v := self.isi_kolom.get(j)) else 0.0 for j in k]
        mau = lebar_kolom([self.kata.get(j, 0.0) for j in k], [self.panjang.get(j, 0.0) for j in k], isi,
                          self.lebar_pt)
        if mau is None:
            return tabel
        return _sisip_awal(tabel, "<colgroup>" + "".join(f'<col style="width: {x:.1f}%">' for x in mau) + "</colgroup>")


def _baris_html(m: re.Match[str]) -> _Baris:
    """A ``<tr>`` of a narrative's table as read from its HTML."""
    isi = m.group(2)
    sel = list(_SEL_HTML.finditer(isi))
    awal = [0, *(s.end() for s in sel)]
    celah = [isi[a:s.start()] for a, s in zip(awal, sel)] + [isi[awal[-1]:]]
    return _Baris(m.group(1), [_Sel(s.group(1), s.group(2), s.group(3)) for s in sel], celah)


def rapikan_tabel(tabel: str, lebar: bool = False) -> str:
    """A narrative's ``<table>`` (typed by the satker, known only as HTML) made ready for print: the first
    row as a repeated ``<thead>`` when it is all ``<th>``, then ``_TataTabel``."""
    tata = _TataTabel(lebar)
    return tata.lebar_kolom(_BARIS_HTML.sub(lambda m: tata.baris(_baris_html(m)), _kepala_berulang(tabel)))


def cetak_tabel(t: TabelData, md: md_lib.Markdown, lebar: bool = False) -> str:
    """A table the data made, printed from its structure: the markup Python-Markdown gives it on the web
    page (``TabelData.markdown``), cells sanitised, then ``_TataTabel``; nothing is read back from HTML."""
    html_sel = t.html_sel()
    ringkas = html_sel is not None  # render.tabel's HTML form: one row per line
    sel = html_sel or [[inline_md(md, x) for x in b] for b in ((t.kepala,) + t.baris)]
    tata = _TataTabel(lebar)
    rata = {c: f' style="text-align: {n};"' for c, n in (("l", "left"), ("r", "right"), ("c", "center"))}
    baris = []
    for i, isi in enumerate(sel):
        tag = "th" if i == 0 else "td"
        isi = isi + [""] * (len(t.rata) - len(isi))
        s = [_Sel(tag, rata[c], aman.bersihkan(x)) for x, c in zip(isi, t.rata)]
        celah = [""] * (len(s) + 1) if ringkas else ["\n"] * (len(s) + 1)
        baris.append(tata.baris(_Baris("", s, celah)))
    pisah = "\n"
    isi_html = (f"<table>{pisah}<thead>{pisah}{baris[0]}{pisah}</thead>{pisah}<tbody>{pisah}"
                + pisah.join(baris[1:]) + f"{pisah}</tbody>{pisah}</table>")
    return tata.lebar_kolom(isi_html)


def _sisip_awal(tabel: str, html_: str) -> str:
    """``html_`` right after ``<table>`` (and its caption)."""
    buka = re.match(r"<table\b[^>]*>(\s*<caption\b.*?</caption>)?", tabel, re.DOTALL | re.IGNORECASE)
    assert buka is not None
    return tabel[:buka.end()] + html_ + tabel[buka.end():]


def _kepala_berulang(tabel: str) -> str:
    """The first row as ``<thead>`` (repeated on every printed page) when it is all ``<th>`` and there is none."""
    if re.search(r"<thead\b", tabel, re.IGNORECASE):
        return tabel
    m = _BARIS_HTML.search(tabel)
    if m and not re.search(r"<td\b", m.group(2), re.IGNORECASE) and re.search(r"<th\b", m.group(2), re.IGNORECASE):
        return _sisip_awal(tabel[:m.start()] + tabel[m.end():], "<thead>" + m.group(0) + "</thead>")
    return tabel


def rapikan_semua_tabel(isi: str, lebar: bool = False) -> str:
    return _TABEL_HTML.sub(lambda m: rapikan_tabel(m.group(0), lebar), isi)

"""The Laporan Kinerja (LKj) as one document, composed from data and narrative.

An LKj is the yearly report of a satker (see ``shared/domain.md``): Kata
Pengantar, Ikhtisar Eksekutif, BAB I Pendahuluan, BAB II Perencanaan Kinerja,
BAB III Akuntabilitas Kinerja, BAB IV Penutup and the Lampiran. Here it is
*composed*, never typed twice:

- every table and number comes from the data through the ``render`` functions
  and ``halaman.ringkasan_tahun`` (so a sentence can never say "5 (lima)
  indikator" beside a table of six);
- the prose comes from the Markdown bodies: ``<tahun>/lkj.md`` (its ``##``
  chapters and ``###`` sections), and where they belong the bodies of
  ``profil.md`` (BAB I), the Renstra and ``pk.md`` (BAB II), ``realisasi.md``
  and ``anggaran.md`` (BAB III), and each indicator's ``analisis``;
- a narrative section the satker has not written shows a short visible
  placeholder sentence, never invented content.

``susun_lkj`` gives a :class:`NaskahLkj`: a flat list of blocks (headings,
Markdown text, numbered tables and figures, the signature) with tables and
figures numbered per chapter (Tabel 3.1, Gambar 1.1, Tabel L.1 in the
Lampiran). ``markdown_lkj`` writes it as the web page ``satker/<id>/<tahun>/lkj.md``;
``pdf.py`` prints the same blocks as an A4 PDF. ``periksa_naskah`` lists
narrative claims that disagree with the data (stale years, wrong counts,
references to tables that do not exist) as warnings, never fatal.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath

from ..compute.kinerja import CapaianIndikator, HasilTahun, KelompokSasaran
from ..compute.situs import Situs
from ..model.katalog import renstra_untuk
from ..model.rekaman import Dokumen, Pejabat, Pihak
from ..model.satker import Berkas, Satker
from ..render import tabel as render
from ..render.aman import netralkan, sel, teks_aman
from ..render.format import angka, bilangan_terbilang, persen, rupiah, tanggal
from ..render.kalimat import alasan, jumlah_kata, ringkasan_tahun

__all__ = [
    "Blok", "Gambar", "Judul", "NaskahLkj", "Peringatan", "StatusPdf", "Tabel", "TandaTangan", "Teks",
    "berkas_resmi", "dokumen_resmi", "halaman_lkj", "markdown_lkj", "nama_pdf", "periksa_naskah", "susun_lkj",
    "uri_pdf", "uri_resmi",
]

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}
HURUF = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember")


# ---------------------------------------------------------------- the document model

@dataclass(frozen=True)
class Judul:
    """A heading. ``tingkat`` 1 = chapter (``##`` on the web page), 2 = section, 3-4 deeper."""

    tingkat: int
    teks: str  # inline Markdown, already safe (data values escaped)
    jangkar: str
    daftar_isi: bool = True
    halaman_baru: bool = False  # the printed chapter starts on a new page


@dataclass(frozen=True)
class Teks:
    """Markdown block(s): narrative or generated sentences."""

    markdown: str


@dataclass(frozen=True)
class Tabel:
    """A numbered table; the caption goes above it."""

    nomor: str  # "3.1", "L.2"
    judul: str  # inline Markdown, safe
    jangkar: str
    markdown: str  # one Markdown table
    baris: int = 0  # number of body rows (the print keeps short tables on one page)
    lebar: bool = False  # many columns: printed on a landscape page


@dataclass(frozen=True)
class Gambar:
    """A numbered figure: inline SVG/HTML made here from data (escaped); caption below."""

    nomor: str
    judul: str
    jangkar: str
    html: str


@dataclass(frozen=True)
class TandaTangan:
    """The signature block of the Kata Pengantar."""

    tempat: str | None
    tanggal: str | None
    jabatan: str | None
    nama: str | None
    nip: str | None
    sumber: str  # where it was taken from (lkj.md or the PK)


@dataclass(frozen=True)
class DaftarIsi:
    """Placeholder for the table of contents / list of tables / list of figures."""

    jenis: str  # "isi", "tabel", "gambar"


Blok = Judul | Teks | Tabel | Gambar | TandaTangan | DaftarIsi


@dataclass(frozen=True)
class Peringatan:
    """A narrative claim that disagrees with the data (shown on the LKj page, not fatal)."""

    path: str
    baris: int
    pesan: str

    def __str__(self) -> str:
        return f"{self.path}:{self.baris}: {self.pesan}"


@dataclass(frozen=True)
class StatusPdf:
    """Whether this build prints the LKj as PDF, and if not, why (said on the LKj page)."""

    aktif: bool
    alasan: str = ""


@dataclass
class NaskahLkj:
    satker_id: str
    nama: str
    tahun: int
    judul: str
    periode_renstra: tuple[int, int] | None
    sekretariat: str | None
    alamat: str | None
    blok: list[Blok] = field(default_factory=list)
    peringatan: list[Peringatan] = field(default_factory=list)
    resmi: Dokumen | None = None
    folder: Path | None = None  # the year's data folder: relative image paths in the narrative start here

    def judul_bab(self) -> list[Judul]:
        return [b for b in self.blok if isinstance(b, Judul) and b.daftar_isi]

    def tabel(self) -> list[Tabel]:
        return [b for b in self.blok if isinstance(b, Tabel)]

    def gambar(self) -> list[Gambar]:
        return [b for b in self.blok if isinstance(b, Gambar)]


def nama_pdf(sid: str, tahun: int) -> str:
    """File name of the generated PDF, beside the LKj page."""
    return f"lkj-{sid}-{tahun}.pdf"


# ---------------------------------------------------------------- Markdown helpers

_PAGAR = re.compile(r"^\s{0,3}(```|~~~)")
_JUDUL_MD = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_PEMISAH_TABEL = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_KOMENTAR = re.compile(r"<!--.*?-->", re.DOTALL)


def _akhir_tabel(lines: Sequence[str], luar: Sequence[bool], i: int) -> int | None:
    """The line after the table starting at ``lines[i]`` (a pipe table or render.tabel's HTML), or None."""
    line = lines[i]
    if not luar[i] or line.startswith("    "):
        return None
    if line.strip() == "<table>":
        for j in range(i + 1, len(lines)):
            if lines[j].strip() == "</table>":
                return j + 1
        return None
    if line.lstrip().startswith("|") and i + 1 < len(lines) and _PEMISAH_TABEL.match(lines[i + 1]):
        j = i + 2
        while j < len(lines) and lines[j].strip().startswith("|"):
            j += 1
        return j
    return None


def _baris_di_luar_pagar(md: str) -> list[tuple[str, bool]]:
    """Each line with a flag telling whether it is outside a fenced code block."""
    out = []
    pagar: str | None = None
    for line in md.split("\n"):
        m = _PAGAR.match(line)
        if pagar is None and m:
            pagar = m.group(1)
            out.append((line, False))
        elif pagar is not None:
            if line.strip().startswith(pagar):
                pagar = None
            out.append((line, False))
        else:
            out.append((line, True))
    return out


def hapus_komentar(md: str) -> str:
    """HTML comments removed, keeping the line count (for line numbers in warnings)."""
    return _KOMENTAR.sub(lambda m: "\n" * m.group(0).count("\n"), md)


@dataclass(frozen=True)
class Bagian:
    """A piece of a Markdown body between two headings of one level."""

    judul: str | None
    isi: str
    baris: int  # line of the heading (or of the first line) in the data file


def bagi(md: str, tingkat: int, baris_awal: int = 1) -> list[Bagian]:
    """Split ``md`` at headings of exactly ``tingkat`` (outside code fences)."""
    hasil: list[Bagian] = []
    judul: str | None = None
    baris_judul = baris_awal
    isi: list[str] = []
    for i, (line, luar) in enumerate(_baris_di_luar_pagar(md)):
        m = _JUDUL_MD.match(line) if luar else None
        if m and len(m.group(1)) == tingkat:
            if judul is not None or "\n".join(isi).strip():
                hasil.append(Bagian(judul, "\n".join(isi), baris_judul))
            judul, baris_judul, isi = m.group(2).strip(), baris_awal + i, []
        else:
            isi.append(line)
    if judul is not None or "\n".join(isi).strip():
        hasil.append(Bagian(judul, "\n".join(isi), baris_judul))
    return hasil


def tingkat_teratas(md: str) -> int | None:
    levels = [len(m.group(1)) for line, luar in _baris_di_luar_pagar(md) if luar
              for m in [_JUDUL_MD.match(line)] if m]
    return min(levels) if levels else None


def geser_judul(md: str, minimal: int) -> str:
    """Push the headings of a narrative piece down so the highest is ``minimal`` (max 6)."""
    atas = tingkat_teratas(md)
    if atas is None or atas >= minimal:
        return md
    geser = minimal - atas
    out = []
    for line, luar in _baris_di_luar_pagar(md):
        m = _JUDUL_MD.match(line) if luar else None
        if m:
            line = "#" * min(6, len(m.group(1)) + geser) + " " + m.group(2)
        out.append(line)
    return "\n".join(out)


def _isi(md: str | None) -> bool:
    """True when the text has visible content (not only comments and blanks)."""
    return bool(md and hapus_komentar(md).strip())


def _kunci(judul: str) -> str:
    s = judul.lower()
    s = re.sub(r"^(bab\s+[ivx]+|[a-z]|\d+(\.\d+)*)[.)]?\s+", "", s.strip())
    return re.sub(r"[^a-z0-9 ]+", " ", s).strip()


def _slug(teks: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", teks.lower()).strip("-") or "x"


def _polos(md_inline: str) -> str:
    """Inline Markdown as plain text (for captions and comparisons)."""
    s = re.sub(r"[*_`]", "", md_inline)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


# ---------------------------------------------------------------- composing

class _Penyusun:
    """Collects blocks; numbers tables and figures per chapter."""

    def __init__(self, naskah: NaskahLkj) -> None:
        self.n = naskah
        self.bab = "0"
        self.no_tabel: Counter[str] = Counter()
        self.no_gambar: Counter[str] = Counter()
        self.jangkar: set[str] = set()
        self.huruf = 0
        self.bagian_sekarang = ""  # title of the current lettered section (a body piece of that title needs no heading)

    def _jangkar(self, dasar: str) -> str:
        j, i = dasar, 2
        while j in self.jangkar:
            j, i = f"{dasar}-{i}", i + 1
        self.jangkar.add(j)
        return j

    def bab_baru(self, kode: str, teks: str, jangkar: str, daftar_isi: bool = True) -> None:
        self.bab = kode
        self.huruf = 0
        self.n.blok.append(Judul(1, teks, self._jangkar(jangkar), daftar_isi, halaman_baru=True))

    def bagian(self, teks: str, berhuruf: bool = True) -> None:
        """A section of the chapter: 'A. Latar Belakang'."""
        self.bagian_sekarang = _polos(teks)
        if berhuruf:
            label = HURUF[self.huruf % 26]
            self.huruf += 1
            teks = f"{label}. {teks}"
            dasar = f"{self._dasar_bab()}-{label.lower()}"
        else:
            dasar = f"{self._dasar_bab()}-{_slug(_polos(teks))}"
        self.n.blok.append(Judul(2, teks, self._jangkar(dasar)))

    def sub(self, tingkat: int, teks: str, kunci: str) -> None:
        self.n.blok.append(Judul(tingkat, teks, self._jangkar(f"{self._dasar_bab()}-{_slug(kunci)}"), daftar_isi=False))

    def _dasar_bab(self) -> str:
        return {"L": "lampiran", "E": "ikhtisar", "0": "pengantar"}.get(self.bab, f"bab-{self.bab}")

    def teks(self, md: str) -> None:
        if md.strip():
            self.n.blok.append(Teks(md.strip("\n") + "\n"))

    def narasi(self, md: str, minimal: int) -> None:
        """Narrative Markdown (untrusted: neutralised here), headings pushed below ``minimal``,
        its tables numbered."""
        self.tabel_dari(geser_judul(netralkan(md), minimal), [])

    def tabel_dari(self, md: str, judul: Sequence[str], lebar: bool = False) -> None:
        """Split ``md`` into text and tables; number every table.

        A table's caption is ``judul[i]`` when given, else a bold one-line paragraph
        right above the table, else 'Tabel'. That bold line (the table's printed
        title) is taken out either way: the caption replaces it.
        """
        lines = [ln for ln, _ in _baris_di_luar_pagar(md)]
        luar = [x for _, x in _baris_di_luar_pagar(md)]
        buf: list[str] = []
        k = 0
        i = 0
        while i < len(lines):
            line = lines[i]
            j = _akhir_tabel(lines, luar, i)
            if j is not None:
                cap = judul[k] if k < len(judul) and judul[k] else ""
                # a bold one-line paragraph right above: the printed title of the table
                while buf and not buf[-1].strip():
                    buf.pop()
                if buf and re.fullmatch(r"\*\*[^*].*", buf[-1].strip()) and (len(buf) == 1 or not buf[-2].strip()):
                    tebal = buf.pop().strip()  # replaced by the caption (the explicit one when given)
                    if not cap:
                        cap = re.sub(r"\*\*(.+?)\*\*", r"\1", tebal)
                self.teks("\n".join(buf))
                buf = []
                self.tabel("\n".join(lines[i:j]) + "\n", cap or "Tabel", lebar=lebar)
                k += 1
                i = j
                continue
            buf.append(line)
            i += 1
        self.teks("\n".join(buf))

    def tabel(self, md: str, judul: str, lebar: bool = False) -> None:
        self.no_tabel[self.bab] += 1
        nomor = f"{self.bab}.{self.no_tabel[self.bab]}"
        if md.lstrip().startswith("<table>"):  # render.tabel's HTML form: one <tr> per line
            baris = max(0, md.count("<tr>") - 1)
            kolom = next((ln.count("<th") for ln in md.split("\n") if "<th" in ln), 0)
        else:
            baris = max(0, sum(1 for ln in md.strip().split("\n") if ln.strip().startswith("|")) - 2)
            kolom = md.strip().split("\n")[0].count("|") - 1
        self.n.blok.append(Tabel(nomor, judul, self._jangkar(f"tabel-{_slug(nomor)}"), md, baris,
                                 lebar or kolom > 9))

    def gambar(self, isi_html: str, judul: str) -> str:
        self.no_gambar[self.bab] += 1
        nomor = f"{self.bab}.{self.no_gambar[self.bab]}"
        self.n.blok.append(Gambar(nomor, judul, self._jangkar(f"gambar-{_slug(nomor)}"), isi_html))
        return nomor

    def nomor_tabel_berikut(self, ke: int = 1) -> str:
        return f"{self.bab}.{self.no_tabel[self.bab] + ke}"

    def nomor_gambar_berikut(self) -> str:
        return f"{self.bab}.{self.no_gambar[self.bab] + 1}"


def _label_pk(pj: object, tahun: int) -> str:
    """Caption of a PK/RKT table: its signed title, or its kind, year and id; with the revision."""
    judul, jenis, pid, revisi = (getattr(pj, k) for k in ("judul", "jenis", "id", "revisi"))
    dasar = "Perjanjian Kinerja" if jenis == "pk" else "Rencana Kinerja Tahunan"
    label = sel(judul) if judul else f"{dasar} {tahun} ({sel(pid)})"
    sudah = judul is not None and "revisi" in judul.lower()
    return label + (f" (revisi ke-{revisi})" if revisi is not None and not sudah else "")


def _belum(nama: str) -> str:
    return f"*Uraian bagian ini belum ditulis oleh {sel(nama)}.*\n"


@dataclass
class _Bab:
    """One chapter of lkj.md: its intro text and its ``###`` sections."""

    judul: str
    baris: int
    pembuka: str = ""
    bagian: list[Bagian] = field(default_factory=list)

    def ambil(self, *kata: str) -> list[Bagian]:
        """Take out (and return) the sections whose title contains any of ``kata``."""
        cocok = [b for b in self.bagian if b.judul and any(k in _kunci(b.judul) for k in kata)]
        self.bagian = [b for b in self.bagian if b not in cocok]
        return cocok


_BAB_DIKENAL = (
    ("pengantar", ("kata pengantar",)),
    ("ikhtisar", ("ikhtisar", "ringkasan eksekutif")),
    ("1", ("pendahuluan",)),
    ("2", ("perencanaan kinerja", "perencanaan")),
    ("3", ("akuntabilitas kinerja", "akuntabilitas")),
    ("4", ("penutup",)),
    ("lampiran", ("lampiran",)),
)


def _baca_lkj(satker: Satker, tahun: int, peringatan: list[Peringatan]) -> tuple[dict[str, _Bab], list[_Bab]]:
    """The chapters of ``<tahun>/lkj.md`` by key, and the unknown ones in order."""
    th = satker.tahun.get(tahun)
    b = th.lkj if th else None
    if b is None:
        return {}, []
    dikenal: dict[str, _Bab] = {}
    lain: list[_Bab] = []
    for bag in bagi(b.body, 2, b.body_baris):
        if bag.judul is None:
            if _isi(bag.isi):
                peringatan.append(Peringatan(b.path, bag.baris, "teks sebelum bab pertama tidak masuk laporan "
                                                               "(tulis di bawah judul bab, mis. '## Kata Pengantar')"))
            continue
        pecah = bagi(bag.isi, 3, bag.baris + 1)
        bab = _Bab(bag.judul, bag.baris)
        for p in pecah:
            if p.judul is None:
                bab.pembuka = p.isi
            else:
                bab.bagian.append(p)
        kunci = _kunci(bag.judul)
        kode = next((k for k, kata in _BAB_DIKENAL if any(kunci.startswith(x) or kunci == x for x in kata)), None)
        if kode is None or kode in dikenal:
            peringatan.append(Peringatan(b.path, bag.baris, f"bab '{bag.judul}' tidak dikenal atau ganda; dimuat sebelum "
                                                           "Lampiran (judul yang dikenal: Kata Pengantar, Ikhtisar "
                                                           "Eksekutif, BAB I Pendahuluan, BAB II Perencanaan Kinerja, "
                                                           "BAB III Akuntabilitas Kinerja, BAB IV Penutup)"))
            lain.append(bab)
        else:
            dikenal[kode] = bab
    return dikenal, lain


def _bagian_body(berkas: Berkas | None) -> list[Bagian]:  # type: ignore[type-arg]
    """A data file's body split at its highest heading level, neutralised (``aman.netralkan``):
    its image paths made relative to the year folder, where the LKj page is."""
    if berkas is None or not _isi(berkas.body):
        return []
    body = netralkan(berkas.body, "" if PurePosixPath(berkas.path).parent.name.isdigit() else "../")
    t = tingkat_teratas(body)
    if t is None:
        return [Bagian(None, body, berkas.body_baris)]
    return bagi(body, t, berkas.body_baris)


def _md_bagian(bag: Bagian, tingkat: int) -> str:
    """A body piece with its own title kept as a heading at ``tingkat``."""
    kepala = f"{'#' * tingkat} {bag.judul}\n\n" if bag.judul else ""
    return kepala + geser_judul(bag.isi, tingkat + 1)


def _pilah(bagian: list[Bagian], aturan: Sequence[tuple[str, Sequence[str]]], lain: str) -> dict[str, list[Bagian]]:
    hasil: dict[str, list[Bagian]] = {k: [] for k, _ in aturan}
    hasil.setdefault(lain, [])
    for b in bagian:
        kunci = _kunci(b.judul or "")
        tujuan = next((k for k, kata in aturan if any(x in kunci for x in kata)), lain)
        hasil[tujuan].append(b)
    return hasil


def dokumen_resmi(satker: Satker, tahun: int) -> Dokumen | None:
    """The officially signed scan of the year's LKj listed in profil.dokumen, if any (and publishable)."""
    if satker.profil is None:
        return None
    for d in satker.profil.data.dokumen:
        if (d.jenis == "lkj" and d.tahun == tahun and d.resmi and d.berkas and d.kategori != "dikecualikan"
                and _berkas_dalam(satker, d.berkas) is not None):
            return d
    return None


def _berkas_dalam(satker: Satker, berkas: str) -> Path | None:
    """The document file inside the satker folder, when it may be published (``dip.berkas_aman``)."""
    from ..site.dip import berkas_aman  # dip imports this module

    return berkas_aman(satker, berkas)


def uri_resmi(sid: str, d: Dokumen) -> str:
    """Site path of a published document: ``satker/<id>/<berkas>`` (the DIP publishes it at the same place)."""
    return f"satker/{sid}/" + str(PurePosixPath((d.berkas or "").replace("\\", "/")))


def berkas_resmi(situs: Situs) -> list[tuple[str, Path]]:
    """(site uri, source file) of every officially signed LKj scan, published beside the year's pages."""
    hasil = []
    for s in situs.satker():
        for t in sorted(s.tahun):
            d = dokumen_resmi(s, t)
            src = _berkas_dalam(s, d.berkas) if d is not None and d.berkas else None
            if d is not None and src is not None and src.is_file():
                hasil.append((uri_resmi(s.id, d), src))
    return hasil


def uri_pdf(sid: str, tahun: int) -> str:
    return f"satker/{sid}/{tahun}/{nama_pdf(sid, tahun)}"


def _tanda_tangan(satker: Satker, tahun: int, h: HasilTahun) -> TandaTangan:
    th = satker.tahun.get(tahun)
    lkj = th.lkj.data if th and th.lkj else None
    pk = next((hp.perjanjian for hp in h.perjanjian if hp.perjanjian.jenis == "pk"), None)
    pihak: Pihak | None = lkj.penandatangan if lkj else None
    sumber = "lkj.md"
    if pihak is None and pk is not None:
        pihak, sumber = pk.pihak_pertama, "pk.md"
    tempat = (lkj.tempat if lkj else None) or (pk.tempat if pk else None)
    tgl = tanggal(lkj.tanggal) if lkj and lkj.tanggal else None
    return TandaTangan(tempat, tgl, pihak.jabatan if pihak else None, pihak.nama if pihak else None,
                       pihak.nip if pihak else None, sumber)


# ---------------------------------------------------------------- figures (SVG from data, escaped)

def _svg_teks(x: int, y: int, teks: str, **attr: str) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{html.escape(v)}"' for k, v in attr.items())
    return f'<text x="{x}" y="{y}"{extra}>{html.escape(teks, quote=False)}</text>'


BATANG_PER_BAGIAN = 30  # bars in one SVG of the capaian chart: one part fits an A4 page (about 21 cm high)


def grafik_capaian(h: HasilTahun) -> str | None:
    """Horizontal bars: each indicator's capaian (capped value when a cap is set), with the 100 % line.

    More than ``BATANG_PER_BAGIAN`` bars come as several SVG parts of the same scale, one under the
    other (each with its 100 % line and axis): the printed figure then breaks between two parts
    instead of slicing one drawing through a bar at the foot of a page.
    """
    data = [(c.indikator.id, c.capaian_dibatasi) for c in h.indikator.values() if c.capaian_dibatasi is not None]
    if not data:
        return None
    puncak = max(Decimal(120), *(v for _, v in data))
    skala = int(-(-puncak // 20) * 20)  # axis maximum: next multiple of 20 %
    lebar, kiri, tinggi_bar, jarak = 640, 90, 18, 8
    panjang = lebar - kiri - 60
    x100 = kiri + panjang * 100 // skala
    bagian = -(-len(data) // BATANG_PER_BAGIAN)
    per = -(-len(data) // bagian)  # parts of equal size
    out = []
    for mulai in range(0, len(data), per):
        potong = data[mulai:mulai + per]
        tinggi = 30 + len(potong) * (tinggi_bar + jarak) + 20
        label = "Grafik batang capaian setiap indikator" + (
            f" (bagian {mulai // per + 1} dari {bagian})" if bagian > 1 else "") + "; nilainya ada pada tabel capaian"
        out += [f'<svg class="lkj-grafik" viewBox="0 0 {lebar} {tinggi}" width="100%" role="img" '
                f'aria-label="{label}" '
                f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
                f'<line x1="{x100}" y1="14" x2="{x100}" y2="{tinggi - 16}" stroke="#555" stroke-dasharray="4 3"/>'
                + _svg_teks(x100, 11, "100 %", text_anchor="middle", fill="#333")]
        for i, (kode, v) in enumerate(potong):
            y = 24 + i * (tinggi_bar + jarak)
            w = max(0, int(panjang * min(v, Decimal(skala)) / skala))
            out.append(f'<g data-kode="{html.escape(kode)}">' + _svg_teks(kiri - 6, y + 13, kode, text_anchor="end")
                       + f'<rect x="{kiri}" y="{y}" width="{w}" height="{tinggi_bar}" fill="#b71c1c"/>'
                       + _svg_teks(kiri + w + 4, y + 13, persen(v)) + "</g>")
        out.append(_svg_teks(kiri, tinggi - 2, f"0 %–{skala} %", fill="#555") + "</svg>")
    return "\n".join(out)


def grafik_anggaran(h: HasilTahun) -> str | None:
    """Pagu beside realisasi per program (integer Rupiah scaled with integer arithmetic)."""
    a = h.anggaran
    if a is None:
        return None
    baris = [b for b in a.program if b.jenis == "program" and b.pagu] or [b for b in a.belanja if b.pagu]
    if not baris:
        return None
    puncak = max(b.pagu or 0 for b in baris)
    lebar, kiri = 640, 10
    panjang = lebar - kiri - 215  # room right of the longest bar for "Rp 60.541.301.933 (100,00 %)"
    tinggi = 24 + len(baris) * 62
    out = [f'<svg class="lkj-grafik" viewBox="0 0 {lebar} {tinggi}" width="100%" role="img" '
           'aria-label="Grafik batang pagu dan realisasi anggaran; nilainya ada pada tabel realisasi anggaran" '
           f'xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="12">',
           f'<rect x="{kiri}" y="4" width="12" height="10" fill="#9e9e9e"/>' + _svg_teks(kiri + 16, 13, "Pagu")
           + f'<rect x="{kiri + 70}" y="4" width="12" height="10" fill="#b71c1c"/>' + _svg_teks(kiri + 86, 13, "Realisasi")]
    for i, b in enumerate(baris):
        y = 24 + i * 62
        wp = panjang * (b.pagu or 0) // puncak
        wr = panjang * (b.realisasi or 0) // puncak if b.realisasi is not None else 0
        out.append(f'<g data-kode="{html.escape(b.kode)}">' + _svg_teks(kiri, y + 12, f"{b.kode} {b.nama}")
                   + f'<rect x="{kiri}" y="{y + 17}" width="{wp}" height="14" fill="#9e9e9e"/>'
                   + _svg_teks(kiri + wp + 4, y + 29, rupiah(b.pagu or 0))
                   + f'<rect x="{kiri}" y="{y + 34}" width="{wr}" height="14" fill="#b71c1c"/>'
                   + _svg_teks(kiri + wr + 4, y + 46, rupiah(b.realisasi) + f" ({persen(b.serapan)})"
                               if b.realisasi is not None else "realisasi belum tercatat") + "</g>")
    out.append("</svg>")
    return "\n".join(out)


def bagan_organisasi(satker: Satker) -> str | None:
    """A simple organisation chart from profil.pejabat and unit_kerja (HTML boxes, escaped)."""
    if satker.profil is None or not satker.profil.data.pejabat:
        return None
    p = satker.profil.data

    def e(teks: str) -> str:
        return html.escape(teks, quote=False)

    ketua = [x for x in p.pejabat if x.jabatan.lower().startswith("ketua")]
    anggota = [x for x in p.pejabat if x.jabatan.lower().startswith("anggota")]
    sekretaris = [x for x in p.pejabat if x.jabatan.lower().startswith("sekretaris")]
    lain = [x for x in p.pejabat if x not in ketua + anggota + sekretaris]

    def kotak(x: Pejabat, kelas: str = "") -> str:
        nama, jab, div = x.nama, x.jabatan, x.divisi
        return (f'<div class="lkj-kotak {kelas}"><b>{e(jab)}</b><br>{e(nama)}'
                + (f'<br><small>{e(div)}</small>' if div else "") + "</div>")

    baris = []
    if ketua:
        baris.append('<div class="lkj-bagan-baris">' + "".join(kotak(x, "utama") for x in ketua) + "</div>")
    if anggota:
        baris.append('<div class="lkj-bagan-baris">' + "".join(kotak(x) for x in anggota) + "</div>")
    if sekretaris:
        baris.append('<div class="lkj-bagan-baris">' + "".join(kotak(x, "utama") for x in sekretaris) + "</div>")
    bawah = [kotak(x) for x in lain] + [f'<div class="lkj-kotak"><b>{e(u)}</b></div>' for u in p.unit_kerja]
    if bawah:
        baris.append('<div class="lkj-bagan-baris">' + "".join(bawah) + "</div>")
    return '<div class="lkj-bagan">' + "\n".join(baris) + "</div>"


# ---------------------------------------------------------------- generated sentences

def _kalimat_indikator(c: CapaianIndikator) -> str:
    ind = c.indikator
    target = render.nilai(c.target.nilai if c.target else None, ind.satuan)
    real = render.nilai(c.nilai_realisasi, ind.satuan)
    if c.tercapai is not None:
        hasil = "tercapai" if c.tercapai else "tidak tercapai"
        s = f"Target {target}, realisasi {real}: {hasil}."
    elif c.capaian is not None:
        kat = f" ({sel(c.kategori.nama)})" if c.kategori else ""
        s = f"Target {target}, realisasi {real}, capaian {persen(c.capaian)}{kat}."
    else:
        s = f"Target {target}, realisasi {real}; capaian tidak dihitung: {sel(alasan(c))}."
    if c.riwayat:
        s += " Realisasi tahun sebelumnya: " + "; ".join(
            f"{t}: {render.nilai(v, ind.satuan)}" for t, v, _ in c.riwayat) + "."
    if c.target_akhir is not None:
        s += f" Target akhir Renstra ({c.tahun_akhir}): {render.nilai(c.target_akhir, ind.satuan)}"
        s += f", capaian terhadapnya {persen(c.progres_akhir)}." if c.progres_akhir is not None else "."
    return s + "\n"


def _kalimat_sasaran(k: KelompokSasaran) -> str:
    n = len(k.indikator)
    s = f"Sasaran ini diukur dengan {_jumlah(n, 'indikator')}"
    if k.rata_rata is not None:
        s += f"; rata-rata capaiannya {persen(k.rata_rata)}" + (f" ({sel(k.kategori.nama)})" if k.kategori else "")
    return s + ".\n"


def _jumlah(n: int, benda: str) -> str:
    return jumlah_kata(n, benda)


# ---------------------------------------------------------------- the LKj

def susun_lkj(situs: Situs, sid: str, tahun: int) -> NaskahLkj:
    """Compose the year's LKj of satker ``sid`` from its data and narrative."""
    s = situs.data.satker[sid]
    h = situs.hasil(sid, tahun)
    th = s.tahun[tahun]
    r = renstra_untuk(s, tahun)
    p = s.profil.data if s.profil else None
    lkjb = th.lkj
    judul = (lkjb.data.judul if lkjb and lkjb.data.judul else None) or f"Laporan Kinerja {s.nama} Tahun {tahun}"
    n = NaskahLkj(sid, s.nama, tahun, judul, (r.data.mulai, r.data.selesai) if r else None,
                  p.nama_sekretariat if p else None,
                  " ".join(x for x in (p.alamat, p.kode_pos) if x) if p and p.alamat else None,
                  resmi=dokumen_resmi(s, tahun), folder=s.folder / str(tahun))
    bab, bab_lain = _baca_lkj(s, tahun, n.peringatan)
    z = _Penyusun(n)
    nama = s.nama

    def bab_narasi(kode: str) -> _Bab:
        return bab.get(kode) or _Bab("", 0)

    def tulis(bag: Iterable[Bagian], tingkat: int = 4, judul_sendiri: bool = True) -> bool:
        ada = False
        for b in bag:
            if _isi(b.isi) or b.judul:
                sama = b.judul is not None and _kunci(b.judul) == _kunci(z.bagian_sekarang)
                z.narasi(_md_bagian(b, tingkat) if judul_sendiri and not sama else b.isi, tingkat)
                ada = True
        return ada

    def bagian_narasi(b: _Bab, judul_bagian: str, kata: Sequence[str], tambahan: Sequence[Bagian] = (),
                      wajib: bool = True) -> None:
        """A lettered section: the lkj.md section of that name, else the data body pieces, else the placeholder."""
        z.bagian(judul_bagian)
        milik = b.ambil(*kata)
        ada = tulis(milik, 4, judul_sendiri=False)
        ada = tulis(tambahan, 4) or ada
        if not ada and wajib:
            z.teks(_belum(nama))

    def bab_tanpa_bagian(kode: str) -> None:
        """An unlettered chapter (Kata Pengantar, Ikhtisar): its lkj.md text, else the placeholder."""
        b = bab_narasi(kode)
        if _isi(b.pembuka) or b.bagian:
            z.narasi(b.pembuka, 3)
            tulis(b.bagian, 3)
        else:
            z.teks(_belum(nama))

    def bagian_sisa(b: _Bab) -> None:
        """Sections of a chapter the report has but the structure does not name: kept, in order."""
        while b.bagian:
            extra = b.bagian.pop(0)
            z.bagian(teks_aman(extra.judul or ""))
            z.narasi(extra.isi, 4)

    # -- Kata Pengantar
    z.bab_baru("0", "Kata Pengantar", "kata-pengantar")
    bab_tanpa_bagian("pengantar")
    n.blok.append(_tanda_tangan(s, tahun, h))

    # -- the three lists
    n.blok.append(Judul(1, "Daftar Isi", z._jangkar("daftar-isi"), daftar_isi=False, halaman_baru=True))
    n.blok.append(DaftarIsi("isi"))
    n.blok.append(Judul(1, "Daftar Tabel", z._jangkar("daftar-tabel"), daftar_isi=False, halaman_baru=True))
    n.blok.append(DaftarIsi("tabel"))
    n.blok.append(Judul(1, "Daftar Gambar", z._jangkar("daftar-gambar"), daftar_isi=False))
    n.blok.append(DaftarIsi("gambar"))

    # -- Ikhtisar Eksekutif
    z.bab_baru("E", "Ikhtisar Eksekutif", "ikhtisar-eksekutif")
    z.teks(ringkasan_tahun(h))
    bab_tanpa_bagian("ikhtisar")

    # -- BAB I Pendahuluan
    b1 = bab_narasi("1")
    z.bab_baru("1", "BAB I Pendahuluan", "bab-1")
    z.narasi(b1.pembuka, 3)
    profil = _pilah(_bagian_body(s.profil), (
        ("struktur", ("struktur", "bagan", "anggota", "sekretariat", "organisasi")),
        ("sdm", ("sumber daya", "sdm", "pegawai", "sarana")),
    ), "tugas")
    bagian_narasi(b1, "Latar Belakang", ("latar belakang",))
    bagian_narasi(b1, "Tugas dan Fungsi", ("tugas", "fungsi", "kedudukan", "wewenang"), profil["tugas"])
    bagian_narasi(b1, "Struktur Organisasi", ("struktur", "organisasi"), profil["struktur"])
    if p is not None and (p.pejabat or p.unit_kerja):
        sekretariat = sel(p.nama_sekretariat) if p.nama_sekretariat else "sekretariat"
        kal = (f"{sel(nama)} terdiri atas komisioner (ketua dan anggota) dan {sekretariat} yang dipimpin sekretaris"
               + (f" dengan {_jumlah(len(p.unit_kerja), 'unit kerja')}: " + ", ".join(sel(u) for u in p.unit_kerja)
                  if p.unit_kerja else "") + ".")
        bagan = bagan_organisasi(s)
        rujuk = [f"Gambar\u00a0{z.nomor_gambar_berikut()}"] if bagan else []
        if p.pejabat:
            rujuk.append(f"Tabel\u00a0{z.nomor_tabel_berikut()}")
            kal += (f" Pejabat yang tercatat dalam data ({_jumlah(len(p.pejabat), 'orang')}) disajikan pada "
                    + " dan ".join(rujuk) + ".")
        z.teks(kal + "\n")
        if bagan:
            z.gambar(bagan, f"Struktur organisasi {sel(nama)}")
        if p.pejabat:
            z.tabel(render.tabel_pejabat(s), f"Pejabat {sel(nama)}")
    bagian_narasi(b1, "Sumber Daya Manusia", ("sumber daya", "sdm"), profil["sdm"],
                  wajib=not (p and (p.sdm or p.badan_adhoc or p.sarana)))
    if p is not None:
        if p.sdm:
            satuan = {j.satuan for j in p.sdm}
            total = angka(sum(j.jumlah for j in p.sdm)) + (f" {sel(satuan.pop())}" if len(satuan) == 1 and None not in satuan else "")
            z.teks(f"Sumber daya manusia {sel(nama)} berjumlah {total} dalam {_jumlah(len(p.sdm), 'kelompok')}, "
                   f"dirinci pada Tabel\u00a0{z.nomor_tabel_berikut()}.\n")
            z.tabel(render.tabel_jumlah(p.sdm), f"Sumber daya manusia {sel(nama)}")
        if p.badan_adhoc:
            z.tabel(render.tabel_jumlah(p.badan_adhoc), "Badan ad hoc")
        if p.sarana:
            z.tabel(render.tabel_jumlah(p.sarana), "Sarana dan prasarana")
    for extra in [x for x in b1.bagian if x.judul and "sistematika" not in _kunci(x.judul)]:
        b1.bagian.remove(extra)
        z.bagian(teks_aman(extra.judul or ""))
        z.narasi(extra.isi, 4)
    bagian_narasi(b1, "Sistematika Penyajian", ("sistematika",))

    # -- BAB II Perencanaan Kinerja
    b2 = bab_narasi("2")
    z.bab_baru("2", "BAB II Perencanaan Kinerja", "bab-2")
    z.narasi(b2.pembuka, 3)
    z.bagian("Rencana Strategis")
    tulis(b2.ambil("rencana strategis", "renstra"), 4, judul_sendiri=False)
    if r is None:
        z.teks(f"Belum ada Rencana Strategis {sel(nama)} yang mencakup tahun {tahun}.\n")
    else:
        d = r.data
        z.teks(f"Rencana Strategis {sel(nama)} periode {d.mulai}–{d.selesai}"
               + (f" ditetapkan dengan {sel(d.dasar)}" if d.dasar else "") + ".\n")
        if d.visi:
            z.teks(f"**Visi:** {sel(d.visi)}\n")
        if d.misi:
            z.teks("**Misi:**\n\n" + "\n".join(f"{i}. {sel(m)}" for i, m in enumerate(d.misi, 1)) + "\n")
        if d.tujuan:
            z.teks("**Tujuan:**\n\n" + "\n".join(f"- {sel(t.id)}: {sel(t.uraian)}" for t in d.tujuan) + "\n")
        n_ind = sum(len(x.indikator) for x in d.sasaran)
        n_iku = sum(1 for x in d.sasaran for i in x.indikator if i.iku)
        z.teks(f"Renstra menetapkan {_jumlah(len(d.sasaran), 'sasaran')} dengan {_jumlah(n_ind, 'indikator')} "
               f"({n_iku} di antaranya Indikator Kinerja Utama); targetnya per tahun disajikan pada "
               f"Tabel\u00a0{z.nomor_tabel_berikut()} dan definisinya pada Tabel\u00a0{z.nomor_tabel_berikut(2)}.\n")
        z.tabel(render.tabel_renstra(d), f"Sasaran, indikator dan target Renstra {d.mulai}–{d.selesai}")
        z.tabel(render.tabel_indikator(d), "Definisi indikator kinerja")
        tulis(_bagian_body(r), 4)
    pk_body = _pilah(_bagian_body(th.pk), (("rkt", ("rencana kinerja",)),), "pk")
    rkt = [hp for hp in h.perjanjian if hp.perjanjian.jenis == "rkt"]
    pks = [hp for hp in h.perjanjian if hp.perjanjian.jenis == "pk"]
    z.bagian("Rencana Kinerja Tahunan")
    ada = tulis(b2.ambil("rencana kinerja tahunan", "rkt"), 4, judul_sendiri=False)
    ada = tulis(pk_body["rkt"], 4) or ada
    for hp in rkt:
        pj = hp.perjanjian
        z.tabel_dari(render.tabel_pk(h, pj.id), [_label_pk(pj, tahun)])
    if not rkt:
        z.teks(f"Tidak ada Rencana Kinerja Tahunan tersendiri dalam data tahun {tahun}; target tahun ini "
               + ("mengikuti Perjanjian Kinerja.\n" if pks else "mengikuti Renstra.\n"))
    z.bagian("Perjanjian Kinerja")
    tulis(b2.ambil("perjanjian kinerja", "penetapan kinerja"), 4, judul_sendiri=False)
    tulis(pk_body["pk"], 4)
    if pks:
        z.teks(f"Tahun {tahun} {sel(nama)} menandatangani {_jumlah(len(pks), 'Perjanjian Kinerja')} "
               f"dengan {_jumlah(sum(len(hp.perjanjian.baris) for hp in pks), 'indikator')}.\n")
    else:
        z.teks(f"Belum ada Perjanjian Kinerja tahun {tahun} dalam data.\n")
    for hp in pks:
        pj = hp.perjanjian
        label = _label_pk(pj, tahun)
        z.tabel_dari(render.tabel_pk(h, pj.id), [label, f"Anggaran dalam {label}"])
    bagian_sisa(b2)

    # -- BAB III Akuntabilitas Kinerja
    b3 = bab_narasi("3")
    z.bab_baru("3", "BAB III Akuntabilitas Kinerja", "bab-3")
    z.narasi(b3.pembuka, 3)
    real_body = _pilah(_bagian_body(th.realisasi), (
        ("lainnya", ("lainnya", "penghargaan", "prestasi")),
        ("analisis", ("analisis",)),
    ), "capaian")
    z.bagian("Capaian Kinerja Organisasi")
    tulis(b3.ambil("capaian kinerja organisasi", "pengukuran"), 4, judul_sendiri=False)
    g = grafik_capaian(h)
    # several PKs covering every indicator: one capaian table per PK instead of one for all sasaran
    di_pk = {c.indikator.id for hp in pks for k in hp.sasaran for c in k.indikator}
    per_pk = len(pks) > 1 and set(h.indikator) <= di_pk
    if h.indikator:
        no_iku = z.nomor_tabel_berikut() if h.iku is not None else None
        ke = 2 if h.iku is not None else 1
        no_sas = z.nomor_tabel_berikut(ke) if h.sasaran and not per_pk else None
        no_pk = (f"{z.nomor_tabel_berikut(ke)}–{z.nomor_tabel_berikut(ke + sum(1 for hp in pks if hp.sasaran) - 1)}"
                 if per_pk else None)
        rujuk_tabel = " dan ".join(x for x in (f"Tabel\u00a0{no_iku} (Indikator Kinerja Utama)" if no_iku else "",
                                         f"Tabel\u00a0{no_sas} (per sasaran)" if no_sas else "",
                                         f"Tabel\u00a0{no_pk} (per Perjanjian Kinerja)" if no_pk else "") if x)
        z.teks(f"Pengukuran kinerja tahun {tahun} mencakup {_jumlah(len(h.indikator), 'indikator')} pada "
               f"{_jumlah(len(h.sasaran), 'sasaran')}; ringkasannya ada di Ikhtisar Eksekutif"
               + (f", capaian setiap indikator pada {rujuk_tabel}" if rujuk_tabel else "")
               + (f", dan grafiknya pada Gambar\u00a0{z.nomor_gambar_berikut()}" if g else "") + ".\n")
        if h.iku is not None:
            z.tabel_dari(render.tabel_capaian(h, [h.iku], judul_kelompok=False),
                         [f"Capaian Indikator Kinerja Utama tahun {tahun}"])
        if h.sasaran and not per_pk:
            z.tabel_dari(render.tabel_capaian(h, h.sasaran), [f"Capaian kinerja per sasaran tahun {tahun}"])
        if per_pk:
            for hp in pks:
                if hp.sasaran:
                    z.tabel_dari(render.tabel_capaian(h, hp.sasaran),
                                 [f"Capaian {sel(hp.perjanjian.judul or hp.perjanjian.id)}"])
        if g:
            z.gambar(g, f"Capaian indikator kinerja tahun {tahun}"
                     + (f" (dibatasi paling tinggi {angka(h.pengaturan.batas_capaian)} %)" if h.pengaturan.batas_capaian else ""))
    else:
        z.teks(f"Belum ada indikator kinerja {sel(nama)} dengan target tahun {tahun}.\n")
    tulis(real_body["capaian"], 4)

    z.bagian("Analisis Capaian per Sasaran dan Indikator")
    tulis(b3.ambil("analisis"), 4, judul_sendiri=False)
    tulis(real_body["analisis"], 4)
    for k in h.sasaran:
        sas = k.sasaran
        if sas is None:
            continue
        z.sub(3, f"Sasaran {sel(sas.id)}: {sel(sas.uraian)}", f"sasaran-{sas.id}")
        z.teks(_kalimat_sasaran(k))
        for c in k.indikator:
            ind = c.indikator
            z.sub(4, f"{sel(ind.id)} {sel(ind.nama)}" + (" (IKU)" if ind.iku else ""), f"indikator-{ind.id}")
            z.teks(_kalimat_indikator(c))
            analisis = c.realisasi.analisis if c.realisasi is not None else None
            if _isi(analisis):
                z.teks(netralkan(analisis or "").strip() + "\n")
            else:
                z.teks("*Analisis capaian indikator ini belum ditulis.*\n")

    z.bagian("Perbandingan dengan Tahun Sebelumnya dan Target Akhir Renstra")
    tulis(b3.ambil("perbandingan"), 4, judul_sendiri=False)
    if any(c.riwayat or c.target_akhir is not None for c in h.indikator.values()):
        lalu = sorted({t for c in h.indikator.values() for t, _, _ in c.riwayat})
        z.teks(f"Tabel\u00a0{z.nomor_tabel_berikut()} membandingkan realisasi tahun {tahun} dengan "
               + (f"realisasi tahun {', '.join(str(t) for t in lalu)} dan dengan " if lalu else "")
               + "target akhir Renstra.\n")
        z.tabel_dari(render.tabel_perbandingan(h), [f"Realisasi {tahun} dibanding tahun sebelumnya dan target akhir Renstra"])
    else:
        z.teks("Belum ada data tahun sebelumnya atau target akhir Renstra untuk dibandingkan.\n")

    z.bagian("Realisasi Anggaran")
    tulis(b3.ambil("anggaran"), 4, judul_sendiri=False)
    a = h.anggaran
    if a is None or th.anggaran is None:
        z.teks(f"Belum ada data anggaran tahun {tahun}.\n")
    else:
        da = th.anggaran.data
        if a.pagu is not None:
            kal = f"Pagu anggaran {sel(nama)} tahun {tahun} sebesar {rupiah(a.pagu)}"
            if a.realisasi is not None:
                kal += (f", terealisasi {rupiah(a.realisasi)} (serapan {persen(a.total.serapan)}), "
                        f"sisa {rupiah(a.total.sisa or 0)}")
            z.teks(kal + ".\n")
        if da.program:
            z.tabel_dari(render.tabel_anggaran(h), [f"Realisasi anggaran per program, kegiatan dan rincian output tahun {tahun}"])
        if da.belanja:
            z.tabel_dari(render.tabel_belanja(h), [f"Realisasi anggaran per jenis belanja tahun {tahun}"])
        if not da.program and not da.belanja:
            z.tabel_dari(render.tabel_anggaran(h), [f"Realisasi anggaran tahun {tahun}"])
        ga = grafik_anggaran(h)
        if ga:
            z.gambar(ga, f"Pagu dan realisasi anggaran tahun {tahun}")
        if da.revisi:
            z.tabel_dari(render.tabel_revisi(s, tahun), [f"Riwayat revisi DIPA tahun {tahun}"])
        lalu_a = [(t, x) for t in sorted(s.tahun) if t <= tahun
                  for x in [situs.hasil(sid, t).anggaran] if x is not None and x.pagu is not None]
        if len(lalu_a) > 1:
            rows = [[str(t), rupiah(x.pagu or 0), rupiah(x.realisasi) if x.realisasi is not None else "–",
                     persen(x.total.serapan)] for t, x in lalu_a]
            z.tabel(render.tabel(["Tahun", "Pagu", "Realisasi", "Serapan"], rows, "lrrr"),
                    "Pagu dan realisasi anggaran per tahun")
        if da.nka is not None:
            nk = da.nka
            z.teks(f"Nilai Kinerja Anggaran: {render.nilai(nk.nilai)} (predikat {sel(nk.predikat)})"
                   + (f", sumber: {sel(nk.sumber)}" if nk.sumber else "")
                   + (f", per {tanggal(nk.tanggal)}" if nk.tanggal else "") + ".\n")
    tulis(_bagian_body(th.anggaran), 4)

    z.bagian("Capaian Kinerja Lainnya")
    ada = tulis(b3.ambil("lainnya", "penghargaan", "prestasi"), 4, judul_sendiri=False)
    ada = tulis(real_body["lainnya"], 4) or ada
    if th.realisasi is not None and th.realisasi.data.penghargaan:
        z.tabel_dari(render.tabel_penghargaan(s, tahun), [f"Penghargaan tahun {tahun}"])
    elif not ada:
        z.teks(f"Tidak ada penghargaan yang dicatat untuk tahun {tahun}.\n")
    bagian_sisa(b3)

    # -- BAB IV Penutup
    b4 = bab_narasi("4")
    z.bab_baru("4", "BAB IV Penutup", "bab-4")
    z.narasi(b4.pembuka, 3)
    bagian_narasi(b4, "Kesimpulan", ("kesimpulan", "simpulan"))
    bagian_narasi(b4, "Rencana Tindak Lanjut", ("tindak lanjut",))
    bagian_sisa(b4)

    # -- chapters of lkj.md with unknown titles, kept rather than lost
    for i, x in enumerate(bab_lain, 1):
        z.bab_baru(f"T{i}", teks_aman(x.judul), f"tambahan-{i}")
        z.narasi(x.pembuka, 3)
        for bag in x.bagian:
            z.bagian(teks_aman(bag.judul or ""))
            z.narasi(bag.isi, 4)

    # -- Lampiran
    lp = bab_narasi("lampiran")
    z.bab_baru("L", "Lampiran", "lampiran")
    z.narasi(lp.pembuka, 3)
    z.bagian("Perjanjian Kinerja")
    if pks:
        for hp in pks:
            pj = hp.perjanjian
            label = _label_pk(pj, tahun)
            z.tabel_dari(render.tabel_pk(h, pj.id), [label, f"Anggaran dalam {label}"])
    else:
        z.teks(f"Belum ada Perjanjian Kinerja tahun {tahun} dalam data.\n")
    z.bagian("Rencana Kinerja Tahunan")
    if rkt:
        for hp in rkt:
            z.tabel_dari(render.tabel_pk(h, hp.perjanjian.id), [_label_pk(hp.perjanjian, tahun)])
    else:
        z.teks(f"Tidak ada Rencana Kinerja Tahunan tersendiri dalam data tahun {tahun}.\n")
    z.bagian("Rencana Aksi")
    if any(hp.perjanjian.rencana_aksi for hp in h.perjanjian):
        z.tabel_dari(render.tabel_rencana_aksi(h), [], lebar=True)
    else:
        z.teks(f"Tidak ada rencana aksi bulanan dalam data tahun {tahun}.\n")
    for extra in lp.bagian:
        z.bagian(teks_aman(extra.judul or ""))
        z.narasi(extra.isi, 4)

    n.peringatan.extend(periksa_naskah(situs, sid, tahun, n))
    return n


# ---------------------------------------------------------------- the narrative check

_TAHUN = re.compile(r"(?<![\d/.,-])(19[4-9]\d|20\d\d)(?![\d/])")
_DIKECUALIKAN = re.compile(
    r"(?:Nomor|No\.)\s*[\w./-]+\s+Tahun\s+(19|20)\d\d"  # regulation citations
    r"|Tahun\s+(19|20)\d\d\s+tentang"
    r"|(?:UUD|Undang-Undang Dasar)[^\n\d]{0,60}1945"
    r"|Lembaran Negara[^\n\d]{0,40}Tahun\s+(19|20)\d\d"
    r"|\d{1,2}\s+(?:" + "|".join(BULAN) + r")\s+(19|20)\d\d",  # dates (letters, decrees)
    re.IGNORECASE)
_RENTANG = re.compile(r"\b((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\b")
_KLAIM = re.compile(r"\b(\d{1,4})\s*\(\s*([A-Za-z][A-Za-z ]*?)\s*\)\s*(indikator|sasaran)\b", re.IGNORECASE)
_RUJUKAN = re.compile(r"\b(Tabel|Gambar)\s+((?:\d+|[A-Z])\.\d+)\b")


def _teks_narasi(situs: Situs, sid: str, tahun: int) -> list[tuple[str, int, str]]:
    """(path, first line, text) of every narrative that goes into the LKj."""
    s = situs.data.satker[sid]
    th = s.tahun[tahun]
    out: list[tuple[str, int, str]] = []
    r = renstra_untuk(s, tahun)
    for b in (th.lkj, s.profil, r, th.pk, th.realisasi, th.anggaran):
        if b is not None and _isi(b.body):
            out.append((b.path, b.body_baris, b.body))
    if th.realisasi is not None:
        for x in th.realisasi.data.realisasi:
            if x.analisis:
                out.append((x.path, x.line("analisis") + 1, x.analisis))
    return out


def periksa_naskah(situs: Situs, sid: str, tahun: int, naskah: NaskahLkj | None = None) -> list[Peringatan]:
    """Narrative claims that disagree with the data: years outside the report's, counts, table references."""
    s = situs.data.satker[sid]
    h = situs.hasil(sid, tahun)
    r = renstra_untuk(s, tahun)
    boleh = {tahun, tahun + 1} | {t for t in s.tahun if t < tahun}
    if r is not None:
        boleh |= set(range(r.data.mulai, r.data.selesai + 1))
    boleh_teks = ", ".join(str(t) for t in sorted(boleh))
    ind_n, sas_n = _jumlah_sah(h)
    ada_nomor = {b.nomor for b in naskah.blok if isinstance(b, (Tabel, Gambar))} if naskah else None
    jenis_nomor = {(("Tabel" if isinstance(b, Tabel) else "Gambar"), b.nomor)
                   for b in naskah.blok if isinstance(b, (Tabel, Gambar))} if naskah else set()
    hasil: list[Peringatan] = []
    for path, awal, teks in _teks_narasi(situs, sid, tahun):
        bersih = hapus_komentar(teks)
        for no, line in enumerate(bersih.split("\n")):
            baris = awal + no
            abaikan: list[tuple[int, int]] = [m.span() for m in _DIKECUALIKAN.finditer(line)]
            for m in _RENTANG.finditer(line):
                a_, b_ = int(m.group(1)), int(m.group(2))
                if a_ <= tahun <= b_ or (a_ in boleh and b_ in boleh):
                    abaikan.append(m.span())
            for m in _TAHUN.finditer(line):
                if any(x <= m.start() < y for x, y in abaikan):
                    continue
                t = int(m.group(1))
                if t not in boleh:
                    hasil.append(Peringatan(path, baris, f"menyebut tahun {t} dalam “{_cuplik(line, m.start())}”; "
                                                         f"laporan tahun {tahun} biasanya hanya menyebut {boleh_teks} "
                                                         "(periksa apakah tahun ini benar)"))
            for m in _KLAIM.finditer(line):
                angka_, kata, benda = int(m.group(1)), m.group(2).lower(), m.group(3).lower()
                if angka_ <= 999_999 and bilangan_terbilang(angka_) != " ".join(kata.split()):
                    hasil.append(Peringatan(path, baris, f"“{m.group(0)}”: angka {angka_} dieja "
                                                         f"“{bilangan_terbilang(angka_)}”, bukan “{kata}”"))
                sah = ind_n if benda == "indikator" else sas_n
                if angka_ not in sah:
                    hasil.append(Peringatan(path, baris, f"“{m.group(0)}” tidak cocok dengan data tahun {tahun}: "
                                                         f"{_uraian_jumlah(h, benda)} (tulis jumlahnya lewat tabel "
                                                         "yang dihasilkan, atau perbaiki angkanya)"))
            if ada_nomor is not None and path.endswith("lkj.md"):
                for m in _RUJUKAN.finditer(line):
                    if (m.group(1), m.group(2)) not in jenis_nomor:
                        hasil.append(Peringatan(path, baris, f"merujuk “{m.group(0)}” yang tidak ada dalam LKj "
                                                             "yang dihasilkan (nomor tabel dan gambar diberikan "
                                                             "otomatis; lihat Daftar Tabel)"))
    return sorted(set(hasil), key=lambda p: (p.path, p.baris, p.pesan))


def _cuplik(line: str, pos: int) -> str:
    awal, akhir = max(0, pos - 30), min(len(line), pos + 30)
    return ("…" if awal else "") + line[awal:akhir].strip() + ("…" if akhir < len(line) else "")


def _jumlah_sah(h: HasilTahun) -> tuple[set[int], set[int]]:
    """Every count of indicators and of sasaran that the data gives (totals and parts)."""
    semua = list(h.indikator.values())
    ind = {len(semua), len([c for c in semua if c.nilai_realisasi is not None])}
    if h.iku is not None:
        ind.add(len(h.iku.indikator))
    ind |= set(Counter(c.kategori.nama for c in semua if c.kategori is not None).values())
    ind.add(len([c for c in semua if c.capaian is not None and c.capaian > 100]))
    sas = {len(h.sasaran), len({c.sasaran.id for c in semua})}
    for hp in h.perjanjian:
        ind.add(len(hp.perjanjian.baris))
        sas.add(len(hp.sasaran))
        for k in hp.sasaran:
            ind.add(len(k.indikator))
    for k in h.sasaran:
        ind.add(len(k.indikator))
    r = renstra_untuk(h.satker, h.tahun)
    if r is not None:
        sas.add(len(r.data.sasaran))
        ind.add(sum(len(x.indikator) for x in r.data.sasaran))
    return ind, sas


def _uraian_jumlah(h: HasilTahun, benda: str) -> str:
    if benda == "indikator":
        iku = len(h.iku.indikator) if h.iku else 0
        return f"ada {len(h.indikator)} indikator ({iku} IKU)"
    return f"ada {len(h.sasaran)} sasaran"


# ---------------------------------------------------------------- the web page

def _md_judul(j: Judul, dasar: int = 2) -> str:
    return f"{'#' * min(6, dasar + j.tingkat - 1)} {j.teks} {{#{j.jangkar}}}\n"


def _md_keterangan(jenis: str, nomor: str, judul: str, jangkar: str) -> str:
    return f"**{jenis} {nomor}** {judul}\n{{: #{jangkar} .lkj-keterangan }}\n"


def _md_daftar(n: NaskahLkj, jenis: str) -> str:
    if jenis == "isi":
        out = []
        for j in n.judul_bab():
            if j.tingkat <= 2:
                out.append("    " * (j.tingkat - 1) + f"- [{_polos(j.teks)}](#{j.jangkar})")
        return "\n".join(out) + "\n"
    daftar: Sequence[Tabel | Gambar] = n.tabel() if jenis == "tabel" else n.gambar()
    label = "Tabel" if jenis == "tabel" else "Gambar"
    if not daftar:
        return f"*Tidak ada {label.lower()} dalam laporan ini.*\n"
    return "\n".join(f"- [{label} {x.nomor} {_polos(x.judul)}](#{x.jangkar})" for x in daftar) + "\n"


def _md_tanda_tangan(t: TandaTangan) -> str:
    baris = []
    tempat = ", ".join(x for x in (sel(t.tempat) if t.tempat else "", t.tanggal or "") if x)
    if tempat:
        baris.append(tempat)
    if t.jabatan:
        baris.append(f"**{sel(t.jabatan)}**")
    baris.append(f"**{sel(t.nama)}**" if t.nama else "*(nama penandatangan belum diisi di lkj.md)*")
    if t.nip:
        baris.append(f"NIP {sel(t.nip)}")
    return "  \n".join(baris) + "\n{: .lkj-tanda-tangan }\n"


def markdown_lkj(n: NaskahLkj, dasar: int = 2) -> str:
    """The document as Markdown; chapters at heading level ``dasar``."""
    out: list[str] = []
    for b in n.blok:
        if isinstance(b, Judul):
            out.append(_md_judul(b, dasar))
        elif isinstance(b, Teks):
            out.append(b.markdown)
        elif isinstance(b, Tabel):
            out.append(_md_keterangan("Tabel", b.nomor, b.judul, b.jangkar) + "\n" + b.markdown)
        elif isinstance(b, Gambar):
            # focusable: on a phone the chart scrolls inside this box, and keyboard users must reach it
            out.append(f'<div class="lkj-gambar" id="{b.jangkar}" tabindex="0">\n{b.html}\n</div>\n\n'
                       f"**Gambar {b.nomor}** {b.judul}\n{{: .lkj-keterangan }}\n")
        elif isinstance(b, TandaTangan):
            out.append(_md_tanda_tangan(b))
        elif isinstance(b, DaftarIsi):
            out.append(_md_daftar(n, b.jenis))
    return "\n".join(out)


def _sampul_md(n: NaskahLkj) -> str:
    baris = ["**LAPORAN KINERJA**", f"**{sel(n.nama.upper())}**", f"**TAHUN {n.tahun}**"]
    if n.periode_renstra:
        baris.append(f"Rencana Strategis {n.periode_renstra[0]}–{n.periode_renstra[1]}")
    if n.judul and _polos(n.judul).lower() != f"laporan kinerja {n.nama} tahun {n.tahun}".lower():
        baris.insert(1, f"*{sel(n.judul)}*")
    return "  \n".join(baris) + "\n{: .lkj-sampul }\n"


def _unduhan(n: NaskahLkj, pdf: StatusPdf | None, ada_konsistensi: bool = False) -> str:
    baris = []
    nama_berkas = nama_pdf(n.satker_id, n.tahun)
    if pdf is not None and pdf.aktif:
        baris.append(f"- **Versi yang dihasilkan dari data** (PDF A4): [{nama_berkas}]({nama_berkas}). "
                     "Dibentuk otomatis dari data dan narasi di halaman ini; tidak bertanda tangan.")
    else:
        alasan = f" ({sel(pdf.alasan)})" if pdf is not None and pdf.alasan else ""
        baris.append(f"- **Versi yang dihasilkan dari data**: isi halaman ini. Versi PDF tidak tersedia pada "
                     f"build ini{alasan}.")
    if n.resmi is not None and n.resmi.berkas:
        nama_resmi = PurePosixPath(n.resmi.berkas.replace("\\", "/")).name
        tautan = posixpath.relpath(uri_resmi(n.satker_id, n.resmi), f"satker/{n.satker_id}/{n.tahun}")
        ket = ", ".join(x for x in (sel(n.resmi.tempat) if n.resmi.tempat else "",
                                    tanggal(n.resmi.tanggal) if n.resmi.tanggal else "") if x)
        baris.append(f"- **Dokumen resmi bertanda tangan**: [{sel(nama_resmi)}]({tautan.replace(' ', '%20')})"
                     + (f" ({ket})" if ket else "") + ". Pindaian dokumen yang ditandatangani dan diterbitkan "
                     "satker" + ("; bila angkanya berbeda dengan versi yang dihasilkan, lihat "
                                 "[Catatan konsistensi](konsistensi.md)." if ada_konsistensi else "."))
    else:
        baris.append("- **Dokumen resmi bertanda tangan**: belum diunggah (daftarkan di `profil.md` bagian "
                     f"`dokumen` dengan `jenis: lkj`, `tahun: {n.tahun}`, `resmi: true` dan `berkas`).")
    return "\n".join(baris) + "\n"


def _peringatan_md(daftar: Sequence[Peringatan]) -> str:
    if not daftar:
        return ""
    isi = "\n".join(f"    - `{sel(p.path)}:{p.baris}`: {sel(p.pesan)}" for p in daftar)
    return (f'!!! warning "Periksa naskah: {len(daftar)} catatan"\n'
            "    Narasi berikut menyebut tahun, jumlah atau nomor tabel yang tidak cocok dengan data. "
            "Catatan ini tidak menghentikan build dan tidak ikut dicetak.\n\n" + isi + "\n")


def halaman_lkj(situs: Situs, sid: str, tahun: int, pdf: StatusPdf | None = None) -> str:
    """The LKj web page: download links, narrative warnings, then the whole report."""
    from ..site.halaman import TANPA_PENCARIAN, _tautan_tahun

    n = susun_lkj(situs, sid, tahun)
    out = [TANPA_PENCARIAN + f"# Laporan Kinerja {tahun}: {sel(n.nama)}\n", _tautan_tahun(situs, sid, tahun, "lkj"),
           _unduhan(n, pdf, situs.ada_konsistensi(sid, tahun)), _peringatan_md(n.peringatan), "---\n", _sampul_md(n), markdown_lkj(n)]
    return "\n".join(x for x in out if x)

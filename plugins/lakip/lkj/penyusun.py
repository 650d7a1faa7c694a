"""The LKj composer's tools: the numbering composer, the chapters of ``lkj.md``, narrative pieces.

``_Penyusun`` collects the blocks and numbers tables and figures per chapter;
``_baca_lkj`` and ``_bagian_body`` split the narratives (neutralised, see
``render.aman``) into the chapters and sections the regulation names; ``_Konteks``
holds what every chapter function of ``susun`` needs. A section the satker has not
written shows a short visible placeholder sentence, never invented content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..compute.kinerja import HasilTahun
from ..compute.situs import Situs
from ..load.dokumen import berkas_aman
from ..model.katalog import renstra_untuk
from ..model.rekaman import Dokumen, Pihak
from ..model.satker import Berkas, Satker
from ..render.aman import netralkan, sel, teks_aman
from ..render.format import tanggal
from ..render.kalimat import jumlah_kata
from ..render.markdown import (
    Bagian,
    ada_isi,
    akhir_tabel,
    bagi,
    baris_di_luar_pagar,
    geser_judul,
    hapus_komentar,
    kunci_judul,
    polos,
    slug,
    tingkat_teratas,
)
from ..render.tabel import Isi, TabelData
from .naskah import HURUF, Gambar, Judul, Kosong, NaskahLkj, Peringatan, Tabel, TandaTangan, Teks

# ---------------------------------------------------------------- composing

def _tabel_per_baris(isi: Isi) -> dict[int, tuple[int, TabelData]]:
    """Line of the text where each table of ``isi`` starts -> (the line after it, the table)."""
    hasil: dict[int, tuple[int, TabelData]] = {}
    baris, awal_baris = 0, True
    for b in isi.bagian:
        teks = b if isinstance(b, str) else b.markdown()
        if isinstance(b, TabelData) and awal_baris:
            hasil[baris] = (baris + teks.count("\n"), b)  # a table's Markdown ends with its own newline
        baris += teks.count("\n")
        awal_baris = teks.endswith("\n") if teks else awal_baris
    return hasil


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
        self.bagian_sekarang = polos(teks)
        if berhuruf:
            label = HURUF[self.huruf % 26]
            self.huruf += 1
            teks = f"{label}. {teks}"
            dasar = f"{self._dasar_bab()}-{label.lower()}"
        else:
            dasar = f"{self._dasar_bab()}-{slug(polos(teks))}"
        self.n.blok.append(Judul(2, teks, self._jangkar(dasar)))

    def sub(self, tingkat: int, teks: str, kunci: str) -> None:
        self.n.blok.append(Judul(tingkat, teks, self._jangkar(f"{self._dasar_bab()}-{slug(kunci)}"), daftar_isi=False))

    def _dasar_bab(self) -> str:
        return {"L": "lampiran", "E": "ikhtisar", "0": "pengantar"}.get(self.bab, f"bab-{self.bab}")

    def teks(self, md: str) -> None:
        if md.strip():
            self.n.blok.append(Teks(md.strip("\n") + "\n"))

    def narasi(self, md: str, minimal: int) -> None:
        """Narrative Markdown (neutralised where it was read: ``_baca_lkj``, ``_bagian_body``), headings
        pushed below ``minimal``, its tables numbered."""
        self.tabel_dari(geser_judul(seragamkan_angka(tanpa_catatan(md)), minimal), [])

    def tabel_dari(self, md: str, judul: Sequence[str], lebar: bool = False) -> None:
        """Split ``md`` into text and tables; number every table.

        The tables of generated content (an ``Isi``) are taken as the objects they are;
        a narrative's pipe tables are found in its text. A table's caption is
        ``judul[i]`` when given, else a bold one-line paragraph right above the table,
        else none (the table is numbered only). That bold line (the table's printed title) is taken out either
        way: the caption replaces it.
        """
        lines = [ln for ln, _ in baris_di_luar_pagar(md)]
        luar = [x for _, x in baris_di_luar_pagar(md)]
        objek = _tabel_per_baris(md) if isinstance(md, Isi) else None
        buf: list[str] = []
        k = 0
        i = 0
        while i < len(lines):
            if objek is not None:
                j, td = objek.get(i, (None, None))
            else:
                j, td = akhir_tabel(lines, luar, i), None
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
                # no title of its own: numbered only ("Tabel 3.6"), never "Tabel 3.6 Tabel"
                self.tabel("\n".join(lines[i:j]) + "\n", cap, lebar=lebar, isi=td)
                k += 1
                i = j
                continue
            buf.append(lines[i])
            i += 1
        self.teks("\n".join(buf))

    def tabel(self, md: str, judul: str, lebar: bool = False, isi: TabelData | None = None) -> None:
        """A numbered table: from its object when given (or when ``md`` is one generated table), else from
        a narrative's Markdown table."""
        self.no_tabel[self.bab] += 1
        nomor = f"{self.bab}.{self.no_tabel[self.bab]}"
        if isi is None and isinstance(md, Isi) and len(md.bagian) == 1 and isinstance(md.bagian[0], TabelData):
            isi = md.bagian[0]
        if isi is not None:
            bersih = tanpa_catatan_sel(isi)
            if bersih is not isi:
                isi, md = bersih, bersih.markdown()
            baris, kolom = len(isi.baris), len(isi.kepala)
        else:
            baris = max(0, sum(1 for ln in md.strip().split("\n") if ln.strip().startswith("|")) - 2)
            kolom = md.strip().split("\n")[0].count("|") - 1
        self.n.blok.append(Tabel(nomor, judul, self._jangkar(f"tabel-{slug(nomor)}"), str(md), baris,
                                 lebar or kolom > 9, isi))

    def gambar(self, isi_html: str, judul: str) -> str:
        self.no_gambar[self.bab] += 1
        nomor = f"{self.bab}.{self.no_gambar[self.bab]}"
        self.n.blok.append(Gambar(nomor, judul, self._jangkar(f"gambar-{slug(nomor)}"), isi_html))
        return nomor

    def nomor_tabel_berikut(self, ke: int = 1) -> str:
        return f"{self.bab}.{self.no_tabel[self.bab] + ke}"

    def nomor_gambar_berikut(self) -> str:
        return f"{self.bab}.{self.no_gambar[self.bab] + 1}"


_CATATAN = re.compile(r"\btercetak\b|\bcacat cetak\b|\bdikoreksi\b", re.IGNORECASE)


def tanpa_catatan(md: str) -> str:
    """A narrative without its transcription notes: a paragraph or table speaking of how the published
    document was printed ("tercetak", "cacat cetak", "dikoreksi") is a note for editors, never report text.
    (Such notes belong in data fields: ``catatan``, ``tercetak``; this keeps the ones left out of print.)"""
    blok = re.split(r"(\n[ \t]*\n)", md)
    return "".join(b for b in blok if not _CATATAN.search(hapus_komentar(b)))


_RUPIAH = re.compile(r"\bRp\.?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|,00\b)?")
_PERSEN_SPASI = re.compile(r"(\d)[ \u00a0]+%")


def seragamkan_angka(md: str) -> str:
    """The narrative's money and percentages in the report's one style (render.format, docs/metodologi.md):
    "Rp.19.500.000,-" and "Rp19.500.000" become "Rp 19.500.000", "99,60 %" becomes "99,60%"."""
    return _PERSEN_SPASI.sub(r"\1%", _RUPIAH.sub(r"Rp \1", md))


def tanpa_catatan_sel(td: TabelData) -> TabelData:
    """A data table without transcription notes in its cells (a Keterangan "tercetak ..." is for editors)."""
    if not any(_CATATAN.search(c) for b in td.baris for c in b):
        return td
    return TabelData(td.kepala, tuple(tuple("" if _CATATAN.search(c) else c for c in b) for b in td.baris), td.rata)


def _label_pk(pj: object, tahun: int) -> str:
    """Caption of a PK/RKT table: its signed title, or its kind, year and id; with the revision."""
    judul, jenis, pid, revisi = (getattr(pj, k) for k in ("judul", "jenis", "id", "revisi"))
    dasar = "Perjanjian Kinerja" if jenis == "pk" else "Rencana Kinerja Tahunan"
    label = sel(judul) if judul else f"{dasar} {tahun} ({sel(pid)})"
    sudah = judul is not None and "revisi" in judul.lower()
    return label + (f" (revisi ke-{revisi})" if revisi is not None and not sudah else "")


def path_lkj(satker: Satker, tahun: int) -> tuple[str, int]:
    """lkj.md of the year as shown in messages, and the line where its front matter ends (1 when missing)."""
    th = satker.tahun.get(tahun)
    if th is not None and th.lkj is not None:
        return th.lkj.path, max(1, th.lkj.body_baris - 1)
    dasar = PurePosixPath(satker.profil.path).parent if satker.profil is not None else PurePosixPath(satker.id)
    return str(dasar / str(tahun) / "lkj.md"), 1


@dataclass
class _Bab:
    """One chapter of lkj.md: its intro text and its ``###`` sections."""

    judul: str
    baris: int
    pembuka: str = ""
    bagian: list[Bagian] = field(default_factory=list)

    def ambil(self, *kata: str) -> list[Bagian]:
        """Take out (and return) the sections whose title contains any of ``kata``."""
        cocok = [b for b in self.bagian if b.judul and any(k in kunci_judul(b.judul) for k in kata)]
        self.bagian = [b for b in self.bagian if b not in cocok]
        return cocok


_JUDUL_BAB = {"1": "BAB I Pendahuluan", "2": "BAB II Perencanaan Kinerja", "3": "BAB III Akuntabilitas Kinerja",
              "4": "BAB IV Penutup", "L": "Lampiran"}

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
    for bag in bagi(netralkan(b.body), 2, b.body_baris):  # untrusted: neutralised once, as it is read
        if bag.judul is None:
            if ada_isi(bag.isi):
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
        kunci = kunci_judul(bag.judul)
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


def peringatan_bab(satker: Satker, tahun: int) -> list[Peringatan]:
    """The findings of reading ``<tahun>/lkj.md`` into chapters (text before the first, unknown chapters)."""
    out: list[Peringatan] = []
    _baca_lkj(satker, tahun, out)
    return out


def _bagian_body(berkas: Berkas | None) -> list[Bagian]:  # type: ignore[type-arg]
    """A data file's body split at its highest heading level, neutralised once, as it is read
    (``aman.netralkan``): its image paths made relative to the year folder, where the LKj page is."""
    if berkas is None or not ada_isi(berkas.body):
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
        kunci = kunci_judul(b.judul or "")
        tujuan = next((k for k, kata in aturan if any(x in kunci for x in kata)), lain)
        hasil[tujuan].append(b)
    return hasil


def dokumen_resmi(satker: Satker, tahun: int) -> Dokumen | None:
    """The officially signed scan of the year's LKj listed in profil.dokumen, if any (and publishable)."""
    if satker.profil is None:
        return None
    for d in satker.profil.data.dokumen:
        if (d.jenis == "lkj" and d.tahun == tahun and d.resmi and d.berkas and d.kategori != "dikecualikan"
                and berkas_aman(satker, d.berkas) is not None):
            return d
    return None


def _tanda_tangan(satker: Satker, tahun: int, h: HasilTahun) -> TandaTangan | None:
    """The Kata Pengantar's signatory, only as lkj.md writes it: the PK's signatory is not assumed
    to sign the report (None: the draft shows the gap, the final gate asks for it)."""
    th = satker.tahun.get(tahun)
    lkj = th.lkj.data if th and th.lkj else None
    pihak: Pihak | None = lkj.penandatangan if lkj else None
    if lkj is None or pihak is None:
        return None
    tgl = tanggal(lkj.tanggal) if lkj.tanggal else None
    return TandaTangan(lkj.tempat, tgl, pihak.jabatan, pihak.nama, pihak.nip, "lkj.md",
                       pindaian=dokumen_resmi(satker, tahun) is not None)


def logo_satker(satker: Satker) -> Path | None:
    """The logo image named in profil.md, when it is a PNG/JPEG the site may publish (else None:
    ``lkj.final`` reports why)."""
    p = satker.profil.data if satker.profil else None
    if p is None or not p.logo or PurePosixPath(p.logo).suffix.lower() not in (".png", ".jpg", ".jpeg"):
        return None
    return berkas_aman(satker, p.logo)


# ---------------------------------------------------------------- generated sentences

def _jumlah(n: int, benda: str) -> str:
    return jumlah_kata(n, benda)


# ---------------------------------------------------------------- the LKj


@dataclass
class _Konteks:
    """What every chapter of one LKj needs: the data, the results, the lkj.md chapters, the composer."""

    situs: Situs
    sid: str
    tahun: int
    n: NaskahLkj
    bab: dict[str, _Bab]
    bab_lain: list[_Bab]
    z: _Penyusun = field(init=False)

    def __post_init__(self) -> None:
        self.z = _Penyusun(self.n)
        self.s = self.situs.data.satker[self.sid]
        self.h = self.situs.hasil(self.sid, self.tahun)
        self.th = self.s.tahun[self.tahun]
        self.r = renstra_untuk(self.s, self.tahun)
        self.p = self.s.profil.data if self.s.profil else None
        self.nama = self.s.nama
        self.pks = [hp for hp in self.h.perjanjian if hp.perjanjian.jenis == "pk"]
        self.rkt = [hp for hp in self.h.perjanjian if hp.perjanjian.jenis == "rkt"]

    def bab_narasi(self, kode: str) -> _Bab:
        return self.bab.get(kode) or _Bab("", 0)

    def tulis(self, bag: Iterable[Bagian], tingkat: int = 4, judul_sendiri: bool = True) -> bool:
        ada = False
        for b in bag:
            if ada_isi(b.isi) or b.judul:
                sama = b.judul is not None and kunci_judul(b.judul) == kunci_judul(self.z.bagian_sekarang)
                self.z.narasi(_md_bagian(b, tingkat) if judul_sendiri and not sama else b.isi, tingkat)
                ada = True
        return ada

    def kosong(self, bagian: str, b: _Bab | None, saran: str) -> None:
        """A required part not written yet: a marked gap (draft), refused by the final gate. Its line is
        the chapter's in lkj.md, else (``b`` None, or no such chapter) the end of the front matter."""
        path, baris = path_lkj(self.s, self.tahun)
        self.z.n.blok.append(Kosong(bagian, path, (b.baris if b is not None else 0) or baris, saran))

    def bagian_narasi(self, b: _Bab, judul_bagian: str, kata: Sequence[str], tambahan: Sequence[Bagian] = (),
                      wajib: bool = True, pembuka: str = "") -> None:
        """A lettered section: the lkj.md section of that name, else the data body pieces, else a gap;
        ``pembuka`` is generated text that opens it (it never fills the gap of the narrative)."""
        self.z.bagian(judul_bagian)
        if pembuka:
            self.z.teks(pembuka)
        milik = b.ambil(*kata)
        ada = self.tulis(milik, 4, judul_sendiri=False)
        ada = self.tulis(tambahan, 4) or ada
        if not ada and wajib:
            bab = b.judul or _JUDUL_BAB.get(self.z.bab, "")
            self.kosong(f"{bab}, {judul_bagian}", b,
                        f"tulis bagian '### {judul_bagian}' di bawah '## {bab}'")

    def bab_tanpa_bagian(self, kode: str, judul: str) -> None:
        """An unlettered chapter (Kata Pengantar, Ikhtisar): its lkj.md text, else a gap."""
        b = self.bab_narasi(kode)
        if ada_isi(b.pembuka) or b.bagian:
            self.z.narasi(b.pembuka, 3)
            self.tulis(b.bagian, 3)
        else:
            self.kosong(judul, b, f"tulis bab '## {judul}' dengan isinya")

    def bagian_sisa(self, b: _Bab) -> None:
        """Sections of a chapter the report has but the structure does not name: kept, in order."""
        while b.bagian:
            extra = b.bagian.pop(0)
            self.z.bagian(teks_aman(extra.judul or ""))
            self.z.narasi(extra.isi, 4)


def naskah_baru(situs: Situs, sid: str, tahun: int) -> _Konteks:
    """An empty LKj of satker ``sid`` for ``tahun`` with its cover data, ready for the chapters."""
    s = situs.data.satker[sid]
    th = s.tahun[tahun]
    r = renstra_untuk(s, tahun)
    p = s.profil.data if s.profil else None
    lkjb = th.lkj
    judul = (lkjb.data.judul if lkjb and lkjb.data.judul else None) or f"Laporan Kinerja {s.nama} Tahun {tahun}"
    n = NaskahLkj(sid, s.nama, tahun, judul, (r.data.mulai, r.data.selesai) if r else None,
                  p.nama_sekretariat if p else None,
                  " ".join(x for x in (p.alamat, p.kode_pos) if x) if p and p.alamat else None,
                  resmi=dokumen_resmi(s, tahun), folder=s.folder / str(tahun),
                  status=lkjb.data.status if lkjb else "draf", logo=logo_satker(s))
    bab, bab_lain = _baca_lkj(s, tahun, n.peringatan)
    return _Konteks(situs, sid, tahun, n, bab, bab_lain)

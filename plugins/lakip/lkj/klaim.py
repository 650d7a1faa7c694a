"""Narrative lint: claims in the prose that the computed figures refute.

Each rule reads one line of a narrative that goes into the LKj and, when it finds
a claim the data contradicts, says where (``path:line``), the claim (quoted) and the
computed fact. A draft gets them as warnings from ``lakip check``; a final is refused
while any is left (``lkj.final``). The rules:

- a percentage called a capaian or an average that no computed figure of that kind
  matches ("rata-rata capaian 90,5 %" where the IKU average is 82,61%);
- a claim that every target or sasaran was met ("seluruh target tercapai", "berhasil
  mencapai semua sasaran", "secara umum dapat memenuhi target") while an indicator is
  below its target or was not measured;
- another satker's name (a Kabupaten/Kota that is not this one, copied from another report);
- template text left unfilled ("[isi ...]", "....", "XXX");
- a sentence announcing what follows ("pada tabel berikut:") followed by another paragraph instead of
  the list or table it announces (``titik_dua_menggantung``: the text as a whole).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..compute.capaian import bulatkan
from ..compute.kinerja import HasilTahun
from ..render.format import persen
from .naskah import Peringatan

_PERSEN = re.compile(r"(?i)\b(rata-rata(?: capaian)?|capaian(?: kinerja)?(?: sebesar| rata-rata)?)"
                     r"[^.%\n]{0,60}?(\d{1,3}(?:,\d{1,2})?)\s*%")
_KLAIM_SEMUA = re.compile(
    r"(?i)\b(?:(?:seluruh|semua)\s+(?:target|sasaran|indikator)[^.\n]{0,50}?(?:tercapai|berhasil|terpenuhi)"
    r"|berhasil\s+mencapai\s+(?:semua|seluruh)\s+(?:target|sasaran)"
    r"|secara\s+umum[^.\n]{0,60}?(?:memenuhi\s+target|mencapai\s+target|dikatakan\s+berhasil|telah\s+berhasil"
    r"|berhasil\s+mencapai|tercapai)"
    r"|(?:dapat\s+)?dicapai\s+dengan\s+baik\s+sesuai\s+(?:dengan\s+)?target)")
_WILAYAH = re.compile(r"\b(Kabupaten|Kota)\s+((?:[A-Z][a-z]+)(?:\s+(?:Selatan|Utara|Barat|Timur|Tengah|Laut|Baru|"
                      r"[A-Z][a-z]+))?)")
_TEMPLAT = re.compile(r"\[(?:isi|diisi|nama|tanggal|nomor|angka|uraian)[^\]\n]*\]|\.{4,}|\bX{3,}\b|lorem ipsum"
                      r"|\((?:belum diisi|diisi|isi di sini)\)", re.IGNORECASE)


def _angka(teks: str) -> Decimal:
    return Decimal(teks.replace(",", "."))


def _persen_dihitung(h: HasilTahun) -> tuple[set[Decimal], str]:
    """Every capaian and average the data gives, and the one a summary would quote (the fact in messages)."""
    nilai: set[Decimal] = set()
    for c in h.indikator.values():
        for v in (c.capaian, c.capaian_dibatasi):
            if v is not None:
                nilai.add(v)
    for k in [*h.sasaran, *(x for hp in h.perjanjian for x in hp.sasaran), *(hp.ringkas for hp in h.perjanjian)]:
        if k.rata_rata is not None:
            nilai.add(k.rata_rata)
    fakta = ""
    if h.iku is not None and h.iku.rata_rata is not None:
        nilai.add(h.iku.rata_rata)
        fakta = f"rata-rata capaian IKU yang dihitung {persen(h.iku.rata_rata)}"
    elif h.perjanjian and h.perjanjian[0].ringkas.rata_rata is not None:
        fakta = f"rata-rata capaian yang dihitung {persen(h.perjanjian[0].ringkas.rata_rata)}"
    return nilai, fakta


def _cocok(ditulis: str, nilai: set[Decimal]) -> bool:
    d = _angka(ditulis)
    desimal = len(ditulis.split(",")[1]) if "," in ditulis else 0
    return any(bulatkan(v, desimal) == d for v in nilai)


def _fakta_target(h: HasilTahun) -> str | None:
    """None when every indicator met its target; else the counts that refute 'all met'."""
    semua = list(h.indikator.values())
    bawah = [c for c in semua if (c.capaian is not None and c.capaian < 100) or c.tercapai is False]
    tanpa = [c for c in semua if c.nilai_realisasi is None]
    if not bawah and not tanpa:
        return None
    bagian = []
    if bawah:
        bagian.append(f"{len(bawah)} dari {len(semua)} indikator di bawah target")
    if tanpa:
        bagian.append(f"{len(tanpa)} indikator tanpa realisasi")
    return " dan ".join(bagian)


def _tempat(nama: str) -> str:
    m = re.search(r"\b(?:Kabupaten|Kota)\s+(.+)$", nama)
    return (m.group(1) if m else nama).strip().lower()


def periksa_klaim(h: HasilTahun, path: str, baris: int, line: str, nama_lain: list[str]) -> list[Peringatan]:
    """The claims of one line that the data refutes."""
    out: list[Peringatan] = []
    klaim = list(_PERSEN.finditer(line)) if f"/{h.tahun}/" in path else []  # the year's files speak of its results
    nilai, fakta = _persen_dihitung(h) if klaim else (set(), "")  # computed only for a line that claims one
    for m in klaim:
        if nilai and not _cocok(m.group(2), nilai):
            out.append(Peringatan(path, baris, f"klaim “{m.group(0).strip()}” tidak cocok dengan capaian yang "
                                               f"dihitung dari data ({fakta or 'tidak ada capaian sebesar itu'}); "
                                               "tulis angka hasil hitungan atau hapus angkanya"))
    semua = list(_KLAIM_SEMUA.finditer(line))
    fakta_t = _fakta_target(h) if semua else None
    if fakta_t is not None:
        for m in semua:
            out.append(Peringatan(path, baris, f"klaim “{m.group(0).strip()}” bertentangan dengan data: {fakta_t} "
                                               "(ubah kalimatnya sesuai hasil pengukuran)"))
    sendiri = _tempat(h.satker.nama)
    for m in _WILAYAH.finditer(line):
        tempat = m.group(2).lower()
        if not (sendiri.startswith(tempat) or tempat.startswith(sendiri)):
            out.append(Peringatan(path, baris, f"menyebut “{m.group(0)}”, bukan {h.satker.nama} (sisa salinan "
                                               "laporan lain? ganti dengan nama satker ini)"))
    for lain in nama_lain:
        if lain in line:
            out.append(Peringatan(path, baris, f"menyebut satker lain “{lain}” (ganti dengan {h.satker.nama})"))
    for m in _TEMPLAT.finditer(line):
        out.append(Peringatan(path, baris, f"teks templat belum diisi: “{m.group(0)}” (tulis isinya atau hapus)"))
    return out


#: What may follow a colon: a list item ("-", "1.", "a)", "(1)"), a table, a quotation, an image or a table's bold title.
_DAFTAR_ATAU_TABEL = re.compile(r"[ \t]*(?:[-*+]\s|\(?\d{1,2}[.)]\s|\(?[a-zA-Z][.)]\s|\||<table|!\[|>|\*\*)")


def titik_dua_menggantung(path: str, awal: int, teks: str) -> list[Peringatan]:
    """Paragraphs ending in a colon whose next block is prose or a heading, not the announced list or table.

    A colon at the end of a narrative or of a section is left alone: the table the generator prints there may
    follow it."""
    out: list[Peringatan] = []
    baris = teks.split("\n")
    for i, line in enumerate(baris):
        if not line.rstrip().endswith(":") or _DAFTAR_ATAU_TABEL.match(line) or line.lstrip().startswith("#"):
            continue
        if i + 1 < len(baris) and baris[i + 1].strip():
            continue  # the paragraph goes on (or a list starts directly under it)
        berikut = next((x for x in baris[i + 1:] if x.strip()), None)
        if berikut is None or berikut.lstrip().startswith("#") or _DAFTAR_ATAU_TABEL.match(berikut):
            continue  # a section's end: the LKj may print its generated table there
        akhir = line.strip()
        cuplik = ("…" if len(akhir) > 60 else "") + akhir[-60:]
        out.append(Peringatan(path, awal + i, f"kalimat “{cuplik}” diakhiri titik dua, tetapi yang menyusul bukan "
                                              "daftar atau tabel (tulis daftar atau tabelnya, atau akhiri kalimat "
                                              "dengan titik)"))
    return out

"""Narrative claims that disagree with the data: stale years, wrong counts, missing tables.

Warnings for the editor (``lakip check``), never fatal.
"""

from __future__ import annotations

import re
from collections import Counter

from ..compute.kinerja import HasilTahun
from ..compute.situs import Situs
from ..model.katalog import renstra_untuk
from ..model.satker import Satker
from ..render.format import bilangan_terbilang
from ..render.markdown import ada_isi, hapus_komentar
from .klaim import periksa_klaim, titik_dua_menggantung
from .naskah import BULAN, Gambar, NaskahLkj, Peringatan, Tabel

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
    """(path, first line, text) of every narrative that goes into the year's LKj: the year's own,
    the profile's and the Renstra's that covers the year."""
    s = situs.data.satker[sid]
    r = renstra_untuk(s, tahun)
    lain = {b.path for b in (s.profil, r) if b is not None}
    return [(n.path, n.baris, n.teks) for n in s.narasi()
            if (n.tahun == tahun or (n.tahun is None and n.path in lain)) and ada_isi(n.teks)]


def merujuk_nomor(situs: Situs, sid: str, tahun: int) -> bool:
    """Does a narrative of the year's LKj refer to a table or figure by number (``Tabel 3.1``)? Only that
    finding of :func:`periksa_naskah` needs the composed document (its numbered tables and figures)."""
    return any(_RUJUKAN.search(hapus_komentar(teks)) for _, _, teks in _teks_narasi(situs, sid, tahun))


def periksa_naskah(situs: Situs, sid: str, tahun: int, naskah: NaskahLkj | None = None) -> list[Peringatan]:
    """Narrative claims that disagree with the data: years outside the report's, counts, table references."""
    narasi = _teks_narasi(situs, sid, tahun)
    if not narasi:  # nothing written: nothing to contradict the data (and no need to compute the year)
        return []
    s = situs.data.satker[sid]
    h = situs.hasil(sid, tahun)
    r = renstra_untuk(s, tahun)
    boleh = {tahun, tahun + 1} | {t for t in s.tahun if t < tahun}
    if r is not None:
        boleh |= set(range(r.data.mulai, r.data.selesai + 1))
    boleh_teks = ", ".join(str(t) for t in sorted(boleh))
    ind_n, sas_n = _jumlah_sah(h)
    ada_nomor = {b.nomor for b in naskah.blok if isinstance(b, (Tabel, Gambar))} if naskah else None
    judul_nomor = {(("Tabel" if isinstance(b, Tabel) else "Gambar"), b.nomor): b.judul
                   for b in naskah.blok if isinstance(b, (Tabel, Gambar))} if naskah else {}
    jenis_nomor = set(judul_nomor)
    nama = situs.simpan(("nama satker",), lambda: {x.id: x.nama for x in situs.data.satker.values()})
    bukan = (sid, _induk(s))
    nama_lain = [n for i, n in nama.items() if i not in bukan]
    hasil: list[Peringatan] = []
    for path, awal, teks in narasi:
        bersih = hapus_komentar(teks)
        hasil.extend(titik_dua_menggantung(path, awal, bersih))
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
            hasil.extend(periksa_klaim(h, path, baris, line, nama_lain))
            if ada_nomor is not None:  # any narrative printed in the LKj: a table number of the original misleads
                for m in _RUJUKAN.finditer(line):
                    if (m.group(1), m.group(2)) not in jenis_nomor:
                        hasil.append(Peringatan(path, baris, f"merujuk “{m.group(0)}” yang tidak ada dalam LKj "
                                                             "yang dihasilkan (nomor tabel dan gambar diberikan "
                                                             "otomatis; lihat Daftar Tabel)"))
                    elif (lain := _judul_lain(line[m.end():], judul_nomor[(m.group(1), m.group(2))])) is not None:
                        hasil.append(Peringatan(path, baris, f"merujuk “{m.group(0)} {lain}”, tetapi {m.group(0)} "
                                                             "dalam LKj yang dihasilkan adalah “"
                                                             f"{judul_nomor[(m.group(1), m.group(2))]}” (rujuk "
                                                             "nomor yang benar, atau hapus rujukannya)"))
    return sorted(set(hasil), key=lambda p: (p.path, p.baris, p.pesan))


_JUDUL_RUJUKAN = re.compile(r"\s+([A-Z][\w-]*(?:,?\s+(?:[A-Z][\w-]*|dan|atau|di|ke|per))*)")


def _judul_lain(sesudah: str, judul: str) -> str | None:
    """The title a reference gives after its number ("Tabel 1.1 Tugas, Wewenang dan Kewajiban ..."), when it is
    not the title of the generated table of that number; None when the reference names no title or the same."""
    m = _JUDUL_RUJUKAN.match(sesudah)
    if m is None:
        return None
    kata = m.group(1).split()[0].strip(",").lower()
    return None if judul.lower().split()[:1] == [kata] else m.group(1).strip(" ,")


def _induk(s: Satker) -> str | None:
    return s.profil.data.induk if s.profil is not None else None


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

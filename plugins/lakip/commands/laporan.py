"""``lakip laporan``: what each satker-year still lacks before publication, for the editors.

Public pages speak to visitors and never name a data file or field; the editor gets those
here, per satker and year, as ``path:line: what is missing (what to write)``:

- the PPID contact a visitor cannot find (address, phone, e-mail, service hours);
- signed documents due each year (LKj, PK, DIPA, Renstra) not registered in ``profil.md``,
  or registered without the scan, so the DIP offers them only "on request";
- DIP elements still filled with the standard value (ringkasan, penguasa, ...);
- the LKj draft's gaps (chapters not written, no signatory) and the narrative's claims that
  disagree with the data, in ``lkj.final``'s words (``kekurangan_draf``, ``peringatan_lkj``);
- how many printed figures differ from the computed ones (the consistency page).

It reads what the site build reads (``bangun``) and asks the same functions the pages ask
(``site.dip``, ``lkj.final``, ``site.ppid``), so the report and the site cannot disagree.
Nothing here stops a build: a satker may publish step by step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..bangun import bangun
from ..compute.situs import Situs
from ..errors import GagalPerintah, LakipError
from ..lkj.final import kekurangan_draf, peringatan_lkj
from ..model.satker import Satker
from ..site.dip import butir_baku, butir_dokumen, sumber
from ..site.ppid import kontak

__all__ = ["Kekurangan", "laporan", "tulis_laporan"]

#: element key -> what an editor writes in the document's entry (profil.md, dokumen)
UNSUR = {"ringkasan": "ringkasan", "penguasa": "penguasa", "penanggung_jawab": "penanggung_jawab",
         "waktu": "tanggal", "tempat": "tempat", "retensi": "retensi"}


@dataclass
class Kekurangan:
    """What one satker (tahun None: the satker as a whole) or satker-year lacks."""

    sid: str
    nama: str
    tahun: int | None
    baris: list[str] = field(default_factory=list)

    @property
    def judul(self) -> str:
        return f"{self.nama} ({self.sid})" + (f" {self.tahun}" if self.tahun is not None else "")


def _profil(situs: Situs, s: Satker) -> list[str]:
    if s.profil is None:
        return [f"{s.tampil}/profil.md:1: profil.md belum ada (jalankan: lakip baru satker {s.id})"]
    p = s.profil.data
    path = s.profil.path
    k = kontak(s)
    hasil = [f"{path}:{p.line('')}: kontak layanan informasi (PPID) belum ada: {nama} (isi '{kunci}' di profil.md; "
             "halaman PPID kini menulis 'belum tersedia')"
             for nama, kunci, ada in (("alamat kantor", "alamat", k.alamat), ("telepon", "telepon", k.telepon),
                                      ("surel", "email", k.email), ("jam layanan", "jam_layanan", k.jam)) if not ada]
    for d in p.dokumen:
        b = butir_dokumen(situs, s, d)
        if d.berkas is None and d.kategori != "dikecualikan":
            hasil.append(f"{d.path}:{d.line('')}: '{d.judul}' belum punya berkas pindaian, jadi DIP hanya "
                         f"menawarkannya atas permintaan (tambahkan berkas: {d.tahun}/dokumen/NAMA.pdf)")
        if b.bawaan:
            isi = ", ".join(UNSUR[k] for k in sorted(b.bawaan) if k in UNSUR)
            hasil.append(f"{d.path}:{d.line('')}: '{d.judul}' memakai nilai baku DIP untuk: {isi} "
                         "(isi bila nilai baku tidak tepat, mis. retensi menurut Jadwal Retensi Arsip)")
    return hasil


def _tahun(situs: Situs, s: Satker, tahun: int, lkj: list[LakipError]) -> list[str]:
    th = s.tahun[tahun]
    hasil = []
    profil = f"{s.profil.path}:{s.profil.data.line('dokumen')}" if s.profil else f"{s.tampil}/profil.md:1"
    for b in butir_baku(s):
        if b.tahun == tahun and b.kategori == "berkala":
            hasil.append(f"{profil}: {b.judul} belum didaftarkan di DIP (tambahkan di 'dokumen': jenis: {b.jenis}, "
                         f"tahun: {tahun}, kategori: berkala, tanggal, resmi: true dan berkas pindaiannya)")
    hasil += [str(e) for e in lkj if e.path.startswith(f"{s.tampil}/{tahun}/")]
    if situs.ada_konsistensi(s.id, tahun):
        n = len(situs.konsistensi(s.id, tahun))
        if n:
            berkas = sumber(s, th.realisasi or th.pk or th.anggaran)
            hasil.append(f"{berkas or s.tampil}:1: {n} angka tercetak berbeda dari hasil perhitungan; di situs "
                         "setiap angka itu diberi tanda dan dijelaskan (halaman Catatan konsistensi)")
    return hasil


def laporan(folder: Path, tampil: str) -> list[Kekurangan]:
    """Every satker's and satker-year's gaps, satker by id, years oldest first."""
    situs, masalah = bangun(folder, tampil, terbit=False)
    if masalah:
        raise GagalPerintah(f"data belum lolos pemeriksaan ({len(masalah.urut())} masalah); jalankan dulu: "
                            f"lakip check {tampil}")
    lkj = kekurangan_draf(situs) + peringatan_lkj(situs)  # lkj.final's words, as lakip check says them
    hasil = []
    for s in sorted(situs.satker(), key=lambda x: x.id):
        tahun = tuple(f"{s.tampil}/{t}/" for t in s.tahun)
        lain = [str(e) for e in lkj if e.path.startswith(f"{s.tampil}/") and not e.path.startswith(tahun)]
        k = Kekurangan(s.id, s.nama, None, _profil(situs, s) + lain)
        if k.baris:
            hasil.append(k)
        for t in sorted(s.tahun):
            k = Kekurangan(s.id, s.nama, t, _tahun(situs, s, t, lkj))
            if k.baris:
                hasil.append(k)
    return hasil


def tulis_laporan(daftar: list[Kekurangan]) -> str:
    if not daftar:
        return "Semua satker siap diterbitkan: tidak ada yang kurang.\n"
    out = []
    for k in daftar:
        out += [f"== {k.judul}", *(f"  {b}" for b in k.baris), ""]
    n = sum(len(k.baris) for k in daftar)
    out.append(f"{n} hal perlu dilengkapi sebelum diterbitkan.")
    return "\n".join(out) + "\n"

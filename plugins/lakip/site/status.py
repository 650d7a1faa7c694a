"""Who has published what: the reporting status page per year, and each year page's dates.

``status/<tahun>.md`` lists every satker with the state of its Renstra, PK, realisasi, LKj
(draft, final, signed scan published) and DIP, with the dates, so that KPU RI and the
provinces see at a glance who has published (the idea of Open SDG's reporting status, for
SAKIP). :func:`bagian_tanggal` is the "Tanggal dan riwayat perubahan" section of a satker-year
page: when the PK and the LKj were signed, when the data was published and last changed here,
and what changed after signing (``Situs.riwayat``, from git). Pure module.
"""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Container

from ..compute.riwayat import sesudah_tanda_tangan, tanggal_lkj, tanggal_pk
from ..compute.situs import Situs
from ..model.katalog import renstra_untuk
from ..model.satker import Satker
from ..render.aman import sel
from ..render.format import KOSONG, tanggal
from ..render.tabel import tabel
from .alamat import URI_STATUS, uri_dip, uri_renstra, uri_satker, uri_status, uri_tahun
from .dip import berkas_terbit, butir_dip, sumber
from .navigasi import unduh
from .terbit_lkj import lkj_terbit

__all__ = ["bagian_tanggal", "halaman_status", "halaman_status_indeks", "semua_status", "tahun_status"]


def tahun_status(situs: Situs) -> list[int]:
    """Every year some satker has data for, newest first."""
    return sorted({t for s in situs.satker() for t in s.tahun}, reverse=True)


def _tanggal_data(situs: Situs, s: Satker, tahun: int) -> tuple[datetime.date | None, datetime.date | None]:
    """(first published, last changed) of the year's data files, from git."""
    th = s.tahun.get(tahun)
    if th is None:
        return None, None
    tgl = [situs.tanggal_berkas[p.resolve()] for b in (th.pk, th.realisasi, th.anggaran, th.lkj)
           if (p := sumber(s, b)) is not None and p.resolve() in situs.tanggal_berkas]
    if not tgl:
        return None, None
    return min(a for a, _ in tgl), max(b for _, b in tgl)


def _pindaian(s: Satker, jenis: str, tahun: int) -> datetime.date | None | bool:
    """A signed scan of kind ``jenis`` published for the year: its date (True when undated), or False."""
    for d in (s.profil.data.dokumen if s.profil else ()):
        if (d.jenis == jenis and d.tahun == tahun and d.resmi and d.berkas and d.kategori != "dikecualikan"
                and (p := berkas_terbit(s, d.berkas)) is not None and p.is_file()):
            return d.tanggal or True
    return False


def _rel(uri: str, dari: str) -> str:
    return posixpath.relpath(uri, posixpath.dirname(dari))


def _keadaan_pk(s: Satker, tahun: int) -> str:
    th = s.tahun.get(tahun)
    if th is None or th.pk is None:
        return "belum ada"
    tgl = tanggal_pk(s, tahun)
    teks = f"ditandatangani {tanggal(tgl)}" if tgl else "ada, tanggal penandatanganan belum tercatat"
    return teks + ("; pindaian bertanda tangan terbit" if _pindaian(s, "pk", tahun) is not False else "")


def _keadaan_lkj(situs: Situs, s: Satker, tahun: int) -> str:
    """belum ada / draf / final (signed) / signed scan published, in ``site.terbit_lkj``'s terms."""
    terbit = lkj_terbit(situs, s.id, tahun, pdf_aktif=False)
    if terbit is None:
        return "belum ada (tanpa Perjanjian Kinerja)"
    tgl = tanggal_lkj(s, tahun)
    if terbit.resmi is not None:
        return "pindaian bertanda tangan terbit" + (f" (ditandatangani {tanggal(tgl)})" if tgl else "")
    if not terbit.draf:
        return "final" + (f", ditandatangani {tanggal(tgl)}" if tgl else "") + "; pindaian belum diunggah"
    th = s.tahun[tahun]
    return "draf (belum ditandatangani)" + ("; naskah belum ada" if th.lkj is None else "")


def _keadaan_realisasi(situs: Situs, s: Satker, tahun: int) -> str:
    th = s.tahun.get(tahun)
    if th is None or th.realisasi is None:
        return "belum ada"
    h = situs.hasil(s.id, tahun)
    ada = sum(1 for c in h.indikator.values() if c.nilai_realisasi is not None)
    return f"{ada} dari {len(h.indikator)} indikator"


def _baris_status(situs: Situs, s: Satker, tahun: int, halaman: Container[str]) -> list[str]:
    saya = uri_status(tahun)
    r = renstra_untuk(s, tahun)
    renstra = (f"[{r.data.mulai}–{r.data.selesai}]({_rel(uri_renstra(s.id, r.data.mulai, r.data.selesai), saya)})"
               if r is not None else "belum ada")
    ada_tahun = tahun in s.tahun
    butir = butir_dip(situs, s.id, halaman) if ada_tahun else []
    terbit = sum(1 for b in butir if b.uri is not None)
    dip = f"[{terbit} dari {len(butir)} informasi terbit]({_rel(uri_dip(s.id), saya)})" if butir else KOSONG
    _, diubah = _tanggal_data(situs, s, tahun)
    nama = f"[{sel(s.nama)}]({_rel(uri_tahun(s.id, tahun) if ada_tahun else uri_satker(s.id), saya)})"
    return [nama, renstra, _keadaan_pk(s, tahun), _keadaan_realisasi(situs, s, tahun), _keadaan_lkj(situs, s, tahun), dip,
            tanggal(diubah) if diubah else KOSONG]


def halaman_status(situs: Situs, tahun: int, halaman: Container[str] = ()) -> str:
    """The reporting status of every satker for ``tahun``."""
    out = [f"# Status pelaporan kinerja {tahun}\n",
           ("Keadaan dokumen SAKIP setiap satker untuk tahun ini: Renstra yang berlaku, Perjanjian Kinerja (PK), "
            "realisasi indikator, Laporan Kinerja (LKj) dan Daftar Informasi Publik (DIP). LKj *draf* belum "
            "ditandatangani; *final* sudah ditandatangani tetapi pindaiannya belum diunggah; *pindaian bertanda "
            "tangan terbit* berarti dokumen resminya dapat diunduh. Tanggal terakhir adalah perubahan terakhir "
            "data tahun ini di situs.\n")]
    rows = [_baris_status(situs, s, tahun, halaman) for s in sorted(situs.satker(), key=lambda x: x.nama)]
    out.append('<div class="lakip-tumpuk lakip-tumpuk--status" hidden></div>\n')  # cards on a phone
    out.append(tabel(["Satker", "Renstra", "Perjanjian Kinerja", "Realisasi", "Laporan Kinerja", "DIP",
                      "Data terakhir diubah"], rows))
    # the same states as values, one row per satker-year (columns pk_ditandatangani ... lkj_pindaian_terbit)
    out.append(unduh(uri_status(tahun), ["ringkasan.csv"], "ringkasan.json", "ringkasan"))
    lain = [t for t in tahun_status(situs) if t != tahun]
    if lain:
        out.append("Tahun lain: " + " · ".join(f"[{t}]({_rel(uri_status(t), uri_status(tahun))})" for t in lain) + "\n")
    return "\n".join(out)


def halaman_status_indeks(situs: Situs) -> str:
    out = ["# Status pelaporan kinerja\n",
           "Untuk setiap tahun: satker mana yang sudah menerbitkan PK, realisasi, LKj dan DIP-nya.\n"]
    rows = []
    for t in tahun_status(situs):
        ada = [s for s in situs.satker() if t in s.tahun]
        lkj = sum(1 for s in ada if (x := lkj_terbit(situs, s.id, t, pdf_aktif=False)) is not None and x.resmi)
        pk = sum(1 for s in ada if tanggal_pk(s, t) is not None)
        rows.append([f"[{t}]({_rel(uri_status(t), URI_STATUS)})", str(len(ada)), str(pk), str(lkj)])
    out.append(tabel(["Tahun", "Satker dengan data", "PK bertanggal tanda tangan", "Pindaian LKj terbit"], rows, "lrrr")
               if rows else "*Belum ada data.*\n")
    return "\n".join(out)


def semua_status(situs: Situs, halaman: Container[str] = ()) -> dict[str, tuple[str, str | None, int | None]]:
    """uri -> (markdown, satker id, tahun) of the status pages."""
    hasil: dict[str, tuple[str, str | None, int | None]] = {URI_STATUS: (halaman_status_indeks(situs), None, None)}
    for t in tahun_status(situs):
        hasil[uri_status(t)] = (halaman_status(situs, t, halaman), None, None)
    return hasil


def bagian_tanggal(situs: Situs, sid: str, tahun: int) -> str:
    """The year page's "Tanggal dan riwayat perubahan": signing, publication and the changes after signing."""
    s = situs.data.satker[sid]
    out = ["## Tanggal dan riwayat perubahan\n"]
    fakta = []
    if (tgl := tanggal_pk(s, tahun)) is not None:
        fakta.append(f"Perjanjian Kinerja ditandatangani {tanggal(tgl)}.")
    if (tgl := tanggal_lkj(s, tahun)) is not None:
        fakta.append(f"Laporan Kinerja ditandatangani {tanggal(tgl)}.")
    terbit, diubah = _tanggal_data(situs, s, tahun)
    if terbit is not None:
        fakta.append(f"Data tahun ini pertama diterbitkan di situs ini {tanggal(terbit)}"
                     + (f" dan terakhir diubah {tanggal(diubah)}." if diubah and diubah != terbit else "."))
    if situs.tanggal_berkas and (sid, tahun) in situs.riwayat:
        awal, ubah = sesudah_tanda_tangan(s, tahun, situs.riwayat[(sid, tahun)])
        # the history starts after the signing: it can speak for the time since publication only
        terlambat = awal is not None and terbit is not None and terbit > awal
        sejak = f"sesudah penandatanganan ({tanggal(awal)})" if awal and not terlambat else "sejak pertama diterbitkan"
        if not ubah:
            fakta.append(f"Tidak ada angka yang berubah {sejak}.")
        if terlambat:
            fakta.append("Data ini baru diterbitkan sesudah penandatanganan, sehingga perubahan sebelum itu tidak "
                         "tercatat di situs ini" + (": angka yang berbeda dari laporan bertanda tangan ada di "
                                                    "[Catatan konsistensi](konsistensi.md)."
                                                    if situs.ada_konsistensi(sid, tahun) else "."))
        out.append(" ".join(fakta) + "\n" if fakta else "")
        if ubah:
            out.append(f"Perubahan angka {sejak}:\n")
            out.append("\n".join(f"- **{tanggal(u.tanggal)}**: " + "; ".join(sel(b) for b in u.baris) for u in ubah)
                       + "\n")
        return "\n".join(x for x in out if x)
    if not fakta:
        return ""
    out.append(" ".join(fakta) + " Riwayat perubahan data tidak tersedia di situs ini.\n")
    return "\n".join(out)

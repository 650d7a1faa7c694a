"""The final gate: ``status: final`` in lkj.md is accepted only for a complete report.

It lives in ``lkj/`` rather than ``check/`` because what it judges is the composed
document (its gaps, its narrative claims), which ``check/`` (an earlier stage)
cannot see. ``bangun`` runs it with the publication checks, so ``lakip check`` and
the site build refuse an incomplete final alike. Every gap is one message at the
line to fix (lkj.md, or the data file that lacks it) with what to write:

- a chapter or section of the regulation's structure not written (a ``Kosong`` of
  the document, which also covers the analysis of every sasaran);
- the signatory: name, jabatan, NIP (for a civil servant: every jabatan but the
  commissioners'), place and date;
- every indicator of the year's Perjanjian Kinerja with its realisasi;
- no narrative-lint finding (``periksa``/``klaim``): a final may not contradict its tables;
- a logo named in profil.md that cannot be printed;
- no scaffold placeholder of ``lakip baru`` left in the files the report is made of
  (``check.contoh``, passed in by ``bangun`` as ``contoh`` since check/ and lkj/ are siblings:
  warnings for a draft, errors here).

A draft gets the narrative findings as warnings (``peringatan_lkj``), never as errors.
"""

from __future__ import annotations

from collections.abc import Callable

from ..compute.situs import Situs
from ..errors import LakipError
from ..model.rekaman import BerkasLkj
from ..model.satker import Berkas, Satker
from .naskah import NaskahLkj
from .penyusun import dokumen_resmi, logo_satker
from .susun import peringatan_naskah, punya_lkj, susun_lkj

__all__ = ["kekurangan_draf", "periksa_final", "peringatan_lkj"]

AWAL = "LKj berstatus final belum lengkap:"
KOSONG_PENANDATANGAN = "Penandatangan Kata Pengantar"
#: Commissioners are not civil servants and have no NIP; every other signatory is expected to have one.
TANPA_NIP = ("ketua", "anggota", "plh. ketua", "plt. ketua")


def _penandatangan(b: Berkas[BerkasLkj]) -> list[LakipError]:
    d = b.data
    out = []
    p = d.penandatangan
    if p is None:
        out.append(LakipError(b.path, d.line("status"), f"{AWAL} penandatangan belum ditulis (tulis "
                                                         "'penandatangan:' dengan 'jabatan:', 'nama:' dan 'nip:')"))
    else:
        if not p.nama:
            out.append(LakipError(b.path, p.line(), f"{AWAL} nama penandatangan belum ditulis (tulis 'nama:' di "
                                                    "bawah 'penandatangan:')"))
        if not p.nip and not p.jabatan.strip().lower().startswith(TANPA_NIP):
            out.append(LakipError(b.path, p.line("jabatan"), f"{AWAL} NIP penandatangan ({p.jabatan}) belum "
                                                             "ditulis (tulis 'nip:' 18 digit di bawah "
                                                             "'penandatangan:')"))
    if not d.tempat:
        out.append(LakipError(b.path, d.line("status"), f"{AWAL} tempat penandatanganan belum ditulis (tulis "
                                                         "'tempat:', mis. 'tempat: Batulicin')"))
    if d.tanggal is None:
        out.append(LakipError(b.path, d.line("status"), f"{AWAL} tanggal penandatanganan belum ditulis (tulis "
                                                         "'tanggal:' sebagai YYYY-MM-DD)"))
    return out


def _realisasi(situs: Situs, s: Satker, tahun: int) -> list[LakipError]:
    h = situs.hasil(s.id, tahun)
    th = s.tahun[tahun]
    out = []
    for hp in h.perjanjian:
        if hp.perjanjian.jenis != "pk":
            continue
        for baris in hp.perjanjian.baris:
            c = h.indikator.get(baris.indikator)
            if c is None or c.nilai_realisasi is None:
                rekam = c.realisasi if c is not None and c.realisasi is not None else None
                path = rekam.path if rekam else th.realisasi.path if th.realisasi else baris.path
                line = rekam.line() if rekam else th.realisasi.data.line() if th.realisasi else baris.line("indikator")
                out.append(LakipError(path, line, f"{AWAL} indikator {baris.indikator} dari Perjanjian Kinerja "
                                                  f"'{hp.perjanjian.id}' belum punya realisasi tahun {tahun} "
                                                  f"(tulis di realisasi.md butir '- indikator: {baris.indikator}' "
                                                  "dengan 'nilai:')"))
    return out


def periksa_final(situs: Situs, contoh: Callable[[Satker], list[LakipError]] | None = None) -> list[LakipError]:
    """Every gap of every LKj marked ``status: final``, at path:line with what to write; ``contoh`` gives a
    satker's scaffold placeholders (``check.contoh.temuan_contoh_satker``)."""
    out: list[LakipError] = []
    for s in situs.satker():
        for tahun, th in sorted(s.tahun.items()):
            b = th.lkj
            if b is None or b.data.status != "final":
                continue
            if not punya_lkj(situs, s.id, tahun):
                out.append(LakipError(b.path, b.data.line("status"), f"LKj tahun {tahun} tidak dapat berstatus "
                                      "final tanpa Perjanjian Kinerja (tulis pk.md tahun ini, atau hapus "
                                      "'status: final')"))
                continue
            n = susun_lkj(situs, s.id, tahun)
            out.extend(_penandatangan(b))
            out.extend(LakipError(k.path, k.baris, f"{AWAL} {k.bagian} belum ditulis ({k.saran})") for k in n.kosong()
                       if k.bagian != KOSONG_PENANDATANGAN)  # said once, by _penandatangan
            out.extend(_realisasi(situs, s, tahun))
            out.extend(LakipError(p.path, p.baris, f"LKj berstatus final: {p.pesan}") for p in n.peringatan)
            out.extend(_logo(s))
            if contoh is not None:
                out.extend(_contoh(contoh(s), s, tahun))
    return out


def _contoh(temuan: list[LakipError], s: Satker, tahun: int) -> list[LakipError]:
    """Scaffold placeholders in the profile, the Renstra and the year's own files (another year's are
    not part of this report)."""
    lain = {th.folder for t, th in s.tahun.items() if t != tahun}
    return [LakipError(e.path, e.line, f"LKj berstatus final: {e.pesan}") for e in temuan
            if not any(e.path.startswith(d.rstrip("/") + "/") for d in lain)]


def _logo(s: Satker) -> list[LakipError]:
    p = s.profil.data if s.profil else None
    if p is None or not p.logo or logo_satker(s) is not None:
        return []
    return [LakipError(s.profil.path if s.profil else "", p.line("logo"),
                       f"logo '{p.logo}' tidak dapat dicetak di sampul LKj (tulis nama berkas PNG atau JPEG "
                       "yang ada di folder satker, mis. 'logo: logo-kpu.png')")]


def peringatan_lkj(situs: Situs) -> list[LakipError]:
    """Narrative findings of the draft LKj, for ``lakip check`` to show as warnings."""
    out: list[LakipError] = []
    for s in situs.satker():
        for tahun, th in sorted(s.tahun.items()):
            if not punya_lkj(situs, s.id, tahun):
                continue
            if th.lkj is not None and th.lkj.data.status == "final":
                if dokumen_resmi(s, tahun) is None:  # the public page says the signed version is not yet published
                    out.append(LakipError(th.lkj.path, th.lkj.data.line("status"), f"LKj final tahun {tahun} belum "
                                          "punya pindaian bertanda tangan (daftarkan di profil.md bagian 'dokumen' "
                                          f"dengan 'jenis: lkj', 'tahun: {tahun}', 'resmi: true' dan 'berkas')"))
                continue
            out.extend(LakipError(p.path, p.baris, p.pesan) for p in peringatan_naskah(situs, s.id, tahun))
    return out


def kekurangan_draf(situs: Situs) -> list[LakipError]:
    """What each draft LKj still lacks before it can be final: the editor report's list (``lakip laporan``),
    not ``lakip check``'s, because a draft that lacks a chapter is unfinished, not wrong."""
    out: list[LakipError] = []
    for s in situs.satker():
        for tahun, th in sorted(s.tahun.items()):
            if not punya_lkj(situs, s.id, tahun) or (th.lkj is not None and th.lkj.data.status == "final"):
                continue
            n: NaskahLkj = susun_lkj(situs, s.id, tahun)
            out.extend(LakipError(k.path, k.baris, f"draf LKj: {k.bagian} belum ditulis ({k.saran})")
                       for k in n.kosong())
    return out

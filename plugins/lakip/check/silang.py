"""Cross-file checks: references, units, periods, targets and totals.

``load`` checks each file on its own; this module checks the files against
each other: a PK row naming an indicator the Renstra lacks, a realisasi in
another unit than its target, a PK target that differs from the Renstra, a
stated total that differs from the sum of its parts. Each problem names the
line to fix and what to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..compute.anggaran import HasilAnggaran, hitung_anggaran
from ..compute.capaian import gabung_triwulan
from ..errors import Masalah
from ..load.validasi import cacat_yaml, ditolak
from ..model.katalog import indeks_indikator, renstra_untuk, target_tahun
from ..model.rekaman import (
    Angka,
    BerkasAnggaran,
    Indikator,
    Kegiatan,
    Program,
    Rekam,
    Renstra,
    TercetakKinerja,
)
from ..model.satker import Berkas, Data, Satker, Tahunan
from ..model.skema import mirip
from ..render.format import angka as fmt_angka
from ..render.format import rupiah

# The value kinds bound every number at 10^15 whatever its unit; knowing the indicator's unit,
# a target or realisasi is held to what that unit can plausibly reach: 10 000 % (a hundred times
# the whole), 10^12 of a count (the national voter list is about 2 x 10^8). Rupiah-valued
# indicators keep the kinds' 10^15 (a satker's budget is far below the APBN's 4 x 10^15).
BATAS_PERSEN = Decimal(10_000)
BATAS_JUMLAH = Decimal(10) ** 12


def batas_satuan(satuan: str) -> Decimal | None:
    """The largest plausible target or realisasi in ``satuan``; None: only the value kind's bound."""
    s = satuan.strip().lower()
    if s == "%":
        return BATAS_PERSEN
    if re.search(r"\b(rp|rupiah)\b", s):
        return None
    return BATAS_JUMLAH


def periksa(data: Data) -> Masalah:
    """Every cross-file problem in ``data``.

    A file with a YAML-level error (a key written twice, an alias) has had that
    error reported by the loader, and YAML kept one value where the user wrote
    two. Whatever these checks would say about that file follows from the kept
    value, so nothing is reported on it until the YAML is fixed. Other files
    are still checked; where they depend on a value that YAML error made
    unreliable (an indicator's unit or target, the ids of a list) they stay
    quiet about it too (see ``validasi.cacat_yaml`` and ``validasi.ditolak``).
    """
    m = Masalah()
    for satker in data.satker.values():
        _profil(satker, data, m)
        _renstra(satker, m)
        for th in satker.tahun.values():
            _tahun(satker, th, m)
    tercemar = _berkas_cacat_yaml(data)
    if tercemar:
        m.items = [e for e in m.items if e.path not in tercemar]
    return m


def _berkas_cacat_yaml(data: Data) -> set[str]:
    """Paths of the files whose records hold a value made unreliable by a YAML-level error."""
    hasil: set[str] = set()
    for s in data.satker.values():
        berkas: list[Berkas[Any] | None] = [s.profil, *s.renstra]
        for th in s.tahun.values():
            berkas += [th.pk, th.realisasi, th.anggaran, th.lkj]
        hasil |= {b.path for b in berkas if b is not None and cacat_yaml(b.data)}
    return hasil


def _teks_nilai(v: Angka) -> str:
    return fmt_angka(v) if isinstance(v, Decimal) else v


def _duplikat(items: Iterable[Rekam], kunci: str, apa: str, m: Masalah) -> None:
    pertama: dict[str, int] = {}
    for it in items:
        nilai = getattr(it, kunci)
        if nilai in pertama:
            m.tambah(it.path, it.line(kunci),
                     f"{apa} '{nilai}' ditulis dua kali (pertama di baris {pertama[nilai]}; hapus atau beri kode lain)")
        else:
            pertama[nilai] = it.line(kunci)


# ------------------------------------------------------------------ profil

def _profil(s: Satker, data: Data, m: Masalah) -> None:
    if s.profil is None:
        return
    p = s.profil.data
    if p.tingkat != "ri" and not p.provinsi:
        m.tambah(p.path, p.line(""), f"satker tingkat {p.tingkat} harus menyebut 'provinsi' (mis. provinsi: Kalimantan Selatan)")
    if p.induk is not None:
        if p.induk == s.id:
            m.tambah(p.path, p.line("induk"), "'induk' menunjuk satker ini sendiri (tulis id satker induknya)")
        elif p.induk not in data.satker and p.induk not in data.lain:
            hint = mirip(p.induk, list(data.satker))
            m.tambah(p.path, p.line("induk"),
                     f"satker induk '{p.induk}' tidak ada di folder satker/ ({hint or 'hapus induk atau tambahkan satkernya'})")
    for d in p.dokumen:
        if d.berkas is not None and not (s.folder / d.berkas).is_file():
            m.tambah(d.path, d.line("berkas"),
                     f"berkas dokumen '{d.berkas}' tidak ada (simpan di {s.tampil}/{d.berkas} atau perbaiki namanya)")


# ------------------------------------------------------------------ renstra

def _renstra(s: Satker, m: Masalah) -> None:
    periode = sorted(s.renstra, key=lambda r: r.data.mulai)
    for a, b in zip(periode, periode[1:], strict=False):
        if b.data.mulai <= a.data.selesai:
            m.tambah(b.path, 1, f"periode Renstra {b.data.mulai}-{b.data.selesai} bertumpang tindih dengan "
                                f"{a.data.mulai}-{a.data.selesai} (satu tahun hanya boleh dicakup satu Renstra)")
    for r in s.renstra:
        _satu_renstra(r.data, m)


def _satu_renstra(r: Renstra, m: Masalah) -> None:
    _duplikat(r.tujuan, "id", "kode tujuan", m)
    _duplikat(r.sasaran, "id", "kode sasaran", m)
    _duplikat([i for sas in r.sasaran for i in sas.indikator], "id", "kode indikator", m)
    tujuan = {t.id for t in r.tujuan}
    for sas in r.sasaran:
        if sas.tujuan is not None and sas.tujuan not in tujuan:
            hint = mirip(sas.tujuan, sorted(tujuan))
            m.tambah(sas.path, sas.line("tujuan"),
                     f"tujuan '{sas.tujuan}' tidak ada di daftar tujuan Renstra ({hint or 'tulis salah satu: ' + ', '.join(sorted(tujuan)) if tujuan else 'tambahkan di tujuan'})")
        for ind in sas.indikator:
            _indikator(ind, r, m)


def _indikator(ind: Indikator, r: Renstra, m: Masalah) -> None:
    if len(set(ind.skala)) != len(ind.skala):
        m.tambah(ind.path, ind.line("skala"), f"'skala' indikator {ind.id} memuat predikat yang sama dua kali (tulis setiap predikat sekali)")
    batas = batas_satuan(ind.satuan)
    if ind.realisasi_maks is not None and batas is not None and ind.realisasi_maks > batas:
        m.tambah(ind.path, ind.line("realisasi_maks"),
                 f"realisasi_maks indikator {ind.id} {fmt_angka(ind.realisasi_maks)} {ind.satuan.strip()} tidak masuk "
                 f"akal (lebih dari {fmt_angka(batas)} {ind.satuan.strip()}; periksa angkanya)")
    for tahun, nilai in ind.target.items():
        if not r.mulai <= tahun <= r.selesai:
            m.tambah(ind.path, ind.line("target"),
                     f"target indikator {ind.id} untuk tahun {tahun} di luar periode Renstra {r.mulai}-{r.selesai} "
                     "(hapus, atau pindahkan ke Renstra periode itu)")
        _nilai_sah(ind, nilai, "target", ind.path, ind.line("target"), m, tahun)
    if ind.polaritas == "stabil" and ind.skala:
        m.tambah(ind.path, ind.line("polaritas"), f"indikator berpredikat {ind.id} tidak memakai polaritas stabil (hapus polaritas)")


def _melampaui(ind: Indikator, nilai: Angka) -> Decimal | None:
    """The bound of ``ind``'s unit that the number ``nilai`` exceeds, or None."""
    batas = batas_satuan(ind.satuan)
    return batas if isinstance(nilai, Decimal) and batas is not None and nilai > batas else None


def _nilai_sah(ind: Indikator, nilai: Angka, apa: str, path: str, baris: int, m: Masalah,
               tahun: int | None = None) -> bool:
    """Is ``nilai`` a valid target/realisasi for ``ind``? Reports why not."""
    ket = f" tahun {tahun}" if tahun else ""
    if ind.skala:
        if not isinstance(nilai, str) or nilai not in ind.skala:
            m.tambah(path, baris, f"{apa}{ket} indikator {ind.id} harus salah satu predikat skala "
                                  f"({', '.join(ind.skala)}), bukan {_teks_nilai(nilai)}")
            return False
        return True
    if isinstance(nilai, str):
        m.tambah(path, baris, f"{apa}{ket} indikator {ind.id} berisi '{nilai}', bukan angka "
                              f"(tulis angkanya; untuk predikat, beri indikator 'skala')")
        return False
    batas = _melampaui(ind, nilai)
    if batas is not None:
        m.tambah(path, baris, f"{apa}{ket} indikator {ind.id} {fmt_angka(nilai)} {ind.satuan.strip()} tidak masuk akal "
                              f"(lebih dari {fmt_angka(batas)} {ind.satuan.strip()}; periksa angkanya)")
        return False
    if apa == "target" and nilai == 0:
        m.tambah(path, baris, f"target{ket} indikator {ind.id} bernilai 0: capaian tidak dapat dihitung "
                              f"(tulis target yang sebenarnya, mis. 0.1 untuk indikator {ind.polaritas})")
        return False
    if apa == "realisasi":
        maks = ind.realisasi_maks if ind.realisasi_maks is not None else (Decimal(100) if ind.satuan.strip() == "%" else None)
        if maks is not None and nilai > maks:
            m.tambah(path, baris, f"realisasi{ket} indikator {ind.id} {fmt_angka(nilai)} {ind.satuan} melebihi batas "
                                  f"{fmt_angka(maks)} (periksa angkanya; bila memang bisa lebih, tulis realisasi_maks "
                                  "pada indikator di Renstra)")
            return False
    return True


# ------------------------------------------------------------------ one year

def _tahun(s: Satker, th: Tahunan, m: Masalah) -> None:
    r = renstra_untuk(s, th.tahun)
    berkas = [b for b in (th.pk, th.realisasi, th.anggaran, th.lkj) if b is not None]
    if r is None:
        if _renstra_tak_terbaca(s, th.tahun):
            return  # its problems are reported: fix that Renstra first, then check again
        periode = ", ".join(f"{x.data.mulai}-{x.data.selesai}" for x in s.renstra) or "belum ada"
        for b in berkas:
            m.tambah(b.path, 1, f"tahun {th.tahun} di luar periode Renstra satker ini ({periode}) "
                                "(tambahkan renstra-AWAL-AKHIR.md yang mencakupnya, atau periksa nama folder)")
        return
    indeks = indeks_indikator(r)
    if th.pk is not None:
        _pk(s, th, indeks, m)
    if th.realisasi is not None:
        _realisasi(s, th, indeks, m)
    if th.anggaran is not None:
        _anggaran(th.anggaran.data, m)


def _renstra_tak_terbaca(s: Satker, tahun: int) -> bool:
    """Is there a renstra-AWAL-AKHIR.md covering ``tahun`` that could not be read (already reported)?"""
    terbaca = {Path(b.path).name for b in s.renstra}
    for path in s.folder.glob("renstra-*.md"):
        m = re.fullmatch(r"renstra-([0-9]{4})-([0-9]{4})\.md", path.name)
        if m and path.name not in terbaca and int(m[1]) <= tahun <= int(m[2]):
            return True
    return False


def _renstra_cacat(r: Renstra) -> bool:
    """Was a sasaran or indikator of ``r`` dropped because it could not be read, or is an
    indikator's code unreliable (written twice), all already reported?"""
    return (ditolak(r, "sasaran") or any(ditolak(sas, "indikator") for sas in r.sasaran)
            or any(ditolak(ind, "id") for sas in r.sasaran for ind in sas.indikator))


def _cari(indeks: dict, kode: str, path: str, baris: int, m: Masalah, r_path: str,
          cacat: bool = False) -> Indikator | None:
    d = indeks.get(kode)
    if d is None and cacat:
        return None  # maybe one of the unreadable ones: fix the Renstra first, then check again
    if d is not None and cacat_yaml(d.indikator):
        return None  # its unit, scale or target is the one YAML kept of two: fix the Renstra first
    if d is None:
        hint = mirip(kode, sorted(indeks))
        m.tambah(path, baris, f"indikator '{kode}' tidak ada di {Path(r_path).name} "
                              f"({hint or 'tambahkan indikatornya di Renstra atau perbaiki kodenya'})")
        return None
    return d.indikator


def _satuan(ind: Indikator, satuan: str | None, path: str, baris: int, apa: str, m: Masalah) -> None:
    if satuan is not None and satuan.strip().lower() != ind.satuan.strip().lower():
        m.tambah(path, baris, f"satuan {apa} '{satuan}' berbeda dari satuan indikator {ind.id} '{ind.satuan}' "
                              f"(tulis '{ind.satuan}' atau perbaiki satuan indikator)")


def _pk(s: Satker, th: Tahunan, indeks: dict, m: Masalah) -> None:
    assert th.pk is not None
    r = renstra_untuk(s, th.tahun)
    assert r is not None
    _duplikat(th.pk.data.perjanjian, "id", "kode perjanjian", m)
    target_pertama: dict[str, tuple[Angka, int]] = {}
    for p in th.pk.data.perjanjian:
        _duplikat(p.baris, "indikator", f"indikator dalam perjanjian {p.id}", m)
        for b in p.baris:
            ind = _cari(indeks, b.indikator, b.path, b.line("indikator"), m, r.path, _renstra_cacat(r.data))
            if ind is None:
                continue
            _satuan(ind, b.satuan, b.path, b.line("satuan"), "target", m)
            _tercetak_kinerja(ind, b.tercetak, m)
            if not _nilai_sah(ind, b.target, "target", b.path, b.line("target"), m, th.tahun):
                continue
            rt = ind.target.get(th.tahun)
            # an implausible Renstra target is reported there; comparing with it would only repeat that
            if rt is not None and rt != b.target and not b.revisi and _melampaui(ind, rt) is None:
                m.tambah(b.path, b.line("target"),
                         f"target {ind.id} di perjanjian {p.id} ({_teks_nilai(b.target)}) berbeda dari target Renstra "
                         f"{th.tahun} ({_teks_nilai(rt)}) (samakan, atau tulis revisi: true dan alasan)")
            if b.revisi and not b.alasan:
                m.tambah(b.path, b.line("revisi"), f"revisi target {ind.id} tanpa alasan (tulis alasan: ...)")
            if b.indikator in target_pertama and target_pertama[b.indikator][0] != b.target:
                nilai0, baris0 = target_pertama[b.indikator]
                m.tambah(b.path, b.line("target"),
                         f"target {ind.id} ({_teks_nilai(b.target)}) berbeda dari target di baris {baris0} "
                         f"({_teks_nilai(nilai0)}) (satu indikator satu target per tahun)")
            target_pertama.setdefault(b.indikator, (b.target, b.line("target")))
        for ra in p.rencana_aksi:
            ind = _cari(indeks, ra.indikator, ra.path, ra.line("indikator"), m, r.path, _renstra_cacat(r.data))
            if len(ra.target_triwulan) > 4:
                m.tambah(ra.path, ra.line("target_triwulan"),
                         "target_triwulan berisi lebih dari 4 nilai (tulis paling banyak 4: triwulan I-IV)")
            if ind is not None:
                for v in ra.target_triwulan:
                    _nilai_sah(ind, v, "target triwulan", ra.path, ra.line("target_triwulan"), m)
            if len(set(ra.bulan)) != len(ra.bulan):
                m.tambah(ra.path, ra.line("bulan"), "bulan yang sama ditulis dua kali (tulis setiap bulan sekali)")
        _duplikat(p.anggaran, "program", f"program dalam anggaran perjanjian {p.id}", m)


def _lingkup(s: Satker, th: Tahunan, m: Masalah) -> None:
    """A printed summary must name what it summarises, or the site cannot set it beside the computed one."""
    assert th.realisasi is not None
    r = renstra_untuk(s, th.tahun)
    assert r is not None
    perjanjian = th.pk.data.perjanjian if th.pk else ()
    pj = {p.id for p in perjanjian}
    sas = {x.id for x in r.data.sasaran}
    # ids that may be missing only because they could not be read (reported already)
    pj_cacat = th.pk is not None and (ditolak(th.pk.data, "perjanjian") or any(ditolak(p, "id") for p in perjanjian))
    if th.pk is None and (s.folder / str(th.tahun) / "pk.md").is_file():
        pj_cacat = True  # pk.md exists but could not be read
    sas_cacat = ditolak(r.data, "sasaran") or any(ditolak(x, "id") for x in r.data.sasaran)
    iku = [i.id for x in r.data.sasaran for i in x.indikator if i.iku]
    for t in th.realisasi.data.tercetak:
        jenis, _, kode = t.lingkup.partition(":")
        if t.lingkup == "iku":
            if not iku and not _renstra_cacat(r.data):
                m.tambah(t.path, t.line("lingkup"),
                         f"lingkup 'iku', tetapi tidak ada indikator IKU di {Path(r.path).name} (tulis iku: true pada "
                         "indikator kinerja utama di Renstra, atau pakai lingkup perjanjian:<id> atau sasaran:<id>)")
            continue
        if (jenis == "perjanjian" and (kode in pj or pj_cacat)) or (jenis == "sasaran" and (kode in sas or sas_cacat)):
            continue
        pilihan = ["iku", *(f"perjanjian:{x}" for x in sorted(pj)), *(f"sasaran:{x}" for x in sorted(sas))]
        hint = mirip(t.lingkup, pilihan)
        m.tambah(t.path, t.line("lingkup"), f"lingkup '{t.lingkup}' tidak dikenal "
                                            f"({hint or 'tulis salah satu: ' + ', '.join(pilihan)})")


def _tercetak_kinerja(ind: Indikator, daftar: Iterable[TercetakKinerja], m: Masalah) -> None:
    """Printed figures of one indicator must be comparable with its own: same unit, and a
    grade from its scale for a graded indicator, a number otherwise. The site sets each
    beside the computed figure; a grade beside a number, or a figure in another unit,
    would publish a difference that is not one. The printed numbers themselves are not
    judged: the print is history, the consistency notes show where it is wrong."""
    for t in daftar:
        if t.satuan is not None and t.satuan.strip().lower() != ind.satuan.strip().lower():
            m.tambah(t.path, t.line("satuan"),
                     f"satuan tercetak '{t.satuan}' berbeda dari satuan indikator {ind.id} '{ind.satuan}' (angka dalam "
                     f"satuan lain tidak dapat dibandingkan: tulis angkanya dalam '{ind.satuan}', atau simpan teks "
                     "aslinya di 'teks' tanpa target dan realisasi)")
            continue
        for kolom in ("target", "realisasi"):
            v = getattr(t, kolom)
            if v is None:
                continue
            if ind.skala and not (isinstance(v, str) and v in ind.skala):
                m.tambah(t.path, t.line(kolom),
                         f"{kolom} tercetak indikator {ind.id} harus salah satu predikat skala "
                         f"({', '.join(ind.skala)}), bukan {_teks_nilai(v)} (tulis predikatnya persis seperti di "
                         "skala; angka atau teks lain disimpan di 'teks')")
            elif not ind.skala and isinstance(v, str):
                m.tambah(t.path, t.line(kolom),
                         f"{kolom} tercetak indikator {ind.id} berisi '{v}', bukan angka (indikator ini tidak "
                         f"berpredikat: tulis angkanya dalam '{ind.satuan}', atau simpan teks aslinya di 'teks')")


def _target_cacat(s: Satker, th: Tahunan, ind: Indikator) -> bool:
    """Could the year's target of ``ind`` be one that was unreadable (and already reported)?"""
    if ditolak(ind, "target"):
        return True
    if th.pk is None:
        return (s.folder / str(th.tahun) / "pk.md").is_file()  # pk.md exists but could not be read
    return (ditolak(th.pk.data, "perjanjian") or any(ditolak(p, "baris") for p in th.pk.data.perjanjian)
            or any(ditolak(b, "indikator") for p in th.pk.data.perjanjian for b in p.baris))


def _realisasi(s: Satker, th: Tahunan, indeks: dict, m: Masalah) -> None:
    assert th.realisasi is not None
    _lingkup(s, th, m)
    r = renstra_untuk(s, th.tahun)
    assert r is not None
    _duplikat(th.realisasi.data.realisasi, "indikator", "realisasi indikator", m)
    for x in th.realisasi.data.realisasi:
        ind = _cari(indeks, x.indikator, x.path, x.line("indikator"), m, r.path, _renstra_cacat(r.data))
        if ind is None:
            continue
        if target_tahun(s, th.tahun, ind.id) is None and not _target_cacat(s, th, ind):
            m.tambah(x.path, x.line("indikator"),
                     f"realisasi {ind.id} tahun {th.tahun} tidak punya target (tulis targetnya di {th.tahun}/pk.md "
                     f"atau target {th.tahun} di Renstra)")
        _satuan(ind, x.satuan, x.path, x.line("satuan"), "realisasi", m)
        _tercetak_kinerja(ind, x.tercetak, m)
        if x.nilai is not None:
            _nilai_sah(ind, x.nilai, "realisasi", x.path, x.line("nilai"), m, th.tahun)
        if x.triwulan:
            if len(x.triwulan) > 4:
                m.tambah(x.path, x.line("triwulan"),
                         "triwulan berisi lebih dari 4 nilai (tulis paling banyak 4: triwulan I-IV)")
                continue
            if not all(_nilai_sah(ind, v, "realisasi triwulan", x.path, x.line("triwulan"), m) for v in x.triwulan):
                continue
            if ind.skala:
                continue
            if ind.agregasi_triwulan is None:
                m.tambah(x.path, x.line("triwulan"),
                         f"indikator {ind.id} belum menyebut cara menggabungkan triwulan "
                         "(tulis agregasi_triwulan: kumulatif, terakhir atau rata-rata pada indikator di Renstra)")
                continue
            gabung = gabung_triwulan(ind.agregasi_triwulan, [v for v in x.triwulan if isinstance(v, Decimal)])
            if isinstance(x.nilai, Decimal) and gabung != x.nilai and len(x.triwulan) == 4:
                m.tambah(x.path, x.line("nilai"),
                         f"realisasi tahunan {ind.id} ({fmt_angka(x.nilai)}) berbeda dari gabungan triwulan "
                         f"({ind.agregasi_triwulan}: {fmt_angka(gabung)}) (hapus 'nilai' agar dihitung, atau perbaiki)")
            elif not ind.skala:
                _nilai_sah(ind, gabung, "realisasi gabungan triwulan", x.path, x.line("triwulan"), m, th.tahun)


# ------------------------------------------------------------------ anggaran

def _jumlah(induk: Rekam, anak: list, apa: str, kode: str, m: Masalah) -> None:
    """A stated pagu/realisasi on ``induk`` must equal the sum over ``anak``."""
    if not anak:
        return
    if not getattr(induk, "rincian_lengkap", True):
        if getattr(induk, "pagu") is None:
            m.tambah(induk.path, induk.line("rincian_lengkap"),
                     f"{apa} {kode} ditandai rincian_lengkap: false tetapi pagunya tidak ditulis "
                     "(tulis pagu sebagaimana dokumen resmi)")
        return
    for kolom in ("pagu", "realisasi"):
        nilai = getattr(induk, kolom)
        bagian = [getattr(a, kolom) for a in anak]
        if nilai is None or any(b is None for b in bagian):
            continue
        total = sum(bagian)
        if nilai != total:
            m.tambah(induk.path, induk.line(kolom),
                     f"{kolom} {apa} {kode} {rupiah(nilai)} berbeda dari jumlah rinciannya {rupiah(total)} "
                     f"(selisih {rupiah(nilai - total)}; hapus angka ini agar dihitung, atau perbaiki rinciannya)")


def _anggaran(a: BerkasAnggaran, m: Masalah) -> None:
    _duplikat(a.program, "kode", "kode program", m)
    _duplikat(a.belanja, "kode", "kode belanja", m)
    h = hitung_anggaran(a)
    for baris in h.semua_baris():
        # A computed pagu is unknown because a part is (the part is reported), and a
        # rejected pagu was reported where it was written: report neither twice.
        tak_diketahui = baris.pagu is None and not baris.dihitung
        if tak_diketahui and baris.rekam is not None and not ditolak(baris.rekam, "pagu"):
            m.tambah(baris.rekam.path, baris.rekam.line(""),
                     f"pagu {baris.jenis} {baris.kode or baris.nama} tidak diketahui (tulis pagu, atau rinciannya lengkap dengan pagu)")
        if baris.pagu is not None and baris.realisasi is not None and baris.realisasi > baris.pagu:
            rk = baris.rekam
            if rk is not None:
                m.tambah(rk.path, rk.line("realisasi") if rk.posisi.get("realisasi") else rk.line(""),
                         f"realisasi {baris.jenis} {baris.kode} {rupiah(baris.realisasi)} melebihi pagunya "
                         f"{rupiah(baris.pagu)} (periksa kedua angka)")
    for p in a.program:
        _jumlah(p, [_Anak(k, h) for k in p.kegiatan], "program", p.kode, m)
        _duplikat([k for k in p.kegiatan if k.kode is not None], "kode", "kode kegiatan", m)
        for k in p.kegiatan:
            _jumlah(k, list(k.ro), "kegiatan", k.kode or k.nama, m)
            _duplikat(k.ro, "kode", "kode RO", m)
    if a.program:
        _jumlah(a, [_Anak(p, h) for p in a.program], "total", "satker", m)
    if a.program and a.belanja and h.pagu is not None:
        pb = sum(b.pagu for b in a.belanja)
        if pb != h.pagu:
            m.tambah(a.path, a.belanja[0].line(""),
                     f"jumlah pagu per jenis belanja {rupiah(pb)} berbeda dari jumlah pagu program {rupiah(h.pagu)} "
                     f"(selisih {rupiah(pb - h.pagu)}; periksa kedua rincian)")
        rb = [b.realisasi for b in a.belanja]
        if h.realisasi is not None and all(v is not None for v in rb):
            tb = sum(v for v in rb if v is not None)
            if tb != h.realisasi:
                m.tambah(a.path, a.belanja[0].line(""),
                         f"jumlah realisasi per jenis belanja {rupiah(tb)} berbeda dari jumlah realisasi program "
                         f"{rupiah(h.realisasi)} (selisih {rupiah(tb - h.realisasi)}; periksa kedua rincian)")
    if a.belanja and not a.program:
        _jumlah(a, list(a.belanja), "total", "satker (per jenis belanja)", m)
    if a.revisi and h.pagu is not None:
        akhir = sorted(a.revisi, key=lambda r: (r.tanggal, r.ke or 0))[-1]
        if akhir.pagu != h.pagu:
            m.tambah(akhir.path, akhir.line("pagu"),
                     f"pagu revisi DIPA terakhir {rupiah(akhir.pagu)} berbeda dari total pagu {rupiah(h.pagu)} "
                     "(revisi terakhir menetapkan pagu akhir: samakan)")
    if a.sumber_dana and h.pagu is not None:
        sd = sum(x.pagu for x in a.sumber_dana)
        if sd != h.pagu:
            m.tambah(a.path, a.sumber_dana[0].line(""),
                     f"jumlah sumber dana {rupiah(sd)} berbeda dari total pagu {rupiah(h.pagu)} "
                     f"(selisih {rupiah(sd - h.pagu)}; perbaiki pagu sumber dana agar jumlahnya sama)")
    ke = [r.ke for r in a.revisi if r.ke is not None]
    if len(set(ke)) != len(ke):
        _duplikat([r for r in a.revisi if r.ke is not None], "ke", "revisi ke-", m)


class _Anak:
    """A child's computed pagu/realisasi, for comparing with its parent's stated one."""

    def __init__(self, rekam: Program | Kegiatan, h: object) -> None:
        assert isinstance(h, HasilAnggaran)
        baris = h.baris_untuk(rekam)
        self.pagu = baris.pagu if baris else None
        self.realisasi = baris.realisasi if baris else None

"""BAB III Akuntabilitas Kinerja of the LKj: capaian, analysis, comparison, budget, other results.

The longest chapter, in five sections; every table and figure comes from ``render``.
"""

from __future__ import annotations

from ..render import tabel as render
from ..render.aman import sel
from ..render.format import angka, persen, rupiah, tanggal
from ..render.grafik import svg_capaian_cetak
from ..render.grafik_anggaran import svg_anggaran_cetak
from ..render.markdown import (
    Bagian,
)
from .penyusun import (
    _Bab,
    _bagian_body,
    _jumlah,
    _Konteks,
    _pilah,
)
from .sasaran import sasaran_bab3


def bab_akuntabilitas(k: _Konteks) -> None:
    """BAB III: capaian, analysis, comparison, budget and other results, each from render/."""
    th, z = k.th, k.z
    b3 = k.bab_narasi("3")
    z.bab_baru("3", "BAB III Akuntabilitas Kinerja", "bab-3")
    z.narasi(b3.pembuka, 3)
    real_body = _pilah(_bagian_body(th.realisasi), (
        ("lainnya", ("lainnya", "penghargaan", "prestasi")),
        ("analisis", ("analisis",)),
    ), "capaian")
    _bab3_capaian(k, b3, real_body)
    _bab3_analisis(k, b3, real_body)
    _bab3_anggaran(k, b3, real_body)
    _bab3_lainnya(k, b3, real_body)


def _bab3_capaian(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.A: the capaian tables (IKU, per sasaran or per PK) and the chart."""
    tahun, h, z, nama, pks = k.tahun, k.h, k.z, k.nama, k.pks
    z.bagian("Capaian Kinerja Organisasi")
    k.tulis(b3.ambil("capaian kinerja organisasi", "pengukuran"), 4, judul_sendiri=False)
    g = svg_capaian_cetak(h)
    # several PKs covering every indicator: one capaian table per PK instead of one for all sasaran
    di_pk = {c.indikator.id for hp in pks for ks in hp.sasaran for c in ks.indikator}
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
        z.teks(f"Pengukuran kinerja tahun {tahun}{', dari data yang tercatat,' if h.sebagian else ''} mencakup {_jumlah(len(h.indikator), 'indikator')} pada "
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
                     + (f" (dibatasi paling tinggi {angka(h.pengaturan.batas_capaian)}%)" if h.pengaturan.batas_capaian else ""))
    else:
        z.teks(f"Belum ada indikator kinerja {sel(nama)} dengan target tahun {tahun}.\n")
    k.tulis(real_body["capaian"], 4)


def _bab3_analisis(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.A continued: the comparison table, then every sasaran with the seven points of the regulation."""
    tahun, h, z = k.tahun, k.h, k.z
    k.tulis(b3.ambil("analisis"), 4, judul_sendiri=False)
    k.tulis(real_body["analisis"], 4)
    k.tulis(b3.ambil("perbandingan"), 4, judul_sendiri=False)
    if any(c.riwayat or c.target_akhir is not None for c in h.indikator.values()):
        lalu = sorted({t for c in h.indikator.values() for t, _, _ in c.riwayat})
        z.teks(f"Tabel\u00a0{z.nomor_tabel_berikut()} membandingkan realisasi tahun {tahun} dengan "
               + (f"realisasi tahun {', '.join(str(t) for t in lalu)} dan dengan " if lalu else "")
               + "target akhir Renstra.\n")
        z.tabel_dari(render.tabel_perbandingan(h), [f"Realisasi {tahun} dibanding tahun sebelumnya dan target akhir Renstra"])
    for kel in h.sasaran:
        sasaran_bab3(k, kel)


def _bab3_anggaran(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.D: pagu, realisasi, revisions and the NKA."""
    situs, sid, tahun, s, h, th, z, nama = k.situs, k.sid, k.tahun, k.s, k.h, k.th, k.z, k.nama
    z.bagian("Realisasi Anggaran")
    k.tulis(b3.ambil("anggaran"), 4, judul_sendiri=False)
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
        ga = svg_anggaran_cetak(h)
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
    k.tulis(_bagian_body(th.anggaran), 4)


def _bab3_lainnya(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.E: awards and other results, then sections the structure does not name."""
    tahun, s, th, z = k.tahun, k.s, k.th, k.z
    z.bagian("Capaian Kinerja Lainnya")
    ada = k.tulis(b3.ambil("lainnya", "penghargaan", "prestasi"), 4, judul_sendiri=False)
    ada = k.tulis(real_body["lainnya"], 4) or ada
    if th.realisasi is not None and th.realisasi.data.penghargaan:
        z.tabel_dari(render.tabel_penghargaan(s, tahun), [f"Penghargaan tahun {tahun}"])
    elif not ada:
        z.teks(f"Tidak ada penghargaan yang dicatat untuk tahun {tahun}.\n")
    k.bagian_sisa(b3)

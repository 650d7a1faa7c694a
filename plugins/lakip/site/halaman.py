"""The pages nobody should have to write, generated as Markdown.

Per satker: a profile and a Renstra page; per satker and year: capaian,
Perjanjian Kinerja, anggaran and the consistency notes; plus the national
index. Paths are the ``docs``-relative URIs the MkDocs plugin adds; the CLI
can write the same pages to a folder.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from ..compute.kinerja import HasilTahun
from ..compute.konsistensi import judul_lingkup
from ..compute.situs import Situs
from ..compute.status import status_tahun
from ..lkj.naskah import StatusPdf
from ..lkj.susun import punya_lkj
from ..model.katalog import renstra_untuk
from ..model.rekaman import TINGKAT_NAMA, URUT_TINGKAT
from ..model.satker import Satker
from ..render import tabel as render
from ..render.aman import netralkan, sel
from ..render.format import KOSONG, persen, rupiah, tanggal
from ..render.grafik import grafik_capaian, grafik_tren
from ..render.grafik_anggaran import grafik_anggaran_belanja, grafik_anggaran_program
from ..render.kalimat import jumlah_kata, ringkasan_tahun, uraian_aturan
from ..render.kartu import kartu_ringkas
from ..render.kegiatan import bagian_kegiatan
from ..render.konsistensi import tabel_catatan, tabel_konsistensi
from ..render.markdown import geser_judul
from ..render.tercetak import CatatanTercetak
from .alamat import URI_DAFTAR_SATKER, uri_data, uri_renstra, uri_satker, uri_tahun
from .evaluasi_lkj import halaman_evaluasi, punya_evaluasi
from .lkj import halaman_lkj
from .navigasi import TANPA_PENCARIAN, relatif, tautan_tahun, unduh
from .portal import (  # DIP and peer comparison: they list the pages made above
    Rencana,
    catatan_ringkas,
    halaman_tambahan,
    kepala_ringkas,
    nilai_ringkas,
)
from .ppid import semua_ppid
from .status import bagian_tanggal, semua_status, tahun_status


def _body(berkas: object) -> str:
    body = netralkan(getattr(berkas, "body", "") if berkas is not None else "")
    return body.strip() + "\n" if body and body.strip() else ""


def _uraian(berkas: object, judul: str = "Uraian") -> list[str]:
    """A data file's Markdown body under its own heading, or nothing when it is empty."""
    body = _body(berkas)
    # the body's own headings go below this one, or the heading stands empty and the TOC is flat
    return [f"## {judul}\n", geser_judul(body, 3)] if body else []


def _tercetak(situs: Situs, sid: str, tahun: int) -> CatatanTercetak:
    """The page's markers for figures the signed report printed otherwise (pages beside the consistency page)."""
    ada = situs.ada_konsistensi(sid, tahun)
    return CatatanTercetak(situs.konsistensi(sid, tahun) if ada else [], "konsistensi.md" if ada else None)


def halaman_tahun(situs: Situs, sid: str, tahun: int) -> str:
    h = situs.hasil(sid, tahun)
    s = h.satker
    th = s.tahun[tahun]
    cetak = _tercetak(situs, sid, tahun)
    out = [f"# Capaian Kinerja {tahun}: {sel(s.nama)}\n", tautan_tahun(situs, sid, tahun, "index"),
           ringkasan_tahun(h)]
    data = unduh(uri_tahun(sid, tahun), [f"{sid}/{tahun}/capaian.csv"], f"{sid}/{tahun}/capaian.json", "capaian")
    if h.iku is not None:
        out += ["## Indikator Kinerja Utama\n", grafik_capaian(h, awalan="grafik-iku", hanya_iku=True,
                                                               catatan="Angka lengkap ada di tabel berikut."),
                render.tabel_capaian(h, [h.iku], judul_kelompok=False, tercetak=cetak), data]
    if h.sasaran:
        out += ["## Capaian per sasaran\n", render.tabel_capaian(h, h.sasaran, tercetak=cetak), data,
                grafik_capaian(h)]
    for hp in h.perjanjian:
        if hp.perjanjian.jenis == "pk" and hp.sasaran and len(h.perjanjian) > 1:
            judul = hp.perjanjian.judul or f"Perjanjian Kinerja {hp.perjanjian.id}"
            out += [f"### {sel(judul)}\n", render.tabel_capaian(h, hp.sasaran, tercetak=cetak)]
    if any(c.riwayat or c.target_akhir is not None for c in h.indikator.values()):
        out += ["## Perbandingan dengan tahun sebelumnya dan target akhir Renstra\n", render.tabel_perbandingan(h)]
    tren = grafik_tren(h)
    if tren:
        out += ["## Tren capaian IKU\n", tren]
    analisis = [c for c in h.indikator.values() if c.realisasi is not None and c.realisasi.analisis]
    if analisis:
        out.append("## Analisis capaian\n")
        for c in analisis:
            assert c.realisasi is not None and c.realisasi.analisis is not None
            out += [f"### {sel(c.indikator.id)} {sel(c.indikator.nama)}\n", netralkan(c.realisasi.analisis).strip() + "\n"]
    if th.realisasi is not None and th.realisasi.data.penghargaan:
        out += ["## Capaian kinerja lainnya\n", render.tabel_penghargaan(s, tahun)]
    out += bagian_kegiatan(h)
    out += _uraian(th.realisasi)
    out += [bagian_tanggal(situs, sid, tahun), _catatan_metode(h)]
    return "\n".join(out)


def _catatan_metode(h: HasilTahun) -> str:
    return ("\n!!! info \"Cara menghitung\"\n    Capaian dihitung dari target dan realisasi menurut polaritas indikator "
            f"(lihat [Metodologi](../../../metodologi.md)). {uraian_aturan(h.pengaturan)}\n")


def halaman_pk(situs: Situs, sid: str, tahun: int) -> str:
    h = situs.hasil(sid, tahun)
    th = h.satker.tahun[tahun]
    out = [f"# Perjanjian Kinerja {tahun}: {sel(h.satker.nama)}\n", tautan_tahun(situs, sid, tahun, "perjanjian-kinerja")]
    if not h.perjanjian:
        out.append("*Belum ada perjanjian kinerja untuk tahun ini; target diambil dari Renstra.*\n")
    out += [render.tabel_pk(h, tercetak=_tercetak(situs, sid, tahun)),
            unduh(uri_tahun(sid, tahun, "perjanjian-kinerja"), [f"{sid}/{tahun}/capaian.csv"],
                  f"{sid}/{tahun}/capaian.json", "capaian")]
    if any(hp.perjanjian.rencana_aksi for hp in h.perjanjian):
        out += ["## Rencana aksi\n", render.tabel_rencana_aksi(h)]
    out += bagian_kegiatan(h)
    out += _uraian(th.pk)
    if h.perjanjian:
        out.append(_catatan_metode(h))
    return "\n".join(out)


def halaman_anggaran(situs: Situs, sid: str, tahun: int) -> str:
    h = situs.hasil(sid, tahun)
    th = h.satker.tahun[tahun]
    out = [f"# Realisasi Anggaran {tahun}: {sel(h.satker.nama)}\n", tautan_tahun(situs, sid, tahun, "anggaran")]
    a = h.anggaran
    if a is None:
        out.append("*Belum ada data anggaran tahun ini.*\n")
        return "\n".join(out)
    assert th.anggaran is not None
    d = th.anggaran.data
    if a.pagu is not None:
        kal = f"Pagu anggaran {tahun}: **{rupiah(a.pagu)}**"
        if a.realisasi is not None:
            kal += f"; realisasi **{rupiah(a.realisasi)}** (serapan {persen(a.total.serapan)}); sisa {rupiah(a.total.sisa or 0)}"
        out.append(kal + ".\n")
    cetak = _tercetak(situs, sid, tahun)
    dari, akar = uri_tahun(sid, tahun, "anggaran"), f"{sid}/{tahun}/"
    if d.program:
        out += ["## Per program, kegiatan dan rincian output\n", render.tabel_anggaran(h, cetak),
                unduh(dari, [akar + f"anggaran-{x}.csv" for x in ("program", "kegiatan", "ro")],
                      akar + "anggaran.json", "anggaran-program"), grafik_anggaran_program(h)]
    out += bagian_kegiatan(h, "Kegiatan dan indikator kinerja yang dipikulnya")
    if d.belanja:
        out += ["## Per jenis belanja\n", render.tabel_belanja(h, cetak),
                unduh(dari, [akar + "anggaran-belanja.csv"], akar + "anggaran.json", "anggaran-belanja"),
                grafik_anggaran_belanja(h)]
    if not d.program and not d.belanja:  # the total only: it is a row of the summary file
        out += [render.tabel_anggaran(h, cetak), unduh(dari, ["ringkasan.csv"], akar + "anggaran.json", "ringkasan")]
    if d.revisi:
        out += ["## Riwayat revisi DIPA\n", render.tabel_revisi(h.satker, tahun)]
    if d.sumber_dana:
        rows = [[sel(x.nama), rupiah(x.pagu)] for x in d.sumber_dana]
        out += ["## Sumber dana\n", render.tabel(["Sumber", "Pagu"], rows, "lr")]
    if d.nka is not None:
        n = d.nka
        out += ["## Nilai Kinerja Anggaran\n",
                f"Nilai Kinerja Anggaran: **{render.nilai(n.nilai)}** (predikat {sel(n.predikat)})"
                + (f", sumber: {sel(n.sumber)}" if n.sumber else "")
                + (f", per {tanggal(n.tanggal)}" if n.tanggal else "") + ".\n"]
    out += _uraian(th.anggaran)
    return "\n".join(out)


def halaman_konsistensi(situs: Situs, sid: str, tahun: int) -> str:
    h = situs.hasil(sid, tahun)
    daftar = situs.konsistensi(sid, tahun)
    catatan = situs.catatan(sid, tahun)
    jumlah = (f"Ada **{jumlah_kata(len(daftar), 'angka tercetak')}** yang perlu diperhatikan"
              + (f" dan **{jumlah_kata(len(catatan), 'catatan')}** atas laporan tercetak." if catatan else "."))
    out = [TANPA_PENCARIAN + f"# Catatan konsistensi {tahun}: {sel(h.satker.nama)}\n", tautan_tahun(situs, sid, tahun, "konsistensi"),
           "Angka yang tercetak di laporan yang dipublikasikan dibandingkan dengan hasil perhitungan dari datanya. "
           "Angka tercetak dianggap sama bila sama dengan hasil perhitungan yang dibulatkan ke jumlah desimal "
           "yang tercetak (setengah ke atas). Angka yang dipotong, misalnya 99 untuk 99,85, dicatat tersendiri "
           "sebagai *dibulatkan ke bawah*. Angka yang tidak dapat dihitung dari data ditampilkan sebagaimana "
           f"tercetak, bersama angka lain yang tercetak untuk hal yang sama. {jumlah}\n",
           tabel_konsistensi(daftar), _unduh_konsistensi(sid, tahun) if daftar else "",
           tabel_catatan(catatan, lambda t: judul_lingkup(h, t))]
    return "\n".join(out)


def _unduh_konsistensi(sid: str, tahun: int) -> str:
    """The findings are open data too: the year's index.json holds them as values and codes."""
    dari = uri_tahun(sid, tahun, "konsistensi")
    data, metode = relatif(dari, uri_data(f"{sid}/{tahun}/index.json")), relatif(dari, "metodologi.md")
    return (f"Data tabel ini: [JSON]({data}) (bagian konsistensi; isinya dijelaskan di "
            f"[Metodologi]({metode}#data-terbuka))\n{{: .lakip-unduh }}\n")


def _tabel_per_tahun(situs: Situs, sid: str, tahun: list[int]) -> str:
    """The satker page's row per year; an IKU mean the signed report printed otherwise carries its marker,
    with the note under the table, as on the year's own page."""
    rows = []
    cetak = {t: CatatanTercetak(situs.konsistensi(sid, t) if situs.ada_konsistensi(sid, t) else [],
                                f"{t}/konsistensi.md", f"tercetak-{t}") for t in tahun}
    for t in tahun:
        h = situs.hasil(sid, t)
        lingkup = judul_lingkup(h, "iku")
        iku = h.iku.rata_rata if h.iku else None
        rows.append([f"[{t}]({t}/index.md)",
                     cetak[t].tanda(persen(iku), lingkup, "rata-rata capaian") if iku is not None else KOSONG,
                     cetak[t].tanda(h.iku.kategori.nama, lingkup, "kategori") if h.iku and h.iku.kategori else KOSONG,
                     rupiah(h.anggaran.pagu) if h.anggaran and h.anggaran.pagu is not None else KOSONG,
                     persen(h.anggaran.total.serapan) if h.anggaran else KOSONG])
    tabel = render.tabel(["Tahun", "Rata-rata capaian IKU", "Kategori", "Pagu", "Serapan"], rows, "lrlrr")
    return tabel + "".join(c.catatan() for c in cetak.values())


def halaman_satker(situs: Situs, sid: str) -> str:
    s = situs.data.satker[sid]
    out = [f"# {sel(s.nama)}\n"]
    if s.profil is not None:
        p = s.profil.data
        info = [("Tingkat", TINGKAT_NAMA.get(p.tingkat, p.tingkat)), ("Provinsi", p.provinsi),
                ("Sekretariat", p.nama_sekretariat), ("Alamat", " ".join(x for x in (p.alamat, p.kode_pos) if x) or None),
                ("Telepon", p.telepon), ("Faksimile", p.faks), ("Surel", p.email), ("Situs web", p.website)]
        if p.induk and p.induk in situs.data.satker:
            info.insert(2, ("Satker induk", f"[{sel(situs.data.satker[p.induk].nama)}](../{p.induk}/index.md)"))
        elif p.induk and p.induk not in situs.data.lain:  # a parent whose data lives elsewhere: its name, as text
            # (a satker of this repository left out of this build, as in a one-satker site, is not named by id)
            info.insert(2, ("Satker induk", sel(p.induk)))
        rows = [[k, v if k == "Satker induk" else sel(v)] for k, v in info if v]
        out.append(render.tabel(["", ""], rows))
    tahun = sorted(s.tahun, reverse=True)
    terakhir = situs.tahun_terakhir(sid)
    if terakhir is not None:
        h = situs.hasil(sid, terakhir)
        out += [f"## Ringkasan {terakhir}\n", kartu_ringkas(status_tahun(h), situs.pengaturan,
                                                           h.iku.kategori if h.iku else None, f"{terakhir}/",
                                                           punya_lkj(situs, sid, terakhir))]
    if tahun:
        out += ["## Laporan per tahun\n", _tabel_per_tahun(situs, sid, tahun),
                unduh(uri_satker(sid), ["ringkasan.csv"], "ringkasan.json", "ringkasan")]
    for r in sorted(s.renstra, key=lambda b: b.data.mulai):
        out.append(f"Rencana Strategis: [Renstra {r.data.mulai}–{r.data.selesai}](renstra-{r.data.mulai}-{r.data.selesai}.md)\n")
    out.append("Informasi publik (PPID): [Daftar Informasi Publik](dip.md) · "
               "[Kontak dan cara memohon informasi](ppid.md)\n")
    if s.profil is not None:
        p = s.profil.data
        if p.pejabat:
            out += ["## Pejabat\n", render.tabel_pejabat(s)]
        if p.unit_kerja:
            out += ["## Unit kerja\n", "\n".join(f"- {sel(u)}" for u in p.unit_kerja) + "\n"]
        if p.sdm:
            out += ["## Sumber daya manusia\n", render.tabel_jumlah(p.sdm)]
        if p.badan_adhoc:
            out += ["## Badan ad hoc\n", render.tabel_jumlah(p.badan_adhoc)]
        if p.sarana:
            out += ["## Sarana dan prasarana\n", render.tabel_jumlah(p.sarana)]
        out += _uraian(s.profil, "Tugas, fungsi dan organisasi")
    return "\n".join(out)


def halaman_renstra(situs: Situs, sid: str, mulai: int) -> str:
    s = situs.data.satker[sid]
    r = renstra_untuk(s, mulai)
    assert r is not None
    d = r.data
    out = [f"# Rencana Strategis {d.mulai}–{d.selesai}: {sel(s.nama)}\n"]
    if d.dasar:
        out.append(f"Ditetapkan dengan {sel(d.dasar)}.\n")
    if d.visi:
        out += ["## Visi\n", f"> {sel(d.visi)}\n"]
    if d.misi:
        out += ["## Misi\n", "\n".join(f"{i}. {sel(m)}" for i, m in enumerate(d.misi, 1)) + "\n"]
    if d.tujuan:
        out += ["## Tujuan\n", "\n".join(f"- **{sel(t.id)}** {sel(t.uraian)}" for t in d.tujuan) + "\n"]
    periode = f"renstra-{d.mulai}-{d.selesai}"
    out += ["## Sasaran, indikator dan target\n", render.tabel_renstra(d),
            unduh(uri_renstra(sid, d.mulai, d.selesai), [f"{sid}/{periode}.csv"], f"{sid}/{periode}.json", "renstra"),
            "## Definisi indikator\n", render.tabel_indikator(d)]
    out += _uraian(r)
    return "\n".join(out)


def halaman_indeks(situs: Situs) -> str:
    """Every satker in its hierarchy with its latest headline figures."""
    out = ["# Daftar satker\n", catatan_ringkas(situs) + "\n", unduh(URI_DAFTAR_SATKER, ["ringkasan.csv"],
                                                                    "ringkasan.json", "ringkasan")]
    if tahun_status(situs):
        out.append("Status pelaporan (siapa yang sudah menerbitkan PK, LKj dan DIP): "
                   + " · ".join(f"[{t}](../status/{t}.md)" for t in tahun_status(situs)) + "\n")
    kepala, rata = kepala_ringkas(situs)
    per_prov: dict[str, list[Satker]] = {}
    for s in situs.satker():
        prov = (s.profil.data.provinsi if s.profil else None) or "Nasional"
        per_prov.setdefault(prov, []).append(s)
    for prov in sorted(per_prov, key=lambda x: (x != "Nasional", x)):
        out.append(f"## {sel(prov)}\n")
        rows = []
        for s in sorted(per_prov[prov], key=lambda x: (_urut_tingkat(x), x.nama)):
            rows.append([f"[{sel(s.nama)}]({s.id}/index.md)", *nilai_ringkas(situs, s, "../")])
        out.append(render.tabel(["Satker", *kepala], rows, "l" + rata))
    return "\n".join(out)


def _urut_tingkat(s: Satker) -> int:
    t = s.profil.data.tingkat if s.profil else "kota"
    return URUT_TINGKAT.get(t, 3)


def rencana_halaman(situs: Situs, pdf: StatusPdf | None = None) -> Rencana:
    """uri -> (what writes the page's Markdown, satker id, tahun) for every generated page.

    The site's one page list: the build writes every page from it (``semua_halaman``), while
    ``lakip verifikasi`` and the DIP's CSV only need its addresses, not the pages.
    """
    hasil: Rencana = {URI_DAFTAR_SATKER: (partial(halaman_indeks, situs), None, None)}
    for s in situs.satker():
        hasil[uri_satker(s.id)] = (partial(halaman_satker, situs, s.id), s.id, None)
        for r in s.renstra:
            hasil[uri_renstra(s.id, r.data.mulai, r.data.selesai)] = (
                partial(halaman_renstra, situs, s.id, r.data.mulai), s.id, None)
        for t in sorted(s.tahun):
            hasil[uri_tahun(s.id, t)] = (partial(halaman_tahun, situs, s.id, t), s.id, t)
            hasil[uri_tahun(s.id, t, "perjanjian-kinerja")] = (partial(halaman_pk, situs, s.id, t), s.id, t)
            hasil[uri_tahun(s.id, t, "anggaran")] = (partial(halaman_anggaran, situs, s.id, t), s.id, t)
            if situs.ada_konsistensi(s.id, t):
                hasil[uri_tahun(s.id, t, "konsistensi")] = (partial(halaman_konsistensi, situs, s.id, t), s.id, t)
            if punya_lkj(situs, s.id, t):  # a year without PK has its data pages and no LKj
                hasil[uri_tahun(s.id, t, "lkj")] = (partial(halaman_lkj, situs, s.id, t, pdf), s.id, t)
            if punya_evaluasi(situs, s.id, t):  # a final LKj: the SAKIP evaluator's rubric, answered
                hasil[uri_tahun(s.id, t, "evaluasi-lkj")] = (partial(halaman_evaluasi, situs, s.id, t), s.id, t)
    hasil.update(halaman_tambahan(situs, hasil))
    hasil.update((uri, (partial(_tertulis, md), sid, t)) for uri, (md, sid, t) in semua_ppid(situs).items())
    hasil.update((uri, (partial(_tertulis, md), sid, t)) for uri, (md, sid, t) in semua_status(situs, hasil).items())
    return hasil


def _tertulis(md: str) -> str:
    """A page written already (the PPID pages are short)."""
    return md


def semua_halaman(situs: Situs, pdf: StatusPdf | None = None) -> dict[str, tuple[str, str | None, int | None]]:
    """uri -> (markdown, satker id, tahun) for every generated page."""
    return {uri: (tulis(), sid, t) for uri, (tulis, sid, t) in rencana_halaman(situs, pdf).items()}


_SUMBER_TAHUN = {"index": "realisasi", "konsistensi": "realisasi", "perjanjian-kinerja": "pk",
                 "anggaran": "anggaran", "lkj": "lkj", "evaluasi-lkj": "lkj"}


def berkas_sumber(situs: Situs, uri: str) -> Path | None:
    """The data file a generated page mostly comes from (for 'Ubah data ini')."""
    bagian = uri.split("/")
    if len(bagian) < 3 or bagian[0] != "satker" or bagian[1] not in situs.data.satker:
        return None
    s = situs.data.satker[bagian[1]]
    if len(bagian) == 3:
        if bagian[2].startswith("renstra-"):
            return s.folder / bagian[2]
        return s.folder / "profil.md"
    if len(bagian) == 4 and bagian[2].isdigit():
        nama = _SUMBER_TAHUN.get(bagian[3].removesuffix(".md"))
        if nama is not None:
            p = s.folder / bagian[2] / f"{nama}.md"
            return p if p.is_file() else None
    return None

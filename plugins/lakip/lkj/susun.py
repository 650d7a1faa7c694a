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

from ..compute.situs import Situs
from ..model.rekaman import Perjanjian, Pihak, Renstra, Sasaran
from ..render import tabel as render
from ..render.aman import sel, teks_aman
from ..render.bagan import bagan_organisasi
from ..render.format import angka, tanggal
from ..render.kalimat import kesimpulan_tahun, ringkasan_tahun
from ..render.markdown import (
    kunci_judul,
)
from .akuntabilitas import bab_akuntabilitas
from .naskah import DaftarIsi, Judul, Kosong, NaskahLkj, Peringatan, PernyataanReviu, TandaTanganPK
from .penyusun import (
    _bagian_body,
    _jumlah,
    _Konteks,
    _label_pk,
    _pilah,
    _tanda_tangan,
    naskah_baru,
    peringatan_bab,
)
from .periksa import merujuk_nomor, periksa_naskah


def punya_lkj(situs: Situs, sid: str, tahun: int) -> bool:
    """Does the year get an LKj at all? Only with a Perjanjian Kinerja: an LKj reports against the PK,
    so a year with only budget or realisation data has its data pages and no report (no cover, no PDF)."""
    th = situs.data.satker[sid].tahun.get(tahun)
    return th is not None and th.pk is not None and any(p.jenis == "pk" for p in th.pk.data.perjanjian)


def susun_lkj(situs: Situs, sid: str, tahun: int) -> NaskahLkj:
    """Compose the year's LKj of satker ``sid`` from its data and narrative, one chapter after another."""
    k = naskah_baru(situs, sid, tahun)
    for bab in (_kata_pengantar, _pernyataan_reviu, _daftar, _ikhtisar, _bab_pendahuluan, _bab_perencanaan, bab_akuntabilitas,
                _bab_penutup, _bab_tambahan, _lampiran):
        bab(k)
    k.n.peringatan.extend(periksa_naskah(situs, sid, tahun, k.n))
    return k.n


def _kata_pengantar(k: _Konteks) -> None:
    """Kata Pengantar: the lkj.md text (or the placeholder) and the signature."""
    tahun, s, h, n, z = k.tahun, k.s, k.h, k.n, k.z
    z.bab_baru("0", "Kata Pengantar", "kata-pengantar")
    k.bab_tanpa_bagian("pengantar", "Kata Pengantar")
    ttd = _tanda_tangan(s, tahun, h)
    if ttd is not None:
        n.blok.append(ttd)
    else:
        k.kosong("Penandatangan Kata Pengantar", None, "tulis 'penandatangan:' dengan 'jabatan:', 'nama:' dan "
                 "'nip:', serta 'tempat:' dan 'tanggal:'")


def _pernyataan_reviu(k: _Konteks) -> None:
    """The APIP's "Pernyataan Telah Direviu" (PermenPANRB 53/2014), when lkj.md records the review."""
    lkj = k.th.lkj.data if k.th.lkj else None
    r = lkj.reviu if lkj else None
    if r is None:
        return
    k.n.blok.append(Judul(1, "Pernyataan Telah Direviu", k.z._jangkar("pernyataan-reviu"), halaman_baru=True))
    nama = sel(k.nama)
    k.z.teks(f"Kami telah mereviu Laporan Kinerja {nama} untuk tahun anggaran {k.tahun} sesuai Pedoman Reviu atas "
             "Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab "
             f"manajemen {nama}.\n\nReviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah "
             "disajikan secara akurat, andal, dan valid.\n\nBerdasarkan reviu kami, tidak terdapat kondisi atau "
             "hal-hal yang menimbulkan perbedaan dalam meyakini keandalan informasi yang disajikan di dalam "
             "laporan kinerja ini.\n")
    k.n.blok.append(PernyataanReviu(r.unit, r.nama, r.jabatan, r.nip, r.tempat, tanggal(r.tanggal)))


def _daftar(k: _Konteks) -> None:
    """The tables of contents, tables and figures (filled in by the writers)."""
    n, z = k.n, k.z
    n.blok.append(Judul(1, "Daftar Isi", z._jangkar("daftar-isi"), daftar_isi=False, halaman_baru=True))
    n.blok.append(DaftarIsi("isi"))
    n.blok.append(Judul(1, "Daftar Tabel", z._jangkar("daftar-tabel"), daftar_isi=False, halaman_baru=True))
    n.blok.append(DaftarIsi("tabel"))
    n.blok.append(Judul(1, "Daftar Gambar", z._jangkar("daftar-gambar"), daftar_isi=False))
    n.blok.append(DaftarIsi("gambar"))


def _ikhtisar(k: _Konteks) -> None:
    """Ikhtisar Eksekutif: the computed summary, then the lkj.md text."""
    h, z = k.h, k.z
    z.bab_baru("E", "Ikhtisar Eksekutif", "ikhtisar-eksekutif")
    z.teks(ringkasan_tahun(h))
    k.bab_tanpa_bagian("ikhtisar", "Ikhtisar Eksekutif")


def _bab_pendahuluan(k: _Konteks) -> None:
    """BAB I: background, tasks, organisation (chart, officials), staff, structure of the report."""
    s, p, z, nama = k.s, k.p, k.z, k.nama
    b1 = k.bab_narasi("1")
    z.bab_baru("1", "BAB I Pendahuluan", "bab-1")
    z.narasi(b1.pembuka, 3)
    profil = _pilah(_bagian_body(s.profil), (
        ("struktur", ("struktur", "bagan", "anggota", "sekretariat", "organisasi")),
        ("sdm", ("sumber daya", "sdm", "pegawai", "sarana")),
    ), "tugas")
    k.bagian_narasi(b1, "Latar Belakang", ("latar belakang",))
    k.bagian_narasi(b1, "Tugas dan Fungsi", ("tugas", "fungsi", "kedudukan", "wewenang"), profil["tugas"])
    k.bagian_narasi(b1, "Struktur Organisasi", ("struktur", "organisasi"), profil["struktur"])
    if p is not None and (p.pejabat or p.unit_kerja):
        sekretariat = sel(p.nama_sekretariat) if p.nama_sekretariat else "sekretariat"
        kal = (f"{sel(nama)} terdiri atas komisioner (ketua dan anggota) dan {sekretariat} yang dipimpin sekretaris"
               + (f" dengan {_jumlah(len(p.unit_kerja), 'unit kerja')}: " + ", ".join(sel(u) for u in p.unit_kerja)
                  if p.unit_kerja else "") + ".")
        bagan = bagan_organisasi(s)
        rujuk = [f"Gambar\u00a0{z.nomor_gambar_berikut()}"] if bagan else []
        if p.pejabat:
            rujuk.append(f"Tabel\u00a0{z.nomor_tabel_berikut()}")
            kal += f" Pejabat {sel(nama)} disajikan pada " + " dan ".join(rujuk) + "."
        z.teks(kal + "\n")
        if bagan:
            z.gambar(bagan, f"Struktur organisasi {sel(nama)}")
        if p.pejabat:
            z.tabel(render.tabel_pejabat(s), f"Pejabat {sel(nama)}")
    k.bagian_narasi(b1, "Sumber Daya Manusia", ("sumber daya", "sdm"), profil["sdm"],
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
    for extra in [x for x in b1.bagian if x.judul and "sistematika" not in kunci_judul(x.judul)]:
        b1.bagian.remove(extra)
        z.bagian(teks_aman(extra.judul or ""))
        z.narasi(extra.isi, 4)
    k.bagian_narasi(b1, "Sistematika Penyajian", ("sistematika",))


def _bab_perencanaan(k: _Konteks) -> None:
    """BAB II: the Renstra, the RKT and the signed Perjanjian Kinerja."""
    tahun, h, th, r, z, nama, rkt = k.tahun, k.h, k.th, k.r, k.z, k.nama, k.rkt
    b2 = k.bab_narasi("2")
    z.bab_baru("2", "BAB II Perencanaan Kinerja", "bab-2")
    z.narasi(b2.pembuka, 3)
    z.bagian("Rencana Strategis")
    k.tulis(b2.ambil("rencana strategis", "renstra"), 4, judul_sendiri=False)
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
        z.teks(kalimat_renstra(d) + f" Targetnya per tahun disajikan pada Tabel\u00a0{z.nomor_tabel_berikut()} "
               f"dan definisinya pada Tabel\u00a0{z.nomor_tabel_berikut(2)}.\n")
        z.tabel(render.tabel_renstra(d), f"Sasaran, indikator dan target Renstra {d.mulai}–{d.selesai}")
        z.tabel(render.tabel_indikator(d), "Definisi indikator kinerja")
        k.tulis(_bagian_body(r), 4)
    pk_body = _pilah(_bagian_body(th.pk), (("rkt", ("rencana kinerja",)),), "pk")
    rkt = [hp for hp in h.perjanjian if hp.perjanjian.jenis == "rkt"]
    pks = [hp for hp in h.perjanjian if hp.perjanjian.jenis == "pk"]
    z.bagian("Rencana Kinerja Tahunan")
    ada = k.tulis(b2.ambil("rencana kinerja tahunan", "rkt"), 4, judul_sendiri=False)
    ada = k.tulis(pk_body["rkt"], 4) or ada
    if rkt:
        z.teks(f"Rencana Kinerja Tahunan {tahun} ({_jumlah(len(rkt), 'dokumen')}) disajikan utuh pada Lampiran.\n")
    else:
        z.teks(f"Rencana Kinerja Tahunan {tahun} tidak disusun sebagai dokumen tersendiri; target tahun ini "
               + ("mengikuti Perjanjian Kinerja.\n" if pks else "mengikuti Renstra.\n"))
    z.bagian("Perjanjian Kinerja")
    k.tulis(b2.ambil("perjanjian kinerja", "penetapan kinerja"), 4, judul_sendiri=False)
    k.tulis(pk_body["pk"], 4)
    if pks:
        z.teks(f"Tahun {tahun} {sel(nama)} menandatangani {_jumlah(len(pks), 'Perjanjian Kinerja')} "
               f"dengan {_jumlah(sum(len(hp.perjanjian.baris) for hp in pks), 'indikator')}: "
               + "; ".join(f"{_label_pk(hp.perjanjian, tahun)} ({_jumlah(len(hp.perjanjian.baris), 'indikator')}"
                           + (f", ditandatangani {sel(hp.perjanjian.pihak_pertama.jabatan)}"
                              if hp.perjanjian.pihak_pertama else "") + ")" for hp in pks)
               + (". Naskahnya, dengan tanda tangan para pihak, disajikan utuh pada Lampiran.\n"
                  if all(hp.perjanjian.pihak_pertama and hp.perjanjian.pihak_pertama.nama for hp in pks)
                  else ". Naskahnya disajikan pada Lampiran.\n"))
    k.bagian_sisa(b2)


def tanda_tangan_pk(pj: Perjanjian) -> TandaTanganPK:
    """The signature columns of a PK or RKT as signed."""
    def pihak(x: Pihak | None) -> tuple[str | None, str | None, str | None] | None:
        return (x.jabatan, x.nama, x.nip) if x is not None else None

    return TandaTanganPK(pj.tempat, tanggal(pj.tanggal) if pj.tanggal else None,
                         pihak(pj.pihak_pertama) or (None, None, None), pihak(pj.pihak_kedua))


def kalimat_renstra(d: Renstra) -> str:
    """What the Renstra sets, counted per level: sasaran strategis apart from sasaran program/kegiatan
    (which a KPU Renstra file may also hold for the PK), so the count is never the sum of both."""
    per: dict[str, list[Sasaran]] = {}
    for x in d.sasaran:
        per.setdefault(x.tingkat, []).append(x)
    strategis = per.get("strategis", [])
    n_ind = sum(len(x.indikator) for x in strategis)
    n_iku = sum(1 for x in strategis for i in x.indikator if i.iku)
    kal = (f"Renstra menetapkan {_jumlah(len(strategis), 'sasaran strategis')} dengan "
           f"{_jumlah(n_ind, 'indikator kinerja')}" + (f", {_jumlah(n_iku, 'indikator')} di antaranya Indikator "
                                                      "Kinerja Utama" if n_iku else "") + ".")
    lain = [f"{_jumlah(len(per[t]), f'sasaran {t}')} ({_jumlah(sum(len(x.indikator) for x in per[t]), 'indikator')})"
            for t in ("program", "kegiatan") if per.get(t)]
    if lain:
        kal += " Untuk penjabarannya tercatat pula " + " dan ".join(lain) + "."
    return kal


def _bab_penutup(k: _Konteks) -> None:
    """BAB IV: conclusions and follow-up."""
    z = k.z
    b4 = k.bab_narasi("4")
    z.bab_baru("4", "BAB IV Penutup", "bab-4")
    z.narasi(b4.pembuka, 3)
    k.bagian_narasi(b4, "Kesimpulan", ("kesimpulan", "simpulan"), pembuka=kesimpulan_tahun(k.h))
    k.bagian_narasi(b4, "Rencana Tindak Lanjut", ("tindak lanjut",))
    k.bagian_sisa(b4)


def _bab_tambahan(k: _Konteks) -> None:
    """Chapters of lkj.md with unknown titles: kept rather than lost."""
    z, bab_lain = k.z, k.bab_lain
    for i, x in enumerate(bab_lain, 1):
        z.bab_baru(f"T{i}", teks_aman(x.judul), f"tambahan-{i}")
        z.narasi(x.pembuka, 3)
        for bag in x.bagian:
            z.bagian(teks_aman(bag.judul or ""))
            z.narasi(bag.isi, 4)


def _lampiran(k: _Konteks) -> None:
    """Lampiran: the signed PKs, the RKT and the monthly action plan."""
    tahun, h, z, pks, rkt = k.tahun, k.h, k.z, k.pks, k.rkt
    lp = k.bab_narasi("lampiran")
    z.bab_baru("L", "Lampiran", "lampiran")
    z.narasi(lp.pembuka, 3)
    z.bagian("Perjanjian Kinerja")
    for hp in pks:
        pj = hp.perjanjian
        label = _label_pk(pj, tahun)
        z.tabel_dari(render.tabel_pk(h, pj.id, tanda_tangan=False), [label, f"Anggaran dalam {label}"])
        if pj.pihak_pertama is not None and pj.pihak_pertama.nama:
            z.n.blok.append(tanda_tangan_pk(pj))
        else:  # the Lampiran reproduces the signed PK: without its signatories it is a gap, not an empty block
            z.n.blok.append(Kosong(f"Lampiran, penandatangan {label}", pj.path,
                                   pj.line("pihak_pertama") if pj.pihak_pertama is not None else pj.line(),
                                   "tulis 'pihak_pertama:' (dan 'pihak_kedua:') dengan 'jabatan:', 'nama:' dan "
                                   "'nip:', serta 'tempat:' dan 'tanggal:', sebagaimana naskah PK yang "
                                   "ditandatangani"))
    z.bagian("Rencana Kinerja Tahunan")
    if rkt:
        for hp in rkt:
            z.tabel_dari(render.tabel_pk(h, hp.perjanjian.id, tanda_tangan=False), [_label_pk(hp.perjanjian, tahun)])
            if hp.perjanjian.pihak_pertama is not None and hp.perjanjian.pihak_pertama.nama:
                z.n.blok.append(tanda_tangan_pk(hp.perjanjian))  # an unsigned RKT prints no empty block
    else:
        z.teks(f"Rencana Kinerja Tahunan {tahun} tidak disusun sebagai dokumen tersendiri (lihat Perjanjian "
               "Kinerja di atas).\n")
    z.bagian("Rencana Aksi")
    if any(hp.perjanjian.rencana_aksi for hp in h.perjanjian):
        z.tabel_dari(render.tabel_rencana_aksi(h), [], lebar=True)
    else:
        z.teks(f"Rencana aksi bulanan tahun {tahun} tidak disusun sebagai dokumen tersendiri.\n")
    for extra in lp.bagian:
        z.bagian(teks_aman(extra.judul or ""))
        z.narasi(extra.isi, 4)


def peringatan_naskah(situs: Situs, sid: str, tahun: int) -> list[Peringatan]:
    """``susun_lkj(situs, sid, tahun).peringatan``, composing the document only when a narrative refers to
    a table or figure by number: the other findings need only the narratives and the data. ``lakip check``
    lists them for every LKj; composing each one tripled a national check's CPU time (bench/README.md)."""
    if merujuk_nomor(situs, sid, tahun):
        return susun_lkj(situs, sid, tahun).peringatan
    return peringatan_bab(situs.data.satker[sid], tahun) + periksa_naskah(situs, sid, tahun)

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
from ..render import tabel as render
from ..render.aman import sel, teks_aman
from ..render.bagan import bagan_organisasi
from ..render.format import angka
from ..render.kalimat import ringkasan_tahun
from ..render.markdown import (
    kunci_judul,
)
from .akuntabilitas import bab_akuntabilitas
from .naskah import DaftarIsi, Judul, NaskahLkj
from .penyusun import (
    _bagian_body,
    _jumlah,
    _Konteks,
    _label_pk,
    _pilah,
    _tanda_tangan,
    naskah_baru,
)
from .periksa import periksa_naskah


def susun_lkj(situs: Situs, sid: str, tahun: int) -> NaskahLkj:
    """Compose the year's LKj of satker ``sid`` from its data and narrative, one chapter after another."""
    k = naskah_baru(situs, sid, tahun)
    for bab in (_kata_pengantar, _daftar, _ikhtisar, _bab_pendahuluan, _bab_perencanaan, bab_akuntabilitas,
                _bab_penutup, _bab_tambahan, _lampiran):
        bab(k)
    k.n.peringatan.extend(periksa_naskah(situs, sid, tahun, k.n))
    return k.n


def _kata_pengantar(k: _Konteks) -> None:
    """Kata Pengantar: the lkj.md text (or the placeholder) and the signature."""
    tahun, s, h, n, z = k.tahun, k.s, k.h, k.n, k.z
    z.bab_baru("0", "Kata Pengantar", "kata-pengantar")
    k.bab_tanpa_bagian("pengantar")
    n.blok.append(_tanda_tangan(s, tahun, h))


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
    k.bab_tanpa_bagian("ikhtisar")


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
            kal += (f" Pejabat yang tercatat dalam data ({_jumlah(len(p.pejabat), 'orang')}) disajikan pada "
                    + " dan ".join(rujuk) + ".")
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
        n_ind = sum(len(x.indikator) for x in d.sasaran)
        n_iku = sum(1 for x in d.sasaran for i in x.indikator if i.iku)
        z.teks(f"Renstra menetapkan {_jumlah(len(d.sasaran), 'sasaran')} dengan {_jumlah(n_ind, 'indikator')} "
               f"({n_iku} di antaranya Indikator Kinerja Utama); targetnya per tahun disajikan pada "
               f"Tabel\u00a0{z.nomor_tabel_berikut()} dan definisinya pada Tabel\u00a0{z.nomor_tabel_berikut(2)}.\n")
        z.tabel(render.tabel_renstra(d), f"Sasaran, indikator dan target Renstra {d.mulai}–{d.selesai}")
        z.tabel(render.tabel_indikator(d), "Definisi indikator kinerja")
        k.tulis(_bagian_body(r), 4)
    pk_body = _pilah(_bagian_body(th.pk), (("rkt", ("rencana kinerja",)),), "pk")
    rkt = [hp for hp in h.perjanjian if hp.perjanjian.jenis == "rkt"]
    pks = [hp for hp in h.perjanjian if hp.perjanjian.jenis == "pk"]
    z.bagian("Rencana Kinerja Tahunan")
    ada = k.tulis(b2.ambil("rencana kinerja tahunan", "rkt"), 4, judul_sendiri=False)
    ada = k.tulis(pk_body["rkt"], 4) or ada
    for hp in rkt:
        pj = hp.perjanjian
        z.tabel_dari(render.tabel_pk(h, pj.id), [_label_pk(pj, tahun)])
    if not rkt:
        z.teks(f"Tidak ada Rencana Kinerja Tahunan tersendiri dalam data tahun {tahun}; target tahun ini "
               + ("mengikuti Perjanjian Kinerja.\n" if pks else "mengikuti Renstra.\n"))
    z.bagian("Perjanjian Kinerja")
    k.tulis(b2.ambil("perjanjian kinerja", "penetapan kinerja"), 4, judul_sendiri=False)
    k.tulis(pk_body["pk"], 4)
    if pks:
        z.teks(f"Tahun {tahun} {sel(nama)} menandatangani {_jumlah(len(pks), 'Perjanjian Kinerja')} "
               f"dengan {_jumlah(sum(len(hp.perjanjian.baris) for hp in pks), 'indikator')}.\n")
    else:
        z.teks(f"Belum ada Perjanjian Kinerja tahun {tahun} dalam data.\n")
    for hp in pks:
        pj = hp.perjanjian
        label = _label_pk(pj, tahun)
        z.tabel_dari(render.tabel_pk(h, pj.id), [label, f"Anggaran dalam {label}"])
    k.bagian_sisa(b2)


def _bab_penutup(k: _Konteks) -> None:
    """BAB IV: conclusions and follow-up."""
    z = k.z
    b4 = k.bab_narasi("4")
    z.bab_baru("4", "BAB IV Penutup", "bab-4")
    z.narasi(b4.pembuka, 3)
    k.bagian_narasi(b4, "Kesimpulan", ("kesimpulan", "simpulan"))
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
    if pks:
        for hp in pks:
            pj = hp.perjanjian
            label = _label_pk(pj, tahun)
            z.tabel_dari(render.tabel_pk(h, pj.id), [label, f"Anggaran dalam {label}"])
    else:
        z.teks(f"Belum ada Perjanjian Kinerja tahun {tahun} dalam data.\n")
    z.bagian("Rencana Kinerja Tahunan")
    if rkt:
        for hp in rkt:
            z.tabel_dari(render.tabel_pk(h, hp.perjanjian.id), [_label_pk(hp.perjanjian, tahun)])
    else:
        z.teks(f"Tidak ada Rencana Kinerja Tahunan tersendiri dalam data tahun {tahun}.\n")
    z.bagian("Rencana Aksi")
    if any(hp.perjanjian.rencana_aksi for hp in h.perjanjian):
        z.tabel_dari(render.tabel_rencana_aksi(h), [], lebar=True)
    else:
        z.teks(f"Tidak ada rencana aksi bulanan dalam data tahun {tahun}.\n")
    for extra in lp.bagian:
        z.bagian(teks_aman(extra.judul or ""))
        z.narasi(extra.isi, 4)

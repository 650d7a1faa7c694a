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

import re
from collections import Counter
from collections.abc import Sequence

from ..compute.situs import Situs
from ..render import tabel as render
from ..render.aman import netralkan, sel, teks_aman
from ..render.format import angka, persen, rupiah, tanggal
from ..render.kalimat import ringkasan_tahun
from ..render.markdown import (
    Bagian,
    ada_isi,
    akhir_tabel,
    baris_di_luar_pagar,
    geser_judul,
    kunci_judul,
    polos,
    slug,
)
from .grafik import bagan_organisasi, grafik_anggaran, grafik_capaian
from .naskah import HURUF, DaftarIsi, Gambar, Judul, NaskahLkj, Tabel, Teks
from .penyusun import (
    _Bab,
    _bagian_body,
    _jumlah,
    _kalimat_indikator,
    _kalimat_sasaran,
    _Konteks,
    _label_pk,
    _pilah,
    _tanda_tangan,
    naskah_baru,
)
from .periksa import periksa_naskah

# ---------------------------------------------------------------- composing

class _Penyusun:
    """Collects blocks; numbers tables and figures per chapter."""

    def __init__(self, naskah: NaskahLkj) -> None:
        self.n = naskah
        self.bab = "0"
        self.no_tabel: Counter[str] = Counter()
        self.no_gambar: Counter[str] = Counter()
        self.jangkar: set[str] = set()
        self.huruf = 0
        self.bagian_sekarang = ""  # title of the current lettered section (a body piece of that title needs no heading)

    def _jangkar(self, dasar: str) -> str:
        j, i = dasar, 2
        while j in self.jangkar:
            j, i = f"{dasar}-{i}", i + 1
        self.jangkar.add(j)
        return j

    def bab_baru(self, kode: str, teks: str, jangkar: str, daftar_isi: bool = True) -> None:
        self.bab = kode
        self.huruf = 0
        self.n.blok.append(Judul(1, teks, self._jangkar(jangkar), daftar_isi, halaman_baru=True))

    def bagian(self, teks: str, berhuruf: bool = True) -> None:
        """A section of the chapter: 'A. Latar Belakang'."""
        self.bagian_sekarang = polos(teks)
        if berhuruf:
            label = HURUF[self.huruf % 26]
            self.huruf += 1
            teks = f"{label}. {teks}"
            dasar = f"{self._dasar_bab()}-{label.lower()}"
        else:
            dasar = f"{self._dasar_bab()}-{slug(polos(teks))}"
        self.n.blok.append(Judul(2, teks, self._jangkar(dasar)))

    def sub(self, tingkat: int, teks: str, kunci: str) -> None:
        self.n.blok.append(Judul(tingkat, teks, self._jangkar(f"{self._dasar_bab()}-{slug(kunci)}"), daftar_isi=False))

    def _dasar_bab(self) -> str:
        return {"L": "lampiran", "E": "ikhtisar", "0": "pengantar"}.get(self.bab, f"bab-{self.bab}")

    def teks(self, md: str) -> None:
        if md.strip():
            self.n.blok.append(Teks(md.strip("\n") + "\n"))

    def narasi(self, md: str, minimal: int) -> None:
        """Narrative Markdown (untrusted: neutralised here), headings pushed below ``minimal``,
        its tables numbered."""
        self.tabel_dari(geser_judul(netralkan(md), minimal), [])

    def tabel_dari(self, md: str, judul: Sequence[str], lebar: bool = False) -> None:
        """Split ``md`` into text and tables; number every table.

        A table's caption is ``judul[i]`` when given, else a bold one-line paragraph
        right above the table, else 'Tabel'. That bold line (the table's printed
        title) is taken out either way: the caption replaces it.
        """
        lines = [ln for ln, _ in baris_di_luar_pagar(md)]
        luar = [x for _, x in baris_di_luar_pagar(md)]
        buf: list[str] = []
        k = 0
        i = 0
        while i < len(lines):
            line = lines[i]
            j = akhir_tabel(lines, luar, i)
            if j is not None:
                cap = judul[k] if k < len(judul) and judul[k] else ""
                # a bold one-line paragraph right above: the printed title of the table
                while buf and not buf[-1].strip():
                    buf.pop()
                if buf and re.fullmatch(r"\*\*[^*].*", buf[-1].strip()) and (len(buf) == 1 or not buf[-2].strip()):
                    tebal = buf.pop().strip()  # replaced by the caption (the explicit one when given)
                    if not cap:
                        cap = re.sub(r"\*\*(.+?)\*\*", r"\1", tebal)
                self.teks("\n".join(buf))
                buf = []
                self.tabel("\n".join(lines[i:j]) + "\n", cap or "Tabel", lebar=lebar)
                k += 1
                i = j
                continue
            buf.append(line)
            i += 1
        self.teks("\n".join(buf))

    def tabel(self, md: str, judul: str, lebar: bool = False) -> None:
        self.no_tabel[self.bab] += 1
        nomor = f"{self.bab}.{self.no_tabel[self.bab]}"
        if md.lstrip().startswith("<table>"):  # render.tabel's HTML form: one <tr> per line
            baris = max(0, md.count("<tr>") - 1)
            kolom = next((ln.count("<th") for ln in md.split("\n") if "<th" in ln), 0)
        else:
            baris = max(0, sum(1 for ln in md.strip().split("\n") if ln.strip().startswith("|")) - 2)
            kolom = md.strip().split("\n")[0].count("|") - 1
        self.n.blok.append(Tabel(nomor, judul, self._jangkar(f"tabel-{slug(nomor)}"), md, baris,
                                 lebar or kolom > 9))

    def gambar(self, isi_html: str, judul: str) -> str:
        self.no_gambar[self.bab] += 1
        nomor = f"{self.bab}.{self.no_gambar[self.bab]}"
        self.n.blok.append(Gambar(nomor, judul, self._jangkar(f"gambar-{slug(nomor)}"), isi_html))
        return nomor

    def nomor_tabel_berikut(self, ke: int = 1) -> str:
        return f"{self.bab}.{self.no_tabel[self.bab] + ke}"

    def nomor_gambar_berikut(self) -> str:
        return f"{self.bab}.{self.no_gambar[self.bab] + 1}"


def susun_lkj(situs: Situs, sid: str, tahun: int) -> NaskahLkj:
    """Compose the year's LKj of satker ``sid`` from its data and narrative, one chapter after another."""
    k = naskah_baru(situs, sid, tahun)
    for bab in (_kata_pengantar, _daftar, _ikhtisar, _bab_pendahuluan, _bab_perencanaan, _bab_akuntabilitas,
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


def _bab_akuntabilitas(k: _Konteks) -> None:
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
    _bab3_perbandingan(k, b3, real_body)
    _bab3_anggaran(k, b3, real_body)
    _bab3_lainnya(k, b3, real_body)


def _bab3_capaian(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.A: the capaian tables (IKU, per sasaran or per PK) and the chart."""
    tahun, h, z, nama, pks = k.tahun, k.h, k.z, k.nama, k.pks
    z.bagian("Capaian Kinerja Organisasi")
    k.tulis(b3.ambil("capaian kinerja organisasi", "pengukuran"), 4, judul_sendiri=False)
    g = grafik_capaian(h)
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
        z.teks(f"Pengukuran kinerja tahun {tahun} mencakup {_jumlah(len(h.indikator), 'indikator')} pada "
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
                     + (f" (dibatasi paling tinggi {angka(h.pengaturan.batas_capaian)} %)" if h.pengaturan.batas_capaian else ""))
    else:
        z.teks(f"Belum ada indikator kinerja {sel(nama)} dengan target tahun {tahun}.\n")
    k.tulis(real_body["capaian"], 4)


def _bab3_analisis(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.B: per sasaran and indicator, the computed sentence and the satker's analysis."""
    h, z = k.h, k.z
    z.bagian("Analisis Capaian per Sasaran dan Indikator")
    k.tulis(b3.ambil("analisis"), 4, judul_sendiri=False)
    k.tulis(real_body["analisis"], 4)
    for kel in h.sasaran:
        sas = kel.sasaran
        if sas is None:
            continue
        z.sub(3, f"Sasaran {sel(sas.id)}: {sel(sas.uraian)}", f"sasaran-{sas.id}")
        z.teks(_kalimat_sasaran(kel))
        for c in kel.indikator:
            ind = c.indikator
            z.sub(4, f"{sel(ind.id)} {sel(ind.nama)}" + (" (IKU)" if ind.iku else ""), f"indikator-{ind.id}")
            z.teks(_kalimat_indikator(c))
            analisis = c.realisasi.analisis if c.realisasi is not None else None
            if ada_isi(analisis):
                z.teks(netralkan(analisis or "").strip() + "\n")
            else:
                z.teks("*Analisis capaian indikator ini belum ditulis.*\n")


def _bab3_perbandingan(k: _Konteks, b3: _Bab, real_body: dict[str, list[Bagian]]) -> None:
    """III.C: this year against earlier years and the Renstra end target."""
    tahun, h, z = k.tahun, k.h, k.z
    z.bagian("Perbandingan dengan Tahun Sebelumnya dan Target Akhir Renstra")
    k.tulis(b3.ambil("perbandingan"), 4, judul_sendiri=False)
    if any(c.riwayat or c.target_akhir is not None for c in h.indikator.values()):
        lalu = sorted({t for c in h.indikator.values() for t, _, _ in c.riwayat})
        z.teks(f"Tabel\u00a0{z.nomor_tabel_berikut()} membandingkan realisasi tahun {tahun} dengan "
               + (f"realisasi tahun {', '.join(str(t) for t in lalu)} dan dengan " if lalu else "")
               + "target akhir Renstra.\n")
        z.tabel_dari(render.tabel_perbandingan(h), [f"Realisasi {tahun} dibanding tahun sebelumnya dan target akhir Renstra"])
    else:
        z.teks("Belum ada data tahun sebelumnya atau target akhir Renstra untuk dibandingkan.\n")


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
        ga = grafik_anggaran(h)
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

"""Daftar Informasi Publik (DIP) PPID per satker: the items, the page and the CSV.

Menurut UU 14/2008 dan Peraturan Komisi Informasi (Perki) 1/2021, setiap
informasi dalam DIP memuat tujuh unsur: nomor; ringkasan isi informasi;
pejabat atau unit yang menguasai informasi; penanggung jawab pembuatan atau
penerbitan informasi; waktu dan tempat pembuatan informasi; bentuk informasi
yang tersedia; jangka waktu penyimpanan atau retensi arsip. Setiap butir juga
punya kategori: berkala, serta merta, tersedia setiap saat, atau dikecualikan
(UU 14/2008 Pasal 9, 10, 11 dan 17; untuk KPU: PKPU 22/2023 dan perubahannya).

Butir DIP berasal dari tiga sumber:

- ``profil.dokumen`` satker (dokumen yang diterbitkan; berkasnya, bila ada dan
  tidak dikecualikan, disalin ke situs di ``satker/<id>/<berkas>`` lewat
  :func:`dip_berkas.berkas_terbit`);
- halaman yang dibuat situs ini dari data (capaian, Perjanjian Kinerja,
  anggaran per tahun, Renstra, LKj, profil dan DIP ini sendiri);
- butir baku per jenis dokumen (:data:`WAJIB_BERKALA`): dokumen bertanda tangan yang
  wajib diumumkan berkala (LKj, PK, DIPA, Renstra) tetapi belum didaftarkan satker
  tampil sebagai "belum diunggah, tersedia atas permintaan"; dan informasi yang lazim
  dikuasai setiap satker KPU dan wajib tersedia setiap saat (:data:`SETIAP_SAAT_BAKU`).

Unsur yang tidak diisi memakai nilai baku (:data:`RETENSI_BAWAAN` dan lainnya),
ditandai ``*`` dan dijelaskan di halaman dengan kata-kata untuk pengunjung; editor
melihat daftarnya di ``lakip laporan``. DIP juga ditulis sebagai CSV di
``data/<id>/dip.csv``. Modul ini murni (tanpa mkdocs).
"""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Container
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath

from ..compute.situs import Situs
from ..model.rekaman import KATEGORI_INFORMASI, Dokumen
from ..model.satker import Satker
from ..render.aman import sel
from ..render.csv_aman import teks_csv
from ..render.format import angka, tanggal
from ..render.tabel import tabel
from .alamat import uri_berkas, uri_csv, uri_dip, uri_ppid, uri_renstra, uri_satker, uri_tahun
from .dip_berkas import berkas_terbit, gambar_narasi, periksa

__all__ = [
    "KATEGORI_JUDUL",
    "RETENSI_BAWAAN",
    "ButirDIP",
    "berkas_terbit",
    "berkas_statis",
    "butir_dip",
    "csv_dip",
    "halaman_dip",
    "periksa",
    "uri_csv",
    "uri_dip",
]

KATEGORI_JUDUL: dict[str, str] = {
    "berkala": "Informasi yang wajib disediakan dan diumumkan secara berkala",
    "serta-merta": "Informasi yang wajib diumumkan secara serta merta",
    "setiap-saat": "Informasi yang wajib tersedia setiap saat",
    "dikecualikan": "Informasi yang dikecualikan",
}
KATEGORI_SINGKAT: dict[str, str] = {
    "berkala": "berkala", "serta-merta": "serta merta", "setiap-saat": "tersedia setiap saat",
    "dikecualikan": "dikecualikan",
}
#: What the law says of each category, shown under its heading (UU 14/2008 Pasal 9, 10, 11, 17 and 19).
KATEGORI_URAIAN: dict[str, str] = {
    "berkala": "Diumumkan paling singkat enam bulan sekali (UU 14/2008 Pasal 9).",
    "serta-merta": "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum, diumumkan "
                   "segera tanpa penundaan (UU 14/2008 Pasal 10), mis. keadaan darurat atau bencana yang "
                   "mengubah jadwal atau tempat tahapan Pemilu dan Pemilihan.",
    "setiap-saat": "Disediakan bila diminta (UU 14/2008 Pasal 11): yang tidak tertaut di sini dapat dimohon "
                   "lewat layanan informasi publik (PPID).",
    "dikecualikan": "Hanya informasi yang ditetapkan dikecualikan berdasarkan undang-undang (UU 14/2008 Pasal 17) "
                    "setelah uji konsekuensi (Pasal 19), dengan dasar hukum dan penetapannya.",
}
KATEGORI_KOSONG: dict[str, str] = {
    "berkala": "Belum ada informasi berkala yang tercatat.",
    "serta-merta": "Saat ini tidak ada informasi serta merta yang diumumkan.",
    "setiap-saat": "Belum ada informasi yang tercatat.",
    "dikecualikan": "Tidak ada informasi yang ditetapkan dikecualikan.",
}

#: Jangka waktu penyimpanan (retensi) bawaan per jenis dokumen/halaman.
RETENSI_BAWAAN: dict[str, str] = {
    "lkj": "10 tahun",
    "renstra": "10 tahun",
    "dipa": "10 tahun",
    "anggaran": "10 tahun",
    "capaian": "10 tahun",
    "pk": "5 tahun",
    "rkt": "5 tahun",
    "rencana-aksi": "5 tahun",
    "iku": "5 tahun",
    "profil": "selama berlaku",
    "dip": "selama berlaku",
    "lainnya": "5 tahun",
}

#: Jenis yang ditandatangani/diterbitkan Ketua; selebihnya oleh Sekretaris (Kuasa Pengguna Anggaran).
JENIS_KETUA = ("lkj", "renstra", "pk", "iku", "capaian")

JENIS_NAMA: dict[str, str] = {
    "lkj": "Laporan Kinerja", "renstra": "Rencana Strategis", "pk": "Perjanjian Kinerja",
    "rkt": "Rencana Kinerja Tahunan", "rencana-aksi": "Rencana Aksi", "iku": "Indikator Kinerja Utama",
    "dipa": "DIPA", "anggaran": "Realisasi anggaran (halaman)", "capaian": "Capaian kinerja (halaman)",
    "profil": "Profil satker", "dip": "Daftar Informasi Publik", "lainnya": "Lainnya",
}

RINGKASAN_BAWAAN: dict[str, str] = {
    "lkj": "Laporan kinerja tahunan: capaian sasaran dan indikator kinerja, realisasi anggaran, "
           "analisis capaian dan rencana tindak lanjut.",
    "renstra": "Rencana strategis lima tahunan: visi, misi, tujuan, sasaran, indikator kinerja dan targetnya.",
    "pk": "Perjanjian kinerja tahunan: sasaran, indikator dan target yang disepakati, beserta anggarannya.",
    "rkt": "Rencana kinerja tahunan: sasaran, indikator dan target tahun berjalan.",
    "rencana-aksi": "Rencana aksi: jadwal bulanan kegiatan untuk mencapai target kinerja.",
    "iku": "Indikator kinerja utama beserta definisi dan targetnya.",
    "dipa": "Daftar Isian Pelaksanaan Anggaran: pagu per program, kegiatan dan rincian output.",
}

#: Signed documents every satker-year publishes periodically: (jenis, title, the year's data that shows
#: the document exists). One the satker has not registered is listed as "available on request".
WAJIB_BERKALA = (("lkj", "Laporan Kinerja {t} (dokumen bertanda tangan)", ("lkj", "realisasi")),
                 ("pk", "Perjanjian Kinerja {t} (dokumen bertanda tangan)", ("pk",)),
                 ("dipa", "DIPA {t} dan revisinya", ("anggaran",)))

#: What a KPU satker holds and must give on request (UU 14/2008 Pasal 11; Perki 1/2021): (title, summary).
SETIAP_SAAT_BAKU = (
    ("Peraturan, keputusan dan kebijakan KPU yang dilaksanakan satker",
     "Peraturan dan Keputusan KPU, keputusan satker, beserta kajian dan pertimbangannya."),
    ("Penetapan PPID dan standar operasional prosedur (SOP) layanan informasi publik",
     "Keputusan penetapan PPID, SOP permohonan informasi dan pengajuan keberatan."),
    ("Laporan layanan informasi publik",
     "Jumlah permohonan informasi, waktu penyelesaian, dan permohonan yang ditolak beserta alasannya."),
    ("Perjanjian dengan pihak ketiga",
     "Kontrak pengadaan barang/jasa dan perjanjian kerja sama, kecuali bagian yang dikecualikan."),
    ("Surat-menyurat pimpinan dalam rangka pelaksanaan tugas", "Surat masuk dan keluar pimpinan satker."),
    ("Agenda kerja pimpinan", "Jadwal kegiatan Ketua, Anggota dan Sekretaris."),
    ("Data barang milik negara", "Daftar inventaris dan sarana prasarana kantor."),
)

URUT_JENIS = ("dip", "profil", "lkj", "capaian", "pk", "anggaran", "dipa", "renstra", "rkt", "rencana-aksi", "iku",
              "lainnya")
PERMINTAAN = "tersedia atas permintaan"


@dataclass(frozen=True)
class ButirDIP:
    """One informasi of the DIP, with the seven Perki 1/2021 elements, its category and where to get it."""

    kategori: str
    judul: str
    ringkasan: str
    penguasa: str
    penanggung_jawab: str
    waktu: str
    tempat: str
    bentuk: str
    retensi: str
    jenis: str
    tahun: int | None
    uri: str | None = None  # docs-relative uri of the page or copied file; None: not published here
    asal: str = "data"  # "data" (profil.dokumen), "halaman" (generated by this site), "baku" (standard item)
    bawaan: frozenset[str] = field(default_factory=frozenset)  # elements filled with a default
    ukuran: int | None = None  # bytes of the copied file
    terbit: datetime.date | None = None  # first published here (git date of the file or of the page's data)
    diubah: datetime.date | None = None  # last change of that file or data, when later than ``terbit``
    dasar: str | None = None  # dikecualikan: legal basis
    uji: str | None = None  # dikecualikan: the uji konsekuensi decision


def _penguasa(s: Satker) -> str:
    p = s.profil.data if s.profil else None
    return (p.nama_sekretariat if p and p.nama_sekretariat else None) or f"Sekretariat {s.nama}"


def _penanggung_jawab(s: Satker, jenis: str) -> str:
    return f"Ketua {s.nama}" if jenis in JENIS_KETUA else f"Sekretaris {s.nama}"


def _tanggal_git(situs: Situs, *path: Path | None) -> tuple[datetime.date | None, datetime.date | None]:
    """(published, last changed) of the given files from git: the earliest first and the latest last commit."""
    tgl = [situs.tanggal_berkas[p.resolve()] for p in path if p is not None and p.resolve() in situs.tanggal_berkas]
    if not tgl:
        return None, None
    awal, akhir = min(a for a, _ in tgl), max(b for _, b in tgl)
    return awal, (akhir if akhir != awal else None)


def _uri_berkas(s: Satker, d: Dokumen) -> str | None:
    if d.berkas is None or d.kategori == "dikecualikan":
        return None
    if berkas_terbit(s, d.berkas) is None:
        return None
    return uri_berkas(s.id, d.berkas)


def _dari_dokumen(situs: Situs, s: Satker, d: Dokumen) -> ButirDIP:
    bawaan: set[str] = set()

    def isi(nilai: str | None, kunci: str, cadangan: str) -> str:
        if nilai:
            return nilai
        bawaan.add(kunci)
        return cadangan

    ringkasan = isi(d.ringkasan, "ringkasan", RINGKASAN_BAWAAN.get(d.jenis, d.judul))
    penguasa = isi(d.penguasa, "penguasa", _penguasa(s))
    pj = isi(d.penanggung_jawab, "penanggung_jawab", _penanggung_jawab(s, d.jenis))
    waktu = tanggal(d.tanggal) if d.tanggal else isi(None, "waktu", f"Tahun {d.tahun}")
    tempat = isi(d.tempat, "tempat", f"Kantor {s.nama}")
    retensi = isi(d.retensi, "retensi", RETENSI_BAWAAN.get(d.jenis, RETENSI_BAWAAN["lainnya"]))
    uri = _uri_berkas(s, d)
    ukuran, path = None, None
    if uri is not None and d.berkas is not None:
        path = berkas_terbit(s, d.berkas)
        if path is not None and path.is_file():
            ukuran = path.stat().st_size
        else:
            uri, path = None, None
    terbit, diubah = _tanggal_git(situs, path)
    return ButirDIP(d.kategori, d.judul, ringkasan, penguasa, pj, waktu, tempat, d.bentuk, retensi, d.jenis,
                    d.tahun, uri, "data", frozenset(bawaan), ukuran, terbit, diubah,
                    d.dasar_pengecualian, d.uji_konsekuensi)


def _halaman(situs: Situs, s: Satker, jenis: str, judul: str, ringkasan: str, tahun: int | None, uri: str,
             sumber: tuple[Path | None, ...], bentuk: str = "softcopy (halaman web)", periode: str | None = None,
             kategori: str = "berkala") -> ButirDIP:
    terbit, diubah = _tanggal_git(situs, *sumber)
    waktu = periode or (f"Tahun {tahun}" if tahun is not None else "Diperbarui setiap kali datanya berubah")
    return ButirDIP(kategori, judul, ringkasan, _penguasa(s), _penanggung_jawab(s, jenis), waktu,
                    f"Kantor {s.nama}", bentuk, RETENSI_BAWAAN[jenis], jenis, tahun, uri, "halaman",
                    frozenset({"penguasa", "penanggung_jawab", "retensi"}), None, terbit, diubah)


def _baku(s: Satker, kategori: str, jenis: str, judul: str, ringkasan: str, tahun: int | None,
          waktu: str) -> ButirDIP:
    """A standard item the satker holds but has not published here: available on request."""
    return ButirDIP(kategori, judul, ringkasan, _penguasa(s), _penanggung_jawab(s, jenis), waktu, f"Kantor {s.nama}",
                    "softcopy dan hardcopy", RETENSI_BAWAAN.get(jenis, RETENSI_BAWAAN["lainnya"]), jenis, tahun,
                    None, "baku", frozenset({"ringkasan", "penguasa", "penanggung_jawab", "tempat", "retensi"}))


def sumber(s: Satker, b: object) -> Path | None:
    """The file on disk of a data file ``b`` of satker ``s`` (its ``path`` is as shown in messages)."""
    if b is None:
        return None
    path = PurePosixPath(str(getattr(b, "path")).replace("\\", "/"))
    try:
        return s.folder / path.relative_to(PurePosixPath(s.tampil.replace("\\", "/")))
    except ValueError:
        return s.folder / path.name


def _butir_halaman(situs: Situs, s: Satker, halaman: Container[str]) -> list[ButirDIP]:
    """The pages this site makes from the satker's data, each with the data files it comes from."""
    sid = s.id
    butir: list[ButirDIP] = []
    profil = sumber(s, s.profil)
    butir.append(_halaman(situs, s, "dip", f"Daftar Informasi Publik {s.nama}",  # this list itself
                          "Daftar ini: setiap informasi publik satker dengan tujuh unsurnya.", None, uri_dip(sid),
                          (profil,), "softcopy (halaman web; CSV)", kategori="setiap-saat"))
    if uri_satker(sid) in halaman:
        butir.append(_halaman(situs, s, "profil", f"Profil {s.nama}",
                              "Identitas, alamat, pejabat, unit kerja, sumber daya manusia, tugas dan fungsi.", None,
                              uri_satker(sid), (profil,), kategori="setiap-saat"))
    data_terbuka = "softcopy (halaman web; data terbuka JSON dan CSV)"
    for r in sorted(s.renstra, key=lambda b: b.data.mulai):
        uri = uri_renstra(sid, r.data.mulai, r.data.selesai)
        if uri in halaman:
            butir.append(_halaman(situs, s, "renstra", f"Rencana Strategis {r.data.mulai}–{r.data.selesai} (halaman)",
                                  RINGKASAN_BAWAAN["renstra"], r.data.mulai, uri, (sumber(s, r),),
                                  periode=f"Periode {r.data.mulai}–{r.data.selesai}"))
    for t in sorted(s.tahun):
        th = s.tahun[t]
        uri = uri_tahun(sid, t, "lkj")
        if uri in halaman and (th.lkj is not None or th.realisasi is not None or th.pk is not None):
            butir.append(_halaman(situs, s, "lkj", f"Laporan Kinerja {t} (halaman)", RINGKASAN_BAWAAN["lkj"], t, uri,
                                  tuple(sumber(s, x) for x in (th.lkj, th.realisasi, th.pk, th.anggaran))))
        uri = uri_tahun(sid, t)
        if uri in halaman and (th.realisasi is not None or th.pk is not None):
            butir.append(_halaman(situs, s, "capaian", f"Capaian Kinerja {t}",
                                  f"Target, realisasi, capaian dan kategori setiap indikator kinerja tahun {t}, "
                                  "dihitung dari data satker.", t, uri, (sumber(s, th.realisasi), sumber(s, th.pk)),
                                  data_terbuka))
        uri = uri_tahun(sid, t, "perjanjian-kinerja")
        if uri in halaman and th.pk is not None:
            butir.append(_halaman(situs, s, "pk", f"Perjanjian Kinerja {t} (halaman)", RINGKASAN_BAWAAN["pk"], t, uri,
                                  (sumber(s, th.pk),)))
        uri = uri_tahun(sid, t, "anggaran")
        if uri in halaman and th.anggaran is not None:
            butir.append(_halaman(situs, s, "anggaran", f"Realisasi Anggaran {t}",
                                  f"Pagu, realisasi, serapan dan sisa anggaran tahun {t} per program, kegiatan "
                                  "dan jenis belanja, beserta riwayat revisi DIPA.", t, uri, (sumber(s, th.anggaran),),
                                  data_terbuka))
    return butir


def _butir_baku(s: Satker) -> list[ButirDIP]:
    """Signed documents due each year but not registered, and the standard setiap-saat items: on request."""
    ada = {(d.jenis, d.tahun) for d in (s.profil.data.dokumen if s.profil else ())}
    butir: list[ButirDIP] = []
    for t in sorted(s.tahun):
        th = s.tahun[t]
        for jenis, judul, bukti in WAJIB_BERKALA:
            if (jenis, t) not in ada and any(getattr(th, b) is not None for b in bukti):
                butir.append(_baku(s, "berkala", jenis, judul.format(t=t), RINGKASAN_BAWAAN[jenis], t, f"Tahun {t}"))
    for r in s.renstra:
        if ("renstra", r.data.mulai) not in ada:
            butir.append(_baku(s, "berkala", "renstra", f"Rencana Strategis {r.data.mulai}–{r.data.selesai} "
                               "(dokumen yang ditetapkan)", RINGKASAN_BAWAAN["renstra"], r.data.mulai,
                               f"Periode {r.data.mulai}–{r.data.selesai}"))
    butir += [_baku(s, "setiap-saat", "lainnya", judul, ringkasan, None, "Sesuai tanggal dokumen")
              for judul, ringkasan in SETIAP_SAAT_BAKU]
    return butir


def butir_dip(situs: Situs, sid: str, halaman: Container[str]) -> list[ButirDIP]:
    """Every DIP item of a satker, in display order (kategori, then tahun newest first, then jenis)."""
    s = situs.data.satker[sid]
    butir = [_dari_dokumen(situs, s, d) for d in (s.profil.data.dokumen if s.profil else ())]
    butir += _butir_halaman(situs, s, halaman) + _butir_baku(s)
    urut_kat = {k: i for i, k in enumerate(KATEGORI_INFORMASI)}
    urut_jenis = {k: i for i, k in enumerate(URUT_JENIS)}
    butir.sort(key=lambda b: (urut_kat.get(b.kategori, 9), -(b.tahun or 9999), urut_jenis.get(b.jenis, 99),
                              ("data", "halaman", "baku").index(b.asal), b.judul))
    return butir


def _relatif(uri: str, dari: str) -> str:
    return posixpath.relpath(uri, posixpath.dirname(dari))


def _ukuran(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{angka((n + 512) // 1024)} KB"
    return f"{angka(Decimal(n) / (1024 * 1024), 1)} MB"


def _tanda(b: ButirDIP, kunci: str, teks: str) -> str:
    return sel(teks) + (" \\*" if kunci in b.bawaan else "")


def _ketersediaan(b: ButirDIP, saya: str, ppid: str) -> str:
    """Where to get it: the link to the page or file, or how to ask for it."""
    if b.kategori == "dikecualikan":
        return "Tidak dipublikasikan"
    if b.uri is None:
        return f"{sel(b.bentuk)}; {PERMINTAAN} ([cara memohon]({ppid}))"
    if b.uri.endswith(".md"):
        return f"{sel(b.bentuk)}: [buka halaman]({_relatif(b.uri, saya)})"
    jenis = PurePosixPath(b.uri).suffix.lstrip(".").upper() or "berkas"
    ukuran = f", {_ukuran(b.ukuran)}" if b.ukuran is not None else ""
    return f"{sel(b.bentuk)}: [unduh {jenis}{ukuran}]({_relatif(b.uri, saya)})"


def _terbit(b: ButirDIP) -> str:
    if b.terbit is None:
        return "belum diterbitkan di situs ini" if b.uri is None and b.kategori != "dikecualikan" else "–"
    return tanggal(b.terbit) + (f" (diperbarui {tanggal(b.diubah)})" if b.diubah else "")


def _judul(b: ButirDIP, saya: str) -> str:
    judul = f"**{sel(b.judul)}**"
    if b.uri is not None:
        judul = f"[{judul}]({_relatif(b.uri, saya)})"
    teks = f"{judul}<br>{_tanda(b, 'ringkasan', b.ringkasan)}"
    if b.kategori == "dikecualikan":
        teks += f"<br>Dasar hukum: {sel(b.dasar or '–')}; uji konsekuensi: {sel(b.uji or '–')}"
    return teks


KEPALA = ["No", "Ringkasan isi informasi", "Pejabat/unit yang menguasai", "Penanggung jawab pembuatan/penerbitan",
          "Waktu dan tempat pembuatan", "Bentuk dan cara memperoleh", "Jangka waktu penyimpanan", "Tanggal terbit"]


def halaman_dip(situs: Situs, sid: str, halaman: Container[str]) -> str:
    """The DIP page of a satker as Markdown."""
    s = situs.data.satker[sid]
    saya = uri_dip(sid)
    ppid = _relatif(uri_ppid(sid), saya)
    butir = butir_dip(situs, sid, halaman)
    nama = sel(s.nama)
    out = [f"# Daftar Informasi Publik: {nama}\n",
           (f"Daftar Informasi Publik (DIP) {nama} disusun menurut Undang-Undang Nomor 14 Tahun 2008 tentang "
            "Keterbukaan Informasi Publik, Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar "
            "Layanan Informasi Publik, dan Peraturan KPU Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan "
            "Informasi Publik (diubah dengan PKPU 11/2024 dan PKPU 4/2025). Setiap informasi memuat tujuh unsur: "
            "nomor; ringkasan isi informasi; pejabat atau unit yang menguasai informasi; penanggung jawab pembuatan "
            "atau penerbitan informasi; waktu dan tempat pembuatan informasi; bentuk informasi yang tersedia; dan "
            "jangka waktu penyimpanan atau retensi arsip.\n"),
           (f"Daftar ini memuat **{len(butir)} informasi**. Informasi yang belum diterbitkan di situs ini "
            f"{PERMINTAAN}: [cara memohon informasi dan mengajukan keberatan]({ppid}). "
            f"[Unduh DIP dalam format CSV]({_relatif(uri_csv(sid), saya)}) · "
            f"[Profil satker]({_relatif(uri_satker(sid), saya)})\n")]
    for i, kat in enumerate(KATEGORI_INFORMASI):
        isi = [(n, b) for n, b in enumerate(butir, 1) if b.kategori == kat]
        out += [f"## {chr(ord('A') + i)}. {KATEGORI_JUDUL[kat]}\n", KATEGORI_URAIAN[kat] + "\n"]
        if not isi:
            out.append(f"*{KATEGORI_KOSONG[kat]}*\n")
            continue
        rows = [[str(n), _judul(b, saya), _tanda(b, "penguasa", b.penguasa),
                 _tanda(b, "penanggung_jawab", b.penanggung_jawab),
                 _tanda(b, "waktu", b.waktu) + "<br>" + _tanda(b, "tempat", b.tempat),
                 _ketersediaan(b, saya, ppid), _tanda(b, "retensi", b.retensi), _terbit(b)] for n, b in isi]
        out.append('<div class="lakip-tumpuk lakip-tumpuk--dip" hidden></div>\n')  # cards on a phone (lakip.css)
        out.append(tabel(KEPALA, rows, "rlllllll"))
    out += ["## Keterangan\n",
            ("Tanda \\* menandai unsur yang memakai nilai baku menurut jenis informasinya, karena satker belum "
             "menetapkan nilai khusus: pejabat yang menguasai adalah sekretariat satker; penanggung jawab adalah "
             "Ketua untuk LKj, Renstra, Perjanjian Kinerja, IKU dan capaian kinerja, dan Sekretaris untuk yang "
             "lain; tempat pembuatan adalah kantor satker; waktu pembuatan adalah tahun yang dicakup. "
             "Jangka waktu penyimpanan baku mengikuti jenis informasinya:\n"),
            tabel(["Jenis informasi", "Jangka waktu penyimpanan"],
                  [[sel(JENIS_NAMA[j]), sel(RETENSI_BAWAAN[j])] for j in URUT_JENIS]),
            ("*Tanggal terbit* adalah tanggal informasi itu pertama kali diterbitkan di situs ini, dan "
             "*diperbarui* tanggal datanya terakhir berubah. Halaman yang dibuat dari data (capaian, Perjanjian "
             "Kinerja, anggaran, Renstra, LKj) dibuat ulang setiap kali datanya berubah. Berkas informasi yang "
             "dikecualikan tidak disalin ke situs ini.\n")]
    return "\n".join(out)


KOLOM_CSV = ["nomor", "kategori", "judul", "ringkasan_isi_informasi", "pejabat_unit_yang_menguasai",
             "penanggung_jawab_pembuatan_penerbitan", "waktu_pembuatan", "tempat_pembuatan", "bentuk_informasi",
             "jangka_waktu_penyimpanan", "jenis", "tahun", "tautan", "tersedia_atas_permintaan", "tanggal_terbit",
             "tanggal_diperbarui", "dasar_pengecualian", "uji_konsekuensi", "nilai_bawaan"]


def url_dari_uri(uri: str, site_url: str = "", url_folder: bool = True) -> str:
    """The public URL of a docs-relative ``uri`` (pages as folders when ``url_folder``)."""
    path = uri
    if uri.endswith(".md"):
        stem = uri[:-3]
        indeks = stem == "index" or stem.endswith("/index")
        if url_folder:
            path = stem[: -len("index")] if indeks else stem + "/"
        else:
            path = stem + ".html"
    if site_url:
        return site_url.rstrip("/") + "/" + path
    return path


def csv_dip(situs: Situs, sid: str, halaman: Container[str], site_url: str = "",
            url_folder: bool = True) -> str:
    """The DIP as CSV (same items and numbers as the page; formula-looking text quoted, see :mod:`csv_aman`)."""
    def iso(d: datetime.date | None) -> str:
        return d.isoformat() if d else ""

    return teks_csv(KOLOM_CSV, ([n, KATEGORI_SINGKAT.get(b.kategori, b.kategori), b.judul, b.ringkasan, b.penguasa,
                                 b.penanggung_jawab, b.waktu, b.tempat, b.bentuk, b.retensi, b.jenis,
                                 "" if b.tahun is None else b.tahun,
                                 url_dari_uri(b.uri, site_url, url_folder) if b.uri else "",
                                 "ya" if b.uri is None and b.kategori != "dikecualikan" else "tidak",
                                 iso(b.terbit), iso(b.diubah), b.dasar or "", b.uji or "",
                                 " ".join(sorted(b.bawaan))]
                                for n, b in enumerate(butir_dip(situs, sid, halaman), 1)))


def berkas_statis(situs: Situs, halaman: Container[str], site_url: str = "",
                  url_folder: bool = True) -> dict[str, str | Path]:
    """Non-page files of the DIP: uri -> text content (CSV) or source path (published documents)."""
    hasil: dict[str, str | Path] = {}
    for s in situs.satker():
        hasil[uri_csv(s.id)] = csv_dip(situs, s.id, halaman, site_url, url_folder)
        if s.profil is None:
            continue
        for d in s.profil.data.dokumen:
            uri = _uri_berkas(s, d)
            if uri is None or d.berkas is None:
                continue
            path = berkas_terbit(s, d.berkas)
            if path is not None and path.is_file():
                hasil[uri] = path
        for _, _, rel, path, alasan in gambar_narasi(s):
            if alasan is None and path is not None:
                hasil.setdefault(uri_berkas(s.id, rel), path)
    return dict(sorted(hasil.items()))

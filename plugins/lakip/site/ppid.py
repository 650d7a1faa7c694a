"""The information service (PPID) of each satker: contact, how to request information, how to object.

One page per satker (``satker/<id>/ppid.md``) and one for the portal (``ppid.md``)
listing every satker's contact. Contact details come from ``profil.md`` (address,
phone, e-mail, and the optional PPID phone, e-mail and service hours); what a satker
has not given is said plainly ("belum tersedia"), never guessed. The procedure and
time limits are those of UU 14/2008 (Pasal 22, 35, 36, 37), Perki 1/2021 and, for KPU,
PKPU 22/2023 as amended. :func:`kontak` gives the footer its few lines. Pure module.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from ..compute.situs import Situs
from ..model.satker import Satker
from ..render.aman import sel
from ..render.tabel import tabel
from .alamat import URI_PPID, uri_dip, uri_ppid, uri_satker

__all__ = ["DASAR_HUKUM", "Kontak", "halaman_ppid", "halaman_ppid_portal", "kaki", "kontak", "semua_ppid"]

BELUM = "belum tersedia di situs ini"

DASAR_HUKUM = (
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
    "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    "Peraturan Komisi Pemilihan Umum Nomor 22 Tahun 2023 tentang Pengelolaan dan Pelayanan Informasi Publik di "
    "Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota, "
    "sebagaimana diubah dengan PKPU Nomor 11 Tahun 2024 dan PKPU Nomor 4 Tahun 2025",
)

PERMOHONAN = (
    "Ajukan permohonan kepada PPID secara tertulis (surat atau formulir permohonan), lewat surel, atau "
    "datang langsung ke kantor. Sebutkan nama, alamat, nomor telepon atau surel, rincian informasi yang "
    "dibutuhkan, tujuan penggunaannya, dan cara memperolehnya (melihat, membaca, atau mendapat salinan "
    "cetak atau elektronik). Lampirkan salinan kartu identitas; badan hukum melampirkan akta pendiriannya.",
    "PPID mencatat permohonan dan memberi nomor pendaftaran sebagai tanda terima.",
    "PPID menjawab secara tertulis paling lambat **10 hari kerja** sejak permohonan diterima; jangka waktu itu "
    "dapat diperpanjang paling lama **7 hari kerja** dengan pemberitahuan tertulis dan alasannya "
    "(UU 14/2008 Pasal 22 ayat 7 dan 8).",
    "Informasi diberikan tanpa biaya. Biaya penggandaan atau pengiriman salinan, bila ada, ditanggung pemohon "
    "dan diberitahukan lebih dahulu.",
    "Bila permohonan ditolak, PPID menyebut alasan dan dasar hukum pengecualiannya secara tertulis.",
)

ALASAN_KEBERATAN = (
    "permohonan ditolak dengan alasan informasi dikecualikan",
    "informasi berkala tidak disediakan",
    "permohonan tidak ditanggapi",
    "permohonan ditanggapi tidak sebagaimana yang diminta",
    "permohonan tidak dipenuhi",
    "biaya yang dikenakan tidak wajar",
    "informasi disampaikan melebihi jangka waktu",
)

KEBERATAN = (
    "Keberatan diajukan secara tertulis kepada **atasan PPID** paling lambat **30 hari kerja** setelah alasannya "
    "ditemukan (UU 14/2008 Pasal 36 ayat 1), dengan menyebut nomor pendaftaran permohonan dan alasan keberatan.",
    "Atasan PPID memberi tanggapan tertulis paling lambat **30 hari kerja** sejak keberatan diterima "
    "(UU 14/2008 Pasal 36 ayat 2).",
    "Bila tidak puas dengan tanggapan itu, pemohon dapat mengajukan penyelesaian sengketa informasi kepada "
    "Komisi Informasi yang berwenang paling lambat **14 hari kerja** setelah tanggapan diterima "
    "(UU 14/2008 Pasal 37).",
)


@dataclass(frozen=True)
class Kontak:
    """A satker's information-service contact, as given in its profile (None: not given)."""

    nama: str
    alamat: str | None
    telepon: str | None
    email: str | None
    jam: str | None
    website: str | None

    @property
    def ada(self) -> bool:
        return any((self.alamat, self.telepon, self.email))


def kontak(s: Satker) -> Kontak:
    """The PPID contact of ``s``: the PPID's own phone and e-mail when given, else the office's."""
    p = s.profil.data if s.profil else None
    if p is None:
        return Kontak(s.nama, None, None, None, None, None)
    alamat = ", ".join(x for x in (p.alamat, p.kode_pos) if x) or None
    return Kontak(s.nama, alamat, p.telepon_ppid or p.telepon, p.email_ppid or p.email, p.jam_layanan, p.website)


def _rel(uri: str, dari: str) -> str:
    return posixpath.relpath(uri, posixpath.dirname(dari))


def _surel(email: str) -> str:
    alamat = sel(email)
    return f"[{alamat}](mailto:{alamat})" if "@" in email and " " not in email.strip() else alamat


def _tabel_kontak(k: Kontak) -> str:
    rows = [["Alamat kantor", sel(k.alamat) if k.alamat else BELUM],
            ["Telepon", sel(k.telepon) if k.telepon else BELUM],
            ["Surel", _surel(k.email) if k.email else BELUM],
            ["Jam layanan", sel(k.jam) if k.jam else BELUM]]
    if k.website:
        rows.append(["Situs web", sel(k.website)])
    return tabel(["Kontak", "Keterangan"], rows)


def halaman_ppid(situs: Situs, sid: str) -> str:
    """The information service page of one satker."""
    s = situs.data.satker[sid]
    saya = uri_ppid(sid)
    k = kontak(s)
    nama = sel(s.nama)
    out = [f"# Layanan Informasi Publik (PPID): {nama}\n",
           (f"Pejabat Pengelola Informasi dan Dokumentasi (PPID) {nama} melayani permohonan informasi publik "
            "dari setiap orang dan badan hukum Indonesia. Informasi yang sudah diterbitkan dapat langsung dibuka "
            f"di [Daftar Informasi Publik]({_rel(uri_dip(sid), saya)}); yang belum diterbitkan dapat dimohon "
            "dengan cara di bawah.\n"),
           "## Kontak\n", _tabel_kontak(k)]
    if not k.ada:
        induk = s.profil.data.induk if s.profil else None
        lain = (f" atau PPID [{sel(situs.data.satker[induk].nama)}]({_rel(uri_ppid(induk), saya)})"
                if induk and induk in situs.data.satker else "")
        out.append(f"Kontak layanan informasi satker ini belum tersedia di situs ini. Permohonan dapat diajukan "
                   f"langsung di kantor {nama}{lain}.\n")
    out += ["## Cara mengajukan permohonan informasi\n",
            "\n".join(f"{i}. {x}" for i, x in enumerate(PERMOHONAN, 1)) + "\n",
            "## Cara mengajukan keberatan\n",
            "Pemohon dapat mengajukan keberatan bila: " + "; ".join(ALASAN_KEBERATAN) + " (UU 14/2008 Pasal 35).\n",
            "\n".join(f"{i}. {x}" for i, x in enumerate(KEBERATAN, 1)) + "\n",
            "## Dasar hukum\n", "\n".join(f"- {x}" for x in DASAR_HUKUM) + "\n",
            f"[Daftar Informasi Publik]({_rel(uri_dip(sid), saya)}) · [Profil satker]({_rel(uri_satker(sid), saya)})"
            f" · [Layanan informasi semua satker]({_rel(URI_PPID, saya)})\n"]
    return "\n".join(out)


def halaman_ppid_portal(situs: Situs) -> str:
    """Every satker's information service contact, with its PPID page and DIP."""
    out = ["# Layanan Informasi Publik (PPID)\n",
           ("Setiap satker KPU mempunyai PPID yang melayani permohonan informasi publik dan keberatan. Pilih satker "
            "untuk melihat kontak, cara memohon informasi, cara mengajukan keberatan, dan Daftar Informasi "
            "Publiknya.\n")]
    rows = []
    for s in sorted(situs.satker(), key=lambda x: x.nama):
        k = kontak(s)
        rows.append([f"[{sel(s.nama)}]({_rel(uri_ppid(s.id), URI_PPID)})", sel(k.alamat) if k.alamat else BELUM,
                     sel(k.telepon) if k.telepon else BELUM, _surel(k.email) if k.email else BELUM,
                     f"[DIP]({_rel(uri_dip(s.id), URI_PPID)})"])
    if rows:
        out.append(tabel(["Satker", "Alamat", "Telepon", "Surel", "Daftar informasi"], rows))
    else:
        out.append("*Belum ada data satker.*\n")
    out += ["## Dasar hukum\n", "\n".join(f"- {x}" for x in DASAR_HUKUM) + "\n"]
    return "\n".join(out)


def semua_ppid(situs: Situs) -> dict[str, tuple[str, str | None, int | None]]:
    """uri -> (markdown, satker id, tahun) of the PPID pages."""
    hasil: dict[str, tuple[str, str | None, int | None]] = {URI_PPID: (halaman_ppid_portal(situs), None, None)}
    for s in situs.satker():
        hasil[uri_ppid(s.id)] = (halaman_ppid(situs, s.id), s.id, None)
    return hasil


def kaki(situs: Situs, sid: str | None) -> dict[str, object]:
    """The footer's PPID block of a page: the satker's contact lines and its PPID page (``sid``), or
    the portal's list of every satker's contact. Plain strings: the template escapes them."""
    if sid is None or sid not in situs.data.satker:
        return {"judul": "Layanan informasi publik (PPID)", "baris": [], "uri": URI_PPID}
    k = kontak(situs.data.satker[sid])
    baris = [x for x in (k.alamat, f"Telepon {k.telepon}" if k.telepon else None,
                         f"Surel {k.email}" if k.email else None, f"Jam layanan {k.jam}" if k.jam else None) if x]
    return {"judul": f"Layanan informasi publik (PPID) {k.nama}", "baris": baris or ["kontak belum tersedia"],
            "uri": uri_ppid(sid)}

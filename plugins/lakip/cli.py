"""The ``lakip`` command: check, schema, baru, diff, rapikan, ekspor, lkj, verifikasi, cms; none needs MkDocs.

Every subcommand prints problems as ``path:line: pesan`` and exits 1 when
there are any; a command that cannot do what was asked (``GagalPerintah``)
says why as ``lakip PERINTAH: pesan`` and exits 1; an unexpected failure is
reported in one line, never as a traceback, because the people running this
are satker staff.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import GagalPerintah


def _cmd_check(args: argparse.Namespace) -> int:
    from .bangun import bangun
    from .check.contoh import temuan_contoh
    from .commands.cache_cek import NAMA_BERKAS, Bersih, CacheCek, sidik_satker
    from .commands.cek_latar import RapiLatar
    from .lkj.final import peringatan_lkj

    folder = Path(args.folder)
    akar = args.folder.rstrip("/") or "."
    satu = (folder / "profil.md").is_file()  # one satker's folder given directly
    cache = None if args.tanpa_cache or satu or not folder.is_dir() else CacheCek(folder.resolve().parent / NAMA_BERKAS)
    sidik, lewati = {}, {}
    if cache is not None:
        subs = [d for d in sorted(folder.iterdir()) if d.is_dir() and not d.name.startswith(".")]
        sidik = {d.name: sidik_satker(d) for d in subs}
        ada = set(sidik)
        lewati = {sid: b for sid, sk in sidik.items() if (b := cache.bersih(sid, sk, ada)) is not None}
        for sid, sk in sidik.items():  # a directive may show another satker's figures: read those too
            if sid not in lewati:
                for lain in sk.disebut:
                    lewati.pop(lain, None)
    rapi = RapiLatar(folder, args.folder, set(lewati))  # meanwhile, in a second process
    situs, masalah = bangun(folder, args.folder, lewati=set(lewati))  # the checks the site build runs
    data = situs.data
    if not masalah:  # layout only matters once the data itself is right
        masalah.gabung(rapi.hasil())
    rapi.hentikan()
    contoh = temuan_contoh(data)  # scaffold placeholders: warned, never recorded as clean
    # a draft LKj's narrative findings: warnings (errors once it is final); only once the data is right
    lkj = [] if masalah else peringatan_lkj(situs)
    if cache is not None:
        salah = {e.path for e in [*masalah.items, *contoh, *lkj]}  # a satker with a warning is read again next time
        bersih = dict(lewati)
        # with a problem the LKj were not looked at: a satker read now is not yet known to be clean
        for sid, s in ({} if masalah else data.satker).items():
            if sid in sidik and not any(p.startswith(f"{akar}/{sid}/") for p in salah):
                bersih[sid] = Bersih(sidik[sid].hash, s.profil.data.induk if s.profil else None, sorted(s.tahun),
                                     _jumlah_indikator(s))
        cache.simpan(bersih)
    for e in contoh:
        print(f"peringatan: {e}")
    if masalah:
        print(masalah.teks())
        n = len(masalah.urut())
        print(f"{n} masalah ditemukan.", file=sys.stderr)
        return 1
    for p in lkj:
        print(f"peringatan: {p}")
    print(ringkasan(data, list(lewati.values())) + ": tidak ada masalah"
          + (f" ({len(contoh)} isian contoh belum diganti)" if contoh else ""))
    return 0


def _jumlah_indikator(s: object) -> int:
    return len({i.id for r in s.renstra for sas in r.data.sasaran for i in sas.indikator})  # type: ignore[attr-defined]


def ringkasan(data: object, lain: Sequence[object] = ()) -> str:
    """``553 satker, 5 tahun, 5666 indikator``; ``lain``: satker known clean from the cache, not read."""
    from .model.satker import Data

    assert isinstance(data, Data)
    tahun = {t for s in data.satker.values() for t in s.tahun} | {t for b in lain for t in b.tahun}  # type: ignore[attr-defined]
    indikator = sum(_jumlah_indikator(s) for s in data.satker.values()) + sum(b.indikator for b in lain)  # type: ignore[attr-defined]
    return f"{len(data.satker) + len(lain)} satker, {len(tahun)} tahun, {indikator} indikator"


def _cmd_schema(args: argparse.Namespace) -> int:
    from .model.jsonschema import tulis_skema

    for path in tulis_skema(Path(args.out)):
        print(path)
    return 0


def _keluar(teks: str) -> None:
    """Print UTF-8 text even where the console's code page cannot show '→'."""
    try:
        sys.stdout.write(teks)
    except UnicodeEncodeError:
        sys.stdout.flush()
        sys.stdout.buffer.write(teks.encode("utf-8"))


def _cmd_baru(args: argparse.Namespace) -> int:
    import re

    from .commands.baru import GagalBaru, buat_satker, buat_tahun

    folder = Path(args.folder)
    if args.jenis == "satker":
        renstra = None
        if args.renstra:
            m = re.fullmatch(r"(\d{4})-(\d{4})", args.renstra.strip())
            if not m:
                raise GagalBaru(f"--renstra '{args.renstra}' tidak sah (tulis AWAL-AKHIR, mis. 2025-2029)")
            renstra = (int(m[1]), int(m[2]))
        dibuat = buat_satker(folder, args.id, args.nama or "", args.tingkat or "", args.provinsi,
                             args.induk, renstra)
        lanjut = (f"Langkah berikutnya: lengkapi profil.md dan ganti CONTOH di {dibuat[-1].name}, "
                  f"lalu jalankan: lakip check {args.folder}")
    else:
        if not re.fullmatch(r"\d{4}", args.tahun):
            raise GagalBaru(f"tahun '{args.tahun}' tidak sah (tulis 4 angka, mis. 2025)")
        dibuat = buat_tahun(folder, args.satker, int(args.tahun))
        lanjut = ("Langkah berikutnya: isi tanggal PK, realisasi dan anggaran, "
                  f"lalu jalankan: lakip check {args.folder}")
    for path in dibuat:
        print(f"dibuat: {path}")
    print(lanjut)
    return 0


def _cmd_diff(args: argparse.Namespace) -> int:
    from .commands.diff import diff_revisi

    teks, masalah = diff_revisi(args.rev1, args.rev2, Path(args.folder), args.format)
    _keluar(teks)
    if masalah:
        for e in masalah.urut():
            print(e, file=sys.stderr)
        print(f"{len(masalah.urut())} masalah pada data yang dibandingkan (perbaiki sebelum digabung).", file=sys.stderr)
        return 1
    return 0


def _cmd_laporan(args: argparse.Namespace) -> int:
    from .commands.laporan import laporan, tulis_laporan

    _keluar(tulis_laporan(laporan(Path(args.folder), args.folder.rstrip("/") or ".")))
    return 0


def _cmd_rapikan(args: argparse.Namespace) -> int:
    from .commands.rapikan import berkas_data, rapikan_berkas

    hilang = [p for p in args.path if not Path(p).exists()]
    if hilang:
        for p in hilang:
            print(f"{p}:1: berkas atau folder tidak ditemukan", file=sys.stderr)
        return 1
    berkas = berkas_data([Path(p) for p in args.path])
    belum = gagal = dirapikan = 0
    for path, tampil in berkas:
        h = rapikan_berkas(path, tampil, tulis=not args.periksa)
        if h.masalah is not None:
            if not args.periksa:  # --periksa leaves unreadable files to 'lakip check'
                print(f"{tampil}:{h.masalah.baris}: berkas tidak dapat dirapikan: {h.masalah.pesan}")
                gagal += 1
        elif h.berubah and args.periksa:
            print(f"{tampil}:1: berkas belum rapi (jalankan: lakip rapikan {tampil})")
            belum += 1
        elif h.berubah:
            print(f"dirapikan: {tampil}")
            dirapikan += 1
    if args.periksa:
        if belum:
            print(f"{belum} berkas belum rapi.", file=sys.stderr)
            return 1
        print(f"{len(berkas)} berkas data sudah rapi.")
        return 0
    print(f"{dirapikan} berkas dirapikan, {len(berkas) - dirapikan - gagal} sudah rapi"
          + (f", {gagal} tidak dapat dirapikan." if gagal else "."))
    return 1 if gagal else 0


def _cmd_ekspor(args: argparse.Namespace) -> int:
    from .commands.ekspor import ekspor
    from .commands.proyek import muat_proyek

    berkas = ekspor(muat_proyek(args.konfigurasi), Path(args.folder))
    print(f"{len(berkas)} berkas data terbuka ditulis ke {args.folder} (data/ dan katalog data.json, seperti di situs)")
    return 0


def _cmd_lkj(args: argparse.Namespace) -> int:
    from .commands.lkj import lkj_satu, lkj_semua
    from .commands.proyek import muat_proyek
    from .site.cetak import ringkas

    proyek = muat_proyek(args.konfigurasi)
    keluaran = Path(args.keluaran) if args.keluaran else None
    if args.semua:
        if args.satker or args.tahun:
            raise GagalPerintah("--semua tidak memakai SATKER TAHUN (pilih salah satu)")
        print(ringkas(lkj_semua(proyek, args.shard, keluaran, args.cache, args.pangkas_cache)))
        return 0
    if not args.satker or not args.tahun or keluaran is None:
        raise GagalPerintah("tulis: lakip lkj SATKER TAHUN --keluaran DIR [--pdf], atau lakip lkj --semua")
    if args.shard or args.pangkas_cache:
        raise GagalPerintah("--shard dan --pangkas-cache hanya untuk --semua")
    for path in lkj_satu(proyek, args.satker, args.tahun, keluaran, args.pdf, args.cache):
        print(f"ditulis: {path}")
    return 0


def _cmd_verifikasi(args: argparse.Namespace) -> int:
    from .commands.proyek import muat_proyek
    from .commands.verifikasi import verifikasi

    site = Path(args.site)
    if not site.is_dir():
        raise GagalPerintah(f"{args.site}: folder situs tidak ditemukan (bangun dulu, mis. mkdocs build)")
    tampil = args.site.rstrip("/") or "."
    hasil = verifikasi(muat_proyek(args.konfigurasi), site, tampil, False if args.tanpa_pdf else None)
    if hasil.masalah:
        _keluar("\n".join(hasil.masalah) + "\n")
        tanpa_pdf = any(m.endswith(": PDF LKj tidak ada") for m in hasil.masalah)
        print(f"{len(hasil.masalah)} masalah: situs {tampil} tidak memuat semua yang diterbitkan data "
              "(bangun ulang dengan plugin lakip" + ("; bila PDF memang tidak dicetak, tambahkan --tanpa-pdf"
                                                     if tanpa_pdf else "") + ")", file=sys.stderr)
        return 1
    print(hasil.ringkasan(tampil))
    return 0


def _data_bermasalah(exc: Exception) -> int:
    print(exc.masalah.teks())  # type: ignore[attr-defined]
    print(f"{len(exc.masalah.urut())} masalah ditemukan. {exc}", file=sys.stderr)  # type: ignore[attr-defined]
    return 1


def _perintah_situs(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """ekspor, lkj, verifikasi: what the site build makes, from the command line."""
    def konfigurasi(p: argparse.ArgumentParser) -> None:
        p.add_argument("--konfigurasi", help="pengaturan situs (bawaan: mkdocs.yml di folder ini, bila ada)")

    p = sub.add_parser("ekspor", help="tulis data terbuka (JSON, CSV, katalog) persis seperti data/ dan data.json situs")
    p.add_argument("folder", help="folder tujuan, mis. keluaran (berisi data/ dan data.json)")
    konfigurasi(p)
    p.set_defaults(fungsi=_cmd_ekspor)
    p = sub.add_parser("lkj", help="tulis LKj sebagai HTML cetak dan PDF, atau cetak semua LKj (per bagian)")
    p.add_argument("satker", nargs="?", help="id satker, mis. kota-banjarbaru")
    p.add_argument("tahun", nargs="?", help="tahun, mis. 2024")
    p.add_argument("--keluaran", help="folder tujuan")
    p.add_argument("--pdf", action="store_true", help="cetak juga PDF A4 (perlu Chromium)")
    p.add_argument("--semua", action="store_true", help="cetak PDF semua LKj situs ke cache PDF (dan --keluaran)")
    p.add_argument("--shard", help="dengan --semua: cetak bagian K dari N saja, mis. 2/8 (untuk matriks CI)")
    p.add_argument("--pangkas-cache", action="store_true",
                   help="dengan --semua: sesudahnya cache PDF hanya memuat PDF yang dicetak atau dipakai kali ini")
    p.add_argument("--cache", help="folder cache PDF (bawaan: cache_pdf di mkdocs.yml, .lakip-cache/pdf; "
                                   "kosong = tanpa cache)")
    konfigurasi(p)
    p.set_defaults(fungsi=_cmd_lkj)
    p = sub.add_parser("verifikasi", help="pastikan situs yang dibangun memuat semua halaman, data dan PDF dari data")
    p.add_argument("site", help="folder situs yang dibangun, mis. site")
    p.add_argument("--tanpa-pdf", action="store_true", help="jangan menuntut PDF LKj (situs dibangun tanpa Chromium)")
    konfigurasi(p)
    p.set_defaults(fungsi=_cmd_verifikasi)


def _cmd_cms(args: argparse.Namespace) -> int:
    from .commands.cms import tulis

    folder = Path(args.folder)
    n = tulis(folder, args.folder.strip("/"), Path(args.out), Path(args.node_modules), Path(args.mkdocs))
    print(f"{n} berkas editor ditulis ke {args.out}/ (buka {args.out}/index.html lewat server web)")
    return 0


def _cmd_komentar(args: argparse.Namespace) -> int:
    from .commands.komentar import susun

    langkah = ("cek", "rapi", "bangun", "verifikasi")
    hasil = {k: getattr(args, k) for k in langkah}
    keluaran = {k: Path(getattr(args, f"keluaran_{k}")) for k in langkah}
    _keluar(susun(hasil, keluaran, Path(args.diff)))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="lakip", description="Data kinerja satker KPU: periksa data, buat kerangka, jelaskan perubahan, "
                                  "rapikan berkas, ekspor data terbuka, cetak LKj, verifikasi situs, editor formulir.")
    sub = parser.add_subparsers(dest="perintah", required=True)
    p = sub.add_parser("check", help="periksa semua data satker")
    p.add_argument("folder", nargs="?", default="satker")
    p.add_argument("--tanpa-cache", action="store_true",
                   help="baca ulang semua satker (bawaan: satker yang tidak berubah sejak lolos terakhir dilewati)")
    p.set_defaults(fungsi=_cmd_check)
    p = sub.add_parser("schema", help="tulis JSON Schema setiap jenis berkas data (untuk editor)")
    p.add_argument("--out", default="schema")
    p.set_defaults(fungsi=_cmd_schema)
    p = sub.add_parser("baru", help="buat kerangka data satker baru atau tahun baru")
    baru = p.add_subparsers(dest="jenis", required=True)
    q = baru.add_parser("satker", help="buat satker/ID/profil.md dan renstra-AWAL-AKHIR.md")
    q.add_argument("id", help="id satker: huruf kecil, angka dan '-', mis. kab-tanah-bumbu")
    q.add_argument("--nama", help="nama resmi, mis. \"KPU Kabupaten Tanah Bumbu\"")
    q.add_argument("--tingkat", help="ri, provinsi, kabupaten atau kota")
    q.add_argument("--provinsi", help="nama provinsi (wajib kecuali KPU RI)")
    q.add_argument("--induk", help="satker induk: id foldernya di sini (mis. prov-kalimantan-selatan), atau namanya bila "
                   "datanya tidak di repositori ini (mis. \"KPU Provinsi Kalimantan Selatan\")")
    q.add_argument("--renstra", help="periode Renstra, mis. 2025-2029 (bawaan: periode yang sedang berjalan)")
    q.add_argument("--folder", default="satker")
    q.set_defaults(fungsi=_cmd_baru)
    q = baru.add_parser("tahun", help="buat satker/SATKER/TAHUN/ pk.md, realisasi.md, anggaran.md, lkj.md")
    q.add_argument("satker", help="id satker")
    q.add_argument("tahun", help="tahun, mis. 2025")
    q.add_argument("--folder", default="satker")
    q.set_defaults(fungsi=_cmd_baru)
    p = sub.add_parser("diff", help="jelaskan perubahan angka antara dua revisi git")
    p.add_argument("rev1", help="revisi awal, mis. origin/main")
    p.add_argument("rev2", nargs="?", default="", help="revisi akhir, mis. HEAD (bawaan: folder kerja)")
    p.add_argument("--folder", default="satker")
    p.add_argument("--format", choices=("teks", "markdown"), default="teks")
    p.set_defaults(fungsi=_cmd_diff)
    p = sub.add_parser("laporan", help="laporan editor: yang masih kurang per satker dan tahun sebelum diterbitkan")
    p.add_argument("folder", nargs="?", default="satker")
    p.set_defaults(fungsi=_cmd_laporan)
    p = sub.add_parser("rapikan", help="rapikan tata letak front matter berkas data (datanya tidak berubah)")
    p.add_argument("path", nargs="*", default=["satker"], help="berkas atau folder (bawaan: satker)")
    p.add_argument("--periksa", action="store_true", help="hanya laporkan berkas yang belum rapi")
    p.set_defaults(fungsi=_cmd_rapikan)
    _perintah_situs(sub)  # ekspor, lkj, verifikasi
    p = sub.add_parser("cms", help="tulis editor formulir (Decap CMS) dan pengaturannya dari model data")
    p.add_argument("--folder", default="satker", help="folder data, relatif terhadap akar repositori")
    p.add_argument("--out", default="site/admin", help="folder tujuan (bawaan: site/admin)")
    p.add_argument("--node-modules", default="node_modules", help="tempat npm ci memasang decap-cms")
    p.add_argument("--mkdocs", default="mkdocs.yml", help="mkdocs.yml yang memuat pengaturan 'cms'")
    p.set_defaults(fungsi=_cmd_cms)
    p = sub.add_parser("komentar", help="susun komentar pull request dari hasil pemeriksaan CI")
    for langkah, nama in (("cek", "lakip check"), ("rapi", "lakip rapikan --periksa"), ("bangun", "mkdocs build"),
                          ("verifikasi", "lakip verifikasi")):
        p.add_argument(f"--{langkah}", default="skipped", help=f"hasil langkah {nama}: success, failure, skipped")
        p.add_argument(f"--keluaran-{langkah}", default=f"{langkah}.txt", help=f"keluaran {nama}")
    p.add_argument("--diff", default="diff.md", help="penjelasan lakip diff --format markdown")
    p.set_defaults(fungsi=_cmd_komentar)
    args = parser.parse_args(argv)
    try:
        return int(args.fungsi(args))
    except KeyboardInterrupt:
        return 130
    except GagalPerintah as exc:  # the user can act on it: one line, no "internal error"
        if hasattr(exc, "masalah"):  # commands.proyek.DataBermasalah: the data's problems, as lakip check
            return _data_bermasalah(exc)
        print(f"lakip {args.perintah}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the user gets one line, the developer a bug report
        print(f"lakip: kesalahan internal: {exc.__class__.__name__}: {exc} "
              "(laporkan sebagai bug beserta berkas yang diperiksa)", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

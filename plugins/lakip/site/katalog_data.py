"""The open data described for people and for harvesters.

- :func:`halaman_data`: the page ``data/index.md`` ("Data terbuka"): how to open the
  files in a spreadsheet, the licence, the national tables, each satker's files, and
  the data dictionary, every column written from :mod:`kolom` (the definitions the
  export writes its headers from, so the dictionary cannot drift from the files).
- :func:`katalog_dcat`: ``data.json`` at the site root, a DCAT-US 1.1 (Project Open
  Data) catalogue, the format JKAN and CKAN (ckanext-datajson) publish and harvest,
  so that a Satu Data portal can list every dataset with its files. Harvesters need
  absolute URLs: they come from ``site_url``; the dates from git (``riwayat_git``).
"""

from __future__ import annotations

import datetime
import json
import posixpath
from pathlib import Path
from typing import Any

from ..compute.situs import Situs
from ..model.rekaman import TINGKAT_NAMA
from ..model.satker import Satker
from ..render.aman import sel
from ..render.tabel import tabel
from . import kolom as K
from .alamat import uri_csv, uri_data
from .navigasi import URI_DATA, relatif

_JENIS = {"string": "teks", "integer": "bilangan bulat", "number": "angka desimal", "boolean": "1 / 0", "date": "tanggal (TTTT-BB-HH)"}


def _kamus(ds: K.Dataset) -> str:
    rows = [[f"`{k.nama}`", _JENIS[k.jenis], sel(k.satuan) or "–", sel(k.keterangan)] for k in ds.kolom]
    out = [f"### {sel(ds.judul)} (`{ds.nama}`) {{: #{ds.nama} }}\n",
           f"Satu baris: {sel(ds.baris)}." + (f" {sel(ds.catatan)}" if ds.catatan else "") + "\n",
           tabel(["Kolom", "Jenis", "Satuan", "Arti"], rows, "llll")]
    return "\n".join(out)


def _tautan(nama: str) -> str:
    return f"[{posixpath.basename(nama)}]({relatif(URI_DATA, uri_data(nama))})"


def halaman_data(situs: Situs) -> str:
    out = ["# Data terbuka\n",
           ("Semua tabel di situs ini dapat diunduh sebagai CSV (untuk spreadsheet) dan JSON (untuk program). "
           "Angkanya sama dengan yang tampil di halaman, karena dihitung sekali dari data yang sama. "
           f"Data ini boleh dipakai ulang dengan lisensi [{K.LISENSI['judul']}]({K.LISENSI['url']}) "
           "(sebutkan sumbernya).\n"),
           "## Membuka di spreadsheet\n",
           ("- **Pengodean:** UTF-8 dengan BOM, sehingga huruf seperti ÷ dan é terbaca benar di Excel.\n"
           "- **Pemisah kolom:** titik koma (`;`), **desimal:** koma (`64,5161290323`), tanpa pemisah ribuan "
           "(`63293098000`). Ini konvensi Excel dan LibreOffice berbahasa Indonesia: berkas terbuka dengan "
           "klik ganda dan angkanya langsung dapat dijumlah. Di spreadsheet berbahasa Inggris, pakai "
           "*Data → From Text/CSV* dan pilih pemisah titik koma dan desimal koma.\n"
           "- **Angka selalu angka:** Rupiah sebagai bilangan bulat, persen tanpa tanda `%` (64,52 berarti "
           "64,52%), sampai 10 angka desimal tanpa pembulatan tampilan. Sel kosong berarti tidak ada nilai.\n"
           "- **Ya/tidak** ditulis `1`/`0`. Teks yang diawali `=`, `+`, `-` atau `@` diberi tanda kutip `'` di "
           "depannya agar tidak dijalankan sebagai rumus.\n"
           "- **Anggaran tanpa hitung ganda:** satu berkas per tingkat (program, kegiatan, rincian output, "
           "jenis belanja), tanpa baris total. Jumlah kolom `pagu` berkas per program (dan per jenis belanja) "
           "adalah pagu satker; berkas per kegiatan dan per rincian output hanya memuat bagian pagu yang "
           "dirinci sampai tingkat itu. Jangan menggabungkan berkas dari tingkat yang berbeda.\n"
           "- Untuk program: Python `pandas.read_csv(berkas, sep=';', decimal=',', encoding='utf-8-sig')`; "
           "R `read.csv2(berkas, fileEncoding='UTF-8-BOM')`. Berkas JSON memakai titik desimal.\n"),
           "## Katalog untuk mesin\n",
           ("- [data.json](../data.json): katalog DCAT-US 1.1 semua dataset (format yang dipanen portal "
           "Satu Data, CKAN dan JKAN).\n"
           "- `datapackage.json` di folder setiap satker dan tahun: Frictionless Data Package yang "
           "menjelaskan setiap kolom berkas CSV-nya (dapat diperiksa dengan `frictionless validate`).\n"
           f"- {_tautan('index.json')}: daftar satker dan tahunnya (versi format {K.VERSI}).\n"),
           "## Semua satker dalam satu berkas\n",
           tabel(["Tabel", "Berkas"], [
               [sel(K.RINGKASAN.judul) + " (satu baris per satker dan tahun)",
                f"{_tautan('ringkasan.csv')} · {_tautan('ringkasan.json')}"],
               ["Capaian indikator kinerja semua satker", _tautan("capaian.csv")],
               ["Realisasi anggaran per program semua satker", _tautan("anggaran-program.csv")],
           ], "ll"),
           "## Per satker dan tahun\n",
           _tabel_satker(situs),
           "## Kamus data\n",
           "Arti setiap kolom. Kolom yang sama di berkas JSON memakai nama yang sama.\n",
           *[_kamus(ds) for ds in (K.RINGKASAN, *K.PER_TAHUN, K.RENSTRA)],
           "## Perubahan format\n",
           (f"Versi {K.VERSI} (Desember 2026): CSV mengikuti konvensi spreadsheet Indonesia di atas, setiap berkas "
           "punya kolom `satker` dan `tahun`, anggaran dipecah per tingkat (`anggaran.csv` lama menjumlah "
           "program, kegiatan, rincian output dan total dalam satu berkas), angka di JSON ditulis sebagai "
           "angka, `tercapai` berlaku untuk setiap indikator dan target/realisasi berpredikat punya kolomnya "
           "sendiri. Versi 2 menulis rumus dan catatan sebagai kode; versi 1 sebagai kalimat.\n")]
    return "\n".join(out)


def _tabel_satker(situs: Situs) -> str:
    rows = []
    for s in sorted(situs.satker(), key=lambda x: x.id):
        tahun = []
        for t in sorted(s.tahun):
            tahun.append(f"{t}: {_tautan(f'{s.id}/{t}/capaian.csv')}, "
                         f"{_tautan(f'{s.id}/{t}/anggaran-program.csv')}, "
                         f"[lainnya]({relatif(URI_DATA, uri_data(f'{s.id}/{t}/datapackage.json'))})")
        renstra = [_tautan(f"{s.id}/renstra-{r.data.mulai}-{r.data.selesai}.csv")
                   for r in sorted(s.renstra, key=lambda b: b.data.mulai)]
        dip = f"[dip.csv]({relatif(URI_DATA, uri_csv(s.id))})"
        rows.append([sel(s.nama), "<br>".join(tahun) or "–", "<br>".join(renstra) or "–", dip])
    return tabel(["Satker", "Capaian dan anggaran per tahun", "Renstra", "Informasi publik"], rows, "llll")


# ---------------------------------------------------------------- DCAT-US data.json

def _url(dasar: str, uri: str) -> str:
    return (dasar.rstrip("/") + "/" + uri) if dasar else uri


def _halaman(dasar: str, uri_md: str, direktori: bool = True) -> str:
    """The URL of a page as MkDocs writes it (``satker/x/`` or ``satker/x/index.html``)."""
    u = uri_md.removesuffix(".md")
    if not direktori:
        return _url(dasar, u + ".html")
    u = u.removesuffix("index")
    return _url(dasar, u + ("/" if u and not u.endswith("/") else ""))


def _kontak(s: Satker) -> dict[str, str]:
    p = s.profil.data if s.profil else None
    k = {"@type": "vcard:Contact", "fn": f"PPID {s.nama}"}
    if p and p.email:
        k["hasEmail"] = f"mailto:{p.email}"
    return k


def _distribusi(dasar: str, rel: str, judul: str, kamus: str | None = None, direktori: bool = True
                ) -> dict[str, str]:
    jenis = rel.rsplit(".", 1)[-1]
    d = {"@type": "dcat:Distribution", "downloadURL": _url(dasar, uri_data(rel)), "title": judul,
         "mediaType": {"csv": "text/csv", "json": "application/json"}[jenis], "format": jenis.upper()}
    if kamus:
        d["describedBy"] = _halaman(dasar, URI_DATA, direktori) + f"#{kamus}"
        d["describedByType"] = "text/html"
    return d


def _dataset_tahun(s: Satker, t: int, dasar: str, ubah: str | None, direktori: bool) -> dict[str, Any]:
    p = s.profil.data if s.profil else None
    dist = [_distribusi(dasar, f"{s.id}/{t}/{ds.nama}.csv", ds.judul, ds.nama, direktori) for ds in K.PER_TAHUN]
    dist += [_distribusi(dasar, f"{s.id}/{t}/{n}.json", j) for n, j in
             (("capaian", "Capaian indikator (JSON)"), ("anggaran", "Anggaran semua tingkat (JSON)"),
              ("index", "Ringkasan tahun (JSON)"))]
    dist.append({"@type": "dcat:Distribution", "downloadURL": _url(dasar, uri_data(f"{s.id}/{t}/datapackage.json")),
                 "mediaType": "application/json", "format": "Frictionless Data Package",
                 "title": "Deskripsi kolom (datapackage.json)"})
    return {
        "@type": "dcat:Dataset", "identifier": _url(dasar, uri_data(f"{s.id}/{t}/")),
        "title": f"Kinerja dan anggaran {s.nama} {t}",
        "description": (f"Capaian indikator kinerja (target, realisasi, capaian dan kategorinya) dan realisasi "
                        f"anggaran {s.nama} tahun {t}, dihitung dari Perjanjian Kinerja, Renstra, realisasi "
                        "dan DIPA satker."),
        "keyword": ["SAKIP", "LKj", "kinerja", "anggaran", "KPU", s.nama],
        "modified": ubah or "R/P1Y", "publisher": {"@type": "org:Organization", "name": s.nama},
        "contactPoint": _kontak(s), "accessLevel": "public", "license": K.LISENSI["url"],
        "spatial": (p.provinsi if p and p.provinsi else "Indonesia"), "temporal": f"{t}-01-01/{t}-12-31",
        "language": ["id"], "theme": ["Pemerintahan", TINGKAT_NAMA.get(p.tingkat, "KPU") if p else "KPU"],
        "landingPage": _halaman(dasar, f"satker/{s.id}/{t}/index.md", direktori), "distribution": dist,
    }


def katalog_dcat(situs: Situs, site_url: str = "", tanggal: dict[Path, datetime.date] | None = None,
                 direktori: bool = True) -> str:
    """``data.json``: every satker-year dataset, each satker's DIP and the national tables."""
    tanggal = tanggal or {}
    dasar = site_url.rstrip("/")
    data: list[dict[str, Any]] = []
    semua: list[datetime.date] = []
    for s in sorted(situs.satker(), key=lambda x: x.id):
        for t in sorted(s.tahun):
            folder = (s.folder / str(t)).resolve()
            tgl = [d for f, d in tanggal.items() if f.is_relative_to(folder)]
            semua += tgl
            data.append(_dataset_tahun(s, t, dasar, max(tgl).isoformat() if tgl else None, direktori))
        for r in sorted(s.renstra, key=lambda b: b.data.mulai):
            nama = f"{s.id}/renstra-{r.data.mulai}-{r.data.selesai}"
            data.append({
                "@type": "dcat:Dataset", "identifier": _url(dasar, uri_data(nama + ".csv")),
                "title": f"Target Renstra {r.data.mulai}–{r.data.selesai} {s.nama}",
                "description": f"Target tahunan setiap indikator Rencana Strategis {s.nama} {r.data.mulai}–{r.data.selesai}.",
                "keyword": ["SAKIP", "Renstra", "target", "KPU", s.nama], "modified": "R/P1Y",
                "publisher": {"@type": "org:Organization", "name": s.nama}, "contactPoint": _kontak(s),
                "accessLevel": "public", "license": K.LISENSI["url"], "language": ["id"],
                "temporal": f"{r.data.mulai}-01-01/{r.data.selesai}-12-31",
                "landingPage": _halaman(dasar, f"satker/{s.id}/renstra-{r.data.mulai}-{r.data.selesai}.md", direktori),
                "distribution": [_distribusi(dasar, nama + ".csv", K.RENSTRA.judul, "renstra", direktori),
                                 _distribusi(dasar, nama + ".json", K.RENSTRA.judul + " (JSON)")],
            })
        data.append({
            "@type": "dcat:Dataset", "identifier": _url(dasar, uri_csv(s.id)),
            "title": f"Daftar Informasi Publik {s.nama}",
            "description": f"Daftar Informasi Publik (Perki KIP 1/2021) {s.nama} dengan tujuh unsur setiap informasi.",
            "keyword": ["PPID", "DIP", "informasi publik", "KPU", s.nama], "modified": "R/P1Y",
            "publisher": {"@type": "org:Organization", "name": s.nama}, "contactPoint": _kontak(s),
            "accessLevel": "public", "license": K.LISENSI["url"], "language": ["id"],
            "landingPage": _halaman(dasar, f"satker/{s.id}/dip.md", direktori),
            "distribution": [{"@type": "dcat:Distribution", "downloadURL": _url(dasar, uri_csv(s.id)),
                              "mediaType": "text/csv", "format": "CSV", "title": "DIP (CSV)"}],
        })
    nasional = [_distribusi(dasar, f"{ds.nama}.csv", ds.judul, ds.nama, direktori) for ds in K.NASIONAL]
    nasional.append(_distribusi(dasar, "ringkasan.json", K.RINGKASAN.judul + " (JSON)"))
    data.insert(0, {
        "@type": "dcat:Dataset", "identifier": _url(dasar, uri_data("")),
        "title": "Kinerja dan anggaran satker KPU (semua satker)",
        "description": "Ringkasan, capaian indikator dan anggaran per program semua satker dan tahun dalam satu berkas.",
        "keyword": ["SAKIP", "LKj", "kinerja", "anggaran", "KPU"],
        "modified": max(semua).isoformat() if semua else "R/P1Y",
        "publisher": {"@type": "org:Organization", "name": "Komisi Pemilihan Umum"},
        "contactPoint": {"@type": "vcard:Contact", "fn": "Komisi Pemilihan Umum"},
        "accessLevel": "public", "license": K.LISENSI["url"], "language": ["id"], "spatial": "Indonesia",
        "landingPage": _halaman(dasar, URI_DATA, direktori), "distribution": nasional,
    })
    katalog = {"@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
               "@type": "dcat:Catalog", "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
               "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json", "dataset": data}
    return json.dumps(katalog, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

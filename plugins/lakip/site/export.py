"""Open data: every computed table as CSV and JSON at stable paths, a pure function of the ``Situs``.

:func:`semua_berkas` gives every file of ``data/`` as name -> bytes; the site (plugin)
and ``lakip ekspor`` write the same bytes. ``data/<satker>/<tahun>/`` holds
``capaian.csv|json``, one budget CSV per level (``anggaran-program``, ``-kegiatan``,
``-ro``, ``-belanja``: the rows of one file add up without counting a total twice),
``anggaran.json`` (every level, with ``tingkat`` and parents), ``index.json`` (the
year's summary) and ``datapackage.json`` (Frictionless Data Package describing the
CSV files); ``data/<satker>/renstra-<awal>-<akhir>.csv|json`` every yearly Renstra target.
``data/`` itself holds ``index.json`` (every satker and year) and the
national tables ``ringkasan``, ``capaian`` and ``anggaran-program`` (every satker-year
in one file). Columns are defined once in :mod:`kolom`.

Values, never display text: JSON numbers are numbers written exactly (10 decimal
places at most, Rupiah as integers); the CSV files follow the Indonesian spreadsheet
convention of :mod:`kolom` (:func:`csv_aman.berkas_csv`, which also keeps text from
being read as a formula). Keys are sorted so the same input gives byte-identical files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..compute.anggaran import BarisAnggaran
from ..compute.capaian import bulatkan
from ..compute.kinerja import BERPREDIKAT, CapaianIndikator, HasilTahun
from ..compute.konsistensi import Selisih
from ..compute.situs import Situs
from ..compute.status import status_tahun
from ..model.rekaman import Renstra
from ..model.satker import Satker
from ..render.csv_aman import berkas_csv
from . import kolom as K
from .alamat import uri_csv, uri_data
from .dip import csv_dip
from .katalog_data import katalog_dcat

VERSI = K.VERSI

JENIS_CSV = {"anggaran-program": "program", "anggaran-kegiatan": "kegiatan", "anggaran-ro": "ro",
             "anggaran-belanja": "belanja"}


def _d(v: Decimal | None) -> Decimal | None:
    """An exact-enough number: 10 places (half up), trailing zeros removed."""
    return None if v is None else bulatkan(v, 10).normalize()


def _angka(v: object) -> Decimal | None:
    return _d(v) if isinstance(v, Decimal) else None


def _predikat(v: object) -> str | None:
    return v if isinstance(v, str) else None


def _rumus(c: CapaianIndikator) -> str | None:
    """Which formula gave the capaian: the polarity (its inputs are the row's target and realisasi)."""
    if c.capaian is not None:
        return c.indikator.polaritas
    return "skala" if c.alasan == BERPREDIKAT else None


def _isi(v: Any) -> Any:
    return _d(v) if isinstance(v, Decimal) else v


def rekam_selisih(s: Selisih) -> dict[str, Any]:
    """A consistency note as data: both figures as numbers, the rule as a code with its inputs."""
    return {"sumber": s.sumber, "kolom": s.kolom, "nama": s.nama, "tercetak": _isi(s.tercetak),
            "dihitung": _isi(s.dihitung), "aturan": s.aturan, "alasan": s.alasan, "temuan": s.temuan,
            "masukan": {k: _isi(v) for k, v in s.rumus} or None}


def rekam_indikator(sid: str, tahun: int, c: CapaianIndikator) -> dict[str, Any]:
    ind = c.indikator
    target = c.target.nilai if c.target else None
    return {
        "satker": sid, "tahun": tahun, "id": ind.id, "nama": ind.nama, "sasaran": c.sasaran.id,
        "satuan": ind.satuan, "polaritas": ind.polaritas, "iku": ind.iku,
        "target": _angka(target), "target_predikat": _predikat(target),
        "sumber_target": c.target.sumber if c.target else None,
        "realisasi": _angka(c.nilai_realisasi), "realisasi_predikat": _predikat(c.nilai_realisasi),
        "capaian": _d(c.capaian), "capaian_dibatasi": _d(c.capaian_dibatasi),
        "kategori": c.kategori.nama if c.kategori else None,
        "tercapai": c.memenuhi_target, "rumus": _rumus(c), "catatan": c.alasan,
    }


def rekam_anggaran(sid: str, tahun: int, b: BarisAnggaran, program: str | None = None,
                   kegiatan: str | None = None) -> dict[str, Any]:
    return {"satker": sid, "tahun": tahun, "tingkat": b.jenis, "program": program, "kegiatan": kegiatan,
            "kode": b.kode, "nama": b.nama, "pagu": b.pagu, "realisasi": b.realisasi, "serapan": _d(b.serapan),
            "sisa": b.sisa, "rincian_lengkap": getattr(b.rekam, "rincian_lengkap", True)}


def baris_anggaran(h: HasilTahun) -> list[dict[str, Any]]:
    """Every budget line of a year (program, kegiatan, RO, belanja) with the codes of its parents."""
    if h.anggaran is None:
        return []
    sid, t = h.satker.id, h.tahun
    out = []
    program = kegiatan = None
    for b in h.anggaran.program:
        if b.jenis == "program":
            program, kegiatan = b.kode, None
            out.append(rekam_anggaran(sid, t, b))
        elif b.jenis == "kegiatan":
            kegiatan = b.kode
            out.append(rekam_anggaran(sid, t, b, program))
        else:
            out.append(rekam_anggaran(sid, t, b, program, kegiatan))
    out += [rekam_anggaran(sid, t, b) for b in h.anggaran.belanja]
    return out


def rekam_ringkasan(h: HasilTahun) -> dict[str, Any]:
    """One satker-year in one row: IKU met / not met / not judged, the mean (capped when a cap is set), budget."""
    s, p = h.satker, h.satker.profil.data if h.satker.profil else None
    iku = list(h.iku.indikator) if h.iku else []
    nilai = [c.memenuhi_target for c in iku]
    a = h.anggaran
    return {"satker": s.id, "nama_satker": s.nama, "tingkat": p.tingkat if p else None,
            "provinsi": p.provinsi if p else None, "tahun": h.tahun,
            "jumlah_indikator": len(h.indikator), "jumlah_iku": len(iku),
            "iku_tercapai": nilai.count(True), "iku_tidak_tercapai": nilai.count(False),
            "iku_belum_dinilai": nilai.count(None),
            "rata_rata_iku": _d(h.iku.rata_rata) if h.iku else None,
            "batas_capaian": _d(h.pengaturan.batas_capaian),
            "kategori_iku": h.iku.kategori.nama if h.iku and h.iku.kategori and h.iku.rata_rata is not None else None,
            "pagu": a.pagu if a else None, "realisasi_anggaran": a.realisasi if a else None,
            "serapan": _d(a.total.serapan) if a else None, "sisa": a.total.sisa if a else None,
            **_rekam_status(h)}


def _rekam_status(h: HasilTahun) -> dict[str, Any]:
    """What the reporting status page says of the satker-year, as values."""
    st = status_tahun(h)
    th = h.satker.tahun.get(h.tahun)
    return {"pk_ditandatangani": st.pk_tanggal.isoformat() if st.pk_tanggal else None,
            "pk_pindaian_terbit": st.pk_resmi,
            "lkj": (th.lkj.data.status if th is not None and th.lkj is not None else "draf") if st.lkj_ada else None,
            "lkj_pindaian_terbit": st.lkj_resmi}


def baris_renstra(s: Satker, r: Renstra) -> list[dict[str, Any]]:
    """Every yearly target of a Renstra, one row per indicator and year."""
    periode = f"{r.mulai}-{r.selesai}"
    return [{"satker": s.id, "periode": periode, "sasaran": sas.id, "id": ind.id, "nama": ind.nama,
             "satuan": ind.satuan, "polaritas": ind.polaritas, "iku": ind.iku, "tahun": t,
             "target": _angka(v), "target_predikat": _predikat(v)}
            for sas in r.sasaran for ind in sas.indikator for t, v in sorted(ind.target.items())]


# ---------------------------------------------------------------- file formats

_ANGKA_JSON = re.compile(r'"\\u0001(\d+)"')


def _json(obj: Any) -> bytes:
    """JSON with every Decimal written as the exact number it is (json would need a float)."""
    angka: list[str] = []

    def tanda(o: Any) -> Any:  # a Decimal becomes "\x01<n>", which no data text can hold (control character)
        if isinstance(o, Decimal):
            angka.append(format(o, "f"))
            return f"\x01{len(angka) - 1}"
        if isinstance(o, dict):
            return {k: tanda(v) for k, v in o.items()}
        if isinstance(o, (list, tuple)):
            return [tanda(v) for v in o]
        if isinstance(o, str):
            return o.replace("\x01", "")
        return o

    teks = json.dumps(tanda(obj), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return _ANGKA_JSON.sub(lambda m: angka[int(m.group(1))], teks).encode("utf-8")


def _csv(ds: K.Dataset, rows: list[dict[str, Any]]) -> bytes:
    return berkas_csv(ds.kepala, ([r.get(k) for k in ds.kepala] for r in rows), K.PEMISAH)


def _per_jenis(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {nama: [r for r in rows if r["tingkat"] == jenis] for nama, jenis in JENIS_CSV.items()}


def paket_data(sid: str, tahun: int, judul: str) -> dict[str, Any]:
    """The Frictionless Data Package of one satker-year: its CSV files with their Table Schema."""
    return {
        "name": f"lakip-{sid}-{tahun}", "title": judul, "profile": "tabular-data-package",
        "licenses": [{"name": K.LISENSI["id"], "title": K.LISENSI["judul"], "path": K.LISENSI["url"]}],
        "resources": [{"name": ds.nama, "path": f"{ds.nama}.csv", "title": ds.judul, "profile": "tabular-data-resource",
                       "format": "csv", "mediatype": "text/csv", "encoding": K.PENGODEAN,
                       "dialect": {"delimiter": K.PEMISAH, "header": True},
                       "schema": {"fields": [k.skema() for k in ds.kolom]}} for ds in K.PER_TAHUN],
    }


def berkas_tahun(situs: Situs, h: HasilTahun) -> dict[str, bytes]:
    """Relative path -> content for one satker-year."""
    sid, t = h.satker.id, h.tahun
    ind = [rekam_indikator(sid, t, c) for c in h.indikator.values()]
    ang = baris_anggaran(h)
    ringkas = {
        **rekam_ringkasan(h),
        "sasaran": [{"id": k.sasaran.id if k.sasaran else None, "rata_rata": _d(k.rata_rata),
                     "kategori": k.kategori.nama if k.kategori else None} for k in h.sasaran],
        "perjanjian": [{"id": p.perjanjian.id, "jenis": p.perjanjian.jenis, "rata_rata": _d(p.ringkas.rata_rata),
                        "kategori": p.ringkas.kategori.nama if p.ringkas.kategori else None} for p in h.perjanjian],
        "konsistensi": [rekam_selisih(s) for s in situs.konsistensi(sid, t)],
        "berkas": sorted([f"{ds.nama}.csv" for ds in K.PER_TAHUN] + ["capaian.json", "anggaran.json",
                                                                      "datapackage.json"]),
    }
    total = rekam_anggaran(sid, t, h.anggaran.total) if h.anggaran else None
    base = f"{sid}/{t}"
    hasil = {
        f"{base}/index.json": _json(ringkas),
        f"{base}/capaian.json": _json({"satker": sid, "tahun": t, "indikator": ind}),
        f"{base}/capaian.csv": _csv(K.CAPAIAN, ind),
        f"{base}/anggaran.json": _json({"satker": sid, "tahun": t, "baris": ang, "total": total}),
        f"{base}/datapackage.json": _json(paket_data(sid, t, f"Kinerja dan anggaran {h.satker.nama} {t}")),
    }
    per = _per_jenis(ang)
    for ds in K.PER_TAHUN[1:]:
        hasil[f"{base}/{ds.nama}.csv"] = _csv(ds, per[ds.nama])
    return hasil


def semua_berkas(situs: Situs) -> dict[str, bytes]:
    """Every file of ``data/`` (relative path -> bytes)."""
    hasil: dict[str, bytes] = {}
    katalog = []
    ringkas: list[dict[str, Any]] = []
    capaian: list[dict[str, Any]] = []
    program: list[dict[str, Any]] = []
    for s in sorted(situs.satker(), key=lambda x: x.id):
        tahun = sorted(s.tahun)
        katalog.append({"id": s.id, "nama": s.nama, "tingkat": s.profil.data.tingkat if s.profil else None,
                        "provinsi": s.profil.data.provinsi if s.profil else None, "tahun": tahun,
                        "induk": s.profil.data.induk if s.profil else None})
        for r in sorted(s.renstra, key=lambda b: b.data.mulai):
            rows = baris_renstra(s, r.data)
            nama = f"{s.id}/renstra-{r.data.mulai}-{r.data.selesai}"
            hasil[f"{nama}.csv"] = _csv(K.RENSTRA, rows)
            hasil[f"{nama}.json"] = _json({"satker": s.id, "periode": f"{r.data.mulai}-{r.data.selesai}",
                                          "target": rows})
        for t in tahun:
            h = situs.hasil(s.id, t)
            hasil.update(berkas_tahun(situs, h))
            ringkas.append(rekam_ringkasan(h))
            capaian += [rekam_indikator(s.id, t, c) for c in h.indikator.values()]
            program += [r for r in baris_anggaran(h) if r["tingkat"] == "program"]
    hasil["index.json"] = _json({"versi": VERSI, "satker": katalog,
                                 "berkas": sorted(f"{ds.nama}.csv" for ds in K.NASIONAL)})
    for ds, rows in ((K.RINGKASAN, ringkas), (K.CAPAIAN, capaian), (K.ANGGARAN_PROGRAM, program)):
        hasil[f"{ds.nama}.csv"] = _csv(ds, rows)
    hasil["ringkasan.json"] = _json({"versi": VERSI, "baris": ringkas})
    return hasil


def berkas_data(situs: Situs, halaman: Container[str], site_url: str = "", url_folder: bool = True,
                ekspor: bool = True) -> dict[str, str | bytes]:
    """Every open-data file of the site, site uri -> content: each satker's DIP as CSV (its links
    need the site's address and page list) and, with ``ekspor``, the open data under ``data/`` and its
    DCAT catalogue ``data.json``. The site build, ``lakip ekspor`` and ``lakip verifikasi`` all use exactly this."""
    hasil: dict[str, str | bytes] = {uri_csv(s.id): csv_dip(situs, s.id, halaman, site_url, url_folder)
                                     for s in situs.satker()}
    if ekspor:
        hasil.update((uri_data(rel), isi) for rel, isi in semua_berkas(situs).items())
        tanggal = {p: akhir for p, (_, akhir) in situs.tanggal_berkas.items()}
        hasil["data.json"] = katalog_dcat(situs, site_url, tanggal, url_folder)
    return dict(sorted(hasil.items()))


def tulis(berkas: dict[str, str | bytes], folder: Path) -> list[Path]:
    """Write ``berkas`` (site uri -> text, as ``berkas_data`` gives) under ``folder`` (the site's root)."""
    out = []
    for uri, isi in sorted(berkas.items()):
        p = folder / uri
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(isi, bytes):
            p.write_bytes(isi)
        else:
            with open(p, "w", encoding="utf-8", newline="") as f:  # the bytes MkDocs writes: no newline translation
                f.write(isi)
        out.append(p)
    return out

"""Decap CMS form fields from the model's field declarations (never written by hand).

Every field of a record (``model.rekaman``) becomes one form field with its
Indonesian label, the schema's description as hint, a widget for its value
kind, the required flag and, where Decap can check it in the form, the pattern
the reader accepts. Numbers are edited as the text the file holds (a string
widget with a pattern): Decap's number widget would turn ``99.60`` into
``99.6``, and the writer (``admin/lakip-format.js``) writes digits back plain,
as typed. A year-keyed target map becomes one field per year of the Renstra.

``skema_tulis`` gives the writer what it needs to place a new key where the
model puts it and to leave out a model default nobody typed.
"""

from __future__ import annotations

from typing import Any

from ..model.rekaman import isian_data
from ..model.skema import (
    Bendera,
    Bilangan,
    Bulat,
    DaftarDari,
    Kode,
    Nilai,
    PetaTahun,
    Pilihan,
    Rekaman,
    Tahun,
    Tanggal,
    Teks,
)

# words the staff read in reports, not in code
LABEL = {
    "nip": "NIP", "iku": "IKU", "nka": "Nilai Kinerja Anggaran (NKA)", "ro": "Rincian output (RO)",
    "sdm": "SDM", "pk": "PK", "id": "Kode", "ke": "Revisi ke-", "badan_adhoc": "Badan ad hoc",
    "dip": "DIP", "realisasi_maks": "Realisasi maksimum", "kode_pos": "Kode pos", "faks": "Faksimile",
    "email": "Surel", "website": "Situs web", "pagu_awal": "Pagu awal", "nilai": "Nilai",
}
# text fields that hold sentences or paragraphs: a text area instead of one line
PANJANG = {"analisis", "catatan", "uraian", "ringkasan", "teks", "alasan", "keterangan", "perhitungan",
           "visi", "dasar", "judul"}

POLA_KODE = ["^[A-Za-z0-9][A-Za-z0-9._\\-/]*$",
             "pakai huruf, angka, titik atau tanda hubung, tanpa spasi (mis. IK2.1 atau 6709.QGE.001)"]
POLA_TANGGAL = ["^\\d{4}-\\d{2}-\\d{2}$", "tulis tahun-bulan-hari, mis. 2025-01-16"]
POLA_DESIMAL = ["^\\d+(\\.\\d{1,4})?$", "tulis angkanya saja dengan titik sebagai pemisah desimal, mis. 85.5 "
                "(tanpa %, tanpa titik ribuan)"]
POLA_DESIMAL_NEGATIF = ["^-?\\d+(\\.\\d{1,4})?$", "tulis angkanya saja dengan titik desimal, mis. -2.5"]
POLA_BULAT = ["^\\d+(_\\d{3})*$", "tulis bilangan bulat tanpa titik ribuan, mis. 63293098000 (boleh 63_293_098_000)"]
POLA_BULAT_NEGATIF = ["^-?\\d+(_\\d{3})*$", "tulis bilangan bulat tanpa titik ribuan, mis. -1500000"]
POLA_TAHUN = ["^(19|20|21)\\d{2}$", "tulis tahun 4 angka, mis. 2024"]
POLA_NILAI = ["^(\\d+(\\.\\d{1,4})?|[A-Za-z][A-Za-z+\\-]{0,15})$",
              "tulis angkanya saja dengan titik desimal (mis. 85.5), atau predikat dari skala indikator (mis. WTP)"]


def label(nama: str) -> str:
    return LABEL.get(nama, nama.replace("_", " ").capitalize())


def _pola_angka(jenis: Any) -> list[str]:
    if isinstance(jenis, Tahun):
        return POLA_TAHUN
    if isinstance(jenis, Bulat):
        if jenis.maksimum is not None and jenis.minimum is not None:
            pilihan = "|".join(str(i) for i in range(jenis.maksimum, jenis.minimum - 1, -1))
            return [f"^({pilihan})$", f"tulis angka {jenis.minimum} sampai {jenis.maksimum}"]
        return POLA_BULAT if jenis.minimum is not None and jenis.minimum >= 0 else POLA_BULAT_NEGATIF
    if isinstance(jenis, Bilangan):
        return POLA_DESIMAL if jenis.minimum is not None and jenis.minimum >= 0 else POLA_DESIMAL_NEGATIF
    return POLA_NILAI


def widget(jenis: Any, nama: str, tahun: tuple[int, ...] = ()) -> dict[str, Any]:
    """The Decap widget settings of one value kind (without name, label, hint)."""
    if isinstance(jenis, (Bilangan, Bulat, Nilai)):
        return {"widget": "string", "pattern": _pola_angka(jenis)}
    if isinstance(jenis, Kode):
        return {"widget": "string", "pattern": POLA_KODE}
    if isinstance(jenis, Tanggal):
        return {"widget": "string", "pattern": POLA_TANGGAL}
    if isinstance(jenis, Bendera):
        return {"widget": "boolean"}
    if isinstance(jenis, Pilihan):
        return {"widget": "select", "options": list(jenis.pilihan)}
    if isinstance(jenis, Teks):
        return {"widget": "text" if nama in PANJANG else "string"}
    if isinstance(jenis, Rekaman):
        return {"widget": "object", "collapsed": True, "fields": bidang(jenis.cls, tahun)}
    if isinstance(jenis, PetaTahun):
        isi = widget(jenis.isi, nama)
        return {"widget": "object", "collapsed": False,
                "fields": [{"name": str(t), "label": str(t), "required": False, **isi} for t in tahun]}
    if isinstance(jenis, DaftarDari):
        if isinstance(jenis.isi, Rekaman):
            sub = bidang(jenis.isi.cls, tahun)
            return {"widget": "list", "collapsed": True, "summary": _ringkasan(sub), "fields": sub,
                    **({"min": jenis.minimal} if jenis.minimal else {})}
        return {"widget": "list", "field": {"name": nama, "label": label(nama), **widget(jenis.isi, nama)},
                **({"min": jenis.minimal} if jenis.minimal else {})}
    raise TypeError(f"jenis nilai tanpa widget: {jenis!r}")  # a new kind must get a widget here


def _ringkasan(sub: list[dict[str, Any]]) -> str:
    """A list row's summary: its first two one-line fields, e.g. 'IK4.1 · 50'."""
    pendek = [b["name"] for b in sub if b["widget"] in ("string", "select")][:2]
    return " · ".join("{{fields.%s}}" % n for n in pendek)


def _petunjuk(doc: str, jenis: Any) -> str:
    """The schema's description as the form's hint; a switch is turned on or off, not typed true/false."""
    if isinstance(jenis, Bendera):
        for kata, ganti in (("true bila", "Nyalakan bila"), ("false bila", "Matikan bila")):
            if doc.startswith(kata):
                return ganti + doc[len(kata):]
    return doc


def bidang(cls: type, tahun: tuple[int, ...] = ()) -> list[dict[str, Any]]:
    """The form fields of a record class, in model order."""
    hasil = []
    for f in isian_data(cls):
        jenis = f.metadata["jenis"]
        b: dict[str, Any] = {"name": f.name, "label": label(f.name), **widget(jenis, f.name, tahun)}
        if isinstance(jenis, Rekaman) and not f.metadata["wajib"]:
            # Decap checks an absent optional object's required fields too, refusing every save of a
            # file without it: in the form they are optional, `lakip check` still requires them
            for sub in b["fields"]:
                sub["required"] = False
        b["hint"] = _petunjuk(f.metadata["doc"], jenis)
        b["required"] = bool(f.metadata["wajib"])
        if isinstance(f.default, bool) or (isinstance(f.default, str) and isinstance(jenis, Pilihan)):
            b["default"] = f.default
        hasil.append(b)
    return hasil


def skema_tulis(cls: type) -> dict[str, Any]:
    """Key order, defaults and nested records of a record class, for the writer."""
    urutan, bawaan, anak = [], {}, {}
    for f in isian_data(cls):
        urutan.append(f.name)
        if isinstance(f.default, (bool, str)):
            bawaan[f.name] = f.default
        jenis = f.metadata["jenis"]
        while isinstance(jenis, DaftarDari):
            jenis = jenis.isi
        if isinstance(jenis, Rekaman):
            anak[f.name] = skema_tulis(jenis.cls)
    return {"urutan": urutan, "bawaan": bawaan, "anak": anak}

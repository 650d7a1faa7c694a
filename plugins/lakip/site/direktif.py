"""``<!-- lakip NAME key=value ... -->`` directives: where a page wants a computed table.

An HTML comment is invisible when the plugin is off and cannot collide with
other Jinja-based plugins. Inside a satker's own files, ``satker`` and
``tahun`` default to the file's folder. Unknown names, satker, years or ids are
errors that name the page and line.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass

from ..compute.situs import Situs
from ..errors import DirektifSalah, LakipError
from ..model.katalog import renstra_untuk
from ..model.skema import mirip
from ..render import tabel as render
from ..render.aman import periksa_markdown
from ..render.format import angka
from ..render.kalimat import ringkasan_tahun
from ..render.konsistensi import tabel_konsistensi
from .portal import portal

POLA = re.compile(r"^(?P<indent>[ \t]*)<!--\s*lakip\b(?P<isi>.*?)-->[ \t]*$", re.M | re.S)


@dataclass(frozen=True)
class Konteks:
    satker: str | None = None
    tahun: int | None = None


def _capaian(situs: Situs, arg: dict[str, str]) -> str:
    h = situs.hasil(arg["satker"], int(arg["tahun"]))
    if "perjanjian" in arg:
        hp = [p for p in h.perjanjian if p.perjanjian.id == arg["perjanjian"]]
        if not hp:
            raise DirektifSalah(f"perjanjian '{arg['perjanjian']}' tidak ada di {arg['satker']} {arg['tahun']}"
                               f" (yang ada: {', '.join(p.perjanjian.id for p in h.perjanjian) or 'tidak ada'})")
        return render.tabel_capaian(h, hp[0].sasaran)
    return render.tabel_capaian(h, h.sasaran)


def _iku(situs: Situs, arg: dict[str, str]) -> str:
    h = situs.hasil(arg["satker"], int(arg["tahun"]))
    return render.tabel_capaian(h, [h.iku] if h.iku else [], judul_kelompok=False)


def _pk(situs: Situs, arg: dict[str, str]) -> str:
    h = situs.hasil(arg["satker"], int(arg["tahun"]))
    if "perjanjian" in arg and arg["perjanjian"] not in {p.perjanjian.id for p in h.perjanjian}:
        raise DirektifSalah(f"perjanjian '{arg['perjanjian']}' tidak ada di {arg['satker']} {arg['tahun']}")
    return render.tabel_pk(h, arg.get("perjanjian"))


def _renstra(situs: Situs, arg: dict[str, str]) -> str:
    s = situs.data.satker[arg["satker"]]
    r = renstra_untuk(s, int(arg["tahun"])) if "tahun" in arg else (s.renstra[0] if s.renstra else None)
    if r is None:
        raise DirektifSalah(f"satker {arg['satker']} tidak punya Renstra untuk tahun itu")
    return render.tabel_renstra(r.data)


def _ringkasan(situs: Situs, arg: dict[str, str]) -> str:
    return ringkasan_tahun(situs.hasil(arg["satker"], int(arg["tahun"])))


Pembuat = Callable[[Situs, dict[str, str]], str]

DIREKTIF: dict[str, tuple[tuple[str, ...], Pembuat]] = {
    "capaian": (("satker", "tahun"), _capaian),
    "iku": (("satker", "tahun"), _iku),
    "pk": (("satker", "tahun"), _pk),
    "anggaran": (("satker", "tahun"), lambda s, a: render.tabel_anggaran(s.hasil(a["satker"], int(a["tahun"])))),
    "belanja": (("satker", "tahun"), lambda s, a: render.tabel_belanja(s.hasil(a["satker"], int(a["tahun"])))),
    "revisi": (("satker", "tahun"), lambda s, a: render.tabel_revisi(s.data.satker[a["satker"]], int(a["tahun"]))),
    "perbandingan": (("satker", "tahun"),
                     lambda s, a: render.tabel_perbandingan(s.hasil(a["satker"], int(a["tahun"])))),
    "renstra": (("satker",), _renstra),
    "konsistensi": (("satker", "tahun"), lambda s, a: tabel_konsistensi(s.konsistensi(a["satker"], int(a["tahun"])))),
    "pejabat": (("satker",), lambda s, a: render.tabel_pejabat(s.data.satker[a["satker"]])),
    "penghargaan": (("satker", "tahun"),
                    lambda s, a: render.tabel_penghargaan(s.data.satker[a["satker"]], int(a["tahun"]))),
    "rencana-aksi": (("satker", "tahun"),
                     lambda s, a: render.tabel_rencana_aksi(s.hasil(a["satker"], int(a["tahun"])))),
    "skala": ((), lambda s, a: render.tabel_skala(s.pengaturan)),
    "ringkasan": (("satker", "tahun"), _ringkasan),
}

OPSI = {"satker", "tahun", "perjanjian"}


def terapkan(markdown: str, situs: Situs, path: str, baris_awal: int = 1,
             ctx: Konteks = Konteks()) -> tuple[str, list[LakipError]]:
    """Replace every directive in ``markdown``; report problems at ``path``:line."""
    errors: list[LakipError] = []

    def ganti(m: re.Match[str]) -> str:
        baris = baris_awal + markdown.count("\n", 0, m.start())
        indent = m.group("indent")
        try:
            kata = shlex.split(m.group("isi"))
        except ValueError:
            errors.append(LakipError(path, baris, "direktif lakip tidak bisa dibaca (tanda kutip tidak ditutup)"))
            return m.group(0)
        if not kata:
            errors.append(LakipError(path, baris, "direktif lakip tanpa nama (mis. <!-- lakip capaian -->; "
                                                  f"yang dikenal: {', '.join(DIREKTIF)})"))
            return m.group(0)
        nama, sisa = kata[0], kata[1:]
        if nama not in DIREKTIF:
            hint = mirip(nama, list(DIREKTIF))
            errors.append(LakipError(path, baris, f"direktif lakip '{nama}' tidak dikenal "
                                                  f"({hint or 'yang dikenal: ' + ', '.join(DIREKTIF)})"))
            return m.group(0)
        arg: dict[str, str] = {}
        if ctx.satker:
            arg["satker"] = ctx.satker
        if ctx.tahun is not None:
            arg["tahun"] = str(ctx.tahun)
        for k in sisa:
            kunci, sama, isi = k.partition("=")
            if not sama or kunci not in OPSI:
                hint = mirip(kunci, sorted(OPSI))
                errors.append(LakipError(path, baris, f"opsi direktif '{k}' tidak dikenal "
                                                      f"({hint or 'tulis satker=ID, tahun=AAAA atau perjanjian=ID'})"))
                return m.group(0)
            arg[kunci] = isi
        wajib, buat = DIREKTIF[nama]
        for w in wajib:
            if w not in arg:
                errors.append(LakipError(path, baris, f"direktif '{nama}' perlu {w}=... (mis. <!-- lakip {nama} "
                                                      "satker=kab-tanah-bumbu tahun=2024 -->)"))
                return m.group(0)
        if "satker" in arg and arg["satker"] not in situs.data.satker:
            hint = mirip(arg["satker"], list(situs.data.satker))
            errors.append(LakipError(path, baris, f"satker '{arg['satker']}' tidak ada ({hint or 'periksa id satker'})"))
            return m.group(0)
        if "tahun" in arg:
            if not re.fullmatch(r"[0-9]{4}", arg["tahun"]):
                errors.append(LakipError(path, baris, f"tahun '{arg['tahun']}' tidak sah (tulis 4 angka, mis. 2024)"))
                return m.group(0)
            ada = situs.data.satker[arg["satker"]].tahun if "satker" in arg else {}
            if "satker" in arg and int(arg["tahun"]) not in ada:
                errors.append(LakipError(path, baris, f"satker {arg['satker']} tidak punya data tahun {arg['tahun']} "
                                                      f"(yang ada: {', '.join(str(t) for t in sorted(ada)) or 'belum ada'})"))
                return m.group(0)
        try:
            isi = buat(situs, arg)
        except DirektifSalah as exc:  # only these: a KeyError from a builder is a bug and must show as one
            errors.append(LakipError(path, baris, str(exc)))
            return m.group(0)
        # keep the directive's indentation so tables stay inside admonitions and tabs
        return "\n".join((indent + line) if line else line for line in ("\n" + isi).split("\n"))

    hasil = POLA.sub(ganti, markdown)
    return hasil, errors


__all__ = ["DIREKTIF", "Konteks", "terapkan"]


def periksa_body(situs: Situs) -> list[LakipError]:
    """Directive problems and unpublishable Markdown (``aman``) in every satker file body and
    every ``analisis``, at the file's own lines."""
    errors: list[LakipError] = []
    for s in situs.satker():
        for n in s.narasi():
            errors += periksa_markdown(n.teks, n.path, n.baris)
            if not n.analisis and "lakip" in n.teks:
                _, errs = terapkan(n.teks, situs, n.path, n.baris, Konteks(s.id, n.tahun))
                errors += errs
    return errors


def _metodologi(situs: Situs, arg: dict[str, str]) -> str:
    p = situs.pengaturan
    batas = (f"Setiap capaian dibatasi paling tinggi **{angka(p.batas_capaian)}%** sebelum dirata-rata; "
             "halaman capaian menampilkan nilai asli dan nilai yang dibatasi."
             if p.batas_capaian is not None else
             "Capaian **tidak dibatasi**: nilai di atas 100% ikut dirata-rata apa adanya.")
    return (
        "| Polaritas | Rumus capaian |\n| :-- | :-- |\n"
        "| naik (makin tinggi makin baik) | realisasi ÷ target × 100 |\n"
        "| turun (makin rendah makin baik) | (2 × target − realisasi) ÷ target × 100, paling rendah 0 |\n"
        "| turun dengan target 0 (mis. 0 pengaduan) | realisasi 0: 100; realisasi lebih dari 0: 0 |\n"
        "| stabil (makin dekat target makin baik) | (1 − \\|realisasi − target\\| ÷ target) × 100, paling rendah 0 |\n\n"
        f"{batas}\n\n" + render.tabel_skala(p)
    )


DIREKTIF["metodologi"] = ((), _metodologi)


def _portal(situs: Situs, arg: dict[str, str]) -> str:
    return portal(situs)


DIREKTIF["portal"] = ((), _portal)  # the home page: satker hierarchy, or the one satker of its own site

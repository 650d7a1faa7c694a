"""Which files of a satker folder the site may publish: documents of the DIP and narrative images.

A document or image is copied to ``satker/<id>/<berkas>`` only through :func:`berkas_terbit`:
``load.dokumen``'s folder/type guard, and no address of a file the site makes itself.
:func:`periksa` reports every one that cannot be published, at its ``path:line``.
Pure module (no mkdocs).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ..compute.situs import Situs
from ..errors import LakipError
from ..load.dokumen import tolak_berkas
from ..model.satker import Satker
from ..render.aman import gambar_dalam, url_aman
from .alamat import nama_pdf

__all__ = ["JENIS_GAMBAR", "berkas_terbit", "gambar_narasi", "periksa", "tolak"]


#: The only document types published from the site's own origin, by lower-case suffix: the type's
#: name and the bytes such a file starts with. A browser renders these or hands them to a viewer;
#: none runs script in the page's origin. SVG, HTML, XML, JavaScript, CSS, Flash and Markdown
#: (built into a page) can, so an uploaded one would run with the site's cookies and links.
#: CSV is left out: a satker's own CSV would reach citizens' spreadsheets without the formula
#: guard that :mod:`csv_aman` gives the site's generated CSV, and tables are published as data
#: (``data/``) or in an Office file. ZIP is left out: its content cannot be checked or reviewed in
#: a pull request, and the DIP lists each informasi as its own document.
def tolak(s: Satker, berkas: str) -> tuple[Path | None, str | None]:
    """``load.dokumen.tolak_berkas``, and no document at the address of a file the site makes itself."""
    path, alasan = tolak_berkas(s, berkas)
    if alasan is None:
        rel = PurePosixPath(berkas.replace("\\", "/"))
        milik = _milik_situs(s.id, rel)
        if milik is not None:
            return None, (f"dokumen '{berkas}' tidak bisa diterbitkan: alamatnya sama dengan {milik} "
                          f"(beri nama lain, mis. {_nama_lain(rel)})")
    return path, alasan


def _milik_situs(sid: str, rel: PurePosixPath) -> str | None:
    """The file the site itself publishes at ``satker/<sid>/<rel>``, if any.

    Only the LKj PDF beside each year's pages can share a document's address: documents
    are published under ``satker/<sid>/`` while the open data and the DIP's CSV are under
    ``data/``, and the generated pages are ``.md`` (``.html`` once built), a type refused
    above. Names are compared without case: a case-insensitive disk or host serves one of two.
    """
    if len(rel.parts) == 2 and re.fullmatch(r"\d{4}", rel.parts[0]):
        t = int(rel.parts[0])
        if rel.parts[1].casefold() == nama_pdf(sid, t).casefold():
            return f"PDF LKj {t} yang dibuat situs"
    return None


def _nama_lain(rel: PurePosixPath) -> str:
    return (PurePosixPath(*rel.parts[:-1]) / "dokumen" / f"{rel.stem}-ttd{rel.suffix}").as_posix()


def berkas_terbit(s: Satker, berkas: str) -> Path | None:
    """The document file inside the satker folder, or None when this site may not publish it (see
    :func:`periksa`): ``load.dokumen``'s guard and no address of a file the site makes itself.

    Everything that copies a document to the site asks this, so that an unsafe file is not
    published even where :func:`periksa` did not run first.
    """
    return tolak(s, berkas)[0]


JENIS_GAMBAR = (".png", ".jpg", ".jpeg")


def gambar_narasi(s: Satker) -> Iterator[tuple[str, int, str, Path | None, str | None]]:
    """Every relative image of the satker's narratives: (file, line, path in the satker folder, file, why not).

    An image in a narrative is published from the satker's own folder at the same place
    under ``satker/<id>/``, where the pages showing that narrative find it. A foreign
    image is refused by ``aman.periksa_markdown`` already (the site loads nothing from
    other hosts).
    """
    teks = [(n.path, n.baris, "" if n.tahun is None else str(n.tahun), n.teks) for n in s.narasi() if "![" in n.teks]
    for path, baris, folder, isi in teks:
        for pos, src in gambar_dalam(isi):
            if not url_aman(src, gambar=True):
                continue  # reported by aman.periksa_markdown
            nomor = baris + isi.count("\n", 0, pos)
            rel = posixpath.normpath(posixpath.join(folder, src.split("#")[0].split("?")[0]))
            if rel.startswith("../") or rel == ".." or src.startswith("/"):
                yield path, nomor, rel, None, (f"gambar '{src}' berada di luar folder satker (simpan gambarnya di "
                                               "folder satker, mis. dokumen/bagan.png, dan tulis jalurnya dari "
                                               "folder berkas ini)")
                continue
            file, alasan = tolak(s, rel)
            if alasan is None and PurePosixPath(rel).suffix.lower() not in JENIS_GAMBAR:
                file, alasan = None, f"gambar '{src}' harus berupa PNG atau JPEG (simpan ulang sebagai .png atau .jpg)"
            elif alasan is None and (file is None or not file.is_file()):
                file, alasan = None, (f"gambar '{src}' tidak ada di {posixpath.dirname(path)}/"
                                      f"{posixpath.dirname(src) + '/' if posixpath.dirname(src) else ''} "
                                      "(periksa nama dan folder berkasnya; huruf besar-kecil dibedakan)")
            yield path, nomor, rel, file, alasan


def periksa(situs: Situs) -> list[LakipError]:
    """Documents that cannot be published safely: outside the satker folder, a link, a type that can run
    script (or any type not in :data:`JENIS_DOKUMEN`), content not of its type, or the address of a file
    the site makes itself."""
    errors: list[LakipError] = []
    for s in situs.satker():
        if s.profil is None:
            continue
        for d in s.profil.data.dokumen:
            if d.berkas is None:
                continue
            _, alasan = tolak(s, d.berkas)
            if alasan is not None:
                errors.append(LakipError(d.path, d.line("berkas"), alasan))
    for s in situs.satker():
        for path, baris, _, _, alasan in gambar_narasi(s):
            if alasan is not None:
                errors.append(LakipError(path, baris, alasan.replace("dokumen '", "gambar '", 1)))
    return errors

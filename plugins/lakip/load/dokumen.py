"""Files of a satker's folder that the site may publish: the one path-safety guard.

A document listed in ``profil.md`` or an image in a narrative is published from the
site's own origin, so it must stay inside the satker's folder, never be a link, and be
of a type that cannot run script (PDF, PNG/JPEG, office formats), with content that
matches its name. Everything that copies such a file to a site, or prints it into the
LKj, asks ``tolak_berkas``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from ..model.satker import Satker

JENIS_DOKUMEN: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("PDF", (b"%PDF-",)),
    ".png": ("PNG", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("JPEG", (b"\xff\xd8\xff",)),
    ".jpeg": ("JPEG", (b"\xff\xd8\xff",)),
    # OOXML and OpenDocument are ZIP files; the older Office formats are OLE2 compound files
    **{a: (a[1:].upper(), (b"PK\x03\x04",)) for a in (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp")},
    **{a: (a[1:].upper(), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)) for a in (".doc", ".xls", ".ppt")},
}
#: Types refused because a browser would run script in them (said so in the message).
JENIS_BERSKRIP = frozenset({".svg", ".svgz", ".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml", ".xsl",
                            ".xslt", ".js", ".mjs", ".css", ".swf", ".md", ".markdown", ".php"})
_SARAN_JENIS = "unggah sebagai PDF, PNG, JPEG atau berkas Office"


def tolak_berkas(s: Satker, berkas: str) -> tuple[Path | None, str | None]:
    """The document file and None, or None and why it may not be published (the message for ``profil.md``).

    The file may be missing (the DIP then lists the document without a link); its name is
    judged anyway, so that a document refused today is not published the day its file is added.
    """
    rel = PurePosixPath(berkas.replace("\\", "/"))
    keluar = (f"berkas dokumen '{berkas}' tidak boleh keluar dari folder satker "
              "atau berupa halaman .md/.html (tulis mis. 2024/dokumen/lkj-2024.pdf)")
    if rel.is_absolute() or ".." in rel.parts or not rel.parts:
        return None, keluar
    awal = f"dokumen '{berkas}' tidak bisa diterbitkan:"
    # a link is never followed: it could point at any file of the build machine
    for i in range(len(rel.parts) + 1):
        if s.folder.joinpath(*rel.parts[:i]).is_symlink():
            apa = f"'{PurePosixPath(*rel.parts[:i]).as_posix()}'" if i else "folder satkernya"
            return None, (f"{awal} {apa} adalah tautan simbolik (symlink) "
                          "(simpan berkas aslinya di folder satker, bukan tautannya)")
    path = s.folder / Path(*rel.parts)
    try:
        path.resolve().relative_to(s.folder.resolve())
    except ValueError:
        return None, keluar
    akhiran = rel.suffix
    if not akhiran:
        return None, (f"{awal} nama berkasnya tanpa akhiran jenis berkas sehingga peramban menebak jenisnya "
                      f"({_SARAN_JENIS}, dengan akhiran mis. .pdf)")
    if akhiran.lower() in JENIS_BERSKRIP:
        return None, f"{awal} jenis berkas {akhiran} dapat menjalankan skrip di peramban ({_SARAN_JENIS})"
    jenis = JENIS_DOKUMEN.get(akhiran.lower())
    if jenis is None:
        return None, (f"{awal} jenis berkas {akhiran} tidak termasuk yang boleh diterbitkan ({_SARAN_JENIS}: "
                      f"{', '.join(JENIS_DOKUMEN)})")
    isi = _awal_berkas(path)
    if isi is not None and not isi.startswith(jenis[1]):
        html = isi.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
        return None, (f"{awal} isinya bukan {jenis[0]} walau namanya berakhiran {akhiran}"
                      + (", melainkan HTML/XML" if html else "")
                      + f" (simpan ulang dokumennya sebagai {jenis[0]} dari aplikasinya, "
                        "jangan hanya mengganti nama berkas)")
    return path, None


def _awal_berkas(path: Path) -> bytes | None:
    """The first bytes of a regular file, or None when there is no such file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, 16)
    finally:
        os.close(fd)


def berkas_aman(s: Satker, berkas: str) -> Path | None:
    """The file inside the satker folder, or None when it may not be published."""
    return tolak_berkas(s, berkas)[0]

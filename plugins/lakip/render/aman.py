"""Untrusted text from ``satker/`` made safe for a public government site.

About 550 satker edit their data through pull requests, and reviewers do not
read every line of every narrative, so the build itself guarantees that no
data text can run script or pull in a foreign resource. Three tools:

- ``netralkan`` (before Markdown): a narrative body or Markdown field becomes
  Markdown that cannot produce raw HTML or attributes. Every ``<`` that would
  open a tag is escaped except the inline tags a report needs (``<br>``,
  ``<sup>``, ``<sub>``) and autolinks; HTML comments (transcription notes) are
  dropped; ``{`` is escaped so ``attr_list`` never sees ``{: onfocus=...}``.
  ``lakip`` directives stay: the plugin replaces them with its own tables.
- ``bersihkan`` (after Markdown): an allow-list sanitiser (nh3, the binding of
  the Rust Ammonia library) over the HTML of every generated page and every
  block of the printed LKj. It keeps what a report needs and what the
  generated scaffolding uses (headings with ids, tables, lists, links,
  admonitions) and drops everything else: scripts, frames, SVG, styles, event
  handlers, ``javascript:``/``data:`` URLs, images from other hosts.
- ``periksa_markdown``: the same rules as messages for ``lakip check``, so an
  author learns at ``path:line`` what the build would not publish as written.

The hand-written pages under ``docs/`` are trusted and never pass through here.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

import nh3

from ..errors import LakipError
from .markdown import KOMENTAR, hapus_komentar

# ---------------------------------------------------------------- the allow-list

TAG = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "small", "span", "strong", "sub", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_ATRIBUT = {
    "*": {"id", "class"},
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "th": {"style", "colspan", "rowspan", "scope"},
    "td": {"style", "colspan", "rowspan"},
    "p": {"data-lakip-blok"},
}
SKEMA_URL = frozenset({"http", "https", "mailto"})
# classes of Python-Markdown (admonition, toc), of the plugin's own stylesheet and of the theme's
# admonition kinds: none of them runs script, and an author cannot set a class anyway (no attr_list)
_KELAS = re.compile(r"(lakip|lkj)-[a-z0-9_-]+|admonition(-title)?|headerlink|note|info|tip|warning|danger"
                    r"|success|failure|question|example|quote|abstract|bug|subjudul")
_BUANG_ISI = frozenset({"script", "style", "template", "textarea", "title", "noscript", "iframe", "object",
                        "svg", "math", "xmp", "noembed", "noframes", "plaintext"})
_URL_SKEMA = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
_ID = re.compile(r"[A-Za-z0-9_:.-]{1,200}")


def url_aman(url: str, gambar: bool = False) -> bool:
    """http(s), mailto and relative URLs; for an image only a relative path (no foreign host)."""
    u = "".join(ch for ch in url if ch > " " and ch != "\x7f")  # browsers ignore control chars in schemes
    m = _URL_SKEMA.match(u)
    if gambar:
        return m is None and not u.startswith("//") and not u.startswith("\\")
    if m is None:  # relative, or protocol-relative (the page's own scheme: http or https)
        return True
    return m.group(1).lower() in SKEMA_URL


def _saring_atribut(tag: str, atribut: str, nilai: str) -> str | None:
    if atribut == "class":
        kelas = [k for k in nilai.split() if _KELAS.fullmatch(k)]
        return " ".join(kelas) or None
    if atribut == "id":
        return nilai if _ID.fullmatch(nilai) else None
    if atribut == "style":  # only the alignment Python-Markdown writes on table cells
        m = re.fullmatch(r"\s*text-align:\s*(left|right|center);?\s*", nilai)
        return f"text-align: {m.group(1)};" if m else None
    if tag == "img" and atribut == "src":
        return nilai if url_aman(nilai, gambar=True) else None
    if tag == "a" and atribut == "href":
        return nilai if url_aman(nilai) else None
    if tag == "p" and atribut == "data-lakip-blok":
        return nilai if nilai.isascii() and nilai.isdigit() else None
    return nilai


_PEMBERSIH = nh3.Cleaner(
    tags=set(TAG), clean_content_tags=set(_BUANG_ISI), attributes={k: set(v) for k, v in _ATRIBUT.items()},
    attribute_filter=_saring_atribut, strip_comments=True, link_rel=None,
    url_schemes=set(SKEMA_URL),
)


def bersihkan(teks_html: str) -> str:
    """HTML with only the allow-listed tags, attributes, classes and URLs (see the module docstring)."""
    return _PEMBERSIH.clean(teks_html)


def judul_halaman(judul: str) -> str:
    """A page title as escaped text for the theme, which prints ``page.meta.title`` unescaped.

    Left to itself Material prints ``page.title | striptags`` in ``<title>``, and ``striptags``
    turns the heading's ``&lt;`` back into ``<``: a satker name ``x</title><script>`` would run.
    """
    polos = html.unescape(re.sub(r"<[^>]*>", "", judul))
    return html.escape(" ".join(polos.split()), quote=True)


# ---------------------------------------------------------------- defence in depth: CSP

_SKRIP_SEBARIS = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.DOTALL)
_KEPALA = re.compile(r"<head[^>]*>")
_ISI = re.compile(r"<article\b.*</article>", re.DOTALL)


def kebijakan_konten(halaman_html: str) -> str:
    """The Content-Security-Policy for one built page.

    Scripts only from the site itself, plus the theme's inline scripts by their hash
    (they differ per page: they carry the page's relative path), so an inline event
    handler or an injected ``<script>`` never runs even if it got past the sanitiser.
    Styles may be inline (the charts and the theme set them; CSS cannot run script).
    ``frame-ancestors`` cannot be set from a ``<meta>``: that belongs in the web server.
    ``'wasm-unsafe-eval'``: the site's search (Pagefind) compiles its own WebAssembly, fetched from
    the site under ``connect-src 'self'``. It runs in a worker, but falls back to the page when the
    worker cannot start, and there the meta policy applies; the keyword allows compiling WebAssembly
    only, not ``eval`` or any script the policy does not already allow.
    """
    tema = _ISI.sub("", halaman_html)  # a script inside the page's content is never the theme's: no hash
    hash_ = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode()
                    + "'" for m in _SKRIP_SEBARIS.finditer(tema)})
    return "; ".join([
        "default-src 'self'", " ".join(["script-src 'self' 'wasm-unsafe-eval'", *hash_]),
        "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
        "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
    ])


def pasang_kebijakan(halaman_html: str) -> str:
    """``halaman_html`` with its CSP as the first element of ``<head>``, before any script."""
    m = _KEPALA.search(halaman_html)
    if m is None:
        return halaman_html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{kebijakan_konten(halaman_html)}">'
    return halaman_html[:m.end()] + "\n    " + meta + halaman_html[m.end():]


# ---------------------------------------------------------------- before Markdown

_TAG_BOLEH = re.compile(r"<(/?)(br|sup|sub)\s*/?>", re.I)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^\s<>\"']+|[^\s<>@\"']+@[^\s<>@\"']+\.[a-zA-Z]{2,})>")
_DIREKTIF = re.compile(r"^[ \t]*<!--\s*lakip\b.*?-->[ \t]*$", re.M | re.S)
_KODE = re.compile(r"(`+)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)


def _potong_kode(md: str) -> Iterator[tuple[str, bool]]:
    """``md`` in pieces: (text, is_code_span). A code span shows its content literally."""
    awal = 0
    for m in _KODE.finditer(md):
        yield md[awal:m.start()], False
        yield m.group(0), True
        awal = m.end()
    yield md[awal:], False


def _netral_teks(s: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "<":
            m = _TAG_BOLEH.match(s, i) or _AUTOLINK.match(s, i)
            if m is not None and (m.re is _TAG_BOLEH or url_aman(m.group(1))):
                out.append(m.group(0).lower() if m.re is _TAG_BOLEH else m.group(0))
                i = m.end()
                continue
            out.append("&lt;")
        elif ch == "{":
            out.append("&#123;")
        elif ch == "}":
            out.append("&#125;")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def netralkan(md: str, awalan_gambar: str = "") -> str:
    """Untrusted Markdown as Markdown that renders to no raw HTML and no attribute (see the docstring).

    ``awalan_gambar`` goes before every relative image path: a text shown on a page in
    another folder than its data file (the profile's narrative in a year's LKj) still
    finds its images. Line count is kept, so a rendered piece still matches its data file's lines.
    """
    if not md:
        return md
    potongan: list[str] = []
    awal = 0
    for m in _DIREKTIF.finditer(md):
        potongan.append(_netral_bagian(md[awal:m.start()], awalan_gambar))
        potongan.append(m.group(0))
        awal = m.end()
    potongan.append(_netral_bagian(md[awal:], awalan_gambar))
    return "".join(potongan)


def _netral_bagian(md: str, awalan_gambar: str) -> str:
    md = hapus_komentar(md)
    return "".join(p if kode else _netral_teks(_geser_gambar(p, awalan_gambar)) for p, kode in _potong_kode(md))


_GAMBAR = re.compile(r"(!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(\s*<?)([^\s)>]*)")


def _geser_gambar(md: str, awalan: str) -> str:
    if not awalan or "![" not in md:
        return md
    return _GAMBAR.sub(lambda m: m.group(1) + (awalan + m.group(2) if m.group(2) and url_aman(m.group(2), True)
                                               and not m.group(2).startswith("/") else m.group(2)), md)


def gambar_dalam(md: str) -> list[tuple[int, str]]:
    """(offset, path) of every Markdown image in ``md`` outside comments and code spans."""
    polos = KOMENTAR.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), md)
    polos = _KODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), polos)
    return [(m.start(), m.group(2)) for m in _GAMBAR.finditer(polos) if m.group(2)]


# ---------------------------------------------------------------- one data value in Markdown

# '{' would let attr_list set attributes ('{: onfocus=...}'), '[' would make a link or an image
_KURUNG = str.maketrans({"{": "&#123;", "}": "&#125;"})
_KURUNG_SEL = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})


def sel(teks: object) -> str:
    """A data value as plain text in Markdown (a table cell, a heading): HTML-escaped, no link,
    image or attribute syntax, pipes escaped, on one line."""
    s = html.escape(str(teks), quote=False).translate(_KURUNG_SEL)
    return " ".join(s.replace("|", "\\|").split())


def teks_aman(teks: object) -> str:
    """Inline text from data: HTML-escaped, no attribute syntax (Markdown emphasis and links are
    allowed; the page's sanitiser checks the links' URLs)."""
    return html.escape(str(teks), quote=False).translate(_KURUNG)


# ---------------------------------------------------------------- what lakip check says

@dataclass(frozen=True)
class _Aturan:
    pola: re.Pattern[str]
    pesan: str


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>?")
_ATTR_LIST = re.compile(r"\{\s*:?[ \t]*[#.]?[A-Za-z_][^{}\n]*\}")
_ATTR_LIST_KUAT = re.compile(r"\{\s*:|\{\s*[#.][A-Za-z_]|\{[^{}\n]*\b[A-Za-z_-]+\s*=")
_TAUTAN = re.compile(r"(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(\s*<?([^\s)>]*)")
_REFERENSI = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_SARAN_TAG = {
    "b": "tulis **teks** untuk huruf tebal", "strong": "tulis **teks** untuk huruf tebal",
    "i": "tulis *teks* untuk huruf miring", "em": "tulis *teks* untuk huruf miring",
    "u": "garis bawah tidak dipakai dalam laporan; tulis **teks** untuk penekanan",
    "a": "tulis tautan sebagai [teks](https://alamat)",
    "img": "tulis gambar sebagai ![keterangan](berkas.png), berkasnya di folder satker",
    "table": "tulis tabel Markdown dengan | kolom | kolom |", "p": "pisahkan paragraf dengan satu baris kosong",
    "div": "hapus tag itu; tulis teksnya saja", "span": "hapus tag itu; tulis teksnya saja",
    "center": "hapus tag itu; perataan diatur oleh situs",
}


def _baris(teks: str, pos: int, baris_awal: int) -> int:
    return baris_awal + teks.count("\n", 0, pos)


def periksa_markdown(teks: str, path: str, baris_awal: int = 1) -> list[LakipError]:
    """What the build would not publish as written in untrusted Markdown ``teks``, at ``path``:line.

    All are errors: each would show the reader something other than what the author
    meant (a tag shown as text, a link that does nothing, a foreign image), and a
    pull request that adds one is either a mistake or an attack.
    """
    if not teks or not any(c in teks for c in "<{[]"):
        return []
    errors: list[LakipError] = []
    polos = _DIREKTIF.sub(lambda m: " " * len(m.group(0)), teks)
    polos = KOMENTAR.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), polos)
    polos = _KODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), polos)
    dibuka = {m.group(2).lower() for m in _TAG.finditer(polos) if not m.group(1)}
    for m in _TAG.finditer(polos):
        nama = m.group(2).lower()
        if _TAG_BOLEH.fullmatch(m.group(0)) or (m.group(1) and nama in dibuka):  # one message per tag
            continue
        link = _AUTOLINK.match(polos, m.start())
        if link is not None and url_aman(link.group(1)):
            continue
        saran = _SARAN_TAG.get(nama, "hapus tag itu; situs hanya menerima <br>, <sup> dan <sub>")
        errors.append(LakipError(path, _baris(teks, m.start(), baris_awal),
                                 f"tag HTML <{m.group(1)}{nama}> tidak diterbitkan dan akan tampil sebagai teks ({saran})"))
    buka = polos.find("<!--")
    if buka >= 0:  # a comment never closed: shown as text rather than hiding everything after it
        errors.append(LakipError(path, _baris(teks, buka, baris_awal),
                                 "komentar '<!--' tidak ditutup (tutup dengan '-->' di akhir catatan)"))
    for m in _ATTR_LIST.finditer(polos):
        if _ATTR_LIST_KUAT.match(m.group(0)):
            errors.append(LakipError(path, _baris(teks, m.start(), baris_awal),
                                     f"atribut '{m.group(0)[:40]}' (sintaks attr_list) tidak diterima dalam data "
                                     "(hapus kurung kurawal itu; tampilan diatur oleh situs)"))
    tautan = [(m.start(), m.group(1) == "!", m.group(2)) for m in _TAUTAN.finditer(polos)]
    tautan += [(m.start(), False, m.group(1)) for m in _REFERENSI.finditer(polos)]
    for pos, gambar, url in tautan:
        if gambar and not url_aman(url, gambar=True):
            errors.append(LakipError(path, _baris(teks, pos, baris_awal),
                                     f"gambar dari '{url[:60]}' tidak diterbitkan: situs tidak memuat apa pun dari "
                                     "alamat lain (simpan gambarnya di folder satker dan tulis jalurnya, "
                                     "mis. ![Bagan](dokumen/bagan.png))"))
        elif not gambar and not url_aman(url):
            skema = _URL_SKEMA.match("".join(ch for ch in url if ch > " "))
            errors.append(LakipError(path, _baris(teks, pos, baris_awal),
                                     f"tautan berawalan '{skema.group(1) if skema else url[:20]}:' tidak diterbitkan "
                                     "(tulis alamat yang diawali https://, http:// atau mailto:, atau jalur di situs ini)"))
    return errors


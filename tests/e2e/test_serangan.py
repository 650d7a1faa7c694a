"""Safe publication: satker data tried as an attacker would (issue: safe publication).

Three tiers. The sanitiser and the Markdown neutraliser on every payload in
every place a text can sit; ``lakip check`` on the example data with payloads
in every free-text field (accepted: shown as text) and in every narrative
(refused at path:line); and real builds of both, every page loaded in headless
Chromium with ``alert`` and a marker variable hooked. The narrative build runs
with the check switched off, to show the page sanitiser holds on its own.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from bantu_situs import AKAR, bangun, siapkan_proyek
from serangan import PAYLOAD, suntik_nama_satker, suntik_narasi, suntik_teks

from lakip.bangun import bangun as bangun_data
from lakip.lkj.pdf import html_dasar
from lakip.lkj.susun import susun_lkj
from lakip.render import aman

SATKER = AKAR / "satker"
SKEMA_BERBAHAYA = re.compile(r"^\s*(javascript|vbscript|data|file):", re.I)
TAG_TERLARANG = {"script", "iframe", "object", "embed", "svg", "math", "style", "form", "input", "textarea",
                 "button", "details", "link", "meta", "base", "frame", "frameset", "template", "video", "audio"}


class _Pemeriksa(HTMLParser):
    """Collects what must never come out of untrusted text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.salah: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in TAG_TERLARANG:
            self.salah.append(f"<{tag}>")
        for k, v in attrs:
            v = v or ""
            # the only styles are the ones code writes: cell alignment, print indents and column widths
            if k.startswith("on") or k in ("style", "srcdoc", "formaction") and not (
                    k == "style" and re.fullmatch(r"text-align: (left|right|center);|padding-left: [\d.]+em"
                                                  r"|width: [\d.]+%|background:#[0-9a-f]{6}(;border-color:#[0-9a-f]{6})?",
                                                  v)):
                self.salah.append(f"{tag}[{k}={v!r}]")
            if k in ("href", "src", "action", "xlink:href") and SKEMA_BERBAHAYA.match(
                    "".join(ch for ch in html.unescape(v) if ch > " ")):
                self.salah.append(f"{tag}[{k}={v!r}]")
            if tag == "img" and k == "src" and re.match(r"^\s*(https?:)?//", v):
                self.salah.append(f"img dari luar: {v!r}")


def _salah(teks_html: str) -> list[str]:
    p = _Pemeriksa()
    p.feed(teks_html)
    return p.salah


def _md_situs() -> markdown.Markdown:
    """The site's own Markdown extensions (mkdocs.yml), attr_list included."""
    return markdown.Markdown(extensions=["tables", "admonition", "attr_list", "toc"])


# ---------------------------------------------------------------- the two layers, unit

@pytest.mark.parametrize("payload", PAYLOAD)
@pytest.mark.parametrize("tempat", ["paragraf", "judul", "daftar", "tabel", "kutipan", "peringatan"])
def test_narasi_netral_lalu_bersih(payload: str, tempat: str) -> None:
    bentuk = {
        "paragraf": f"Teks sebelum.\n\n{payload}\n\nTeks sesudah.",
        "judul": f"## {payload}\n\nIsi.",
        "daftar": f"- satu\n- {payload}\n- tiga",
        "tabel": f"| A | B |\n| --- | --- |\n| {payload.replace('|', '/')} | x |",
        "kutipan": f"> {payload}",
        "peringatan": f'!!! note "{payload}"\n    {payload}',
    }[tempat]
    md = _md_situs()
    mentah = md.convert(aman.netralkan(bentuk))
    # layer 1 alone: no raw tag and no attribute from the text (link and image URLs are layer 2's job)
    assert not [s for s in _salah(mentah) if not s.startswith(("a[href", "img"))], mentah
    assert "onclick" not in re.sub(r"&[^;]+;|[^<]*", "", mentah)
    bersih = aman.bersihkan(mentah)
    assert _salah(bersih) == [], bersih


@pytest.mark.parametrize("payload", PAYLOAD)
def test_sel_dan_teks_aman_tidak_membuat_markup(payload: str) -> None:
    md = _md_situs()
    for teks in (f"# Judul {aman.sel(payload)}", f"| A |\n| -- |\n| {aman.sel(payload)} |"):
        md.reset()
        keluar = md.convert(teks)
        assert _salah(keluar) == [], keluar
        assert not re.search(r"<(a|img)\b", keluar), keluar
    md.reset()  # inline Markdown from data (a section title): links stay, the sanitiser checks them
    keluar = md.convert(aman.teks_aman(payload))
    assert not [s for s in _salah(keluar) if not s.startswith(("a[href", "img"))], keluar
    assert _salah(aman.bersihkan(keluar)) == [], keluar


def test_bersihkan_menjaga_perancah_halaman() -> None:
    h = ('<h2 id="capaian">Capaian<a class="headerlink" href="#capaian" title="Tautan ke bagian ini">¶</a></h2>'
         '<div class="admonition info"><p class="admonition-title">Cara menghitung</p></div>'
         '<p class="lakip-blok" data-lakip-blok="0"><a id="grafik-1"></a></p>'
         '<table><thead><tr><th style="text-align: right;">Nilai</th></tr></thead></table>'
         '<p><a href="../metodologi/">Metodologi</a> <a href="https://kpu.go.id">KPU</a> '
         '<a href="mailto:ppid@kpu.go.id">surat</a> <sup>2</sup><br><small>kecil</small></p>')
    assert aman.bersihkan(h) == h


def test_bersihkan_membuang_yang_berbahaya() -> None:
    keluar = aman.bersihkan(
        '<p class="evil lakip-x" style="color:red" onclick="x()">a<a href=" JaVa&#x09;script:alert(1)">b</a>'
        '<img src="//evil.example/x.png"><img src="bagan.png" onerror="x()"><svg><script>alert(1)</script></svg>'
        '<iframe src="x"></iframe><th style="background:url(javascript:x)">c</th></p>')
    assert keluar == '<p class="lakip-x">a<a>b</a><img><img src="bagan.png">c</p>'


def test_judul_halaman_tetap_teks() -> None:
    assert aman.judul_halaman("Capaian: x&lt;/title&gt;&lt;script&gt;a()&lt;/script&gt; <em>B</em>") == \
        "Capaian: x&lt;/title&gt;&lt;script&gt;a()&lt;/script&gt; B"


# ---------------------------------------------------------------- lakip check

def _salin(tmp_path: Path) -> Path:
    tujuan = tmp_path / "satker"
    shutil.copytree(SATKER, tujuan)
    return tujuan


def _check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lakip.cli", "check", "--tanpa-cache", str(folder)],
                          capture_output=True, text=True, timeout=300, check=False)


def test_check_menerima_teks_bebas_berisi_payload(tmp_path: Path) -> None:
    folder = _salin(tmp_path)
    assert suntik_teks(folder) > 500
    suntik_nama_satker(folder)
    hasil = _check(folder)
    assert "Traceback" not in hasil.stderr + hasil.stdout
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr


def test_check_menolak_narasi_berbahaya_di_baris_yang_tepat(tmp_path: Path) -> None:
    folder = _salin(tmp_path)
    n = suntik_narasi(folder)
    hasil = _check(folder)
    assert "Traceback" not in hasil.stderr + hasil.stdout
    assert hasil.returncode == 1
    baris = hasil.stdout.strip().split("\n")
    assert all(re.match(r"^[^:]+\.md:\d+: ", b) for b in baris), baris[:5]
    berkas = {b.split(":")[0] for b in baris}
    assert len(berkas) == n  # every file with an injected body is named
    contoh = next(b for b in baris if "kab-tanah-bumbu/2024/lkj.md" in b and "<script>" in b)
    nomor = int(contoh.split(":")[1])
    isi = (folder / "kab-tanah-bumbu/2024/lkj.md").read_text(encoding="utf-8").split("\n")
    assert "<script>" in isi[nomor - 1]
    teks = hasil.stdout
    for harap in ("tag HTML <script>", "tag HTML <img>", "tag HTML <iframe>", "tautan berawalan 'javascript:'",
                  "tautan berawalan 'data:'", "gambar dari 'https://evil.example/x.png'", "sintaks attr_list"):
        assert harap in teks, harap


def test_cetak_lkj_bersih(tmp_path: Path) -> None:
    """The print HTML of every LKj, narratives and free text full of payloads, check switched off."""
    folder = _salin(tmp_path)
    suntik_teks(folder)
    suntik_narasi(folder)
    situs, masalah = bangun_data(folder, "satker", terbit=False)
    assert not masalah, masalah.teks()
    n = 0
    for s in situs.satker():
        for t, th in s.tahun.items():
            if th.pk is None and th.realisasi is None:
                continue
            cetak = html_dasar(susun_lkj(situs, s.id, t))
            badan = cetak.split("<body", 1)[1]
            badan_teks = re.sub(r"<svg\b.*?</svg>", "", badan, flags=re.S)  # the printer's own charts
            assert _salah(badan_teks) == [], (s.id, t, _salah(badan_teks)[:5])
            assert "window.__xss" in badan  # shown as text, not dropped
            n += 1
    assert n >= 4


# ---------------------------------------------------------------- real builds in a real browser

_KAIT = """
window.__dialog = [];
for (const f of ['alert', 'confirm', 'prompt', 'print']) {
  window[f] = (m) => { window.__dialog.push(f + ':' + m); };
}
Object.defineProperty(window, '__xss', {set(v) { window.__dialog.push('xss:' + v); }, get() { return undefined; }});
"""

_PERIKSA_DOM = """() => {
  const salah = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.getAttributeNames()) {
      if (a.startsWith('on')) salah.push(el.tagName + '[' + a + ']');
    }
    if (el.tagName === 'A' && el.href && !/^(https?|mailto):/i.test(el.protocol + '')) {
      salah.push('a[href=' + el.getAttribute('href') + ']');
    }
  }
  for (const tag of ['iframe', 'object', 'embed', 'frame']) {
    if (document.querySelector(tag)) salah.push(tag);
  }
  for (const s of document.querySelectorAll('script')) {
    if ((s.textContent || '').includes('__xss')) salah.push('script: ' + s.textContent.slice(0, 60));
    if (s.src && new URL(s.src).origin !== location.origin) salah.push('script luar: ' + s.src);
  }
  for (const img of document.querySelectorAll('img')) {
    if (img.src && new URL(img.src).origin !== location.origin && !img.src.startsWith('data:')) {
      salah.push('img luar: ' + img.src);
    }
  }
  return salah;
}"""


def _semua_halaman(site: Path) -> list[str]:
    return sorted(p.relative_to(site).parent.as_posix() + "/" for p in site.rglob("index.html")
                  if "assets" not in p.parts)


def _bangun_tanpa_cek(data: Path, kerja: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An in-process build with lakip's narrative check switched off: the sanitiser alone."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import lakip.site.direktif

    monkeypatch.setattr(lakip.site.direktif, "periksa_markdown", lambda *a, **k: [])
    monkeypatch.setenv("LAKIP_CHROMIUM", "")
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    yml = siapkan_proyek(kerja, data)
    monkeypatch.chdir(kerja)
    build(load_config(str(yml), site_dir=str(site), strict=False))


def _jelajahi(peramban: object, site: Path, harus_tampil: str) -> None:
    from test_browser import _Sajian

    sajian = _Sajian(site)
    gagal: dict[str, list[str]] = {}
    konteks = peramban.new_context()  # type: ignore[attr-defined]
    try:
        konteks.add_init_script(_KAIT)
        konteks.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort())
        page = konteks.new_page()
        page.on("dialog", lambda d: d.dismiss())
        halaman = _semua_halaman(site)
        assert len(halaman) > 20
        tampil = 0
        for u in halaman:
            page.goto(sajian.url + u)
            page.wait_for_load_state("load")
            salah = page.evaluate(_PERIKSA_DOM) + page.evaluate("window.__dialog")
            if salah:
                gagal[u] = salah
            if harus_tampil in page.evaluate("document.body.innerText"):
                tampil += 1
    finally:
        konteks.close()
        sajian.tutup()
    assert not gagal, gagal
    assert tampil > len(halaman) // 3  # the payloads are on the pages, as text


def test_teks_bebas_berbahaya_tampil_sebagai_teks_di_peramban(peramban: object, tmp_path: Path) -> None:
    folder = _salin(tmp_path)
    suntik_teks(folder)
    suntik_nama_satker(folder)
    site = tmp_path / "site"
    bangun(folder, tmp_path / "proyek", site, {"LAKIP_CHROMIUM": ""})
    # the satker name is a title breakout: it must stay inside <title>, escaped
    judul = re.search(r"<title>(.*?)</title>", (site / "satker/kab-tanah-bumbu/index.html").read_text())
    assert judul is not None and "&lt;/title&gt;&lt;script&gt;" in judul.group(1)
    _jelajahi(peramban, site, "<script>window.__xss=")


def test_narasi_berbahaya_dibersihkan_tanpa_lakip_check(peramban: object, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _salin(tmp_path)
    suntik_narasi(folder)
    site = tmp_path / "site"
    _bangun_tanpa_cek(folder, tmp_path / "proyek", site, monkeypatch)
    _jelajahi(peramban, site, "window.__xss=")

"""LakipPlugin: MkDocs events -> the pure core. The only module (with config.py) importing mkdocs.

One data flow per build: ``on_config`` resets state; ``on_files`` loads and
checks all satker data once (one error listing every problem) and adds the
generated pages; ``on_page_markdown`` replaces directives; ``on_post_build``
writes the open data. The parse cache survives ``mkdocs serve`` rebuilds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .bangun import bangun_situs
from .compute.pengaturan import pengaturan_dari
from .compute.situs import Situs
from .config import LakipConfig
from .errors import LakipError, Masalah
from .lkj.cache_pdf import CachePdf, folder_cache
from .lkj.chromium import status_pdf
from .load.cache import Cache
from .render import aman, format
from .site import (
    blok,
    cari,
    cetak,
    cms,
    cms_host,
    dip,
    direktif,
    export,
    halaman,
    navigasi,
    portal,
    ppid,
    riwayat_data,
    riwayat_git,
)
from .site.alamat import uri_pdf
from .site.lkj import berkas_resmi

log = get_plugin_logger("lakip")


class LakipPlugin(BasePlugin[LakipConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.cache = Cache()
        self.situs: Situs | None = None
        self.folder: Path | None = None
        self.konteks: dict[str, direktif.Konteks] = {}
        self.blok_html: dict[str, bytes] = {}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.cache = Cache()
        self.perintah = command  # 'serve' previews without printing PDFs (a rebuild would wait for Chromium)

    def on_config(self, config: Any) -> Any:
        self.situs = None
        self.konteks = {}
        self.cari_per_satker = False
        self.blok_html = {}
        root = Path(config.config_file_path or ".").resolve().parent
        self.folder = (root / self.config.folder_data).resolve()
        try:
            self.pengaturan = pengaturan_dari(self.config.batas_capaian, self.config.skala)
        except ValueError as exc:
            raise PluginError(f"mkdocs.yml: pengaturan lakip salah: {exc}") from None
        salah_cms = cms_host.masalah(self.config.cms) if self.config.cms.get("aktif", True) else []
        if salah_cms:
            raise PluginError("mkdocs.yml: pengaturan lakip salah: " + "; ".join(salah_cms))
        pecah = os.environ.get("LAKIP_CARI_PECAH", "").strip()
        if pecah and not pecah.isdigit():
            raise PluginError(f"LAKIP_CARI_PECAH={pecah!r}: tulis jumlah halaman (bilangan bulat, 0: selalu dipecah)")
        self.cari_pecah = int(pecah) if pecah else self.config.cari_pecah
        env = os.environ.get("LAKIP_SATKER", "").strip()
        self.hanya = [x.strip() for x in env.split(",") if x.strip()] if env else list(self.config.satker)
        self.tampil = os.path.relpath(self.folder, Path.cwd()) if self.folder.is_relative_to(Path.cwd()) else str(self.folder)
        self.status_pdf, self.mesin_pdf = status_pdf(self.config.pdf, getattr(self, "perintah", "build"))
        if self.config.pdf and self.mesin_pdf is None and self.status_pdf.alasan.startswith("mesin"):
            log.info("PDF LKj tidak dibuat: Chromium tidak ditemukan (pasang paket Debian 'chromium' lewat "
                        "scripts/pasang.sh, atau tunjuk programnya dengan LAKIP_CHROMIUM=/jalur/chromium)")
        return config

    def on_files(self, files: Files, *, config: Any) -> Files:
        assert self.folder is not None
        situs, masalah = bangun_situs(self.folder, self.tampil, self.pengaturan, cache=self.cache,
                                      hanya=self.hanya)
        if masalah:
            raise PluginError(_pesan(masalah))
        self.situs = situs
        self.tanggal = {p: akhir for p, (_, akhir) in situs.tanggal_berkas.items()}
        if situs.tanggal_berkas:  # under git: each satker-year's changes of figures, for its page
            situs.riwayat = riwayat_data.riwayat_situs(situs)
        semua = halaman.semua_halaman(situs, pdf=self.status_pdf)
        self.cari_per_satker = len(semua) + len(files.documentation_pages()) > self.cari_pecah
        for uri, (md, sid, tahun) in semua.items():
            files.append(File.generated(config, uri, content=md))
            self.konteks[uri] = direktif.Konteks(sid, tahun)
        # data/: each DIP as CSV and the open data (as 'lakip ekspor' writes it); the pages' links to it resolve
        for uri, isi in export.berkas_data(situs, semua, config.site_url or "", config.use_directory_urls,
                                           ekspor=self.config.ekspor).items():
            files.append(File.generated(config, uri, content=isi))
        # the published documents, at stable URLs (satker/<id>/<berkas>)
        for uri, src in dip.berkas_statis(situs, semua).items():
            if isinstance(src, Path):
                files.append(File.generated(config, uri, abs_src_path=str(src)))
        # the LKj PDFs (written in on_post_build; an empty stand-in now so the pages' links resolve)
        # and the officially signed LKj scans, unless the DIP already publishes them
        for sid, t in (cetak.daftar_lkj(situs) if self.status_pdf.aktif else ()):
            files.append(File.generated(config, uri_pdf(sid, t), content=b""))
        for uri, src in berkas_resmi(situs):
            if files.get_file_from_path(uri) is None:
                files.append(File.generated(config, uri, abs_src_path=str(src)))
        config.nav = portal.atur_nav(config.nav, situs)  # a one-satker site: its profile and DIP in the nav
        return files

    def on_page_markdown(self, markdown: str, *, page: Any, config: Any, files: Files) -> str:
        if self.situs is None:
            return markdown
        uri = page.file.src_uri
        ctx = self.konteks.get(uri, direktif.Konteks())
        path = uri if page.file.generated_by else f"{config.docs_dir and Path(config.docs_dir).name}/{uri}"
        hasil, errors = direktif.terapkan(markdown, self.situs, path, 1, ctx)
        if errors:
            m = Masalah()
            m.items.extend(errors)
            raise PluginError(_pesan(m))
        sumber = halaman.berkas_sumber(self.situs, uri) if page.file.generated_by else None
        if sumber is not None:
            hasil += self._asal_data(sumber, page, config)
        hasil, daftar = blok.pisah(hasil)  # back in on_post_page, unparsed
        self.blok_html[uri] = blok.kemas(daftar)
        if page.file.generated_by:  # MkDocs keeps every page until the end of the build: not its source too
            page.file.content_bytes = b""
        kaki = ppid.kaki(self.situs, ctx.satker or next(iter(portal.fokus(self.situs)), None))
        kaki["url"] = dip.url_dari_uri(str(kaki.pop("uri")), url_folder=config.use_directory_urls)
        page.meta["lakip_ppid"] = kaki  # the footer's contact block (overrides/partials/copyright.html)
        if self.cari_per_satker:  # the header's search: this satker's index on its pages, else the portal's
            s = self.situs.data.satker.get(ctx.satker or "")
            page.meta["lakip_cari"] = {"folder": f"satker/{ctx.satker}/" if s else "", "nama": s.nama if s else ""}
        # the breadcrumb (overrides/partials/path.html escapes the titles)
        page.meta["lakip_jejak"] = [{"judul": j, "url": f.url} for j, u in navigasi.jejak(self.situs, uri)
                                    if (f := files.get_file_from_path(u)) is not None]
        return hasil

    def on_page_content(self, html: str, *, page: Any, config: Any, files: Files) -> str:
        if page.file.generated_by:  # made from satker/ data: untrusted text; docs/ pages are trusted
            html = aman.bersihkan(html)
            if page.title:
                page.meta["title"] = aman.judul_halaman(page.title)
        page.markdown = None  # converted; only the HTML is written
        return html

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        # the generated blocks go in only now: until this page is written they wait compressed
        output = blok.pasang(output, blok.buka(self.blok_html.pop(page.file.src_uri, b"")))
        meta = page.meta.get("search")
        if self.config.cari and not (isinstance(meta, dict) and meta.get("exclude")):
            output = cari.tandai(output, tanpa_tabel=page.file.src_uri.endswith("/lkj.md"))
        return aman.pasang_kebijakan(output) if self.config.csp else output

    def on_post_template(self, output_content: str, *, template_name: str, config: Any) -> str:
        return aman.pasang_kebijakan(output_content) if self.config.csp and template_name.endswith(".html") \
            else output_content

    def _asal_data(self, sumber: Path, page: Any, config: Any) -> str:
        """The date of the data's last change, from git; staff reach the data file through the theme's
        edit button (``page.edit_url``), never through a path printed on a public page."""
        tgl = self.tanggal.get(sumber.resolve())
        akar = riwayat_git.akar_repo(sumber)
        if config.repo_url and config.edit_uri and akar is not None:
            rel = sumber.resolve().relative_to(akar).as_posix()
            page.edit_url = riwayat_git.tautan_ubah(config.repo_url, config.edit_uri, rel,
                                                    docs_dir=Path(config.docs_dir).name) or None
        return f"\n\n---\n\n<small>Data terakhir diubah {format.tanggal(tgl)}</small>\n" if tgl is not None else ""

    def on_post_build(self, *, config: Any) -> None:
        if self.situs is not None and self.status_pdf.aktif and self.mesin_pdf is not None:
            folder = folder_cache(Path(config.config_file_path or ".").resolve().parent, self.config.cache_pdf)
            cache = CachePdf(folder, self.mesin_pdf) if folder is not None else None
            hasil, galat = cetak.cetak_situs(self.situs, Path(config.site_dir), self.mesin_pdf, cache)
            if galat is not None:
                log.warning(f"PDF LKj gagal dicetak dengan {self.mesin_pdf}: {galat}")
            elif hasil is not None:
                log.info(cetak.ringkas(hasil))
        if self.config.cari:  # after the PDFs: Pagefind reads the finished pages
            indeks = cari.indeks(Path(config.site_dir), per_satker=self.cari_per_satker)
            if isinstance(indeks, str):
                log.warning(f"Pencarian situs tidak dibuat: {indeks}")
            else:
                log.info(indeks.ringkas())
        # the open data (data/...) is written with the site's files, added in on_files
        if self.situs is not None and self.folder is not None and self.config.cms.get("aktif", True):
            self._tulis_admin(config)

    def _tulis_admin(self, config: Any) -> None:
        """The form editor at /admin/, generated from the model for the satker of this site."""
        assert self.situs is not None and self.folder is not None
        root = Path(config.config_file_path or ".").resolve().parent
        nama = {sid: s.profil.data.nama for sid, s in self.situs.data.satker.items() if s.profil is not None}
        awalan = self.folder.relative_to(root).as_posix() if self.folder.is_relative_to(root) else self.config.folder_data
        if not cms.tulis_admin(Path(config.site_dir) / "admin", self.folder, awalan, nama, self.config.cms,
                               root / "node_modules"):
            log.info("Editor formulir /admin/ tidak dibuat: Decap CMS belum terpasang (jalankan scripts/pasang.sh, "
                     "yang menjalankan npm ci)")

    def on_serve(self, server: Any, *, config: Any, builder: Any) -> Any:
        if self.folder is not None and self.folder.is_dir():
            server.watch(str(self.folder))
        return server


def _pesan(m: Masalah) -> str:
    items: list[LakipError] = m.urut()
    n = len(items)
    return f"{n} masalah pada data lakip:\n" + "\n".join(str(e) for e in items)

"""The only code that starts a subprocess: headless Chromium on a DevTools pipe, printing HTML to PDF.

Kept apart from the print HTML so the layout can be read (and tested) without a browser.
``seragamkan`` makes the bytes reproducible: the same input gives the same PDF.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from ..errors import GagalCetak
from .naskah import StatusPdf

CALON_MESIN = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BATAS_WAKTU = 60.0  # seconds for one DevTools command


def cari_mesin() -> str | None:
    """The Chromium executable: ``$LAKIP_CHROMIUM`` when set (empty = none), else the first on PATH."""
    env = os.environ.get("LAKIP_CHROMIUM")
    if env is not None:
        env = env.strip()
        if not env:
            return None
        return env if (os.path.isfile(env) and os.access(env, os.X_OK)) else shutil.which(env)
    for nama in CALON_MESIN:
        jalur = shutil.which(nama)
        if jalur:
            return jalur
    return None


def versi_mesin(mesin: str) -> str | None:
    """What ``mesin --version`` says (e.g. ``Chromium 156.0.8078.129 ...``), without starting a browser;
    None when it says nothing."""
    try:
        hasil = subprocess.run([mesin, "--version"], capture_output=True, timeout=60, check=False,
                               stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    teks = hasil.stdout.decode("utf-8", "replace").strip()
    return teks if hasil.returncode == 0 and teks else None


def status_pdf(aktif_di_pengaturan: bool, perintah: str = "build") -> tuple[StatusPdf, str | None]:
    """The build's PDF status and engine; the status says why when there is no PDF."""
    if not aktif_di_pengaturan:
        return StatusPdf(False, "pembuatan PDF dimatikan di pengaturan situs"), None
    if perintah == "serve":
        return StatusPdf(False, "PDF tidak dicetak saat pratinjau mkdocs serve; jalankan mkdocs build"), None
    mesin = cari_mesin()
    if mesin is None:
        return StatusPdf(False, "mesin PDF Chromium tidak terpasang di mesin build"), None
    return StatusPdf(True), mesin


# ---------------------------------------------------------------- the browser on a pipe

class Pencetak:
    """One headless Chromium for many PDFs, driven over ``--remote-debugging-pipe``.

    ``malas``: start the browser at the first print only, so a build whose PDFs all come
    from the cache (``cache_pdf``) starts no Chromium at all.
    """

    def __init__(self, mesin: str, malas: bool = False) -> None:
        self.mesin = mesin
        self.versi = ""
        self.detik_mulai = 0.0  # what starting the browser cost (0 when it never started)
        self.proses: subprocess.Popen[bytes] | None = None
        if not malas:
            self._mulai()

    def _mulai(self) -> None:
        mulai = time.monotonic()
        mesin = self.mesin
        self._profil = tempfile.mkdtemp(prefix="lakip-chromium-")
        baca_kami, tulis_chrome = os.pipe()  # Chromium writes on its fd 4
        baca_chrome, tulis_kami = os.pipe()  # Chromium reads on its fd 3

        def siapkan() -> None:  # in the child: put the pipe ends at fd 3 and 4
            a = fcntl.fcntl(baca_chrome, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(tulis_chrome, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [mesin, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                f"--user-data-dir={self._profil}", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--disable-default-apps", "--mute-audio",
                "--font-render-hinting=none", "about:blank"]
        try:
            self.proses = subprocess.Popen(args, preexec_fn=siapkan, pass_fds=(3, 4), stdin=subprocess.DEVNULL,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            shutil.rmtree(self._profil, ignore_errors=True)
            raise GagalCetak(f"Chromium tidak dapat dijalankan ({mesin}): {exc}") from None
        finally:
            os.close(baca_chrome)
            os.close(tulis_chrome)
        self._r, self._w = baca_kami, tulis_kami
        self._buf = b""
        self._id = 0
        self._peristiwa: list[dict[str, Any]] = []
        self._sesi: str | None = None
        self.versi = str(self.kirim("Browser.getVersion").get("product", ""))
        self.detik_mulai = time.monotonic() - mulai

    def kirim(self, metode: str, params: dict[str, Any] | None = None, sesi: str | None = None) -> dict[str, Any]:
        """Send one DevTools command and wait for its answer (events are kept)."""
        self._id += 1
        pesan: dict[str, Any] = {"id": self._id, "method": metode, "params": params or {}}
        if sesi:
            pesan["sessionId"] = sesi
        data = json.dumps(pesan).encode() + b"\0"
        try:
            while data:
                n = os.write(self._w, data)
                data = data[n:]
        except OSError as exc:
            raise GagalCetak(f"Chromium berhenti ({metode}): {exc}") from None
        batas = time.monotonic() + BATAS_WAKTU
        while True:
            while b"\0" not in self._buf:
                sisa = batas - time.monotonic()
                siap, _, _ = select.select([self._r], [], [], max(0.0, sisa))
                if not siap:
                    raise GagalCetak(f"Chromium tidak menjawab {metode} dalam {BATAS_WAKTU:.0f} detik")
                potong = os.read(self._r, 1 << 20)
                if not potong:
                    raise GagalCetak(f"Chromium berhenti saat {metode}")
                self._buf += potong
            mentah, _, self._buf = self._buf.partition(b"\0")
            m = json.loads(mentah)
            if m.get("id") == self._id:
                if "error" in m:
                    raise GagalCetak(f"Chromium menolak {metode}: {m['error'].get('message', m['error'])}")
                return dict(m.get("result", {}))
            self._peristiwa.append(m)

    def _tab(self) -> str:
        if self._sesi is None:
            tid = self.kirim("Target.createTarget", {"url": "about:blank"})["targetId"]
            self._sesi = str(self.kirim("Target.attachToTarget", {"targetId": tid, "flatten": True})["sessionId"])
            self.kirim("Page.enable", sesi=self._sesi)
        return self._sesi

    def cetak(self, berkas_html: Path, akhir: bool = True) -> bytes:
        """Print one HTML file to PDF bytes (page size and margins from its CSS).

        ``akhir``: the published print, tagged (structure for screen readers) with a
        document outline; a first pass that is only read for page numbers skips both.
        """
        if self.proses is None:
            self._mulai()
        sesi = self._tab()
        self._peristiwa.clear()
        self.kirim("Page.navigate", {"url": berkas_html.resolve().as_uri()}, sesi)
        batas = time.monotonic() + BATAS_WAKTU
        while not any(e.get("method") == "Page.loadEventFired" and e.get("sessionId") == sesi for e in self._peristiwa):
            if time.monotonic() > batas:
                raise GagalCetak(f"halaman cetak tidak selesai dimuat: {berkas_html}")
            self.kirim("Runtime.evaluate", {"expression": "document.readyState"}, sesi)
        hasil = self.kirim("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                               "displayHeaderFooter": False, "generateDocumentOutline": akhir,
                                               "generateTaggedPDF": akhir}, sesi)
        return seragamkan(base64.b64decode(hasil["data"]))

    def tutup(self) -> None:
        if self.proses is None:
            return
        try:
            if self.proses.poll() is None:
                try:
                    self.kirim("Browser.close")
                except GagalCetak:
                    pass
                try:
                    self.proses.wait(10)
                except subprocess.TimeoutExpired:
                    self.proses.kill()
                    self.proses.wait(5)
        finally:
            for fd in (self._r, self._w):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self._profil, ignore_errors=True)
            self.proses = None

    def __enter__(self) -> Pencetak:
        return self

    def __exit__(self, *exc: object) -> None:
        self.tutup()


_WAKTU_PDF = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}")
_NODE = re.compile(rb"\(node(\d+)\)")


def seragamkan(pdf: bytes) -> bytes:
    """Rewrite the print time and Chromium's node ids in place (same length): same input, same bytes."""
    pdf = _WAKTU_PDF.sub(lambda m: b"/" + m.group(1) + b" (D:20000101000000", pdf)
    semua = sorted({int(x) for x in _NODE.findall(pdf)})
    urut = {n: i for i, n in enumerate(semua, 1)}  # monotonic: keeps the id tree sorted
    return _NODE.sub(lambda m: b"(node" + str(urut[int(m.group(1))]).zfill(len(m.group(1))).encode() + b")", pdf)

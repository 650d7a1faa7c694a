"""The form editor (/admin/, Decap CMS) driven in Debian's Chromium against decap-server.

A temporary git clone of the example data; the site is built from it (mkdocs build,
without PDFs) and its /admin/ is served on 127.0.0.1; ``decap-server`` (from
``node_modules``, installed by ``npm ci``) writes to the clone. Through the real
editor a staff member's steps are taken: pick the satker, log in, open a file,
expand a row, type, save. Then the clone's ``git diff`` must touch only the
lines of the value changed (one value in each of the six file kinds), ``lakip
check`` must pass, ``lakip diff`` must name the changes and the rebuilt site must
show the new figure. axe-core looks at the admin pages; every request the browser
makes is recorded and none may leave the site.

``LAKIP_TANGKAP_LAYAR=1`` also saves the screenshots of the staff guide
(docs/assets/editor-*.png).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bantu_situs import AKAR, env_git, git_uji, siapkan_proyek

NODE_MODULES = AKAR / "node_modules"
DECAP_SERVER = NODE_MODULES / "decap-server" / "dist" / "index.js"
LAYAR = AKAR / "docs" / "assets"
SATKER = "kota-banjarbaru"

pytestmark = pytest.mark.skipif(
    not (NODE_MODULES / "decap-cms" / "dist" / "decap-cms.js").is_file() or not DECAP_SERVER.is_file()
    or shutil.which("node") is None or shutil.which("git") is None,
    reason="Decap CMS belum terpasang (bash scripts/pasang.sh menjalankan npm ci) atau node/git tidak ada")

ENV_GIT = env_git("Uji")


git = functools.partial(git_uji, env=ENV_GIT)


def lakip(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **ENV_GIT, "PYTHONPATH": str(AKAR / "plugins")}
    return subprocess.run([sys.executable, "-m", "lakip.cli", *args], cwd=repo, capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def bangun_situs(kerja: Path, keluar: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LAKIP_SATKER", "SOURCE_DATE_EPOCH")}
    env.update(NO_MKDOCS_2_WARNING="1", LAKIP_CHROMIUM="", PYTHONPATH=str(AKAR / "plugins"))
    hasil = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(kerja / "mkdocs.yml"),
                            "-d", str(keluar)], cwd=kerja, env=env, capture_output=True, text=True, timeout=600)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr


class Lingkungan:
    """The clone, the built site served on 127.0.0.1, decap-server writing to the clone."""

    def __init__(self, tmp: Path, alur: bool = False) -> None:
        self.klon = tmp / "klon"
        self.klon.mkdir()
        shutil.copytree(AKAR / "satker", self.klon / "satker")
        git(self.klon, "init", "-q", "-b", "main")
        git(self.klon, "add", "-A")
        git(self.klon, "commit", "-q", "-m", "data awal")
        self.port_proxy = port_bebas()
        # the project around the clone: mkdocs.yml with the local proxy's port, node_modules linked in
        self.kerja = tmp / "proyek"
        yml = siapkan_proyek(self.kerja, self.klon / "satker")
        teks = yml.read_text(encoding="utf-8")
        cms = f"        proxy_lokal: http://127.0.0.1:{self.port_proxy}/api/v1" + ("\n        alur_usulan: true" * alur)
        yml.write_text(teks.replace("folder_data: satker", "folder_data: satker\n      pdf: false\n      cms:\n" + cms, 1),
                       encoding="utf-8")
        (self.kerja / "node_modules").symlink_to(NODE_MODULES)
        self.situs = tmp / "situs"
        bangun_situs(self.kerja, self.situs)
        penangan = functools.partial(_Diam, directory=str(self.situs))
        self.web = http.server.ThreadingHTTPServer(("127.0.0.1", 0), penangan)
        threading.Thread(target=self.web.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.web.server_address[1]}"
        env = {**os.environ, "GIT_REPO_DIRECTORY": str(self.klon), "PORT": str(self.port_proxy),
               "BIND_HOST": "127.0.0.1", "LOG_LEVEL": "error", "MODE": "git" if alur else "fs", **ENV_GIT}
        self.proxy = subprocess.Popen(["node", str(DECAP_SERVER)], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port_proxy), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        self.permintaan: list[str] = []

    def tutup(self) -> None:
        self.proxy.terminate()
        self.proxy.wait(timeout=10)
        self.web.shutdown()


class _Diam(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def ling(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lingkungan]:
    ling = Lingkungan(tmp_path_factory.mktemp("cms"))
    yield ling
    ling.tutup()


@pytest.fixture()
def halaman(peramban: Any, ling: Lingkungan) -> Iterator[Any]:
    konteks = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = konteks.new_page()
    page.on("request", lambda r: ling.permintaan.append(r.url))
    yield page
    konteks.close()


def tangkap(page: Any, nama: str) -> None:
    if os.environ.get("LAKIP_TANGKAP_LAYAR") == "1":
        page.screenshot(path=str(LAYAR / f"editor-{nama}.png"))


def masuk(page: Any, ling: Lingkungan, sid: str = SATKER) -> None:
    page.goto(f"{ling.url}/admin/?satker={sid}")
    page.get_by_role("button", name="Masuk").click()
    page.get_by_text("Jenis data").first.wait_for()


def buka(page: Any, ling: Lingkungan, jenis: str, nama: str, sid: str = SATKER) -> None:
    page.goto("about:blank")  # a new page load: a hash change alone would leave the last file's rows
    page.goto(f"{ling.url}/admin/?satker={sid}#/collections/{jenis}/entries/{nama}")
    page.locator("#nc-root").get_by_text("Mengubah ").first.wait_for()
    page.locator("#nc-root label").first.wait_for()


def baris(page: Any, ringkasan: str) -> Any:
    """A list row by its summary ('IK4.1 · 50'), expanded as a staff member does: its open button."""
    semua = page.locator('[class*="SortableListItem"]')
    semua.first.wait_for()
    i = semua.evaluate_all("(es, t) => es.findIndex(e => (e.querySelector('[class*=NestedObjectLabel]')"
                           "?.textContent || '').startsWith(t))", ringkasan)
    assert i >= 0, f"baris '{ringkasan}' tidak ada"
    kotak = semua.nth(i)
    kotak.get_by_role("button", name="Buka atau tutup").first.click()
    return kotak


def simpan(page: Any, ling: Lingkungan, path: str, layar: str = "") -> str:
    berkas = ling.klon / path
    lama = berkas.read_text(encoding="utf-8")
    page.get_by_role("button", name="Simpan", exact=True).click()
    if layar:
        tangkap(page, layar)
    page.get_by_text("Simpan sekarang").click()
    for _ in range(100):
        if berkas.read_text(encoding="utf-8") != lama:
            break
        time.sleep(0.1)
    page.get_by_text("Tersimpan").first.wait_for()
    return git(ling.klon, "diff", "-U0", "--", path)


def baris_berubah(diff: str) -> list[str]:
    return [b for b in diff.splitlines() if b[:1] in "+-" and not b.startswith(("+++", "---"))]


def isi(kotak: Any, label: str, nilai: str) -> None:
    kolom = kotak.get_by_label(label, exact=True).first
    kolom.fill("")  # React keeps the old text when a marked-wrong field is filled in one step
    kolom.fill(nilai)
    assert kolom.input_value() == nilai


# ------------------------------------------------------------ one value in each file kind


def _ubah_profil(page: Any, ling: Lingkungan) -> tuple[str, list[str]]:
    buka(page, ling, "profil", SATKER)
    isi(page, "Nama sekretariat (tidak wajib)", "Sekretariat Komisi Pemilihan Umum Kota Banjarbaru")
    return f"satker/{SATKER}/profil.md", ["-nama_sekretariat: Sekretariat KPU Kota Banjarbaru",
                                          "+nama_sekretariat: Sekretariat Komisi Pemilihan Umum Kota Banjarbaru"]


def _ubah_renstra(page: Any, ling: Lingkungan) -> tuple[str, list[str]]:
    # a target in a year-keyed map written as a flow map: one field per Renstra year
    buka(page, ling, "renstra", "kab-tanah-bumbu-2020-2024", "kab-tanah-bumbu")
    sasaran = baris(page, "SS1")
    indikator = baris(page, "IK1.1")
    isi(indikator, "2024 (tidak wajib)", "92")
    del sasaran
    return "satker/kab-tanah-bumbu/renstra-2020-2024.md", [
        "-        target: {2020: 80, 2021: 80, 2022: 85, 2023: 85, 2024: 90}",
        "+        target: {2020: 80, 2021: 80, 2022: 85, 2023: 85, 2024: 92}"]


def _ubah_pk(page: Any, ling: Lingkungan) -> tuple[str, list[str]]:
    buka(page, ling, "pk", f"{SATKER}-2024")
    baris(page, "ketua")
    kotak = baris(page, "IK5.2")
    isi(kotak, "Target", "99.50")
    return f"satker/{SATKER}/2024/pk.md", ["-        target: 100", "+        target: 99.50"]


def _ubah_realisasi(page: Any, ling: Lingkungan) -> tuple[str, list[str]]:
    buka(page, ling, "realisasi", f"{SATKER}-2024")
    isi(baris(page, "IK4.1 · 50"), "Nilai (tidak wajib)", "60")
    return f"satker/{SATKER}/2024/realisasi.md", ["-    nilai: 50", "+    nilai: 60"]


def _ubah_anggaran(page: Any, ling: Lingkungan) -> tuple[str, list[str]]:
    buka(page, ling, "anggaran", f"{SATKER}-2024")
    baris(page, "076.01.CQ")
    baris(page, "6709 ·")
    isi(baris(page, "6709.QGE.001"), "Pagu (tidak wajib)", "918100000")
    return f"satker/{SATKER}/2024/anggaran.md", ["-            pagu: 918009000", "+            pagu: 918100000"]


def _ubah_lkj(page: Any, ling: Lingkungan) -> tuple[str, list[str]]:
    buka(page, ling, "lkj", f"{SATKER}-2024")
    isi(page, "Tempat (tidak wajib)", "Kota Banjarbaru")
    return f"satker/{SATKER}/2024/lkj.md", ["-tempat: Banjarbaru", "+tempat: Kota Banjarbaru"]


@pytest.mark.parametrize("ubah", [_ubah_profil, _ubah_renstra, _ubah_pk, _ubah_realisasi, _ubah_anggaran, _ubah_lkj],
                         ids=lambda f: f.__name__.removeprefix("_ubah_"))
def test_satu_nilai_mengubah_hanya_barisnya(halaman: Any, ling: Lingkungan, ubah: Any) -> None:
    masuk(halaman, ling)
    path, harap = ubah(halaman, ling)
    diff = simpan(halaman, ling, path)
    try:
        assert git(ling.klon, "status", "--porcelain").strip() == f"M {path}"
        assert baris_berubah(diff) == harap, diff
    finally:
        git(ling.klon, "checkout", "--", ".")


# ------------------------------------------------------------ a staff member's session


def test_realisasi_pagu_dan_paragraf_lkj(halaman: Any, ling: Lingkungan) -> None:
    page = halaman
    page.goto(f"{ling.url}/admin/")
    tangkap(page, "1-pilih-satker")
    page.get_by_label("Cari satker").fill("banjar")
    page.get_by_role("link", name="KPU Kota Banjarbaru").click()
    page.get_by_role("button", name="Masuk").wait_for()
    tangkap(page, "2-masuk")
    page.get_by_role("button", name="Masuk").click()
    page.get_by_text("Jenis data").first.wait_for()
    page.get_by_role("link", name="Realisasi kinerja").first.click()
    page.get_by_text("Realisasi kinerja 2024").wait_for()
    tangkap(page, "3-pilih-tahun")

    page.get_by_text("Realisasi kinerja 2024").click()
    page.locator("#nc-root").get_by_text("Mengubah ").first.wait_for()
    kotak = baris(page, "IK4.1 · 50")
    # the Indonesian habit first: a decimal comma is refused in the form, with what to write
    isi(kotak, "Nilai (tidak wajib)", "60,5")
    page.get_by_role("button", name="Simpan", exact=True).click()
    page.get_by_text("Simpan sekarang").click()
    pesan = page.get_by_text("Nilai: tulis angkanya saja dengan titik desimal")
    pesan.first.wait_for()
    pesan.first.scroll_into_view_if_needed()
    tangkap(page, "9-pesan-isian")
    assert "60,5" not in (ling.klon / f"satker/{SATKER}/2024/realisasi.md").read_text(encoding="utf-8")
    isi(kotak, "Nilai (tidak wajib)", "60")
    kotak.get_by_label("Nilai (tidak wajib)", exact=True).first.scroll_into_view_if_needed()
    tangkap(page, "4-ubah-realisasi")
    diff_r = simpan(page, ling, f"satker/{SATKER}/2024/realisasi.md", "5-simpan")
    tangkap(page, "6-tersimpan")

    buka(page, ling, "anggaran", f"{SATKER}-2024")
    baris(page, "076.01.CQ")
    baris(page, "6709 ·")
    ro = baris(page, "6709.QGE.001")
    isi(ro, "Pagu (tidak wajib)", "918100000")
    ro.get_by_label("Pagu (tidak wajib)", exact=True).first.scroll_into_view_if_needed()
    tangkap(page, "7-ubah-pagu")
    diff_a = simpan(page, ling, f"satker/{SATKER}/2024/anggaran.md")

    buka(page, ling, "lkj", f"{SATKER}-2024")
    narasi = page.get_by_label("Narasi (Markdown) (tidak wajib)", exact=True)
    lama = "namun juga dapat dipertanggungjawabkan pada masyarakat"
    teks = narasi.input_value()
    assert lama in teks
    narasi.fill(teks.replace(lama, "namun juga dapat dipertanggungjawabkan kepada masyarakat"))
    # the screenshot shows the changed sentence selected in the middle of the window (the text area grows
    # with its text, so the page scrolls: by the share of the text before it, wrapped lines are about even)
    narasi.evaluate("""(el, kata) => {
        const i = el.value.indexOf(kata);
        el.focus(); el.setSelectionRange(i, i + kata.length);
        const r = el.getBoundingClientRect();
        let kotak = el.parentElement;  // Decap scrolls its editor pane, not the window
        while (kotak && !(kotak.scrollHeight > kotak.clientHeight && getComputedStyle(kotak).overflowY !== 'visible'))
            kotak = kotak.parentElement;
        (kotak || document.scrollingElement).scrollTop += r.top + r.height * i / el.value.length - innerHeight / 2;
    }""", "dipertanggungjawabkan kepada masyarakat")
    tangkap(page, "8-ubah-narasi")
    diff_l = simpan(page, ling, f"satker/{SATKER}/2024/lkj.md")

    assert baris_berubah(diff_r) == ["-    nilai: 50", "+    nilai: 60"]
    assert baris_berubah(diff_a) == ["-            pagu: 918009000", "+            pagu: 918100000"]
    assert baris_berubah(diff_l) == [
        "-namun juga dapat dipertanggungjawabkan pada masyarakat sebagai pelaksanaan tugas kepada masyarakat.",
        "+namun juga dapat dipertanggungjawabkan kepada masyarakat sebagai pelaksanaan tugas kepada masyarakat."]
    cek = lakip(ling.klon, "check", "--tanpa-cache", "satker")
    assert cek.returncode == 0, cek.stdout + cek.stderr
    rapi = lakip(ling.klon, "rapikan", "--periksa", "satker")
    assert rapi.returncode == 0, rapi.stdout + rapi.stderr
    diff = lakip(ling.klon, "diff", "HEAD")
    assert diff.returncode == 0, diff.stderr
    assert re.search(r"IK4\.1 .*realisasi 50% → 60%", diff.stdout), diff.stdout
    assert "918.009.000" in diff.stdout and "918.100.000" in diff.stdout, diff.stdout

    # the site built from the saved files shows the new figure
    baru = ling.situs.parent / "situs-baru"
    bangun_situs(ling.kerja, baru)
    teks_realisasi = (baru / "satker" / SATKER / "2024" / "index.html").read_text(encoding="utf-8")
    assert ">IK4.1</td>" in teks_realisasi and "60 ÷ 77,5 × 100" in teks_realisasi
    teks_lkj = (baru / "satker" / SATKER / "2024" / "lkj" / "index.html").read_text(encoding="utf-8")
    assert "dipertanggungjawabkan kepada masyarakat sebagai" in teks_lkj
    git(ling.klon, "checkout", "--", ".")


# ------------------------------------------------------------ accessibility and requests


def _axe_buruk(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    hasil = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['nodes'][0]['html'][:160]}" for v in hasil.response["violations"]
            if v["impact"] in ("serious", "critical")]


def test_axe_halaman_editor(halaman: Any, ling: Lingkungan) -> None:
    page = halaman
    page.goto(f"{ling.url}/admin/")
    page.get_by_label("Cari satker").wait_for()
    buruk = _axe_buruk(page)
    masuk(page, ling)
    buruk += _axe_buruk(page)
    buka(page, ling, "realisasi", f"{SATKER}-2024")
    baris(page, "IK4.1 ·")
    buruk += _axe_buruk(page)
    buka(page, ling, "anggaran", f"{SATKER}-2024")
    baris(page, "076.01.CQ")
    buruk += _axe_buruk(page)
    assert not buruk, "\n".join(buruk)


def test_tidak_ada_permintaan_ke_luar_situs(halaman: Any, ling: Lingkungan) -> None:
    # after the sessions above (same module): every request of every page of the editor
    masuk(halaman, ling)
    buka(halaman, ling, "lkj", f"{SATKER}-2024")
    asal = (ling.url, f"http://127.0.0.1:{ling.port_proxy}/")
    luar = sorted({u for u in ling.permintaan if not u.startswith(asal) and not u.startswith(("data:", "blob:"))})
    assert ling.permintaan and not luar, luar
    assert any(u.endswith("/admin/decap-cms.js") for u in ling.permintaan)


# ------------------------------------------------------------ the editorial workflow (proposals)


@pytest.fixture(scope="module")
def ling_alur(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lingkungan]:
    """decap-server in git mode: a save is a branch cms/<kind>/<entry>, publishing merges it, as a git host does."""
    ling = Lingkungan(tmp_path_factory.mktemp("cms-alur"), alur=True)
    yield ling
    ling.tutup()


def tunggu_pesan_hilang(page: Any) -> None:
    """Before a screenshot: Decap's notices ('Usulan tersimpan') cover the toolbar for a few seconds."""
    if os.environ.get("LAKIP_TANGKAP_LAYAR") == "1":
        for teks in ("Usulan tersimpan", "Status usulan diperbarui"):
            page.get_by_text(teks).first.wait_for(state="hidden", timeout=30000)


def test_alur_usulan_cabang_lalu_digabung(peramban: Any, ling_alur: Lingkungan) -> None:
    ling = ling_alur
    konteks = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = konteks.new_page()
    page.on("dialog", lambda d: d.accept())
    path = f"satker/{SATKER}/2024/realisasi.md"
    try:
        masuk(page, ling)
        buka(page, ling, "realisasi", f"{SATKER}-2024")
        isi(baris(page, "IK4.1 · 50"), "Nilai (tidak wajib)", "60")
        page.get_by_role("button", name="Simpan usulan").click()
        page.get_by_text("Usulan tersimpan").first.wait_for()
        cabang = f"cms/realisasi/{SATKER}-2024"
        # the proposal is a branch with one commit; the published data (main) is untouched
        assert baris_berubah(git(ling.klon, "diff", "-U0", f"main...{cabang}")) == ["-    nilai: 50", "+    nilai: 60"]
        assert git(ling.klon, "log", "--format=%s", f"main..{cabang}").splitlines() == [
            f"Ubah Realisasi kinerja {SATKER}-2024"]
        assert "nilai: 50" in git(ling.klon, "show", f"main:{path}")
        page.get_by_role("button", name="Status: Draf").click()
        page.get_by_role("menuitem", name="Ditinjau").click()
        page.get_by_text("Status usulan diperbarui").first.wait_for()
        tunggu_pesan_hilang(page)
        tangkap(page, "10-usulan-tersimpan")
        assert "ready" not in git(ling.klon, "config", f"branch.{cabang}.description")

        # the reviewer: the list of proposals, then status Siap and Terbitkan (merge)
        page.goto(f"{ling.url}/admin/?satker={SATKER}#/workflow")
        page.get_by_text("Realisasi kinerja 2024").first.wait_for()
        tunggu_pesan_hilang(page)
        tangkap(page, "11-daftar-usulan")
        buka(page, ling, "realisasi", f"{SATKER}-2024")
        page.get_by_role("button", name="Status: Ditinjau").click()
        page.get_by_role("menuitem", name="Siap").click()
        page.get_by_text("Status usulan diperbarui").first.wait_for()
        page.get_by_role("button", name="Terbitkan", exact=True).click()
        page.get_by_text("Terbitkan sekarang").click()
        page.get_by_text("Usulan diterbitkan").first.wait_for()
        assert "nilai: 60" in git(ling.klon, "show", f"main:{path}")
        assert cabang not in git(ling.klon, "branch", "--list")
        cek = lakip(ling.klon, "check", "--tanpa-cache", "satker")
        assert cek.returncode == 0, cek.stdout + cek.stderr
    finally:
        konteks.close()

"""Portal (portal.py): hierarchy, headline figures, peer comparison, one-satker site, links, reproducibility."""

from __future__ import annotations

import filecmp
import gzip
import json
import os
import re
from dataclasses import replace
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bantu_situs import FIXTURE_PORTAL, bangun, bangun_sekali

from lakip.bangun import bangun as bangun_data
from lakip.compute.situs import Situs
from lakip.compute.kinerja import CapaianIndikator
from lakip.compute.pengaturan import pengaturan_dari
from lakip.site import halaman, perbandingan, portal

SID = "kab-contoh-satu"


def test_hierarki(situs: Situs) -> None:
    urut = [(p, [s.id for s in d]) for p, d in portal.urut_hierarki(situs)]
    assert urut == [("Nasional", ["kpu-ri"]),
                    ("Kalimantan Selatan", ["prov-kalimantan-selatan", SID, "kota-contoh-dua"]),
                    ("Kalimantan Tengah", ["kab-contoh-tiga"])]


def test_portal_nasional(situs: Situs) -> None:
    md = portal.portal(situs)
    assert "**5 satker**: 1 KPU RI, 1 KPU Provinsi, 3 KPU Kabupaten/Kota." in md
    assert md.index("### Nasional") < md.index("### Kalimantan Selatan") < md.index("### Kalimantan Tengah")
    baris = {ln.split("|")[1].strip(): [c.strip() for c in ln.split("|")[2:-1]]
             for ln in md.splitlines() if ln.startswith("| ") and "satker/" in ln}
    # latest year, IKU that met their target, budget serapan; no uncapped mean (121,51 % hid a miss)
    assert baris[f"&emsp;[KPU Kabupaten Contoh Satu](satker/{SID}/index.md)"] == [
        "KPU Kabupaten", f"[2024](satker/{SID}/2024/index.md)", "2 dari 3", "94,26%",
        f"[DIP](satker/{SID}/dip.md)"]
    assert baris["[KPU Kabupaten Contoh Tiga](satker/kab-contoh-tiga/index.md)"][1:4] == [
        "[2023](satker/kab-contoh-tiga/2023/index.md)", "1 dari 2", "belum ada data anggaran"]
    assert "121,51" not in md and "Rata-rata capaian tidak dibandingkan di sini: situs ini tidak membatasi" in md
    # the filter is hidden without JavaScript, with a labelled control per criterion
    assert '<form class="lakip-saring" data-lakip-saring hidden>' in md
    assert '<label for="lakip-saring-provinsi">Provinsi</label>' in md
    assert '<option value="Kalimantan Tengah">Kalimantan Tengah</option>' in md
    assert '<option value="KPU Kota">KPU Kota</option>' in md
    assert "[2024](perbandingan/2024.md)" in md
    assert ("Status pelaporan (siapa yang sudah menerbitkan PK, LKj dan DIP): [2024](status/2024.md) · "
            "[2023](status/2023.md) · [2022](status/2022.md).") in md


def test_portal_rata_rata_hanya_dengan_batas(situs: Situs) -> None:
    """With a cap in force the mean is shown, under a header that names the cap."""
    dibatasi = Situs(situs.data, pengaturan_dari(120))
    md = portal.portal(dibatasi)
    assert "| Satker | Tingkat | Tahun terakhir | IKU memenuhi target | Rata-rata capaian IKU (maks. 120%) |" in md
    baris = next(ln for ln in md.splitlines() if f"satker/{SID}/index.md" in ln)
    assert "| 2 dari 3 | 94,84% | Berhasil | 94,26% |" in baris  # (200 capped at 120 + 64,52 + 100) ÷ 3
    assert "dibatasi paling tinggi 120%" in md


def test_portal_alasan_tanpa_angka(situs: Situs) -> None:
    s = situs.data.satker["kab-contoh-tiga"]
    h = situs.hasil(s.id, 2023)
    assert portal.nilai_ringkas(situs, s, "")[1] == "1 dari 2" and h.iku is not None
    tanpa = Situs(situs.data)
    tanpa._hasil[(s.id, 2023)] = replace(h, iku=replace(h.iku, indikator=tuple(
        replace(c, capaian=None, capaian_dibatasi=None, alasan="tanpa-realisasi") for c in h.iku.indikator)))
    assert portal.nilai_ringkas(tanpa, s, "")[1] == "belum ada realisasi IKU 2023"
    tanpa._hasil[(s.id, 2023)] = replace(h, iku=None)
    assert portal.nilai_ringkas(tanpa, s, "")[1] == "tidak ada IKU dengan target 2023"


def test_kunci_nama_tanpa_wilayah(situs: Situs) -> None:
    a = perbandingan.kunci_nama("Persentase pemilih di Kabupaten Contoh Satu yang berhak memilih tetapi tidak masuk DPT",
                          situs.data.satker[SID])
    b = perbandingan.kunci_nama("Persentase  pemilih di Kota Contoh Dua yang berhak memilih tetapi tidak masuk DPT.",
                          situs.data.satker["kota-contoh-dua"])
    assert a == b == "persentase pemilih yang berhak memilih tetapi tidak masuk dpt"
    c = perbandingan.kunci_nama("Persentase Partisipasi Pemilih Perempuan di Kota Contoh Dua dalam Pemilu/Pemilihan",
                          situs.data.satker["kota-contoh-dua"])
    assert c == perbandingan.kunci_nama("Persentase partisipasi pemilih perempuan dalam Pemilu/Pemilihan")


def test_peringkat_iku_sama(situs: Situs) -> None:
    kel = perbandingan.kelompok_iku(situs, 2024)
    per_nama = {k.nama: k for k in kel}
    # shown without the region each satker writes into it
    dpt = per_nama["Persentase pemilih yang berhak memilih tetapi tidak masuk DPT"]
    # polarity turun: the lower realisasi first (0 % before 0,1 %), same name, different codes
    assert [(a.satker.id, a.capaian.indikator.id, a.peringkat) for a in dpt.anggota] == [
        (SID, "IK1.1", 1), ("kota-contoh-dua", "IKU3", 2)]
    assert (dpt.satuan, dpt.polaritas) == ("%", "turun")
    jadwal = per_nama["Persentase KPU Kabupaten/Kota yang menyelenggarakan Pemilu sesuai jadwal"]
    # same name at three satker, and KPU RI's IKU1 (same code, close name); equal realisasi share a rank
    assert [(a.satker.id, a.peringkat) for a in jadwal.anggota] == [
        (SID, 1), ("kota-contoh-dua", 1), ("kpu-ri", 1), ("prov-kalimantan-selatan", 4)]
    assert jadwal.kode == ("IK1.2", "IKU1")
    naskah = per_nama["Persentase dokumentasi naskah akademik berbasis riset kepemiluan"]
    assert [(a.satker.id, a.peringkat) for a in naskah.anggota] == [(SID, None)]  # a group of one has no rank


def test_peringkat_menurut_realisasi_bukan_capaian(situs: Situs) -> None:
    """Realisasi orders the group: a satker with a low target and a high capaian does not win, another
    unit is another comparison, and a stable indicator is listed without ranks."""
    s1, s2, s3 = (situs.data.satker[x] for x in (SID, "kota-contoh-dua", "kpu-ri"))
    ind = situs.hasil(SID, 2024).indikator["IK2.1"]
    naik = replace(ind, indikator=replace(ind.indikator, polaritas="naik", satuan="%"))

    def dengan(r: str, t: str, cap: str, **ubah: object) -> CapaianIndikator:
        i = replace(naik.indikator, **ubah) if ubah else naik.indikator
        return replace(naik, indikator=i, nilai_realisasi=Decimal(r), capaian=Decimal(cap),
                       target=replace(naik.target, nilai=Decimal(t)) if naik.target else None)
    urut = perbandingan._peringkat([(s1, dengan("60", "50", "120")), (s2, dengan("80", "100", "80")),
                                    (s3, dengan("70", "70", "100"))])
    assert [(a.satker.id, a.peringkat) for a in urut] == [("kota-contoh-dua", 1), ("kpu-ri", 2), (SID, 3)]
    stabil = perbandingan._peringkat([(s1, dengan("60", "50", "80", polaritas="stabil")),
                                      (s2, dengan("80", "80", "100", polaritas="stabil"))])
    assert [a.peringkat for a in stabil] == [None, None]


def test_kode_sama_nama_beda_tidak_digabung(situs: Situs) -> None:
    kel = perbandingan.kelompok_iku(situs, 2023)
    for k in kel:
        nama = {a.capaian.indikator.nama for a in k.anggota}
        if "Persentase sosialisasi tahapan Pemilu kepada pemilih pemula" in nama:
            assert [a.satker.id for a in k.anggota] == ["kab-contoh-tiga"]
            break
    else:
        pytest.fail("IK1.1 Contoh Tiga tidak ada")


def test_halaman_perbandingan(situs: Situs) -> None:
    md = perbandingan.halaman_perbandingan(situs, 2024)
    assert md.startswith("# Perbandingan IKU antar-satker 2024\n")
    assert "Tahun: [2022](2022.md) · [2023](2023.md) · **2024**" in md
    assert "| Peringkat | Satker | Realisasi | Target | Capaian | Kategori |" in md
    assert f"| 1 | [KPU Kabupaten Contoh Satu](../satker/{SID}/2024/index.md) | 0% | 0,16% | 200,00% | Sangat Berhasil |" in md
    assert "Satuan: %; polaritas turun (makin rendah makin baik)" in md
    assert "## IKU yang hanya ada di satu satker" in md
    indeks = perbandingan.halaman_perbandingan_indeks(situs)
    assert "| [2024](2024.md) | 4 | 2 |" in indeks


def test_halaman_tambahan(situs: Situs) -> None:
    semua = halaman.semua_halaman(situs)
    for s in situs.satker():
        assert f"satker/{s.id}/dip.md" in semua
    for u in ("perbandingan/index.md", "perbandingan/2022.md", "perbandingan/2023.md", "perbandingan/2024.md"):
        assert u in semua
    assert "[Daftar Informasi Publik](dip.md)" in semua[f"satker/{SID}/index.md"][0]


def test_situs_satu_satker_model() -> None:
    s, masalah = bangun_data(FIXTURE_PORTAL, "portal", hanya=[SID], terbit=False)
    assert not masalah
    assert [x.id for x in s.satker()] == [SID] and portal.fokus(s) == (SID,)
    md = portal.portal(s)
    assert md.startswith("## KPU Kabupaten Contoh Satu\n")
    for teks in ("### Kinerja tahun 2024", "[Daftar Informasi Publik (PPID)](satker/kab-contoh-satu/dip.md)",
                 "[Realisasi anggaran 2024](satker/kab-contoh-satu/2024/anggaran.md)", "<figure", "### Laporan per tahun"):
        assert teks in md
    assert "Semua satker" not in md and "lakip-saring" not in md
    nav = [{"Beranda": "index.md"}, {"Satker": "satker/index.md"}, {"Perbandingan IKU": "perbandingan/index.md"},
           {"Metodologi": "metodologi.md"}]
    assert portal.atur_nav(nav, s) == [{"Beranda": "index.md"}, {"Profil satker": f"satker/{SID}/index.md"},
                                       {"Informasi publik (DIP)": f"satker/{SID}/dip.md"},
                                       {"Metodologi": "metodologi.md"}]
    nasional, _ = bangun_data(FIXTURE_PORTAL, "portal", terbit=False)
    assert portal.atur_nav(nav, nasional) == nav
    # a province site: its block, then the satker below it
    prov, _ = bangun_data(FIXTURE_PORTAL, "portal", hanya=["prov-kalimantan-selatan"], terbit=False)
    md = portal.portal(prov)
    assert md.startswith("## KPU Provinsi Kalimantan Selatan\n") and "## Satker di bawahnya" in md
    assert "KPU Kota Contoh Dua" in md and "KPU Republik Indonesia" not in md


@pytest.mark.parametrize("folder, ada", [(FIXTURE_PORTAL, []), (FIXTURE_PORTAL.parent / "satker",
                                                                 ["satker/kab-contoh/2024/konsistensi.md"])])
def test_catatan_konsistensi_hanya_bila_ada_angka_tercetak(folder: Path, ada: list[str]) -> None:
    """Without printed figures there is nothing to compare: no page, no link to it."""
    s, masalah = bangun_data(folder, "data", terbit=False)
    assert not masalah
    semua = halaman.semua_halaman(s)
    assert sorted(u for u in semua if u.endswith("/konsistensi.md")) == ada
    for uri, (md, sid, t) in semua.items():
        if sid is not None and t is not None and not uri.endswith("/konsistensi.md"):
            assert ("(konsistensi.md)" in md) == (f"satker/{sid}/{t}/konsistensi.md" in semua), uri


def test_situs_satu_satker_hanya_membaca_berkasnya() -> None:
    """A one-satker site reads its own files and the profiles needed to follow 'induk', nothing else."""
    from lakip.load.cache import Cache

    cache = Cache()
    s, masalah = bangun_data(FIXTURE_PORTAL, "portal", cache=cache, hanya=[SID], terbit=False)
    assert not masalah
    dibaca = {p.relative_to(FIXTURE_PORTAL).as_posix() for p in cache._isi}
    milik = {p.relative_to(FIXTURE_PORTAL).as_posix() for p in (FIXTURE_PORTAL / SID).rglob("*.md")}
    lain = {f"{x}/profil.md" for x in ("kota-contoh-dua", "kpu-ri", "prov-kalimantan-selatan", "kab-contoh-tiga")}
    assert dibaca == milik | lain
    assert s.data.lain == {"kota-contoh-dua", "kpu-ri", "prov-kalimantan-selatan", "kab-contoh-tiga"}
    # a province: itself and both satker under it, read in full
    prov, masalah = bangun_data(FIXTURE_PORTAL, "portal", hanya=["prov-kalimantan-selatan"], terbit=False)
    assert not masalah and sorted(x.id for x in prov.satker()) == [SID, "kota-contoh-dua", "prov-kalimantan-selatan"]
    assert all(x.tahun for x in prov.satker() if x.id != "prov-kalimantan-selatan") and prov.data.lain == {
        "kpu-ri", "kab-contoh-tiga"}


# ---------------------------------------------------------------- built sites

class _Tautan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.url: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.url.append(v)


def _tautan_rusak(site: Path) -> list[str]:
    """Every relative href/src of every page that points to no file of the site."""
    rusak = []
    for f in sorted(site.rglob("*.html")):
        p = _Tautan()
        p.feed(f.read_text(encoding="utf-8"))
        for u in p.url:
            bagian = urlparse(u)
            if bagian.scheme or bagian.netloc or u.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            path = unquote(bagian.path)
            if path.startswith("/"):  # 404.html links from the site root (site_url's path is /)
                target = (site / path.lstrip("/")).resolve()
            else:
                target = (f.parent / path).resolve() if path else f
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                rusak.append(f"{f.relative_to(site)} -> {u}")
    return rusak


def test_situs_nasional_tautan_utuh() -> None:
    site = bangun_sekali(FIXTURE_PORTAL)
    assert not _tautan_rusak(site)
    beranda = (site / "index.html").read_text(encoding="utf-8")
    assert "data-lakip-saring" in beranda and "KPU Kota Contoh Dua" in beranda
    assert 'src="assets/lakip.js"' in beranda and 'href="assets/lakip.css"' in beranda
    assert (site / "perbandingan" / "2024" / "index.html").is_file()
    assert "Perbandingan IKU" in beranda
    # the search index (Pagefind): the data pages and the LKj, not the consistency notes (for auditors)
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    for uri in (f"satker/{SID}/2024/", f"satker/{SID}/2024/anggaran/", f"satker/{SID}/", f"satker/{SID}/2024/lkj/"):
        assert "<article data-pagefind-body" in (site / uri / "index.html").read_text(encoding="utf-8"), uri
    for f in site.glob("satker/*/*/konsistensi/index.html"):
        assert "data-pagefind-body" not in f.read_text(encoding="utf-8"), f


def test_situs_satu_satker_utuh_dan_mandiri() -> None:
    site = bangun_sekali(FIXTURE_PORTAL, {"LAKIP_SATKER": SID})
    assert not _tautan_rusak(site)
    lain = ("kota-contoh-dua", "kab-contoh-tiga", "kpu-ri", "prov-kalimantan-selatan", "Kota Contoh Dua",
            "Contoh Tiga", "Provinsi Kalimantan Selatan\"")
    for f in sorted(site.rglob("*")):
        if f.is_file() and f.suffix in (".html", ".json", ".csv", ".xml"):
            if f.parent.name == "situs-satker":
                continue  # the how-to page names example ids
            teks = f.read_text(encoding="utf-8")
            for x in lain:
                if x == "prov-kalimantan-selatan" and f.name == "index.json":
                    teks = teks.replace('"induk": "prov-kalimantan-selatan"', "")  # the parent's id, as data
                assert x not in teks, f"{f.relative_to(site)} menyebut {x}"
    assert sorted(p.name for p in (site / "satker").iterdir() if p.is_dir()) == [SID]
    katalog = json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in katalog["satker"]] == [SID]
    beranda = (site / "index.html").read_text(encoding="utf-8")
    assert "<h2 id=\"kpu-kabupaten-contoh-satu\">KPU Kabupaten Contoh Satu" in beranda
    assert "Profil satker" in beranda and "Informasi publik (DIP)" in beranda
    assert ">Perbandingan IKU<" not in beranda
    assert (site / "satker" / SID / "dip" / "index.html").is_file()


def test_satker_tidak_ada_menghentikan_build(tmp_path: Path) -> None:
    with pytest.raises(AssertionError, match="kota-tidak-ada"):
        bangun(FIXTURE_PORTAL, tmp_path / "p", tmp_path / "s", {"LAKIP_SATKER": "kota-tidak-ada",
                                                                 "LAKIP_CHROMIUM": ""})


def _sama(a: Path, b: Path) -> list[str]:
    beda = []
    fa = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    fb = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert fa == fb, set(fa) ^ set(fb)
    for rel in fa:
        if rel.name == "sitemap.xml.gz":
            if gzip.decompress((a / rel).read_bytes()) != gzip.decompress((b / rel).read_bytes()):
                beda.append(f"{rel} (isi)")
        elif not filecmp.cmp(a / rel, b / rel, shallow=False):
            beda.append(str(rel))
    return beda


def test_dua_build_identik(tmp_path: Path) -> None:
    """The full build (LKj PDFs included) twice: every file equal; sitemap.xml.gz equal once decompressed.

    The gzip header of sitemap.xml.gz holds the build time; with SOURCE_DATE_EPOCH
    (next test) it is byte-identical too.
    """
    a = tmp_path / "a"
    b = tmp_path / "b"
    bangun(FIXTURE_PORTAL, tmp_path / "pa", a)
    bangun(FIXTURE_PORTAL, tmp_path / "pb", b)
    assert len(list(a.rglob("*.html"))) > 30
    assert not _sama(a, b)


def test_dua_build_identik_dengan_source_date_epoch(tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1735689600", "LAKIP_CHROMIUM": "", "LAKIP_SATKER": SID}
    a = tmp_path / "a"
    b = tmp_path / "b"
    bangun(FIXTURE_PORTAL, tmp_path / "pa", a, env)
    bangun(FIXTURE_PORTAL, tmp_path / "pb", b, env)
    for rel in sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file()):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert re.search(r"<lastmod>2025-01-01</lastmod>", (a / "sitemap.xml").read_text(encoding="utf-8"))


def test_tidak_ada_jalur_mesin_di_keluaran() -> None:
    site = bangun_sekali(FIXTURE_PORTAL)
    for f in site.rglob("*"):
        if f.is_file() and f.suffix in (".html", ".json", ".csv", ".xml"):
            teks = f.read_text(encoding="utf-8")
            assert str(FIXTURE_PORTAL) not in teks and os.sep + "tmp" + os.sep not in teks, f


def test_judul_uraian_di_bawah_judul_halaman(tmp_path: Path) -> None:
    """A data file's own '##' headings sit below the generated section heading, not beside it."""
    import shutil

    data = tmp_path / "satker"
    shutil.copytree(FIXTURE_PORTAL.parent / "satker", data)
    profil = data / "kab-contoh" / "profil.md"
    profil.write_text(profil.read_text() + "\n## Sejarah\n\nDibentuk 1999.\n\n### Ketua pertama\n\nX.\n")
    s, masalah = bangun_data(data, "satker", terbit=False)
    assert not masalah
    md = halaman.halaman_satker(s, "kab-contoh")
    bagian = md.split("## Tugas, fungsi dan organisasi\n", 1)[1]
    assert "\n### Sejarah\n" in bagian and "\n#### Ketua pertama\n" in bagian
    assert "\n## Sejarah" not in md

"""``lakip baru``: scaffold a new satker or a new year that passes ``lakip check`` at once.

``lakip baru satker ID`` writes ``satker/ID/profil.md`` and a Renstra skeleton;
``lakip baru tahun SATKER TAHUN`` writes the year's ``pk.md`` (targets copied
from the Renstra), ``realisasi.md`` (one empty row per indicator),
``anggaran.md`` and ``lkj.md``. Every field is explained by a YAML comment taken
from the field declarations in ``model.py``, and every file starts with the
``yaml-language-server`` line that lets an editor validate it against
``schema/<jenis>.schema.json``. Nothing existing is ever overwritten.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..bangun import baca
from ..errors import GagalBaru
from ..model.katalog import renstra_untuk
from ..model.rekaman import TINGKAT, BerkasLkj, Indikator, Perjanjian, Profil, Renstra, isian_data
from ..model.skema import mirip
from ..site.riwayat_git import akar_repo

__all__ = ["GagalBaru", "buat_satker", "buat_tahun", "periode_bawaan"]

_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_POLOS = re.compile(r"[A-Za-z0-9À-ɏ(][^#:\n]*")
_KATA_KHUSUS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "ya", "tidak", "benar", "salah", "~"}


@dataclass(frozen=True)
class _Satker:
    id: str
    nama: str
    folder: Path


# ---------------------------------------------------------------- small writers

def _doc(cls: type, nama: str) -> str:
    """The field's description from ``model.py``, with '(wajib)' for required fields."""
    for f in isian_data(cls):
        if f.name == nama:
            doc = str(f.metadata["doc"]).rstrip(".")
            return f"{doc} (wajib)" if f.metadata["wajib"] else doc
    raise KeyError(nama)


def teks_yaml(nilai: str) -> str:
    """A YAML scalar for ``nilai``: plain when that reads back as the same text, else quoted."""
    s = nilai.strip()
    if (s and _POLOS.fullmatch(s) and s.lower() not in _KATA_KHUSUS and not s.endswith((" ", "-"))
            and not re.fullmatch(r"[-+]?[\d._]+([eE][-+]?\d+)?", s) and not re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", s)):
        return s
    return json.dumps(s, ensure_ascii=False)


def nilai_yaml(v: Decimal | str) -> str:
    """A target or realisasi as typed in YAML: ``77.5``, ``0.16`` or a grade word."""
    if isinstance(v, Decimal):
        return format(v, "f")
    return teks_yaml(v)


def _modeline(berkas: Path, akar: Path, jenis: str) -> str:
    rel = os.path.relpath(akar / "schema" / f"{jenis}.schema.json", berkas.parent)
    return f"# yaml-language-server: $schema={Path(rel).as_posix()}"


def _akar_proyek(folder: Path) -> Path:
    """Where ``schema/`` lives: the git work tree's top, else the folder holding ``satker/``."""
    akar = akar_repo(folder)
    if akar is not None:
        return akar
    folder = folder.absolute()
    cwd = Path.cwd()
    if folder == cwd or cwd in folder.parents:
        return cwd
    return folder.parent


def periode_bawaan(hari_ini: datetime.date | None = None) -> tuple[int, int]:
    """The five-year KPU Renstra period containing today (2020-2024, 2025-2029, ...)."""
    tahun = (hari_ini or datetime.date.today()).year
    mulai = 2020 + (tahun - 2020) // 5 * 5
    return mulai, mulai + 4


def _tulis(berkas: dict[Path, str]) -> list[Path]:
    for path, teks in berkas.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as f:  # "x": never overwrite
            f.write(teks)
    return list(berkas)


# ---------------------------------------------------------------- lakip baru satker

def teks_profil(path: Path, akar: Path, nama: str, tingkat: str, provinsi: str | None,
                induk: str | None) -> str:
    def d(n: str) -> str:
        return _doc(Profil, n)

    baris = [
        "---",
        _modeline(path, akar, "profil"),
        "# Profil satker. Baris yang diawali '#' adalah keterangan dan tidak dibaca.",
        "# Isi nilai sesudah titik dua; nilai yang dibiarkan kosong dianggap belum ada.",
        "# Untuk daftar, hapus tanda '# ' di depan contoh lalu ganti isinya.",
        "",
        f"# {d('nama')}.",
        f"nama: {teks_yaml(nama)}",
        f"# {d('tingkat')}: {', '.join(TINGKAT)}.",
        f"tingkat: {tingkat}",
        f"# {d('provinsi')}.",
        f"provinsi: {teks_yaml(provinsi) if provinsi else ''}".rstrip(),
        f"# {d('induk')}.",
        f"induk: {teks_yaml(induk) if induk else ''}".rstrip(),
        f"# {d('nama_sekretariat')}.",
        "nama_sekretariat:",
        f"# {d('kode_wilayah')}.",
        "kode_wilayah:",
        f"# {d('alamat')}.",
        "alamat:",
        f"# {d('kode_pos')}.",
        "kode_pos:",
        f"# {d('telepon')}.",
        "telepon:",
        f"# {d('faks')}.",
        "faks:",
        f"# {d('email')}.",
        "email:",
        f"# {d('website')}.",
        "website:",
        f"# {d('pejabat')}: satu butir per orang, dengan nama (beserta gelar) dan jabatan;",
        "# divisi untuk anggota KPU, nip untuk pegawai.",
        "pejabat:",
        "  # - nama: Nama Lengkap, S.H.",
        "  #   jabatan: Ketua",
        "  # - nama: Nama Lengkap, S.E.",
        "  #   jabatan: Anggota",
        "  #   divisi: Divisi Teknis Penyelenggaraan",
        f"# {d('unit_kerja')}.",
        "unit_kerja:",
        "  # - Sub Bagian Keuangan, Umum dan Logistik",
        f"# {d('sdm')}: kelompok, uraian, jumlah, satuan.",
        "sdm:",
        "  # - kelompok: PNS",
        "  #   jumlah: 11",
        "  #   satuan: orang",
        f"# {d('badan_adhoc')}.",
        "badan_adhoc:",
        f"# {d('sarana')}.",
        "sarana:",
        f"# {d('dokumen')}: judul, tahun, kategori (berkala, serta-merta, setiap-saat, dikecualikan).",
        "dokumen:",
        "  # - judul: Laporan Kinerja 2025",
        "  #   tahun: 2025",
        "  #   kategori: berkala",
        "  #   jenis: lkj",
        "---",
        f"{nama} adalah satuan kerja Komisi Pemilihan Umum. Ganti paragraf ini dengan uraian singkat satker.",
        "",
    ]
    return "\n".join(baris)


def teks_renstra(path: Path, akar: Path, nama: str, mulai: int, selesai: int) -> str:
    target = ", ".join(f"{t}: 100" for t in range(mulai, selesai + 1))
    baris = [
        "---",
        _modeline(path, akar, "renstra"),
        f"# Rencana Strategis {nama} {mulai}-{selesai}. Periode dibaca dari nama berkas.",
        "# Baris yang diawali '#' adalah keterangan dan tidak dibaca.",
        "",
        f"# {_doc(Renstra, 'dasar')}.",
        "dasar:",
        f"# {_doc(Renstra, 'visi')}.",
        "visi:",
        f"# {_doc(Renstra, 'misi')}: satu butir per misi.",
        "misi:",
        "  # - Misi pertama",
        f"# {_doc(Renstra, 'tujuan')}: kode dan rumusan.",
        "tujuan:",
        "  # - id: T1",
        "  #   uraian: Rumusan tujuan pertama",
        f"# {_doc(Renstra, 'sasaran')} (paling sedikit satu sasaran dengan satu indikator).",
        "sasaran:",
        "  # CONTOH: ganti sasaran dan indikator di bawah dengan yang ada di dokumen Renstra,",
        "  # lalu salin butirnya untuk sasaran dan indikator berikutnya.",
        "  # id: kode sasaran, tetap antar tahun; uraian: rumusan sasaran;",
        "  # tingkat: strategis, program atau kegiatan.",
        "  - id: SS1",
        "    uraian: CONTOH - ganti dengan rumusan sasaran strategis dari dokumen Renstra",
        "    tingkat: strategis",
        "    indikator:",
        "      # id: kode indikator, tetap antar tahun; nama: nama indikator;",
        "      # satuan: mis. '%' atau 'Dokumen' (realisasi memakai satuan yang sama);",
        "      # polaritas: naik (makin tinggi makin baik) atau turun (makin rendah makin baik);",
        "      # iku: true bila Indikator Kinerja Utama; target: target setiap tahun Renstra.",
        "      - id: IK1.1",
        "        nama: CONTOH - ganti dengan nama indikator kinerja",
        '        satuan: "%"',
        "        polaritas: naik",
        "        iku: true",
        f"        target: {{{target}}}",
        "---",
        "",
    ]
    return "\n".join(baris)


def _ada(folder: Path) -> list[str]:
    """The satker ids that have a folder (with a profile) under ``folder``."""
    return sorted(p.parent.name for p in folder.glob("*/profil.md"))


def buat_satker(folder: Path, sid: str, nama: str, tingkat: str, provinsi: str | None = None,
                induk: str | None = None, renstra: tuple[int, int] | None = None,
                akar: Path | None = None) -> list[Path]:
    """Create ``folder/sid/profil.md`` and ``renstra-AAAA-BBBB.md``; raise GagalBaru when refused."""
    folder = Path(folder)
    if not _ID.fullmatch(sid):
        saran = re.sub(r"[^a-z0-9]+", "-", sid.lower()).strip("-") or "kab-contoh"
        raise GagalBaru(f"id satker '{sid}' tidak sah (pakai huruf kecil, angka dan '-', mis. {saran})")
    if tingkat not in TINGKAT:
        raise GagalBaru(f"tingkat '{tingkat}' tidak dikenal (pilih salah satu: {', '.join(TINGKAT)})")
    if not nama.strip():
        raise GagalBaru("nama satker kosong (tulis --nama \"KPU Kabupaten ...\")")
    if tingkat != "ri" and not (provinsi and provinsi.strip()):
        raise GagalBaru(f"satker tingkat {tingkat} harus menyebut provinsi (tulis --provinsi \"Nama Provinsi\")")
    if induk is not None:
        induk = induk.strip()
        if not induk:
            raise GagalBaru("satker induk kosong (tulis id foldernya atau namanya, atau hapus --induk)")
        if induk == sid:
            raise GagalBaru("satker induk tidak boleh satker ini sendiri")
        # a parent whose data lives elsewhere is written as plain text (issue 14 point 4), as
        # lakip check accepts it; only a near-miss of a satker that IS here is refused as a typo
        hint = "" if (folder / induk / "profil.md").is_file() else mirip(induk, _ada(folder))
        if hint:
            raise GagalBaru(f"satker induk '{induk}' tidak ada di {folder} ({hint} Bila induknya memang tidak "
                            "ada di sini, tulis namanya, mis. --induk \"KPU Provinsi Kalimantan Selatan\")")
    mulai, selesai = renstra or periode_bawaan()
    if not (2000 <= mulai < selesai <= mulai + 9):
        raise GagalBaru(f"periode Renstra {mulai}-{selesai} tidak masuk akal (tulis mis. --renstra 2025-2029)")
    tujuan = folder / sid
    if tujuan.exists():
        raise GagalBaru(f"folder {tujuan} sudah ada: lakip baru tidak menimpa data (ubah berkas yang ada, "
                        "atau pilih id lain)")
    akar = akar or _akar_proyek(folder)
    profil = tujuan / "profil.md"
    rpath = tujuan / f"renstra-{mulai}-{selesai}.md"
    return _tulis({
        profil: teks_profil(profil, akar, nama.strip(), tingkat, provinsi.strip() if provinsi else None, induk),
        rpath: teks_renstra(rpath, akar, nama.strip(), mulai, selesai),
    })


# ---------------------------------------------------------------- lakip baru tahun

def _ket_target(ind: Indikator, tahun: int, nilai: Decimal | str) -> str:
    if ind.skala:
        return f"target {tahun}: {nilai_yaml(nilai)}; tulis salah satu predikat: {', '.join(ind.skala)}"
    return f"target {tahun}: {nilai_yaml(nilai)}, satuan: {ind.satuan}"


def _nama_ketua(profil: Profil | None) -> str | None:
    if profil is None:
        return None
    for p in profil.pejabat:
        if p.jabatan.strip().lower() == "ketua":
            return p.nama
    return None


def teks_pk(path: Path, akar: Path, s: _Satker, tahun: int, r: Renstra, baris_target: list[tuple[Indikator, Decimal | str]],
            profil: Profil | None, induk_nama: str | None) -> str:
    ketua = _nama_ketua(profil)
    baris = [
        "---",
        _modeline(path, akar, "pk"),
        f"# Perjanjian Kinerja (PK) {s.nama} tahun {tahun}.",
        f"# Target disalin dari Renstra {r.mulai}-{r.selesai}. Bila target yang ditandatangani berbeda,",
        "# ubah angkanya dan tulis 'revisi: true' serta 'alasan: ...' pada baris itu.",
        "perjanjian:",
        f"  # id: {_doc(Perjanjian, 'id')}.",
        "  - id: ketua",
        "    jenis: pk",
        f"    judul: Perjanjian Kinerja Tahun {tahun}",
        f"    # Tempat dan tanggal penandatanganan (tahun-bulan-hari, mis. {tahun}-01-04).",
        "    tempat:",
        "    tanggal:",
        "    pihak_pertama:",
        f"      jabatan: {teks_yaml('Ketua ' + s.nama)}",
        f"      nama: {teks_yaml(ketua) if ketua else ''}".rstrip(),
    ]
    if induk_nama:
        baris += ["    pihak_kedua:", f"      jabatan: {teks_yaml('Ketua ' + induk_nama)}"]
    else:
        baris += ["    pihak_kedua:", "      # jabatan: Ketua KPU Provinsi ..."]
    baris.append("    # Indikator dan targetnya: satu butir per indikator.")
    baris.append("    baris:")
    for ind, nilai in baris_target:
        baris += [
            f"      # {ind.id} {ind.nama} ({ind.satuan})",
            f"      - indikator: {ind.id}",
            f"        target: {nilai_yaml(nilai)}",
        ]
    baris += [
        "    # Anggaran per program: kode program, nama dan pagu (Rupiah, angka saja).",
        "    anggaran:",
        "      # - program: 076.01.WA",
        "      #   nama: Program Dukungan Manajemen",
        "      #   pagu: 0",
        "---",
        "",
    ]
    return "\n".join(baris)


def teks_realisasi(path: Path, akar: Path, s: _Satker, tahun: int,
                   baris_target: list[tuple[Indikator, Decimal | str]]) -> str:
    baris = [
        "---",
        _modeline(path, akar, "realisasi"),
        f"# Realisasi kinerja {s.nama} tahun {tahun}.",
        "# Tulis realisasi setiap indikator sesudah 'nilai:' dengan satuan yang sama dengan targetnya:",
        "# angka saja, titik sebagai pemisah desimal (mis. 85.5), tanpa '%' dan tanpa titik ribuan.",
        "# Biarkan kosong bila belum ada; capaian dan kategori dihitung otomatis.",
        "realisasi:",
    ]
    for ind, nilai in baris_target:
        baris += [
            f"  # {ind.id} {ind.nama}: {_ket_target(ind, tahun, nilai)}",
            f"  - indikator: {ind.id}",
            "    nilai:",
        ]
        if ind.agregasi_triwulan:
            baris.append(f"    # Atau per triwulan I-IV (digabung {ind.agregasi_triwulan}): triwulan: [0, 0, 0, 0]")
    baris += [
        "# Penghargaan dan capaian kinerja lainnya. Analisis capaian ditulis pada butir",
        "# indikatornya, sesudah 'nilai:', sebagai 'analisis: |' diikuti teks yang menjorok.",
        "penghargaan:",
        "  # - nama: Nama penghargaan",
        "  #   pemberi: KPU Provinsi ...",
        f"  #   tanggal: {tahun}-12-31",
        "---",
        "",
    ]
    return "\n".join(baris)


def teks_anggaran(path: Path, akar: Path, s: _Satker, tahun: int, program_lalu: list[tuple[str, str]]) -> str:
    contoh = program_lalu or [("076.01.WA", "Program Dukungan Manajemen"),
                              ("076.01.CQ", "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi")]
    baris = [
        "---",
        _modeline(path, akar, "anggaran"),
        f"# Anggaran {s.nama} tahun {tahun}: pagu DIPA dan realisasinya.",
        "# Rupiah ditulis angka saja tanpa titik ribuan, mis. 63293098000 (boleh 63_293_098_000).",
        "# Total, serapan dan sisa anggaran dihitung otomatis dari rinciannya.",
        "# Hapus tanda '# ' di depan contoh lalu ganti angkanya.",
        "# Program: kode, nama, pagu, realisasi (rincian kegiatan dan RO boleh ditambahkan).",
        "program:",
    ]
    for kode, nama in contoh:
        baris += [f"  # - kode: {kode}", f"  #   nama: {nama}", "  #   pagu: 0", "  #   realisasi: 0"]
    baris += [
        "# Per jenis belanja: 51 pegawai, 52 barang, 53 modal (jumlahnya harus sama dengan jumlah program).",
        "# Bila laporan merinci belanja per kegiatan atau RO, tulis 'belanja' di kegiatan/RO itu dan di sini",
        "# hanya kode dan nama (tanpa pagu): pagu per jenis belanja lalu dihitung, cukup diubah di satu tempat.",
        "belanja:",
        "  # - kode: 51",
        "  #   nama: Belanja Pegawai",
        "  #   pagu: 0",
        "  #   realisasi: 0",
        "# Riwayat revisi DIPA: pagu revisi terakhir harus sama dengan total pagu.",
        "revisi:",
        "  # - ke: 1",
        f"  #   tanggal: {tahun}-03-01",
        "  #   pagu: 0",
        "  #   uraian: Alasan revisi",
        "---",
        "",
    ]
    return "\n".join(baris)


BAB_LKJ = (  # the chapters and sections the LKj composer (lkj.py) recognises
    ("Kata Pengantar", ()),
    ("Ikhtisar Eksekutif", ()),
    ("BAB I Pendahuluan", ("A. Latar Belakang", "B. Tugas dan Fungsi", "C. Struktur Organisasi",
                           "D. Sumber Daya Manusia", "E. Sistematika Penyajian")),
    ("BAB II Perencanaan Kinerja", ("A. Rencana Strategis", "B. Rencana Kinerja Tahunan",
                                    "C. Perjanjian Kinerja")),
    ("BAB III Akuntabilitas Kinerja", ("A. Capaian Kinerja Organisasi",
                                       "B. Analisis Capaian per Sasaran dan Indikator",
                                       "C. Perbandingan dengan Tahun Sebelumnya dan Target Akhir Renstra",
                                       "D. Realisasi Anggaran", "E. Capaian Kinerja Lainnya")),
    ("BAB IV Penutup", ("A. Kesimpulan", "B. Rencana Tindak Lanjut")),
    ("Lampiran", ()),
)


def teks_lkj(path: Path, akar: Path, s: _Satker, tahun: int) -> str:
    baris = [
        "---",
        _modeline(path, akar, "lkj"),
        f"# Laporan Kinerja (LKj) {s.nama} tahun {tahun}: tanda tangan di sini, narasi di bawah '---'.",
        "# Tabel capaian, rata-rata, kategori dan anggaran disusun otomatis dari pk.md, realisasi.md",
        "# dan anggaran.md: jangan ketik ulang angkanya di narasi. Bagian yang belum ditulis",
        "# (hanya berisi <!-- ... -->) tampil sebagai 'belum ditulis' di laporan.",
        f"judul: {teks_yaml(f'Laporan Kinerja {s.nama} Tahun {tahun}')}",
        "# Tempat dan tanggal penandatanganan (tahun-bulan-hari, mis. 2025-01-16).",
        "tempat:",
        "tanggal:",
        f"# {_doc(BerkasLkj, 'penandatangan')}: jabatan, nama, nip (hapus '# ' lalu isi).",
        "penandatangan:",
        f"  # jabatan: {'Ketua ' + s.nama}",
        "  # nama: Nama Lengkap",
        "---",
    ]
    for bab, sub in BAB_LKJ:
        baris += ["", f"## {bab}", ""]
        if not sub:
            baris.append("<!-- Tulis isi bagian ini di sini. -->")
        for i, judul in enumerate(sub):
            baris += ([] if i == 0 else [""]) + [f"### {judul}", "", "<!-- Tulis isi bagian ini di sini. -->"]
    baris.append("")
    return "\n".join(baris)


def buat_tahun(folder: Path, sid: str, tahun: int, akar: Path | None = None) -> list[Path]:
    """Create ``folder/sid/tahun/{pk,realisasi,anggaran,lkj}.md``; raise GagalBaru when refused."""
    folder = Path(folder)
    if not 2000 <= tahun <= 2100:
        raise GagalBaru(f"tahun {tahun} tidak masuk akal (tulis 4 angka, mis. 2025)")
    if not _ID.fullmatch(sid) or not (folder / sid).is_dir():
        raise GagalBaru(f"satker '{sid}' tidak ada di {folder} (buat dulu dengan: lakip baru satker {sid} ...)")
    data, _ = baca(folder, str(folder), hanya=[sid])  # read what exists; its problems are lakip check's
    satker = data.satker.get(sid)
    if satker is None:
        raise GagalBaru(f"satker '{sid}' tidak dapat dibaca (jalankan: lakip check {folder})")
    r = renstra_untuk(satker, tahun)
    if r is None:
        periode = ", ".join(f"{x.data.mulai}-{x.data.selesai}" for x in satker.renstra) or "belum ada"
        raise GagalBaru(f"tahun {tahun} di luar periode Renstra satker {sid} ({periode}) (buat dulu "
                        "renstra-AWAL-AKHIR.md yang mencakup tahun itu, atau periksa Renstra dengan lakip check)")
    baris_target = [(ind, ind.target[tahun]) for sas in r.data.sasaran for ind in sas.indikator
                    if tahun in ind.target]
    if not baris_target:
        raise GagalBaru(f"Renstra {r.data.mulai}-{r.data.selesai} belum memuat target tahun {tahun} untuk indikator "
                        f"mana pun (tulis targetnya di {Path(r.path).name} dulu)")
    tujuan = folder / sid / str(tahun)
    nama_berkas = ("pk.md", "realisasi.md", "anggaran.md", "lkj.md")
    ada = [tujuan / n for n in nama_berkas if (tujuan / n).exists()]
    if ada:
        raise GagalBaru(f"sudah ada: {', '.join(str(p) for p in ada)} (lakip baru tidak menimpa data; "
                        "ubah berkas yang ada)")
    akar = akar or _akar_proyek(folder)
    s = _Satker(sid, satker.nama, satker.folder)
    profil = satker.profil.data if satker.profil else None
    induk_nama = None
    if profil is not None and profil.induk and profil.induk in data.satker:
        induk_nama = data.satker[profil.induk].nama
    program_lalu: list[tuple[str, str]] = []
    lalu = satker.tahun.get(tahun - 1)
    if lalu is not None and lalu.anggaran is not None:
        program_lalu = [(p.kode, p.nama) for p in lalu.anggaran.data.program]
    paths = {n: tujuan / n for n in nama_berkas}
    return _tulis({
        paths["pk.md"]: teks_pk(paths["pk.md"], akar, s, tahun, r.data, baris_target, profil, induk_nama),
        paths["realisasi.md"]: teks_realisasi(paths["realisasi.md"], akar, s, tahun, baris_target),
        paths["anggaran.md"]: teks_anggaran(paths["anggaran.md"], akar, s, tahun, program_lalu),
        paths["lkj.md"]: teks_lkj(paths["lkj.md"], akar, s, tahun),
    })

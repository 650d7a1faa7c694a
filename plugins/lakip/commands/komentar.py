"""``lakip komentar``: the pull request comment of the CI template, in words staff understand.

The workflow (templates/github/workflows/lakip.yml) saves the output of each
check (``lakip check``, ``lakip rapikan --periksa``, ``mkdocs build``, ``lakip verifikasi``) and the
``lakip diff`` explanation; this command puts them into one Markdown comment:
what passed, every ``path:line`` problem with what to do, then what the change
does to the published figures. Problem lines hold text typed in the data files:
they are shown in a code block, so no Markdown (a link, an @mention) is read in them.
"""

from __future__ import annotations

from pathlib import Path

LANGKAH = {
    "cek": ("Data (lakip check)", "Angka, satuan, target dan total masuk akal."),
    "rapi": ("Tata letak berkas (lakip rapikan)", "Berkas data tersusun rapi."),
    "bangun": ("Situs (mkdocs build)", "Situs dapat dibangun."),
    "verifikasi": ("Situs sesuai data (lakip verifikasi)", "Setiap halaman, data terbuka dan PDF LKj sesuai data."),
}
SARAN = {
    "cek": ("Buka berkas yang disebut di editor (/admin/), cari isian pada baris itu, tulis seperti yang "
            "disarankan dalam tanda kurung, lalu simpan lagi: pemeriksaan berjalan ulang sendiri."),
    "rapi": ("Isinya benar tetapi susunannya berbeda dari yang dibuat lakip. Peninjau menjalankan perintah "
             "dalam tanda kurung (lakip rapikan) di cabang ini, atau menyimpan berkas itu sekali lagi di editor."),
    "bangun": "Situs tidak dapat dibangun; peninjau melihat log lengkap di tab Actions.",
    "verifikasi": ("Situs yang dibangun tidak memuat semua yang diterbitkan data (atau tidak dapat dibangun); "
                   "peninjau melihat daftar di bawah dan log lengkap di tab Actions."),
}


def _baca(path: Path | None) -> str:
    if path is None or not path.is_file():
        return ""
    return path.read_text(encoding="utf-8", errors="replace").strip()


def _blok(teks: str, batas: int = 60) -> str:
    baris = teks.splitlines()
    if len(baris) > batas:
        baris = [*baris[:batas], f"... dan {len(baris) - batas} baris lagi (lihat log di tab Actions)"]
    isi = "\n".join(baris).replace("```", "ˋˋˋ")  # a fence in the data cannot end the block
    return f"```text\n{isi}\n```"


def susun(hasil: dict[str, str], keluaran: dict[str, Path | None], diff: Path | None) -> str:
    """The comment; ``hasil``: each step's outcome as GitHub names it (success, failure, skipped)."""
    bagian = ["## Hasil pemeriksaan otomatis", ""]
    gagal = [k for k in LANGKAH if hasil.get(k) == "failure"]
    if not gagal:
        bagian += ["Semua pemeriksaan lolos: perubahan ini siap ditinjau.", ""]
    else:
        bagian += [f"**{len(gagal)} pemeriksaan belum lolos.** Perubahan ini belum dapat digabungkan "
                   "sampai masalah di bawah diperbaiki.", ""]
    for kunci, (judul, lolos) in LANGKAH.items():
        status = hasil.get(kunci, "skipped")
        if status == "success":
            bagian.append(f"- ✅ {judul}: {lolos}")
        elif status == "failure":
            bagian.append(f"- ❌ {judul}: belum lolos.")
        else:
            bagian.append(f"- ⏭️ {judul}: tidak dijalankan.")
    for kunci in gagal:
        teks = _baca(keluaran.get(kunci))
        bagian += ["", f"### {LANGKAH[kunci][0]}", "", SARAN[kunci], ""]
        if teks:
            bagian.append(_blok(teks if kunci != "bangun" else "\n".join(teks.splitlines()[-30:])))
    penjelasan = _baca(diff)
    if penjelasan:
        bagian += ["", penjelasan]
    return "\n".join(bagian) + "\n"

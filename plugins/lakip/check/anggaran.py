"""anggaran.md: stated budget totals against their parts, the DIPA revisions, the funding sources.

A pagu or realisasi written on a program, an activity or the satker must
equal the sum of its parts, and a realisasi must not pass its pagu; a pagu
that cannot be known is reported. The totals per spending type and per
funding source must match the programs', the last DIPA revision must set the
final pagu, and codes are written once per list.
"""

from __future__ import annotations

from ..compute.anggaran import HasilAnggaran, hitung_anggaran, rincian_belanja
from ..errors import Masalah
from ..load.validasi import ditolak
from ..model.rekaman import BerkasAnggaran, Kegiatan, Program, Rekam
from ..render.format import rupiah
from .umum import duplikat


def _jumlah(induk: Rekam, anak: list, apa: str, kode: str, m: Masalah) -> None:
    """A stated pagu/realisasi on ``induk`` must equal the sum over ``anak``."""
    if not anak:
        return
    if not getattr(induk, "rincian_lengkap", True):
        if getattr(induk, "pagu") is None:
            m.tambah(induk.path, induk.line("rincian_lengkap"),
                     f"{apa} {kode} ditandai rincian_lengkap: false tetapi pagunya tidak ditulis "
                     "(tulis pagu sebagaimana dokumen resmi)")
        return
    for kolom in ("pagu", "realisasi"):
        nilai = getattr(induk, kolom)
        bagian = [getattr(a, kolom) for a in anak]
        if nilai is None or any(b is None for b in bagian):
            continue
        total = sum(bagian)
        if nilai != total:
            m.tambah(induk.path, induk.line(kolom),
                     f"{kolom} {apa} {kode} {rupiah(nilai)} berbeda dari jumlah rinciannya {rupiah(total)} "
                     f"(selisih {rupiah(nilai - total)}; hapus angka ini agar dihitung, atau perbaiki rinciannya)")


def periksa_anggaran(a: BerkasAnggaran, m: Masalah) -> None:
    duplikat(a.program, "kode", "kode program", m)
    duplikat(a.belanja, "kode", "kode belanja", m)
    h = hitung_anggaran(a)
    for baris in h.semua_baris():
        # A computed pagu is unknown because a part is (the part is reported), and a
        # rejected pagu was reported where it was written: report neither twice.
        tak_diketahui = baris.pagu is None and not baris.dihitung
        if tak_diketahui and baris.rekam is not None and not ditolak(baris.rekam, "pagu"):
            m.tambah(baris.rekam.path, baris.rekam.line(""),
                     f"pagu {baris.jenis} {baris.kode or baris.nama} tidak diketahui (tulis pagu, atau rinciannya lengkap dengan pagu)")
        if baris.pagu is not None and baris.realisasi is not None and baris.realisasi > baris.pagu:
            rk = baris.rekam
            if rk is not None:
                m.tambah(rk.path, rk.line("realisasi") if rk.posisi.get("realisasi") else rk.line(""),
                         f"realisasi {baris.jenis} {baris.kode} {rupiah(baris.realisasi)} melebihi pagunya "
                         f"{rupiah(baris.pagu)} (periksa kedua angka)")
    for p in a.program:
        _jumlah(p, [_Anak(k, h) for k in p.kegiatan], "program", p.kode, m)
        duplikat([k for k in p.kegiatan if k.kode is not None], "kode", "kode kegiatan", m)
        for k in p.kegiatan:
            _jumlah(k, list(k.ro), "kegiatan", k.kode or k.nama, m)
            duplikat(k.ro, "kode", "kode RO", m)
    if a.program:
        _jumlah(a, [_Anak(p, h) for p in a.program], "total", "satker", m)
    rinci_benar = _semua_rincian(a, m)
    if a.program and a.belanja:
        _belanja(a, h, m, rinci_benar)
    if a.belanja and not a.program:
        _jumlah(a, list(a.belanja), "total", "satker (per jenis belanja)", m)
    if a.revisi and h.pagu is not None:
        akhir = sorted(a.revisi, key=lambda r: (r.tanggal, r.ke or 0))[-1]
        if akhir.pagu != h.pagu:
            m.tambah(akhir.path, akhir.line("pagu"),
                     f"pagu revisi DIPA terakhir {rupiah(akhir.pagu)} berbeda dari total pagu {rupiah(h.pagu)} "
                     "(revisi terakhir menetapkan pagu akhir: samakan)")
    if a.sumber_dana and h.pagu is not None:
        sd = sum(x.pagu for x in a.sumber_dana)
        if sd != h.pagu:
            m.tambah(a.path, a.sumber_dana[0].line(""),
                     f"jumlah sumber dana {rupiah(sd)} berbeda dari total pagu {rupiah(h.pagu)} "
                     f"(selisih {rupiah(sd - h.pagu)}; perbaiki pagu sumber dana agar jumlahnya sama)")
    ke = [r.ke for r in a.revisi if r.ke is not None]
    if len(set(ke)) != len(ke):
        duplikat([r for r in a.revisi if r.ke is not None], "ke", "revisi ke-", m)


def _rincian(owner: Rekam, apa: str, kode: str, m: Masalah) -> bool:
    """An RO's or kegiatan's itemisation per jenis belanja must add up to its pagu (False when it does not)."""
    rinci = getattr(owner, "belanja", ())
    pagu = getattr(owner, "pagu", None)
    if not rinci or pagu is None:
        return True
    total = sum(x.pagu for x in rinci)
    if total != pagu:
        bagian = " + ".join(f"{x.kode} {rupiah(x.pagu)} (baris {x.line('pagu')})" for x in rinci)
        m.tambah(owner.path, owner.line("pagu"),
                 f"pagu {apa} {kode} {rupiah(pagu)} berbeda dari jumlah rincian belanjanya {rupiah(total)} = {bagian} "
                 f"(selisih {rupiah(pagu - total)}; ubah pagu di baris ini atau rincian belanja yang keliru)")
        return False
    return True


_NAMA_BELANJA = {"51": "Belanja Pegawai", "52": "Belanja Barang", "53": "Belanja Modal"}


def _semua_rincian(a: BerkasAnggaran, m: Masalah) -> bool:
    """Every kegiatan's and RO's itemisation per jenis belanja against its pagu, and every itemised jenis
    named in the ``belanja`` block (else its computed sum would be shown nowhere); False on a problem."""
    benar = True
    for p in a.program:
        for k in p.kegiatan:
            benar = _rincian(k, "kegiatan", k.kode or k.nama, m) and benar
            for r in k.ro:
                benar = _rincian(r, "RO", r.kode, m) and benar
    ada = {b.kode for b in a.belanja}
    for kode in sorted(set(rincian_belanja(a)) - ada):
        nama = _NAMA_BELANJA.get(str(kode), "Belanja ...")
        m.tambah(a.path, a.line("belanja") if a.belanja else a.line(""),
                 f"belanja {kode} dirinci di RO/kegiatan tetapi tidak ada di daftar 'belanja', jadi jumlahnya "
                 f"tidak tampil (tambahkan di 'belanja' butir '- {{kode: {kode}, nama: {nama}}}' tanpa pagu: "
                 "pagunya dihitung dari rincian)")
        benar = False
    return benar


def _belanja(a: BerkasAnggaran, h: HasilAnggaran, m: Masalah, benar: bool) -> None:
    """Per jenis belanja: a stated figure against the itemised sum, then all jenis against the total.

    Each message names both sums by what they are and points at the line to change."""
    rinci = rincian_belanja(a)
    for b in a.belanja:
        if b.kode in rinci and b.pagu is not None and b.pagu != rinci[b.kode][0]:
            benar = False
            m.tambah(b.path, b.line("pagu"),
                     f"pagu belanja {b.kode} yang ditulis {rupiah(b.pagu)} berbeda dari jumlah rincian belanja {b.kode} "
                     f"di RO/kegiatan {rupiah(rinci[b.kode][0])} (selisih {rupiah(b.pagu - rinci[b.kode][0])}; hapus "
                     "angka ini agar dihitung dari rinciannya)")
    baris = [x for x in h.belanja if x.pagu is not None]
    if not benar or h.pagu is None or len(baris) != len(h.belanja):
        return  # a part reported above: the total would only repeat it
    for kolom, total in (("pagu", h.pagu), ("realisasi", h.realisasi)):
        nilai = [getattr(x, kolom) for x in h.belanja]
        if total is None or any(v is None for v in nilai):
            continue
        jumlah = sum(nilai)
        if jumlah == total:
            continue
        bagian = " + ".join(f"{x.kode} {rupiah(getattr(x, kolom))}" for x in h.belanja)
        tertulis = getattr(a, kolom) is not None
        dasar = (f"total {kolom} yang ditulis di baris {a.line(kolom)}" if tertulis
                 else f"jumlah {kolom} program")
        ditulis = [x.rekam for x in h.belanja if x.rekam is not None and not x.dihitung]
        ubah = (f"ubah {kolom} jenis belanja yang keliru di baris "
                + " atau ".join(str(r.line(kolom)) for r in ditulis) + ", atau rinci belanja per RO/kegiatan agar "
                "dihitung dari sana") if ditulis else "perbaiki rincian belanja di RO/kegiatan"
        lokasi = ditulis[0] if len(ditulis) == 1 else a
        m.tambah(a.path, lokasi.line(kolom) if lokasi is not a else a.line("belanja"),
                 f"jumlah {kolom} per jenis belanja {rupiah(jumlah)} ({bagian}) berbeda dari {dasar} {rupiah(total)} "
                 f"(selisih {rupiah(jumlah - total)}; {ubah})")


class _Anak:
    """A child's computed pagu/realisasi, for comparing with its parent's stated one."""

    def __init__(self, rekam: Program | Kegiatan, h: object) -> None:
        assert isinstance(h, HasilAnggaran)
        baris = h.baris_untuk(rekam)
        self.pagu = baris.pagu if baris else None
        self.realisasi = baris.realisasi if baris else None

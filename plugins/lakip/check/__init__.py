"""Cross-file checks: references, units, periods, targets and totals.

``load`` checks each file on its own; this package checks the files against
each other: a PK row naming an indicator the Renstra lacks, a realisasi in
another unit than its target, a PK target that differs from the Renstra, a
stated total that differs from the sum of its parts. Each problem names the
line to fix and what to write.

One module per data-file kind, the way frictionless-py groups its checks:
``profil``, ``renstra``, ``pk``, ``realisasi``, ``anggaran``; a target or
realisasi against its indicator (scale, unit, plausible bound) in ``nilai``,
shared look-ups in ``umum``. ``periksa`` is the one entry point and runs them
in the order of the files: profil, Renstra, then each year's PK, realisasi
and anggaran.
"""

from __future__ import annotations

from typing import Any

from ..errors import Masalah
from ..load.validasi import cacat_yaml
from ..model.katalog import indeks_indikator, renstra_untuk
from ..model.satker import Berkas, Data, Satker, Tahunan
from .anggaran import periksa_anggaran
from .pk import periksa_pk
from .profil import periksa_profil
from .realisasi import periksa_realisasi
from .renstra import periksa_renstra, tanpa_renstra


def periksa(data: Data) -> Masalah:
    """Every cross-file problem in ``data``.

    A file with a YAML-level error (a key written twice, an alias) has had that
    error reported by the loader, and YAML kept one value where the user wrote
    two. Whatever these checks would say about that file follows from the kept
    value, so nothing is reported on it until the YAML is fixed. Other files
    are still checked; where they depend on a value that YAML error made
    unreliable (an indicator's unit or target, the ids of a list) they stay
    quiet about it too (see ``validasi.cacat_yaml`` and ``validasi.ditolak``).
    """
    m = Masalah()
    for satker in data.satker.values():
        periksa_profil(satker, data, m)
        periksa_renstra(satker, m)
        for th in satker.tahun.values():
            _tahun(satker, th, m)
    tercemar = _berkas_cacat_yaml(data)
    if tercemar:
        m.items = [e for e in m.items if e.path not in tercemar]
    return m


def _berkas_cacat_yaml(data: Data) -> set[str]:
    """Paths of the files whose records hold a value made unreliable by a YAML-level error."""
    hasil: set[str] = set()
    for s in data.satker.values():
        berkas: list[Berkas[Any] | None] = [s.profil, *s.renstra]
        for th in s.tahun.values():
            berkas += [th.pk, th.realisasi, th.anggaran, th.lkj]
        hasil |= {b.path for b in berkas if b is not None and cacat_yaml(b.data)}
    return hasil


def _tahun(s: Satker, th: Tahunan, m: Masalah) -> None:
    for b in (th.pk, th.realisasi):
        if b is not None and b.data.sebagian and not b.data.catatan_sebagian:
            m.tambah(b.path, b.data.line("sebagian"), "'sebagian: true' tanpa catatan_sebagian (tulis bagian laporan "
                                                      "yang tercatat, mis. catatan_sebagian: hanya IKU yang disalin)")
    r = renstra_untuk(s, th.tahun)
    if r is None:
        tanpa_renstra(s, th, m)
        return
    indeks = indeks_indikator(r)
    if th.pk is not None:
        periksa_pk(s, th, indeks, m)
    if th.realisasi is not None:
        periksa_realisasi(s, th, indeks, m)
    if th.anggaran is not None:
        periksa_anggaran(th.anggaran.data, m)


__all__ = ["periksa"]

"""lakip check's LKj warnings without composing every LKj: the same findings as the composed document."""

from __future__ import annotations

from bantu_situs import AKAR, FIXTURE_PORTAL

from lakip.bangun import bangun_situs
from lakip.lkj.periksa import merujuk_nomor
from lakip.lkj.susun import peringatan_naskah, punya_lkj, susun_lkj


def test_sama_dengan_naskah_tersusun() -> None:
    jalur: dict[bool, int] = {True: 0, False: 0}  # LKj with warnings per path (composed or not)
    for folder in (AKAR / "satker", FIXTURE_PORTAL, AKAR / "tests" / "fixtures" / "satker"):
        situs, _ = bangun_situs(folder, folder.name)
        for s in situs.satker():
            for t in sorted(s.tahun):
                if not punya_lkj(situs, s.id, t):
                    continue
                murah = peringatan_naskah(situs, s.id, t)
                assert murah == susun_lkj(situs, s.id, t).peringatan, (s.id, t)
                jalur[merujuk_nomor(situs, s.id, t)] += bool(murah)
    assert jalur[True] and jalur[False]  # both paths met with findings to compare

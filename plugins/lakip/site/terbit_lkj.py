"""Which file is a year's published LKj: the signed scan, the generated PDF as its accessible copy.

Asked by the LKj page (``site.lkj``) and the DIP (``site.dip``), so both present the same file
as the published report. Kept apart from both so that neither imports the other.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..compute.situs import Situs
from ..lkj.penyusun import dokumen_resmi
from ..lkj.susun import punya_lkj
from .alamat import uri_pdf, uri_resmi

__all__ = ["TerbitLkj", "lkj_terbit"]


@dataclass(frozen=True)
class TerbitLkj:
    """Which file is the published LKj of a year (for this page and the DIP).

    ``resmi``: site path of the signed scan when the satker registered it (profil.md ``dokumen``,
    ``jenis: lkj``, ``resmi: true``): that scan IS the published LKj. ``salinan``: site path of the
    PDF generated from the data (when PDFs are printed): the accessible copy of the signed scan, or,
    without one, the report itself. ``draf``: lkj.md says ``status: draf``; a draft is never presented
    as the published LKj.
    """

    resmi: str | None
    salinan: str | None
    draf: bool
    tanggal_resmi: datetime.date | None = None


def lkj_terbit(situs: Situs, sid: str, tahun: int, pdf_aktif: bool = True) -> TerbitLkj | None:
    """The published LKj of ``sid``/``tahun`` and its accessible copy; None when the year has no LKj
    (no Perjanjian Kinerja). The DIP (``site.dip``) lists what this returns."""
    if not punya_lkj(situs, sid, tahun):
        return None
    s = situs.data.satker[sid]
    th = s.tahun[tahun]
    draf = th.lkj is None or th.lkj.data.status != "final"
    d = dokumen_resmi(s, tahun)  # registered, publishable (load.dokumen guard) and ...
    src = s.folder / (d.berkas or "") if d is not None else None
    resmi = uri_resmi(sid, d) if d is not None and src is not None and src.is_file() else None  # ... uploaded
    return TerbitLkj(resmi, uri_pdf(sid, tahun) if pdf_aktif else None, draf, d.tanggal if resmi and d else None)

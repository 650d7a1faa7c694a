"""Every site path in one place: pages, the LKj PDF and signed scans, the DIP and the open data.

Paths are the ``docs``-relative URIs MkDocs knows; a change of address is made here only.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from ..model.rekaman import Dokumen


def nama_pdf(sid: str, tahun: int) -> str:
    """File name of the generated PDF, beside the LKj page."""
    return f"lkj-{sid}-{tahun}.pdf"


def uri_pdf(sid: str, tahun: int) -> str:
    return f"satker/{sid}/{tahun}/{nama_pdf(sid, tahun)}"


def uri_resmi(sid: str, d: Dokumen) -> str:
    """Site path of a published document: ``satker/<id>/<berkas>`` (the DIP publishes it at the same place)."""
    return f"satker/{sid}/" + str(PurePosixPath((d.berkas or "").replace("\\", "/")))

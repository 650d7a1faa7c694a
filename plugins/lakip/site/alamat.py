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
    return uri_berkas(sid, d.berkas or "")


def uri_satker(sid: str) -> str:
    return f"satker/{sid}/index.md"


def uri_tahun(sid: str, tahun: int, halaman: str = "index") -> str:
    return f"satker/{sid}/{tahun}/{halaman}.md"


def uri_renstra(sid: str, mulai: int, selesai: int) -> str:
    return f"satker/{sid}/renstra-{mulai}-{selesai}.md"


def uri_dip(sid: str) -> str:
    return f"satker/{sid}/dip.md"


def uri_ppid(sid: str) -> str:
    """The satker's information service page: contact, how to request and how to object."""
    return f"satker/{sid}/ppid.md"


URI_PPID = "ppid.md"  # every satker's information service contact
URI_STATUS = "status/index.md"


def uri_status(tahun: int) -> str:
    """The reporting status of every satker for one year."""
    return f"status/{tahun}.md"


def uri_csv(sid: str) -> str:
    return f"data/{sid}/dip.csv"


def uri_perbandingan(tahun: int | None = None) -> str:
    return "perbandingan/index.md" if tahun is None else f"perbandingan/{tahun}.md"


URI_DAFTAR_SATKER = "satker/index.md"


def uri_berkas(sid: str, rel: str) -> str:
    """A file of the satker's folder (a DIP document, a narrative image) at the same place under ``satker/<id>/``."""
    return f"satker/{sid}/" + str(PurePosixPath(rel.replace("\\", "/")))


def uri_data(rel: str) -> str:
    """A file of the open data: ``data/<id>/<tahun>/capaian.json``, ``data/index.json``."""
    return f"data/{rel}"

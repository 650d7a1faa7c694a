"""Cross-file checks: references, units, periods, totals.

``load`` checks each file on its own; this module checks the files against
each other (a PK row naming an indicator the Renstra lacks, a realisasi in
another unit than its target, a total that differs from its parts).
"""

from __future__ import annotations

from .errors import Masalah
from .load import Data


def periksa(data: Data) -> Masalah:
    return Masalah()

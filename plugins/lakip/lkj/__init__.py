"""The Laporan Kinerja as a document: its blocks (``naskah``), the composer, one function per chapter
(``susun``, ``akuntabilitas``), the narrative check, its printed charts, and the print (``pdf``) through
headless Chromium (``chromium``, the only subprocess)."""

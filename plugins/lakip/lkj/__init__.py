"""The Laporan Kinerja as a document: its blocks (``naskah``), the composer, one function per chapter
(``susun``, ``akuntabilitas``), the narrative check, and the print (``pdf``, ``tabel_cetak``) through
headless Chromium (``chromium``, the only subprocess). Its charts are the web pages' (``render.grafik``)."""

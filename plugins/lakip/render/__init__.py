"""Values into what a reader sees: Indonesian number formats (Babel), sentences and formulas with
computed numbers (``kalimat``), tables as objects and their Markdown (``tabel``), SVG charts for the web pages and the LKj alike (``grafik``, ``grafik_anggaran``, ``bagan``), Markdown
helpers, and ``aman``: untrusted text made safe for a public page."""

"""Reading a ``satker/`` folder: front matter, records with every problem at ``path:line``, the parse
cache for ``mkdocs serve``, and the one guard for files a site may publish (``dokumen``)."""

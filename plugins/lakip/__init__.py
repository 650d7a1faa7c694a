"""lakip: a satker's performance data, typed once, published as a transparency site and its LKj.

The pipeline, one stage per folder, each importing only the stages before it:
``model`` says what the data is (YAML nodes with their lines, value kinds, records, the
``Satker`` containers); ``load`` reads a ``satker/`` folder into it, collecting every
problem at ``path:line``; ``compute`` turns records into values (capaian, means,
categories, budget, printed-vs-computed) with the settings in force; ``render`` turns
values into words, tables and charts and makes untrusted text safe; ``check`` holds the
cross-file rules and ``lkj`` composes and prints the Laporan Kinerja as a document;
``site`` knows every URL: pages, directives, the DIP, open data. ``bangun`` runs
read -> check -> compute once for every entry point: the MkDocs adapter ``plugin``
(the only module importing mkdocs, with ``config``) and the command line ``cli`` with
its ``commands``. ``errors`` is the one family of errors a user is shown.
"""

"""What the data is: YAML nodes that remember their line, value kinds, the records of each data file
(``rekaman``, declared once: the validator and the JSON Schema both read the declarations), and the
``Satker``/``Tahunan``/``Berkas`` containers. Imports nothing later."""

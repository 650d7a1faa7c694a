"""The command line's subcommands that are more than a call to ``bangun``: new satker/year scaffolds,
``diff`` of two git revisions, ``rapikan`` (layout), the check cache and its background layout check."""

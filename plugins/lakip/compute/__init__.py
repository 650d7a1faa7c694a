"""Numbers only (``Decimal`` and Rupiah ``int``, no text): capaian and its rules, means and categories,
the budget, printed-vs-computed, the settings in force, and ``Situs`` (each result computed once)."""

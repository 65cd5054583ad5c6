"""Vocabulary data files (``NAME.tsv``); see :mod:`newsstruct._lexicon`."""

"""Words in context: the concordance, word lists and keyness; plain Python and numpy, no Qt."""

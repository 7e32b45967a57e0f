"""The articles of a folder in memory: columns, tag index, listings and the vocabulary pass."""

"""Plain Python, never imports PySide6: parsing, Arabic folding, tags, library, search, cache."""

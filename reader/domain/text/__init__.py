"""Text: decoding, Arabic folding, parsing, tags, dates, search words and renderings."""

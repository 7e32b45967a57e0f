"""Exporting articles and counts to files: CSV, JSON Lines and HTML, written whole or not at all."""

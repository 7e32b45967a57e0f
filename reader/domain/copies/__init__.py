"""Syndicated copies: articles whose bodies are near-identical, grouped by story (no Qt)."""

"""Benchmarks: a generator of realistic article folders and the scale benchmark that times them."""

"""Loading a folder: scanning, the worker pool and the pipeline of batches."""

"""The terminal front end, on the domain layer alone: one module per group of commands."""

"""The per-folder cache: its database file and schema, and the codecs of what it keeps."""

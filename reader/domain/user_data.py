"""Where the reader keeps what the user makes (marks, saved searches): the user data folder."""

from __future__ import annotations

from pathlib import Path

from reader.domain.store.database import APP_NAME


def default_data_dir() -> Path:
    """Return the user data directory of the reader ($XDG_DATA_HOME/arabic-news-reader on Linux).

    Never the article folder (it stays as the crawl left it) and never the cache folder
    (deleting a cache must not lose what the user did).
    """
    # Imported here, as for the cache folder: the domain layer loads fast without it.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

"""Run the terminal front end: python -m reader."""

from reader.cli import main

raise SystemExit(main())

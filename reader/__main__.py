"""Run the terminal front end: python -m reader."""

from reader.cli.main import main

raise SystemExit(main())

"""Start the Arabic news reader: python main.py [FOLDER]."""

from reader.app import main

raise SystemExit(main())

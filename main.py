"""Start the Arabic news reader: python main.py [FOLDER]."""

from reader.start import main

# The guard matters: cold loads parse in spawned worker processes, which re-run this script.
if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the .qm files the reader loads.
# The code's source strings are Arabic; reader_en.ts holds the English UI, and reader_ar.ts
# only the Arabic plural forms of the strings that count things (%n). A string moved to
# another class keeps its translation (scripts/carry_translations.py).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find reader -name '*.py' -not -path '*/__pycache__/*' | sort)
previous=$(mktemp -d)
trap 'rm -rf "$previous"' EXIT
for language in en ar; do
    ts="resources/translations/reader_${language}.ts"
    cp "$ts" "$previous/"
    pyside6-lupdate -source-language ar -target-language "$language" -no-obsolete \
        "${sources[@]}" -ts "$ts"
    python scripts/carry_translations.py "$previous/reader_${language}.ts" "$ts"
    pyside6-lrelease "$ts" -qm "resources/translations/reader_${language}.qm"
done

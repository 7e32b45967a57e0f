#!/usr/bin/env bash
# Refresh the translation sources from the code, then build the .qm files the reader loads.
# The code's source strings are Arabic; reader_en.ts holds the English UI, and reader_ar.ts
# only the Arabic plural forms of the strings that count things (%n).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find reader -name '*.py' -not -path '*/__pycache__/*' | sort)
for language in en ar; do
    pyside6-lupdate -source-language ar -target-language "$language" -no-obsolete \
        "${sources[@]}" -ts "resources/translations/reader_${language}.ts"
    pyside6-lrelease "resources/translations/reader_${language}.ts" \
        -qm "resources/translations/reader_${language}.qm"
done

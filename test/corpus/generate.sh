#!/usr/bin/env bash
# Regenerates every file in test/corpus/files/ and test/corpus/expected.json from test/corpus/trackers.json.
#
# Run it by hand from anywhere (the tests never run it; the generated files are committed):
#
#     bash test/corpus/generate.sh
#
# Needs: Debian's /usr/bin/python3 with openpyxl and xlsxwriter (the python3 first on PATH may be another
# install without them), LibreOffice (soffice) and the repository's node_modules (exceljs, jszip, tsx).
#
# Steps: model.py expands the model (the generated 600-row tracker included) into a temporary build
# directory; one writer per file writes it (openpyxl, XlsxWriter, LibreOffice from flat ODS and from CSV,
# exceljs, and the WPS-style rewrite of the exceljs file); each writer records where it put each row;
# expect.py turns the model's rule-based outcomes and those rows into expected.json; verify.py reads every
# file back with openpyxl and checks each row holds what the model says. Any failure stops the script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PY=/usr/bin/python3
export PYTHONDONTWRITEBYTECODE=1
# JIEBANG_CORPUS_OUT=DIR writes DIR/files/ and DIR/expected.json instead (the test that regenerates the corpus does).
OUT="${JIEBANG_CORPUS_OUT:-$HERE}"
FILES="$OUT/files"
BUILD="$(mktemp -d "${TMPDIR:-/tmp}/jiebang-corpus.XXXXXX")"
trap 'rm -rf "$BUILD"' EXIT

"$PY" -c 'import openpyxl, xlsxwriter' || { echo "generate.sh: $PY needs openpyxl and xlsxwriter (apt-get install python3-openpyxl python3-xlsxwriter)" >&2; exit 2; }
command -v soffice >/dev/null || { echo "generate.sh: LibreOffice (soffice) is needed" >&2; exit 2; }
LIBREOFFICE="$(soffice --version 2>/dev/null | head -n1 | sed -E 's/^(LibreOffice [0-9.]+).*/\1/')"

# A private LibreOffice profile, so a running LibreOffice or another user's profile cannot interfere.
soffice_convert() {
  soffice "-env:UserInstallation=file://$BUILD/lo-profile" --headless "$@" >"$BUILD/soffice.log" 2>&1 || { cat "$BUILD/soffice.log" >&2; return 1; }
}

mkdir -p "$FILES"
rm -f "$FILES"/*.xlsx
"$PY" "$HERE/model.py" expand "$BUILD/model.json"

echo "openpyxl"
"$PY" "$HERE/write_openpyxl.py" "$BUILD"
echo "xlsxwriter"
"$PY" "$HERE/write_xlsxwriter.py" "$BUILD"

echo "libreoffice (flat ODS)"
"$PY" "$HERE/write_fods.py" "$BUILD"
soffice_convert --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$BUILD/lo" "$BUILD/libreoffice-fods.fods"
mv "$BUILD/lo/libreoffice-fods.xlsx" "$FILES/libreoffice-fods.xlsx"

echo "libreoffice (CSV)"
CSV="$("$PY" "$HERE/write_csv.py" "$BUILD")"
# CSV filter options: comma, double quote, UTF-8 (76), from line 1, default column types, zh-CN (2052),
# quoted fields not forced to text, detect special numbers (dates) — as a user's import dialog would have it.
soffice_convert --infilter="CSV:44,34,76,1,,2052,false,true" --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$BUILD/lo" "$CSV"
mv "$BUILD/lo/$(basename "${CSV%.csv}").xlsx" "$FILES/libreoffice-csv.xlsx"

echo "exceljs and the WPS-style rewrite"
(cd "$ROOT" && npx --no-install tsx test/corpus/write_exceljs.ts "$BUILD" && npx --no-install tsx test/corpus/rewrite_wps.ts "$BUILD")

echo "expected.json"
"$PY" "$HERE/expect.py" "$BUILD" "$LIBREOFFICE"
"$PY" "$HERE/verify.py"
ls -l "$FILES"

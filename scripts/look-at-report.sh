#!/usr/bin/env bash
# What the People's Committee will see: the bundled plan's 2025 report as
# xlsx and docx, opened in LibreOffice (headless), printed to PDF, and every
# page turned into a PNG. Needs Debian's libreoffice-calc-nogui,
# libreoffice-writer-nogui and poppler-utils.
# Usage: scripts/look-at-report.sh [OUT_DIR] [PLAN_DIR]
# (default: target/report-look, the bundled plan). Prints one line per file:
# "look-at-report: FILE: N page(s)".
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/report-look}
dir=${2:-plan}
for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "look-at-report: $tool is not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils)" >&2; exit 3; }
done
plan=${PLAN_BIN:-}
if [ -z "$plan" ]; then
  cargo build --quiet
  plan=target/debug/plan
fi
rm -rf "$out" && mkdir -p "$out/png"
# Absolute, for LibreOffice's profile URL.
out=$(cd "$out" && pwd)
for f in xlsx docx; do
  "$plan" --dir "$dir" report --year 2025 --format "$f" --out "$out/report.$f"
  # A private profile, so a running LibreOffice or a first-run dialog never blocks.
  soffice -env:UserInstallation=file://"$out/profile" --headless \
    --convert-to pdf --outdir "$out/pdf-$f" "$out/report.$f" >/dev/null
  pdf="$out/pdf-$f/report.pdf"
  [ -s "$pdf" ] || { echo "look-at-report: LibreOffice made no PDF of report.$f" >&2; exit 1; }
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  pdftoppm -r 60 -png "$pdf" "$out/png/$f"
  echo "look-at-report: report.$f: $pages page(s)"
done

#!/usr/bin/env bash
# What an agency will see: makes the 2025 forms of the bundled plan, opens
# each chosen one in LibreOffice (headless), prints it to PDF and turns every
# page into a PNG. Needs Debian's libreoffice-calc (or -nogui) and
# poppler-utils. Usage: scripts/look-at-forms.sh [OUT_DIR] [AGENCY ...]
# (default: target/forms-look, agencies sxd and stc).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/forms-look}
shift || true
agencies=("$@")
[ ${#agencies[@]} -gt 0 ] || agencies=(sxd stc)
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "look-at-forms: $tool is not installed (apt-get install libreoffice-calc-nogui poppler-utils)" >&2; exit 3; }
done
rm -rf "$out" && mkdir -p "$out/png"
cargo run --quiet -- forms --year 2025 --as-of 2025-12-01 --out-dir "$out/xlsx"
for a in "${agencies[@]}"; do
  # A private profile, so a running LibreOffice or a first-run dialog never blocks.
  soffice -env:UserInstallation=file://"$PWD/$out/profile" --headless \
    --convert-to pdf --outdir "$out/pdf" "$out/xlsx/$a.xlsx" >/dev/null
  pdftoppm -r 80 -png "$out/pdf/$a.pdf" "$out/png/$a"
  pages=$(ls "$out/png/$a"-*.png | wc -l)
  [ "$pages" -ge 2 ] || { echo "look-at-forms: $a.pdf has $pages page(s); a form has a cover and its tasks" >&2; exit 1; }
  echo "look-at-forms: $a: $pages page(s) in $out/png/"
done

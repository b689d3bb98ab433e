#!/usr/bin/env bash
# The December cycle's speed (issue: forms for every agency of the bundled plan
# in under 1 s; 50 filled workbooks imported in under 2 s). Needs hyperfine and
# Python's openpyxl. Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)" >&2; exit 2; }
python3 -c "import openpyxl" 2>/dev/null || { echo "install openpyxl (pip install openpyxl)" >&2; exit 2; }
cargo build --release --quiet
bin=$PWD/target/release/plan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r plan "$work/plan"
cd "$work"
"$bin" forms --year 2025 --as-of 2025-12-01 --out-dir forms >/dev/null
# 50 replies: every form, filled (each task row reported in progress), again
# under other names until there are 50.
python3 - <<'PY'
import datetime, glob, openpyxl, os, shutil
os.makedirs("replies", exist_ok=True)
forms = sorted(glob.glob("forms/*.xlsx"))
for n in range(50):
    src = forms[n % len(forms)]
    wb = openpyxl.load_workbook(src)
    t = wb["Nhiệm vụ"]
    for r in range(2, t.max_row + 1):
        if t.cell(r, 1).value and t.cell(r, 2).value:
            t.cell(r, 6).value = "Đang thực hiện"
            t.cell(r, 7).value = datetime.date(2025, 11, 1 + n % 28)
            t.cell(r, 9).value = f"Khó khăn {n}"
    wb.save(f"replies/{n:02d}-{os.path.basename(src)}")
PY
echo "| step | mean ± σ (s) | min (s) |"
echo "|---|---|---|"
row() {
  python3 -c "import json;r=json.load(open('h.json'))['results'][0];print(f\"| $1 | {r['mean']:.3f} ± {r['stddev']:.3f} | {r['min']:.3f} |\")"
}
hyperfine --warmup 2 --min-runs 10 --style none --export-json h.json \
  "$bin --dir plan forms --year 2025 --as-of 2025-12-01 --out-dir out-forms --force" >/dev/null 2>&1
row "forms for every agency of the bundled plan ($(ls forms | wc -l) workbooks)"
hyperfine --warmup 1 --min-runs 10 --style none --export-json h.json \
  --prepare "rm -rf plan/progress" \
  "$bin --dir plan import replies/*.xlsx --received 2025-12-12" >/dev/null 2>&1
row "import of 50 filled workbooks"

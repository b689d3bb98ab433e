#!/usr/bin/env bash
# Times the whole `plan` binary on generated plans of 1k, 10k and 100k tasks and
# on the bundled plan with hyperfine (Debian package `hyperfine`), each command
# cold (`--no-cache`: every file parsed) and warm (the load cache filled by the
# warm-up runs), and measures peak memory with GNU time. Prints a Markdown
# table for BENCHMARKS.md. The cache is kept in the scratch folder.
# Usage: scripts/bench.sh [OUT.md]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "install hyperfine (apt-get install hyperfine)" >&2; exit 2; }
cargo build --release --quiet --bin plan --example gen_plan --example parse_floor
bin=target/release/plan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PLAN_CACHE_DIR="$work/cache"
unset PLAN_NO_CACHE
out=${1:-/dev/stdout}
{
  echo "| plan | command | cache | mean ± σ (s) | min (s) | peak memory (MB) |"
  echo "|---|---|---|---|---|---|"
  for n in bundled 1000 10000 100000; do
    if [ "$n" = bundled ]; then dir=plan; else dir="$work/gen-$n"; target/release/examples/gen_plan --tasks "$n" --out "$dir" >/dev/null; fi
    cmds=("validate" "overdue --as-of 2026-01-01" "report --year 2025 --format md" "report --year 2025 --format html")
    # The office formats up to 10 000 tasks (the issue's bound is 2 s there).
    if [ "$n" != 100000 ]; then
      cmds+=("report --year 2025 --format xlsx --out $work/r.xlsx" "report --year 2025 --format docx --out $work/r.docx")
    fi
    for cmd in "${cmds[@]}"; do
      for cache in cold warm; do
        flag=""; [ "$cache" = cold ] && flag="--no-cache"
        hyperfine --warmup 2 --min-runs 5 --style none --export-json "$work/h.json" "$bin --dir $dir $flag $cmd > /dev/null" >/dev/null 2>&1
        stats=$(python3 -c "import json;r=json.load(open('$work/h.json'))['results'][0];print(f\"{r['mean']:.3f} ± {r['stddev']:.3f} | {r['min']:.3f}\")")
        mem=$( { /usr/bin/time -f "%M" $bin --dir "$dir" $flag $cmd > /dev/null; } 2>&1 | tail -1)
        echo "| $n | \`plan ${cmd/$work\//}\` | $cache | $stats | $((mem / 1024)) |"
      done
    done
    if [ "$n" != bundled ]; then
      echo "| $n | bare TOML parsing (one core) | | $(target/release/examples/parse_floor "$dir" | sed -n 's/.*toml::from_str \([0-9.]*\)\(m\?s\).*/\1 \2/p') | | |"
    fi
  done
} > "$out"

#!/usr/bin/env bash
# Side by side with Taskwarrior: the same generated tasks (due dates and
# completions) imported into an isolated Taskwarrior, both asked what is
# overdue today; the counts must agree (the script fails if not). Then, in one
# hyperfine run, `task overdue` against `plan overdue`, `plan validate` and
# `plan report` each cold (`--no-cache`: every file parsed) and warm (the load
# cache filled by an earlier run), with each command's peak memory (GNU time)
# and Taskwarrior's time divided by plan's.
# Needs the Debian packages taskwarrior, hyperfine and time.
# Usage: scripts/compare-taskwarrior.sh [TASKS] [OUT.md]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
out=${2:-/dev/stdout}
for tool in task hyperfine python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "install $tool first" >&2; exit 2; }
done
export TZ=UTC
cargo build --release --quiet --bin plan --example gen_plan
bin=$PWD/target/release/plan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/gen_plan --tasks "$n" --out "$work/plan" >/dev/null
# plan's load cache in the scratch folder: the user's own cache is not touched.
export PLAN_CACHE_DIR="$work/cache"
unset PLAN_NO_CACHE
today=$(date +%F)

# Taskwarrior, isolated from the user's own tasks.
export TASKDATA="$work/tw" TASKRC="$work/taskrc"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nnews.version=99.99.99\n' "$TASKDATA" > "$TASKRC"

# The same tasks: a task due on D is overdue from the day after D in plan; in
# Taskwarrior a task is overdue once its due moment has passed, so it gets D+1 00:00.
"$bin" --dir "$work/plan" --no-cache list --format json --as-of "$today" | python3 -c '
import json, sys, datetime
for t in json.load(sys.stdin)["data"]:
    item = {"description": t["id"], "entry": "20220101T000000Z"}
    if "due" in t:
        due = datetime.date.fromisoformat(t["due"]) + datetime.timedelta(days=1)
        item["due"] = due.strftime("%Y%m%dT000000Z")
    if t["status"] in ("done_on_time", "done_late"):
        item["status"] = "completed"
        item["end"] = "20250101T000000Z"
    else:
        item["status"] = "pending"
    print(json.dumps(item))
' > "$work/tasks.json"
task import "$work/tasks.json" >/dev/null 2>&1

tw_count=$(task +OVERDUE count 2>/dev/null)
plan_count=$("$bin" --dir "$work/plan" --no-cache overdue --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["count"])')
warm_count=$("$bin" --dir "$work/plan" overdue --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["count"])')
if [ "$tw_count" != "$plan_count" ] || [ "$warm_count" != "$plan_count" ]; then
  echo "the tools disagree: Taskwarrior lists $tw_count overdue tasks, plan $plan_count (warm: $warm_count)" >&2
  exit 1
fi

# name|command, Taskwarrior first; every plan command once cold, once warm.
cmds=("Taskwarrior $(task --version)|task overdue")
for c in "overdue" "validate" "report --year 2025 --format md"; do
  cmds+=("plan, cold|$bin --dir $work/plan --no-cache $c")
  cmds+=("plan, warm|$bin --dir $work/plan $c")
done
args=()
for c in "${cmds[@]}"; do args+=("${c#*|} > /dev/null"); done
# The warm-up runs fill the cache before the warm commands are timed.
hyperfine --warmup 2 --min-runs 15 --style none --export-json "$work/h.json" "${args[@]}" >/dev/null 2>&1
# A user's first run after a change: no entry for these files, so the plan is
# parsed and the entry written.
first="$bin --dir $work/plan overdue"
hyperfine --warmup 1 --min-runs 10 --style none --prepare "rm -rf $PLAN_CACHE_DIR" \
  --export-json "$work/first.json" "$first > /dev/null" >/dev/null 2>&1
cmds+=("plan, first run (writes the cache)|$first")
: > "$work/mem"
for c in "${cmds[@]}"; do
  case "$c" in *"first run"*) rm -rf "$PLAN_CACHE_DIR" ;; esac
  { /usr/bin/time -f "%M" sh -c "${c#*|} > /dev/null"; } 2>&1 | tail -1 >> "$work/mem"
done
size=$(du -sb "$work/plan" | cut -f1)
python3 - "$work/h.json" "$work/mem" "$n" "$plan_count" "$size" "$(cut -d' ' -f1-3 /proc/loadavg)" "${cmds[@]%%|*}" > "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
r += json.load(open(sys.argv[1].replace("h.json", "first.json")))["results"]
mem = [int(l) for l in open(sys.argv[2]).read().split()]
n, count, size, load = sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
names = sys.argv[7:]
tw, tw_median = r[0]["mean"], r[0]["median"]
# The median beside the mean: on a shared machine a burst of load in some
# runs moves the mean of one command and not another's.
print("| tool | command | mean ± σ (s) | median (s) | min (s) | peak memory (MiB) | memory / input | `task overdue` ÷ this (means) | (medians) |")
print("|---|---|---|---|---|---|---|---|---|")
for name, res, kb in zip(names, r, mem):
    cmd = res["command"].replace(" > /dev/null", "")
    cmd = cmd.split(" --dir ")[0].rsplit("/", 1)[-1] + (" " + cmd.split(" --dir ")[1].split(" ", 1)[1] if " --dir " in cmd else "")
    print(f"| {name} | `{cmd}` | {res['mean']:.3f} ± {res['stddev']:.3f} | {res['median']:.3f} | {res['min']:.3f} | {kb / 1024:.0f} | {kb * 1024 / size:.1f}× | {tw / res['mean']:.1f} | {tw_median / res['median']:.1f} |")
print(f"\n{int(n):,} generated tasks ({size / 1e6:.1f} MB of TOML); both tools list {int(count):,} overdue tasks; load average {load} at the end.")
PY

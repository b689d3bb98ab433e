#!/usr/bin/env bash
# Side by side with Taskwarrior: the same generated tasks (due dates and
# completions) imported into an isolated Taskwarrior, both asked what is
# overdue today; the counts must agree, then both are timed in one hyperfine run.
# Needs the Debian packages taskwarrior and hyperfine.
# Usage: scripts/compare-taskwarrior.sh [TASKS] [OUT.md]   (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
out=${2:-/dev/stdout}
for tool in task hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "install $tool first" >&2; exit 2; }
done
export TZ=UTC
cargo build --release --quiet --example gen_plan
bin=$PWD/target/release/plan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/gen_plan --tasks "$n" --out "$work/plan" >/dev/null
today=$(date +%F)

# Taskwarrior, isolated from the user's own tasks.
export TASKDATA="$work/tw" TASKRC="$work/taskrc"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nnews.version=99.99.99\n' "$TASKDATA" > "$TASKRC"

# The same tasks: a task due on D is overdue from the day after D in plan; in
# Taskwarrior a task is overdue once its due moment has passed, so it gets D+1 00:00.
"$bin" --dir "$work/plan" list --format json --as-of "$today" | python3 -c '
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
plan_count=$("$bin" --dir "$work/plan" overdue --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["count"])')
if [ "$tw_count" != "$plan_count" ]; then
  echo "the tools disagree: Taskwarrior lists $tw_count overdue tasks, plan $plan_count" >&2
  exit 1
fi
hyperfine --warmup 2 --min-runs 10 --style none --export-json "$work/h.json" \
  "task overdue > /dev/null" "$bin --dir $work/plan overdue > /dev/null" >/dev/null 2>&1
python3 - "$work/h.json" "$n" "$plan_count" "$(task --version)" > "$out" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
tw, pl = r[0], r[1]
print(f"| tool | command | mean ± σ (s) | overdue listed |")
print(f"|---|---|---|---|")
print(f"| Taskwarrior {sys.argv[4]} | `task overdue` | {tw['mean']:.3f} ± {tw['stddev']:.3f} | {sys.argv[3]} |")
print(f"| plan | `plan overdue` | {pl['mean']:.3f} ± {pl['stddev']:.3f} | {sys.argv[3]} |")
print(f"\n{sys.argv[2]} generated tasks; `task overdue` / `plan overdue` = {tw['mean'] / pl['mean']:.1f}")
PY

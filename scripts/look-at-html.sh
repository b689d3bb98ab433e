#!/usr/bin/env bash
# Looks at the HTML report in a real browser: renders the bundled plan's and
# the example's 2025 report (Vietnamese, and the example in English too) with
# headless Chromium at 1280 and 390 px wide, and fails on
#   - a script error (the page records one on <html data-script-error>) or a
#     page script that did not finish (<html data-script="ok"> missing);
#   - any console message (a Content Security Policy refusal is one);
#   - any request the page makes (Chromium's network log; the page must make none);
#   - a blank screenshot (all one colour, or nearly);
#   - a task table whose search (without accents) or sorting does not work
#     (a copy of the example's page with a probe script).
# Screenshots, DOM dumps and logs stay in the folder printed at the end.
#
# Usage: scripts/look-at-html.sh [OUT_DIR]      (default target/look-at-html)
# PLAN=path/to/plan uses that binary instead of `cargo run`.
# Needs Chromium (Debian: apt-get install chromium); without it, says so and
# exits 0 having checked nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chrome" ]; then
  echo "look-at-html: SKIPPED, no Chromium found (apt-get install chromium)"
  exit 0
fi
out=${1:-target/look-at-html}
mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ -z "${PLAN:-}" ]; then
  cargo build --quiet
  PLAN=target/debug/plan
fi

# Headless, no sandbox (CI runs as root), and none of Chromium's own
# background traffic, so that every request in the network log is the page's.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  --no-default-browser-check --disable-background-networking
  --disable-component-update --disable-sync --disable-default-apps
  --disable-extensions --disable-breakpad --metrics-recording-only
  --disable-features=Translate,OptimizationHints,MediaRouter,SpellCheck
  --user-data-dir="$out/profile")

pages=("bundled:plan:vi" "example:examples/plan:vi" "example-en:examples/plan:en")
failed=0
for p in "${pages[@]}"; do
  IFS=: read -r name dir lang <<<"$p"
  html="$out/$name.html"
  "$PLAN" --dir "$dir" report --year 2025 --format html --lang "$lang" --out "$html" --force
  for width in 1280 390; do
    height=$([ "$width" = 1280 ] && echo 2000 || echo 1600)
    base="$out/$name-$width"
    timeout 120 "$chrome" "${flags[@]}" --window-size="$width,$height" \
      --screenshot="$base.png" "file://$html" >/dev/null 2>"$base.shot.log" || true
    timeout 120 "$chrome" "${flags[@]}" --window-size="$width,$height" \
      --enable-logging=stderr --v=0 --log-net-log="$base.net.json" \
      --dump-dom "file://$html" >"$base.dom.html" 2>"$base.log" || true
    if ! python3 - "$base" <<'PY'
import json, struct, sys, zlib

base = sys.argv[1]
problems = []

dom = open(base + ".dom.html", encoding="utf-8").read()
start = dom.find("<html")
html_tag = dom[start:dom.find(">", start) + 1] if start >= 0 else ""
if 'data-script-error="' in html_tag:
    problems.append("script error: " + html_tag.split('data-script-error="', 1)[1].split('"', 1)[0])
if 'data-script="ok"' not in html_tag:
    problems.append("the page's script did not finish (no data-script=\"ok\")")
if "<main" not in dom or "<table" not in dom:
    problems.append("no main content in the DOM")

for line in open(base + ".log", encoding="utf-8", errors="replace"):
    if ":CONSOLE" in line:
        problems.append("console: " + line.strip())

try:
    net = json.load(open(base + ".net.json"))
    types = {v: k for k, v in net["constants"]["logEventTypes"].items()}
    for e in net["events"]:
        p = e.get("params", {})
        if types.get(e["type"]) == "URL_REQUEST_START_JOB" and (
            p.get("initiator") == "null" or "file://" in str(p.get("network_isolation_key", ""))
        ):
            problems.append("request by the page: " + str(p.get("url", "?")))
except (OSError, ValueError) as err:
    problems.append(f"no network log: {err}")

def pixels(path):
    """Decodes an 8-bit non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    w, h, depth, colour, _, _, interlace = ihdr
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unexpected PNG: depth {depth}, colour {colour}")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    i = 0
    for _ in range(h):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows

try:
    w, h, bpp, rows = pixels(base + ".png")
    # Every fourth pixel of every fourth row: enough to tell a page from a blank.
    lum = [
        (r[x] * 3 + r[x + 1] * 6 + r[x + 2]) // 10
        for r in rows[::4]
        for x in range(0, w * bpp, 4 * bpp)
    ]
    mean = sum(lum) / len(lum)
    sd = (sum((v - mean) ** 2 for v in lum) / len(lum)) ** 0.5
    dark = sum(1 for v in lum if v < 160) / len(lum)
    if sd < 8 or dark < 0.005:
        problems.append(f"blank screenshot: luminance sd {sd:.1f}, dark share {dark:.4f}")
    else:
        print(f"  {base}.png: {w}x{h}, luminance sd {sd:.1f}, dark share {dark:.3f}")
except (OSError, ValueError, TypeError) as err:
    problems.append(f"no screenshot: {err}")

for p in problems:
    print("  FAIL " + p)
sys.exit(1 if problems else 0)
PY
    then
      failed=1
      echo "look-at-html: $name at $width px FAILED"
    else
      echo "look-at-html: $name at $width px ok"
    fi
  done
done
# The page's script at work: a copy of the example's page without its policy,
# with a probe that searches the task table without accents and sorts it by
# its deadline both ways, and writes what it saw on <html data-probe>.
python3 - "$out/example.html" "$out/probe.html" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
probe = """<script>
(function () {
  var t = document.querySelector('table.data[data-name="tasks"]');
  var shown = function () {
    return Array.prototype.filter.call(t.querySelectorAll("tbody tr"), function (r) {
      return !r.hidden && !r.classList.contains("group-head");
    });
  };
  var out = {all: shown().length};
  var input = t.parentNode.previousSibling.querySelector("input");
  input.value = "so xay dung";
  input.dispatchEvent(new Event("input"));
  out.found = shown().length;
  out.foundAll = shown().every(function (r) { return r.textContent.indexOf("Xây dựng") >= 0; });
  input.value = "";
  input.dispatchEvent(new Event("input"));
  var due = Array.prototype.filter.call(t.tHead.rows[0].cells, function (c) {
    return c.textContent.trim() === "Hạn";
  })[0].querySelector("button");
  var keys = function () {
    return shown().map(function (r) {
      var c = r.cells[due.parentNode.cellIndex];
      return c.getAttribute("data-sort") || "";
    }).filter(function (k) { return k !== ""; });
  };
  due.click();
  out.up = keys();
  due.click();
  out.down = keys();
  // A table of counts fits the page at 1280 px: its headings wrap between
  // words rather than push its last columns out of sight.
  var wrap = document.querySelector('table.data[data-name="summary"]').parentNode;
  out.summaryFits = wrap.scrollWidth <= wrap.clientWidth + 1;
  out.summaryWidths = [wrap.scrollWidth, wrap.clientWidth];
  document.documentElement.setAttribute("data-probe", JSON.stringify(out));
})();
</script></body>"""
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", probe))
PY
timeout 120 "$chrome" "${flags[@]}" --window-size=1280,2000 --dump-dom "file://$out/probe.html" >"$out/probe.dom.html" 2>/dev/null || true
if ! python3 - "$out/probe.dom.html" <<'PY'
import html, json, sys
dom = open(sys.argv[1], encoding="utf-8").read()
start = dom.find("<html")
tag = dom[start:dom.find(">", start) + 1]
if 'data-probe="' not in tag:
    print("  FAIL the probe did not run")
    sys.exit(1)
seen = json.loads(html.unescape(tag.split('data-probe="', 1)[1].split('"', 1)[0]))
problems = []
if not (0 < seen["found"] < seen["all"]) or not seen["foundAll"]:
    problems.append(f"search 'so xay dung' found {seen['found']} of {seen['all']} rows")
# Sorted within each section: the first section's deadlines rise after the
# first click and the order changes with the second.
if seen["up"] == seen["down"] or not seen["up"]:
    problems.append(f"sorting by the deadline changed nothing: {seen['up']}")
if not seen.get("summaryFits"):
    problems.append(f"the summary table is wider than the page at 1280 px (scroll width, width: {seen.get('summaryWidths')})")
for p in problems:
    print("  FAIL " + p)
print(f"  probe: {seen['found']} of {seen['all']} tasks found without accents; deadlines {seen['up'][:3]}… then {seen['down'][:3]}…")
sys.exit(1 if problems else 0)
PY
then
  failed=1
  echo "look-at-html: the page's search and sorting FAILED"
else
  echo "look-at-html: the page's search and sorting ok"
fi
# Printed: the task table spans pages, and its heading row repeats on each
# with its words (Chromium painted a heading's sort button on the first page
# only: a grey band without words on the next). Needs poppler's pdftotext.
if command -v pdftotext >/dev/null; then
  timeout 120 "$chrome" "${flags[@]}" --no-pdf-header-footer \
    --print-to-pdf="$out/bundled.pdf" "file://$out/bundled.html" >/dev/null 2>&1 || true
  first=$(pdftotext -f 2 -l 2 "$out/bundled.pdf" - 2>/dev/null | grep -m1 -v '^[[:space:]]*$' || true)
  if [ "$first" = "ID" ]; then
    echo "look-at-html: printed, the task table's headings repeat on page 2 ok"
  else
    failed=1
    echo "look-at-html: printed, page 2 starts with '$first', not the task table's headings: FAILED"
  fi
else
  echo "look-at-html: pdftotext missing (apt-get install poppler-utils): the printed page was not checked"
fi
echo "look-at-html: screenshots in $out"
exit "$failed"

#!/usr/bin/env bash
# Issue 2 "Speed": `caredesk decide --jsonl` against `jq -c .` on the same
# 200,000 typical requests, with a parse-only floor, timed in one run.
#
#   bash benches/decide_vs_jq.sh [COUNT]      (default 200000)
#
# Needs jq; uses hyperfine when installed (apt-get install hyperfine), else
# bash's `time` (best of 3). Release builds; nothing is written outside /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-200000}"
FILE="${TMPDIR:-/tmp}/caredesk-requests-$N.jsonl"

cargo build --release --quiet --bin caredesk --example gen_requests --example parse_only
BIN=target/release/caredesk
PARSE=target/release/examples/parse_only

if [ ! -s "$FILE" ]; then
  target/release/examples/gen_requests "$N" > "$FILE"
fi

echo "## machine"
echo "nproc: $(nproc)"
free -h | sed -n '1,2p'
grep -m1 'model name' /proc/cpuinfo || true
echo "input: $FILE, $(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1)"
jq --version
echo

# The decide run must actually decide every line (exit 0, one decision each).
"$BIN" decide --jsonl "$FILE" | wc -l | xargs -I{} echo "decide --jsonl wrote {} lines"

JQ="jq -c . < $FILE > /dev/null"
DECIDE="$BIN decide --jsonl $FILE > /dev/null"
WIRE="$PARSE $FILE wire 2> /dev/null"
VALUE="$PARSE $FILE value 2> /dev/null"

if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "${RUNS:-5}" --style basic \
    --export-markdown "${TMPDIR:-/tmp}/caredesk-decide-vs-jq.md" \
    -n "jq -c ." "$JQ" \
    -n "caredesk decide --jsonl" "$DECIDE" \
    -n "parse only: WireRequest (floor)" "$WIRE" \
    -n "parse only: serde_json::Value" "$VALUE"
  echo
  cat "${TMPDIR:-/tmp}/caredesk-decide-vs-jq.md"
else
  TIMEFORMAT='%R'
  for name in JQ DECIDE WIRE VALUE; do
    best=""
    for _ in 1 2 3; do
      t=$( { time bash -c "${!name}" ; } 2>&1 )
      if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$name: ${best}s (best of 3): ${!name}"
  done
fi

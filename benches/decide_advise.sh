#!/usr/bin/env bash
# Issue 9 "Speed": `caredesk decide --jsonl --advise` against `decide --jsonl`
# on the same 200,000 typical requests, timed in one hyperfine run, plus the
# instruction counts of both (callgrind, load-independent) on the first 5,000.
#
#   bash benches/decide_advise.sh [COUNT]      (default 200000)
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-200000}"
FILE="${TMPDIR:-/tmp}/caredesk-requests-$N.jsonl"

cargo build --release --quiet --bin caredesk --example gen_requests
BIN=target/release/caredesk
if [ ! -s "$FILE" ]; then
  target/release/examples/gen_requests "$N" > "$FILE"
fi

echo "## machine"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -m1 'model name' /proc/cpuinfo || true
echo "input: $FILE, $(wc -l < "$FILE") lines"
"$BIN" decide --jsonl --advise "$FILE" | wc -l | xargs -I{} echo "decide --jsonl --advise wrote {} lines"
echo

hyperfine --warmup 1 --runs "${RUNS:-10}" --style basic \
  -n "decide --jsonl" "$BIN decide --jsonl $FILE > /dev/null" \
  -n "decide --jsonl --advise" "$BIN decide --jsonl --advise $FILE > /dev/null"

if command -v valgrind > /dev/null; then
  SMALL="${TMPDIR:-/tmp}/caredesk-requests-5000.jsonl"
  head -5000 "$FILE" > "$SMALL"
  for mode in "" "--advise"; do
    ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$BIN" decide --jsonl $mode "$SMALL" 2>&1 >/dev/null \
      | sed -n 's/.*Collected : //p')
    echo "instructions, 5,000 lines, decide --jsonl $mode: $ir"
  done
fi

#!/usr/bin/env bash
# Issue 16 "Speed": cold start to first frame with the CJK fallback fonts
# available stays within +100 ms of without them. A real window under Xvfb
# (Mesa software GL), all variants in one hyperfine run:
#   - no fallback fonts (CAREDESK_NO_FALLBACK_FONTS=1), exit after frame 1;
#   - fallback fonts found on their thread, exit after frame 1;
#   - fallback fonts, exit after the first frame drawn WITH them (the whole
#     cost of finding, mapping and adding them).
# Each run is a whole process: start, open the database, create the window
# and GL context, draw, close.
#
#   bash benches/cold_start_fonts.sh [RUNS]      (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-20}"
"${CARGO:-cargo}" build --release --quiet --bin caredesk
BIN="$PWD/target/release/caredesk"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
DB="$DIR/desk.sqlite3"
"$BIN" --db "$DB" demo --products 50 --today 2026-11-25 > /dev/null

echo "## machine"
echo "nproc: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -m1 'model name' /proc/cpuinfo || true
fc-list | grep -c -i 'cjk' | xargs echo "CJK faces installed:"

export LIBGL_ALWAYS_SOFTWARE=1 HOME="$DIR" XDG_DATA_HOME="$DIR"
run() { echo "env $1 CAREDESK_EXIT_AFTER_FIRST_FRAME=$2 $BIN --db $DB --staff 'Tomas Technician'"; }
xvfb-run -a -s "-screen 0 1366x768x24" hyperfine --warmup 2 --runs "$RUNS" -N \
  --command-name "no fallback fonts, first frame" "$(run CAREDESK_NO_FALLBACK_FONTS=1 1)" \
  --command-name "fallback fonts, first frame" "$(run CAREDESK_X=1 1)" \
  --command-name "fallback fonts, first frame with them" "$(run CAREDESK_X=1 fonts)"

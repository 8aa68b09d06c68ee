#!/usr/bin/env bash
# The nightly audit: each night's results in a folder of their own (output/runs/YYYY-MM-DD-HHMM),
# output/latest pointing at the newest; the history (H2) shared by all nights so that unchanged
# reports are skipped and index.html can say what changed since the last run.
#   cron:    15 1 * * *  /opt/lk-auditor/scripts/nightly.sh >> /var/log/lk-auditor-cron.log 2>&1
set -euo pipefail
cd "$(dirname "$0")/.."
INPUT=${LK_INPUT:-input}
BASE=${LK_OUTPUT:-output}
run="$BASE/runs/$(date +%Y-%m-%d-%H%M)"
mkdir -p "$run"
scripts/lk-auditor --input="$INPUT" --output="$run" --data="$BASE/.lk-auditor" "$@"
ln -sfn "runs/$(basename "$run")" "$BASE/latest"
echo "hasil: $BASE/latest/index.html"

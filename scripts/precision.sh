#!/usr/bin/env bash
# Precision on real reports: audits CORPUS with verdicts switched off (every finding reported, nothing
# reused: a fresh output and history), then scores the findings against a verdicts file — per rule and
# in total: findings, reviewed true (BENAR), reviewed false (SALAH), unreviewed, precision = true /
# reviewed; the causes of the false alarms (the [CODE] that starts each SALAH note); and per document
# its status, kind of failure, tables and findings. Prints numbers; asserts nothing.
#   usage: scripts/precision.sh [CORPUS=../shared/corpus/real] [VERDICTS=src/test/resources/verdicts/real-corpus.csv]
#   env:   KEEP=DIR keeps the run's output in DIR (default: a temporary folder, removed)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/real}
verdicts=${2:-src/test/resources/verdicts/real-corpus.csv}
[[ -d $corpus ]] || { echo "korpus tidak ada: $corpus" >&2; exit 2; }
[[ -f $verdicts ]] || { echo "berkas verdik tidak ada: $verdicts" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { apt-get update -qq >/dev/null; apt-get install -y -qq python3 >/dev/null; }
if [[ ! -f target/lk-auditor.jar || -n $(find src rules pom.xml -newer target/lk-auditor.jar -type f | head -1) ]]; then
  mvn -q -B -ntp -DskipTests package
fi
out=${KEEP:-$(mktemp -d)}
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$out"' EXIT
rm -rf "$out"; mkdir -p "$out"
start=$(date +%s.%N)
java -jar target/lk-auditor.jar --input="$corpus" --output="$out" --lk.verdicts=false --lk.evidence=false \
  > "$out.log" 2>&1 || { echo "audit gagal (log: $out.log)" >&2; exit 1; }
took=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
python3 scripts/precision.py "$out" "$verdicts" "$took"

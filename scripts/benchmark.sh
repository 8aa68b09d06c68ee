#!/usr/bin/env bash
# Benchmark: audits generated reports (N LKs of 25-55 pages built from the fixture builder, N bare
# 2-4-page fixture LKs, one ~150-page LK) and, when ../shared is beside, the training PDFs copied K
# times (also without evidence images); runs Tabula's own CLI
# extraction (-l -p all -b DIR) over the same folders in the same run and prints documents, pages,
# wall time, pages/s, time per stage, peak RSS and the audit/Tabula ratio.
# The real set (../shared/corpus/real, when beside) is measured first, through both the README's
# `java -jar target/lk-auditor.jar` and the nightly launcher, each beside Tabula in the same run.
#   usage: scripts/benchmark.sh [N=40] [K=20]      env: SETS="real train" limits the sets run
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-40}
K=${2:-20}
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq >/dev/null; apt-get install -y -qq time >/dev/null; }
mvn -q -B -ntp -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
work=$(mktemp -d)
java -cp "target/test-classes:$CP" id.inspektorat.lkauditor.fixtures.BenchmarkCorpus generated "$work/generated" "$N"
java -cp "target/test-classes:$CP" id.inspektorat.lkauditor.fixtures.BenchmarkCorpus fixtures "$work/fixtures" "$N"
sets=()
if [[ -d ../shared/corpus/real ]]; then
  mkdir -p "$work/real"; cp ../shared/corpus/real/*.pdf "$work/real/"
  sets+=(real)
fi
sets+=(generated fixtures)
if [[ -d ../shared/corpus/train ]]; then
  java -cp "target/test-classes:$CP" id.inspektorat.lkauditor.fixtures.BenchmarkCorpus copies "$work/train" "$K" ../shared/corpus/train
  sets+=(train)
fi
single="$work/long"; mkdir -p "$single"; mv "$work/generated/lk-2023-kecamatan-panjang.pdf" "$single/"
sets+=(long)
if [[ -n ${SETS:-} ]]; then
  wanted=(); for s in "${sets[@]}"; do [[ " $SETS " == *" $s "* ]] && wanted+=("$s"); done; sets=("${wanted[@]}")
fi

# the launcher the nightly run uses (its class-data-sharing archive is made by mvn package; made here if missing, not timed)
scripts/lk-auditor --input="$work/none" --output="$work/warmup" > /dev/null 2>&1 || true

printf '\n%-14s %5s %6s %9s %8s %9s %10s %9s %7s\n' set docs pages "audit s" "pages/s" "RSS MB" "tabula s" "tab. MB" ratio
for s in "${sets[@]}"; do
  dir="$work/$s"
  tab="$work/tabula-$s"; mkdir -p "$tab"; cp "$dir"/*.pdf "$tab/"
  /usr/bin/time -f "%e %M" -o "$work/t-tabula" java -Xmx1g -cp "$CP" technology.tabula.CommandLineApp \
    -l -p all -b "$tab" > /dev/null 2>&1
  read -r tw trss < "$work/t-tabula"
  variants=(images)
  [[ "$s" == train ]] && variants+=(no-images)
  [[ "$s" == real ]] && variants=(jar images)
  for v in "${variants[@]}"; do
    extra=(); [[ "$v" == no-images ]] && extra=(--lk.evidence=false)
    run=(scripts/lk-auditor); [[ "$v" == jar ]] && run=(java -jar target/lk-auditor.jar)
    rm -rf "$work/out-$s"
    /usr/bin/time -f "%e %M" -o "$work/t-audit" "${run[@]}" --input="$dir" \
      --output="$work/out-$s" --threads="$(nproc)" "${extra[@]}" > "$work/log-$s.txt" 2>&1 || true
    read -r aw arss < "$work/t-audit"
    docs=$(($(wc -l < "$work/out-$s/documents.csv") - 1))
    pages=$(awk -F';' 'NR==1 {for (i = 1; i <= NF; i++) if ($i == "pages") c = i; next} {p+=$c} END {print p+0}' \
      "$work/out-$s/documents.csv")
    label=$s; [[ "$v" == no-images ]] && label="$s, no images"; [[ "$v" == jar ]] && label="$s, java -jar"
    [[ "$s" == real && "$v" == images ]] && label="$s, launcher"
    printf '%-14s %5d %6d %9.2f %8.1f %9.0f %10.2f %9.0f %7.2f\n' "$label" "$docs" "$pages" "$aw" \
      "$(echo "$pages / $aw" | bc -l)" "$(echo "$arss / 1024" | bc -l)" "$tw" "$(echo "$trss / 1024" | bc -l)" \
      "$(echo "$aw / $tw" | bc -l)"
    grep -o 'Waktu per tahap: .*' "$work/log-$s.txt" | sed "s/^/               /"
    if [[ "$s" == real ]]; then
      # time linear in pages: the shortest and the longest audited document, each on its own line of the log
      grep -oE '\] [^ ]+ — AUDITED: [0-9]+ hlm, .*, [0-9]+ ms \(' "$work/log-$s.txt" \
        | sed -E 's/^\] ([^ ]+) — AUDITED: ([0-9]+) hlm, .*, ([0-9]+) ms \($/\2 \3 \1/' | sort -n \
        | sed -n '1p;$p' | while read -r p ms name; do
            printf '               %4d pages in %6.2f s: %6.1f pages/s  %s\n' "$p" "$(echo "$ms / 1000" | bc -l)" \
              "$(echo "$p * 1000 / $ms" | bc -l)" "$name"
          done
    fi
  done
done
echo "(audit = the whole job via scripts/lk-auditor (or the README's java -jar) incl. JVM and Spring start, H2, rules, CSVs, HTML and"
echo " evidence images unless 'no images'; tabula = its CLI extraction only; RSS = peak)"
rm -rf "$work"

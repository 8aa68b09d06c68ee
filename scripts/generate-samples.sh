#!/usr/bin/env bash
# Regenerates the sample reports in input/ from the test fixture builder
# (src/test/java/.../fixtures/SampleReports.java). Deterministic: unchanged specs give identical PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  id.inspektorat.lkauditor.fixtures.SampleReports input

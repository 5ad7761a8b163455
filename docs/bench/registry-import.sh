#!/usr/bin/env bash
# Measures the serial registry import against the database's own bulk loader (see docs/registry-import.md):
# writes N registry lines to a temporary CSV file, imports it through the application's import code into the
# test database (WARRANTY_TEST_DB_URL, else the warranty_test database on 127.0.0.1, which is dropped and created
# afresh), loads the same file with LOAD DATA LOCAL INFILE into a scratch table, and ends with the line
#   registry import: N rows in S s, R rows/s; LOAD DATA R2 rows/s; ratio P%
# Usage: docs/bench/registry-import.sh [N]   (N defaults to 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
log=target/registry-import-bench.log
mkdir -p target
if ! mvn -B -Dnpm.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=RegistryImportBenchmark \
    -Dbench.rows="${1:-1000000}" verify >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "The benchmark failed; the whole log is in $log" >&2
  exit 1
fi
grep -E '^registry (benchmark|import):' "$log"

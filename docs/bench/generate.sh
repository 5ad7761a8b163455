#!/usr/bin/env bash
# Fills a MySQL/MariaDB database with the bench data set (docs/bench/README.md): drops and re-creates DB, migrates it
# with the portal's Flyway migrations and bulk-loads 10 manufacturers, 20,000 models, 1,000,000 units, 300,000 owners,
# 600,000 registrations and 200,000 claims per 1.0 of SCALE. Usage: docs/bench/generate.sh SCALE [DB]
# Server and login from BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("");
# BENCH_SEED (1) and BENCH_NOW (today 00:00 UTC, e.g. 2026-11-26T00:00:00Z) make a run repeatable.
set -euo pipefail
cd "$(dirname "$0")/../.."
scale="${1:?usage: docs/bench/generate.sh SCALE [DB]}"
db="${2:-warranty_bench}"
url="jdbc:mysql://${BENCH_DB_HOST:-127.0.0.1}:${BENCH_DB_PORT:-3306}/$db"

# The generator lives with the tests (it is no part of the portal); it needs their classes and the portal's
# migrations on the class path, so compile both and ask Maven for the class path once.
mvn -B -q -Dnpm.skip=true test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
args=("$scale" "--db-url=$url" "--db-user=${BENCH_DB_USER:-root}" "--db-password=${BENCH_DB_PASSWORD:-}"
  "--seed=${BENCH_SEED:-1}" --recreate)
if [[ -n "${BENCH_NOW:-}" ]]; then args+=("--now=$BENCH_NOW"); fi
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.warrantyportal.bench.BenchData "${args[@]}"

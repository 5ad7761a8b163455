#!/usr/bin/env bash
# Measures the staff claim queue on the test database (see README, "Test it"): loads N claims (default 200,000 on
# 20,000 models; most closed, the newest 6 % open), then for each filter prints the first page, a page deep into the
# queue and the median page, and the status counts. Usage: docs/bench/queue.sh [CLAIMS] [MODELS]
# The data stays in the test database afterwards (agent bench.agent@example.com, password "violet tractor sings at
# noon"), so the pages can be measured over HTTP with wrk as well.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Dnpm.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=QueueBenchmark \
  -Dbench.claims="${1:-200000}" -Dbench.models="${2:-20000}" verify 2>&1 | grep 'queue benchmark:'

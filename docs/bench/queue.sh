#!/usr/bin/env bash
# Measures the staff claim queue's keyset pagination on the test database (see README, "Test it"):
# inserts N claims on one model, walks every page of 50 and prints page times. Usage: docs/bench/queue.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -Dnpm.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=QueueBenchmark \
  -Dbench.claims="${1:-20000}" verify 2>&1 | grep 'queue benchmark:'

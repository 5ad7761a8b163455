#!/usr/bin/env bash
# Measures how fast the mail outbox empties into a local SMTP server (an in-process GreenMail): queues N mails in the
# test database (WARRANTY_TEST_DB_URL, else the warranty_test database on 127.0.0.1, dropped and created afresh),
# sends them through the portal's outbox code and ends with the line
#   mail outbox: N mails in S s, R mails/s (N received)
# Usage: docs/bench/mail.sh [N]   (N defaults to 5000)
set -euo pipefail
cd "$(dirname "$0")/../.."
log=target/mail-bench.log
mkdir -p target
if ! mvn -B -Dnpm.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MailOutboxBenchmark \
    -Dbench.mails="${1:-5000}" verify >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  echo "The benchmark failed; the whole log is in $log" >&2
  exit 1
fi
grep -E '^mail outbox:' "$log"

#!/usr/bin/env bash
# Measures the portal's pages with wrk on a database filled by docs/bench/generate.sh (see docs/bench/README.md):
# starts the built portal on that database, signs in, runs wrk on each page (a warm-up, then the measured run) and
# prints requests/s, p50, p99, errors, SQL statements per request and the share of GET /login's rate, ending with
# one line per page: "bench PAGE: R req/s, p50 A ms, p99 B ms, P% of login".
#
# Usage: docs/bench/pages.sh [DB]                      (DB defaults to warranty_bench)
#   BENCH_SECONDS (20) measured seconds per page, BENCH_WARMUP (5) warm-up seconds per page (just before its run),
#   BENCH_JIT_WARMUP (10) seconds of load on each page before any is measured (0: none),
#   BENCH_THREADS (2) and BENCH_CONNECTIONS (16) of wrk, BENCH_PAGES (all) the page names to run, e.g. "login queue",
#   BENCH_JAVA_OPTS extra JVM options of the portal, BENCH_BUILD=1 to rebuild the jar even when it looks current,
#   BENCH_JAR a jar to measure instead of the one built from this checkout (an earlier commit's, to compare),
#   BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("") as for generate.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."

db="${1:-warranty_bench}"
seconds="${BENCH_SECONDS:-20}"
warmup="${BENCH_WARMUP:-5}"
threads="${BENCH_THREADS:-2}"
connections="${BENCH_CONNECTIONS:-16}"
pages="${BENCH_PAGES:-login check queue queue-deep staff-claim search reports owner-products owner-claims claim-submit claim-submit-photo}"
db_host="${BENCH_DB_HOST:-127.0.0.1}"
db_port="${BENCH_DB_PORT:-3306}"
password="bench-password-1"          # BenchLogins.PASSWORD
app_db_user="warranty_bench"         # the portal's own database user, so its statements can be counted apart
app_db_password="bench-db-password"
jar="${BENCH_JAR:-target/warranty-portal-0.1.0-SNAPSHOT.jar}"
lua_dir="$(pwd)/docs/bench"

for tool in wrk curl mysql java; do
  command -v "$tool" >/dev/null || { echo "pages.sh needs $tool" >&2; exit 1; }
done
[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "Unusual database name: $db" >&2; exit 1; }

sql() {
  MYSQL_PWD="${BENCH_DB_PASSWORD:-}" mysql -h "$db_host" -P "$db_port" -u "${BENCH_DB_USER:-root}" -N -B \
    -e "$1" "$db"
}

work="$(mktemp -d /tmp/bench-pages.XXXXXX)"
app_pid=""
userstat_before=""
cleanup() {
  if [[ -n "$app_pid" ]]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [[ "$userstat_before" == "0" ]]; then
    sql "SET GLOBAL userstat = 0" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

accounts="$(sql "SELECT COUNT(*) FROM account" 2>/dev/null)" || {
  echo "No bench data in $db: run docs/bench/generate.sh SCALE $db first" >&2; exit 1; }
echo "pages: database $db holds $accounts accounts"

# --- the portal ---------------------------------------------------------------------------------------------------
if [[ -z "${BENCH_JAR:-}" ]] && [[ "${BENCH_BUILD:-0}" == "1" || ! -f "$jar" \
      || -n "$(find src/main frontend-assets/src pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]]; then
  echo "pages: building the portal (mvn -q -DskipTests package)"
  mvn -B -q -DskipTests package
fi
sql "CREATE USER IF NOT EXISTS '$app_db_user'@'%' IDENTIFIED BY '$app_db_password';
     GRANT ALL ON \`$db\`.* TO '$app_db_user'@'%'"
profiles="mysql"
if sql "SELECT VERSION()" | grep -qi mariadb; then profiles="mysql,mariadb"; fi

port=18080
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
started_at="$(sql "SELECT UTC_TIMESTAMP()")"
echo "pages: starting the portal on port $port (profiles $profiles), log in $work/app.log"
# The outbox scheduler is off: there is no SMTP server here, and sending mail is not what the pages cost. All of wrk's
# requests come from one address: the serial check's per-client limit is raised out of reach (it still runs).
SPRING_PROFILES_ACTIVE="$profiles" PORT="$port" WARRANTY_DATA_DIR="$work/data" WARRANTY_BASE_URL="$base" \
  WARRANTY_SECURE_COOKIES=false \
  WARRANTY_DB_URL="jdbc:mysql://$db_host:$db_port/$db?useUnicode=true&characterEncoding=UTF-8" \
  WARRANTY_DB_USER="$app_db_user" WARRANTY_DB_PASSWORD="$app_db_password" \
  java ${BENCH_JAVA_OPTS:-} -jar "$jar" --warranty.mail.scheduler=false --warranty.reports.unit-counts-first=0s \
  --warranty.check.per-minute="${BENCH_CHECK_PER_MINUTE:-100000000}" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  if curl -fs "$base/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "The portal did not start:" >&2; tail -40 "$work/app.log" >&2; exit 1; fi
  sleep 1
done
curl -fs "$base/actuator/health" >/dev/null || { echo "The portal is not healthy after 300 s" >&2; exit 1; }
# The reports' unit counts are recounted soon after start-up (a read of every unit and registration, then 20,000
# rows written): started at once and waited for, so that no page is measured while it runs.
for _ in $(seq 1 300); do
  [[ "$(sql "SELECT COUNT(*) FROM report_model_units WHERE counted_at >= '$started_at'")" != "0" ]] && break
  sleep 1
done
echo "pages: the reports' unit counts recounted after start-up"

# --- statement counting ---------------------------------------------------------------------------------------------
# MariaDB's user statistics count the statements of the portal's own database user only, so other clients of a
# shared server do not count; without them (MySQL) the server-wide Questions counter is used, less the idle rate.
counter="userstat"
userstat_before="$(sql "SELECT @@GLOBAL.userstat" 2>/dev/null || echo none)"
if [[ "$userstat_before" == "none" ]] || ! sql "SET GLOBAL userstat = 1" 2>/dev/null; then
  counter="questions"; userstat_before=""
fi
statements() {  # prints: total selects updates others rows-read
  if [[ "$counter" == "userstat" ]]; then
    sql "SELECT SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS, SELECT_COMMANDS, UPDATE_COMMANDS,
                OTHER_COMMANDS, ROWS_READ FROM information_schema.USER_STATISTICS WHERE USER = '$app_db_user'" \
      | awk 'NF { print; found = 1 } END { if (!found) print "0 0 0 0 0" }'
  else
    sql "SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_select', 'Innodb_rows_read')" \
      | awk '{ v[$1] = $2 } END { print v["Questions"], v["Com_select"], 0, 0, v["Innodb_rows_read"] }'
  fi
}

# --- signing in -----------------------------------------------------------------------------------------------------
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
# The cookies of a curl cookie jar as one Cookie header value ("SESSION=…; XSRF-TOKEN=…"); HttpOnly cookies are the
# lines marked #HttpOnly_, other lines starting with # are comments.
session_of() { awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }
sign_in() {  # sign_in EMAIL -> prints the Cookie header of the signed-in browser
  local jar="$work/$1.cookies" csrf location
  csrf="$(curl -fs -c "$jar" -b "$jar" "$base/login" | csrf_of)"
  location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "email=$1" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")"
  [[ "$location" == */home ]] || { echo "Signing in as $1 failed (redirected to $location)" >&2; exit 1; }
  session_of "$jar"
}
status_of() {  # status_of COOKIE URL -> HTTP status
  curl -s -o /dev/null -w '%{http_code}' ${1:+-H "Cookie: $1"} "$2"
}

products_owner="products.owner@bench.example"   # BenchLogins
claims_owner="claims.owner@bench.example"
agent="agent@bench.example"
supervisor="supervisor@bench.example"
products_session="$(sign_in "$products_owner")"
claims_session="$(sign_in "$claims_owner")"
agent_session="$(sign_in "$agent")"
supervisor_session="$(sign_in "$supervisor")"

# Claims filed by an earlier run are removed, so every run starts from the same data.
sql "CREATE TEMPORARY TABLE bench_old_claim (id BIGINT PRIMARY KEY) AS SELECT c.id FROM claim c
       JOIN account a ON a.id = c.owner_id WHERE a.email LIKE 'filer%@bench.example';
     CREATE TEMPORARY TABLE bench_old_file (id BIGINT PRIMARY KEY) AS SELECT DISTINCT x.file_id AS id
       FROM claim_attachment x JOIN bench_old_claim o ON o.id = x.claim_id;
     DELETE x FROM claim_attachment x JOIN bench_old_claim o ON o.id = x.claim_id;
     DELETE x FROM pending_claim_file x JOIN bench_old_file o ON o.id = x.file_id;
     DELETE x FROM stored_file x JOIN bench_old_file o ON o.id = x.id;
     DELETE x FROM verdict_snapshot x JOIN bench_old_claim o ON o.id = x.claim_id;
     DELETE x FROM claim_event x JOIN bench_old_claim o ON o.id = x.claim_id;
     DELETE x FROM claim x JOIN bench_old_claim o ON o.id = x.id;
     DELETE FROM mail_outbox WHERE recipient LIKE 'filer%@bench.example'"

# --- what the pages ask for (BenchPicks) ----------------------------------------------------------------------------
serial="$(sql "SELECT u.serial_display FROM registration r JOIN unit u ON u.id = r.unit_id
  JOIN account a ON a.id = r.owner_id WHERE a.email = '$products_owner' ORDER BY r.id LIMIT 1")"
claim="$(sql "SELECT c.claim_number FROM claim c JOIN account a ON a.id = c.owner_id
  WHERE a.email = '$claims_owner' AND c.status = 'IN_REVIEW' ORDER BY c.id DESC LIMIT 1")"
open_claims="$(sql "SELECT COUNT(*) FROM claim WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED')")"
# The deep page: halfway down the default queue (open claims, oldest first, 50 a page), reached by its keyset cursor.
(( open_claims > 50 )) || { echo "Too few open claims ($open_claims) for a deep queue page" >&2; exit 1; }
deep_page=$(( (open_claims + 49) / 50 / 2 + 1 ))
cursor="$(sql "SELECT CONCAT(REPLACE(created_at, ' ', 'T'), '~', id) FROM claim
  WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED') ORDER BY created_at, id
  LIMIT 1 OFFSET $(( (deep_page - 1) * 50 - 1 ))")"

failure_date="$(date -u -d yesterday +%F)"
: >"$work/filers.tsv"
for n in $(seq -w 1 16); do
  email="filer$n@bench.example"
  row="$(sql "SELECT r.id, SUBSTRING_INDEX(m.components, ',', 1) FROM registration r JOIN account a ON a.id = r.owner_id
    JOIN unit u ON u.id = r.unit_id JOIN product_model m ON m.id = u.model_id
    WHERE a.email = '$email' AND r.active_unit_id IS NOT NULL AND r.purchase_date < '$failure_date'
    ORDER BY r.id LIMIT 1")"
  [[ -n "$row" ]] || continue
  product="${row%%$'\t'*}"; component="${row#*$'\t'}"
  sign_in "$email" >/dev/null
  # The form sets the CSRF token's cookie; the filer's browser sends it back with the form.
  form="$(curl -fs -b "$work/$email.cookies" -c "$work/$email.cookies" "$base/my/claims/new?product=$product")"
  session="$(session_of "$work/$email.cookies")"
  printf '%s\t%s\t%s\t%s\n' "$session" "$(csrf_of <<<"$form")" "$product" "${component:-other}" >>"$work/filers.tsv"
done
filers="$(wc -l <"$work/filers.tsv")"
filer_ids="SELECT id FROM account WHERE email LIKE 'filer%@bench.example'"

echo "pages: serial $serial, staff claim $claim, $open_claims open claims (deep page $deep_page: after=$cursor)"
echo "pages: $filers filers file the claims; statements counted by $counter"

# The photo of claim-submit-photo: 200 KB that the portal takes for a JPEG (it recognises a file by its first bytes
# and keeps the bytes as they are), random so that nothing on the way can compress it.
photo_file="$work/photo.jpg"
{ printf '\xff\xd8\xff\xe0'; head -c $(( 200 * 1024 - 6 )) /dev/urandom; printf '\xff\xd9'; } >"$photo_file"

# Page name | URL | session cookie | wrk script | photo file
page_line() {
  case "$1" in
    login)          echo "$base/login||" ;;
    check)          echo "$base/check?serial=$serial||" ;;
    queue)          echo "$base/staff/claims|$agent_session|" ;;
    queue-deep)     echo "$base/staff/claims?after=$cursor|$agent_session|" ;;
    staff-claim)    echo "$base/staff/claims/$claim|$agent_session|" ;;
    search)         echo "$base/staff/search?q=$claims_owner|$agent_session|" ;;
    reports)        echo "$base/staff/reports|$supervisor_session|" ;;
    owner-products) echo "$base/my/products|$products_session|" ;;
    owner-claims)   echo "$base/my/claims|$claims_session|" ;;
    claim-submit)   echo "$base/my/claims||wrk-claim.lua|" ;;
    claim-submit-photo) echo "$base/my/claims||wrk-claim.lua|$photo_file" ;;
    *) echo "Unknown page $1" >&2; exit 1 ;;
  esac
}

# --- SQL statements per request -------------------------------------------------------------------------------------
# Counted on a few requests sent one after another on a quiet portal, so that no request in flight blurs the count;
# what a page costs in statements does not depend on how many run at once.
sql_requests="${BENCH_SQL_REQUESTS:-5}"
quiesce() {  # waits until the portal's statement count stands still (in-flight requests done)
  if [[ "$counter" != "userstat" ]]; then sleep 3; return; fi
  local before after
  before="$(statements | cut -d' ' -f1)"
  for _ in $(seq 1 120); do
    sleep 0.5
    after="$(statements | cut -d' ' -f1)"
    [[ "$after" == "$before" ]] && return
    before="$after"
  done
}
description="The unit stopped working without warning. I checked the fuse and the socket, both are fine."
post_claim() {  # post_claim FILERS-LINE TOKEN [PHOTO] -> status, seconds taken and redirect of the answer
  local session csrf product component photo="photos=@/dev/null;filename="
  IFS=$'\t' read -r session csrf product component <<<"$1"
  [[ -n "${3:-}" ]] && photo="photos=@$3;filename=photo.jpg;type=image/jpeg"
  curl -s -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' -H "Cookie: $session" \
    -F "_csrf=$csrf" -F "product=$product" -F "token=$2" -F "failureDate=$failure_date" -F "component=$component" \
    -F "cause=STOPPED_BY_ITSELF" -F "description=$description" -F "$photo" "$base/my/claims"
}
count_sql() {  # count_sql URL COOKIE SCRIPT [PHOTO] -> per request: statements selects updates others rows-read, ms alone
  local s0 sel0 upd0 oth0 rows0 s1 sel1 upd1 oth1 rows1 code took location started ended times=""
  quiesce
  read -r s0 sel0 upd0 oth0 rows0 < <(statements)
  started="$(date +%s.%N)"  # the idle rate applies from this read to the last
  for n in $(seq 1 "$sql_requests"); do
    if [[ -n "$3" ]]; then
      read -r code took location <<<"$(post_claim "$(head -1 "$work/filers.tsv")" "bench-sql-$(date +%s)-$n" "${4:-}")"
      [[ "$code" == 302 && "$location" == */my/claims/WC-* ]] \
        || { echo "Filing a claim answered $code $location" >&2; exit 1; }
    else
      read -r code took < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
        ${2:+-H "Cookie: $2"} "$1")
      [[ "$code" == 200 ]] || { echo "$1 answered $code, not 200" >&2; exit 1; }
    fi
    times+="$took "
  done
  quiesce
  read -r s1 sel1 upd1 oth1 rows1 < <(statements)
  ended="$(date +%s.%N)"
  awk -v n="$sql_requests" -v s=$(( s1 - s0 )) -v sel=$(( sel1 - sel0 )) -v upd=$(( upd1 - upd0 )) \
    -v oth=$(( oth1 - oth0 )) -v rows=$(( rows1 - rows0 )) -v idle="$idle_rate" -v t="$started" -v u="$ended" \
    -v times="$times" 'BEGIN { per = (s - idle * (u - t)) / n; if (per < 0) per = 0
      k = split(times, x, " "); for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (x[j] < x[i]) { v = x[i]; x[i] = x[j]; x[j] = v }
      printf "%.1f %.1f %.1f %.1f %.0f %.0f", per, sel / n, upd / n, oth / n, rows / n, x[int((k + 1) / 2)] * 1000 }'
}

read -r idle_before _ < <(statements)
sleep 5
read -r idle_after _ < <(statements)
idle_rate="$(awk -v a="$idle_before" -v b="$idle_after" 'BEGIN { printf "%.3f", (b - a) / 5 }')"
echo "pages: idle background $idle_rate statements/s (subtracted)"
echo "pages: load before: $(uptime | sed 's/.*load average/load average/')"

# --- the runs -------------------------------------------------------------------------------------------------------
declare -A result
run_wrk() {  # run_wrk SECONDS URL COOKIE SCRIPT [PHOTO] -> wrk output
  local args=(-t"$threads" -c"$connections" -d"$1s" --latency --timeout 60s -s "$lua_dir/${4:-wrk-report.lua}")
  [[ -n "$3" ]] && args+=(-H "Cookie: $3")
  BENCH_LUA_DIR="$lua_dir" BENCH_FILERS="$work/filers.tsv" BENCH_RUN="$(date +%s)" \
    BENCH_FAILURE_DATE="$failure_date" BENCH_PHOTO="${5:-}" wrk "${args[@]}" "$2"
}
# A portal just started runs its code interpreted until the JIT compiler has compiled what is hot, which takes a
# minute or two of traffic on two cores: every page first gets BENCH_JIT_WARMUP seconds (10) of load, so that the
# pages measured first (GET /login, whose rate the others are compared with) are not measured on a cold portal.
jit_warmup="${BENCH_JIT_WARMUP:-10}"
if (( jit_warmup > 0 )); then
  echo "pages: warming the portal up: $jit_warmup s of load on each page"
  for page in $pages; do
    IFS='|' read -r url cookie script photo <<<"$(page_line "$page")"
    run_wrk "$jit_warmup" "$url" "$cookie" "$script" "$photo" >/dev/null
  done
  quiesce
fi
for page in $pages; do
  IFS='|' read -r url cookie script photo <<<"$(page_line "$page")"
  read -r per sel upd oth rows alone <<<"$(count_sql "$url" "$cookie" "$script" "$photo")"
  # A page whose requests take longer than the run completes few of them, and wrk's figures then say little. Such a
  # page runs longer: about four times as long as one request takes when all connections wait on two cores.
  duration="$seconds"
  if [[ "${BENCH_ADAPT:-1}" == 1 ]]; then
    duration="$(awk -v s="$seconds" -v a="$alone" -v c="$connections" -v max="${BENCH_MAX_SECONDS:-180}" \
      'BEGIN { d = int(a / 1000 * c * 2 + 0.999); if (d < s) d = s; if (d > max) d = max; print d }')"
  fi
  run_wrk "$warmup" "$url" "$cookie" "$script" "$photo" >/dev/null
  quiesce
  claims_before="$(sql "SELECT COUNT(*) FROM claim WHERE owner_id IN ($filer_ids)")"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  out="$(run_wrk "$duration" "$url" "$cookie" "$script" "$photo")"
  quiesce
  claims_after="$(sql "SELECT COUNT(*) FROM claim WHERE owner_id IN ($filer_ids)")"
  line="$(grep '^wrk-result' <<<"$out")" || { echo "$out" >&2; exit 1; }
  eval "$(sed 's/^wrk-result //' <<<"$line")"   # requests= duration_us= p50_us= p99_us= status_errors= socket_errors=
  errors=$(( status_errors + socket_errors ))
  note=""
  if [[ -n "$script" ]]; then
    # A refused form answers 200 (the form again), which wrk counts as a success: count the claims made instead.
    made=$(( claims_after - claims_before ))
    errors=$(( errors + (requests > made ? requests - made : 0) ))
    note=" ($made claims filed)"
  elif [[ "$(status_of "$cookie" "$url")" != 200 ]]; then
    echo "$page: $url no longer answers 200 after the run (session lost?)" >&2; exit 1
  fi
  rate="$(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.1f", r / (d / 1e6) }')"
  p50="$(awk -v v="$p50_us" 'BEGIN { printf "%.1f", v / 1000 }')"
  p99="$(awk -v v="$p99_us" 'BEGIN { printf "%.1f", v / 1000 }')"
  result[$page]="$rate $p50 $p99 $errors $per $alone $duration"
  echo "pages: $page (load $load): one request alone $alone ms; $requests requests in $(( duration_us / 1000000 )) s," \
    "$rate req/s, p50 $p50 ms, p99 $p99 ms, $errors errors$note; $per SQL/request ($sel select," \
    "$upd insert/update/delete, $oth other), $rows rows read/request"
  if (( requests < connections )); then
    echo "pages: WARNING $page completed only $requests requests: its figures say little (raise BENCH_MAX_SECONDS)"
  fi
done
echo "pages: load after: $(uptime | sed 's/.*load average/load average/')"

# --- the table and the summary lines --------------------------------------------------------------------------------
share_of() {  # a page's rate as a share of GET /login's, in per cent
  awk -v r="$1" -v l="$login_rate" 'BEGIN {
    if (l <= 0) { print "n/a"; exit }
    p = r / l * 100; format = p < 10 ? "%.1f%%" : "%.0f%%"; printf format, p }'
}
login_rate="$(cut -d' ' -f1 <<<"${result[login]:-0}")"
echo
printf '| %-18s | %9s | %8s | %8s | %6s | %7s | %8s | %8s | %5s |\n' page "req/s" "p50 ms" "p99 ms" errors \
  "SQL/req" "of login" "alone ms" "run s"
printf '|%s|%s:|%s:|%s:|%s:|%s:|%s:|%s:|%s:|\n' -------------------- ---------- --------- --------- ------- -------- \
  --------- --------- ------
for page in $pages; do
  read -r rate p50 p99 errs per alone duration <<<"${result[$page]}"
  printf '| %-18s | %9s | %8s | %8s | %6s | %7s | %8s | %8s | %5s |\n' "$page" "$rate" "$p50" "$p99" "$errs" "$per" \
    "$(share_of "$rate")" "$alone" "$duration"
done
echo
for page in $pages; do
  read -r rate p50 p99 _ <<<"${result[$page]}"
  share="$(share_of "$rate")"
  echo "bench $page: $rate req/s, p50 $p50 ms, p99 $p99 ms, $share of login"
done

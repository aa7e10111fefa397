#!/usr/bin/env bash
# kefu on a large history, one command: builds kefu and the benchmark driver, creates a fresh
# database, starts kefu on it (profile postgres, demo users on) so that Flyway and Camunda
# create the schema and deploy, loads KEFU_BENCH_HISTORY_CASES closed cases with their Camunda
# history (io.kefu.history.HistoryGenerator, run from kefu's jar), creates a few hundred open
# cases through the API, measures an agent's task list, a case by number and a customer's
# history, prints a table and writes target/bench/history.json. See bench/README-performance.md.
#
#   bench/history.sh
#
# Environment (all optional):
#   KEFU_BENCH_PG_HOST/_PORT/_USER/_PASSWORD   PostgreSQL (127.0.0.1, 5432, postgres, empty);
#                                              the user must be allowed to create databases
#   KEFU_BENCH_HISTORY_DB                      database, dropped and created (kefu_history)
#   KEFU_BENCH_HISTORY_CASES                   closed cases to load (1000000)
#   KEFU_BENCH_HISTORY_WORKERS                 generator connections in parallel (2)
#   KEFU_BENCH_HISTORY_OPEN                    open cases created through the API (300)
#   KEFU_BENCH_HISTORY_REQUESTS                requests per figure and client level (1000)
#   KEFU_BENCH_HISTORY_CLIENTS                 client levels (1,4)
#   KEFU_BENCH_JAVA_OPTS                       JVM options of kefu (none: default heap)
#   KEFU_BENCH_KEFU_PORT                       (18080)
#   KEFU_BENCH_SKIP_BUILD=1                    use the jars already built
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/build.sh"

export KEFU_BENCH_KEFU_DB="${KEFU_BENCH_HISTORY_DB:-kefu_history}"
KEFU_PORT="${KEFU_BENCH_KEFU_PORT:-18080}"
export KEFU_BENCH_KEFU_URL="http://127.0.0.1:$KEFU_PORT"
export KEFU_BENCH_HISTORY_OUT="$OUT/history.json"
CASES="${KEFU_BENCH_HISTORY_CASES:-1000000}"
WORKERS="${KEFU_BENCH_HISTORY_WORKERS:-2}"
JAVA_OPTS=(${KEFU_BENCH_JAVA_OPTS:-})

java -jar "$DRIVER" history-prepare

PID=""
cleanup() {
  if [ -n "$PID" ]; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "bench: starting kefu on :$KEFU_PORT (log in $OUT/history-kefu.log)" >&2
(cd "$OUT" && exec env \
  KEFU_DB_HOST="$KEFU_BENCH_PG_HOST" KEFU_DB_PORT="$KEFU_BENCH_PG_PORT" \
  KEFU_DB_NAME="$KEFU_BENCH_KEFU_DB" KEFU_DB_USER="$KEFU_BENCH_PG_USER" \
  KEFU_DB_PASSWORD="$KEFU_BENCH_PG_PASSWORD" KEFU_ADMIN_PASSWORD="$KEFU_BENCH_ADMIN_PASSWORD" \
  java "${JAVA_OPTS[@]}" -jar "$KEFU_JAR" --spring.profiles.active=postgres \
    --kefu.demo.enabled=true --server.port="$KEFU_PORT" \
    --management.health.mail.enabled=false) \
  >"$OUT/history-kefu.log" 2>&1 &
PID=$!
export KEFU_BENCH_KEFU_PID=$PID
java -jar "$DRIVER" history-wait || { tail -30 "$OUT/history-kefu.log" >&2; exit 1; }

# The generator runs in its own JVM from kefu's jar (no Spring context), against the same
# database, while kefu is idle. Camunda's timestamps are local times of kefu's JVM: same zone.
echo "bench: loading $CASES closed cases (log in $OUT/history-generator.log)" >&2
java -cp "$KEFU_JAR" -Dloader.main=io.kefu.history.HistoryGeneratorMain \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --url="jdbc:postgresql://$KEFU_BENCH_PG_HOST:$KEFU_BENCH_PG_PORT/$KEFU_BENCH_KEFU_DB" \
  --user="$KEFU_BENCH_PG_USER" --password="$KEFU_BENCH_PG_PASSWORD" \
  --cases="$CASES" --workers="$WORKERS" 2>&1 | tee "$OUT/history-generator.log" >&2
export KEFU_BENCH_HISTORY_GENERATOR="$(grep '^RESULT ' "$OUT/history-generator.log" | tail -1)"
[ -n "$KEFU_BENCH_HISTORY_GENERATOR" ] || { echo "bench: the generator failed" >&2; exit 1; }

java -jar "$DRIVER" history-run | tee "$OUT/history.md"

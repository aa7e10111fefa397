#!/usr/bin/env bash
# kefu's benchmark, one command: builds kefu and the benchmark, starts kefu (profile postgres,
# demo data on) and a bare Camunda 7.24 engine on fresh databases of the same PostgreSQL server,
# drives both from a separate load-driver process over HTTP, prints one table and writes
# target/bench/results.json. See bench/README-performance.md.
#
#   bench/run.sh
#
# Environment (all optional):
#   KEFU_BENCH_PG_HOST/_PORT/_USER/_PASSWORD   PostgreSQL (127.0.0.1, 5432, postgres, empty);
#                                              the user must be allowed to create databases
#   KEFU_BENCH_KEFU_DB, KEFU_BENCH_BARE_DB     databases, dropped and created (kefu_bench, bare_bench)
#   KEFU_BENCH_SECONDS                         seconds per client level (20)
#   KEFU_BENCH_WARMUP_SECONDS                  minimum warm-up of each application (60); it goes on
#                                              in 10 s windows until the JIT compilers use less than
#   KEFU_BENCH_JIT_QUIET_PERCENT               this share of the process's CPU (5), at most
#   KEFU_BENCH_WARMUP_MAX_SECONDS              this long (300)
#   KEFU_BENCH_CLIENTS                         client levels (1,4,16)
#   KEFU_BENCH_AGENTS, KEFU_BENCH_AGENT_SECONDS  concurrent agents (8) and their time (= SECONDS)
#   KEFU_BENCH_TIMER_CASES                     due SLA timers (5000)
#   KEFU_BENCH_COST_INTAKES                    intakes for the cost figures (200)
#   KEFU_BENCH_KEFU_CONFIG                     extra kefu configuration (bench/kefu-bench.yaml);
#                                              "stock" runs kefu with its own settings only
#   KEFU_BENCH_JAVA_OPTS                       JVM options of both applications (none)
#   KEFU_BENCH_KEFU_JAVA_OPTS                  more JVM options for kefu only (e.g. a JFR recording)
#   KEFU_BENCH_KEFU_PORT, KEFU_BENCH_BARE_PORT (18080, 18081)
#   KEFU_BENCH_SKIP_BUILD=1                    use the jars already built
#   KEFU_BENCH_PHASES                          subset of cost,intake,agents,timers (all), for tuning;
#                                              add "model" (with intake) to measure kefu's own model
#                                              with stand-in beans on a third, bare engine
#   KEFU_BENCH_MODEL_DB, KEFU_BENCH_MODEL_PORT that engine's database and port (model_bench, 18082)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/bench/build.sh"

export KEFU_BENCH_KEFU_DB="${KEFU_BENCH_KEFU_DB:-kefu_bench}"
export KEFU_BENCH_BARE_DB="${KEFU_BENCH_BARE_DB:-bare_bench}"
export KEFU_BENCH_MODEL_DB="${KEFU_BENCH_MODEL_DB:-model_bench}"
KEFU_PORT="${KEFU_BENCH_KEFU_PORT:-18080}"
BARE_PORT="${KEFU_BENCH_BARE_PORT:-18081}"
MODEL_PORT="${KEFU_BENCH_MODEL_PORT:-18082}"
export KEFU_BENCH_KEFU_URL="http://127.0.0.1:$KEFU_PORT"
export KEFU_BENCH_BARE_URL="http://127.0.0.1:$BARE_PORT"
export KEFU_BENCH_MODEL_URL="http://127.0.0.1:$MODEL_PORT"
export KEFU_BENCH_OUT="$OUT/results.json"
KEFU_CONFIG="${KEFU_BENCH_KEFU_CONFIG:-$ROOT/bench/kefu-bench.yaml}"
JAVA_OPTS=(${KEFU_BENCH_JAVA_OPTS:-})
KEFU_JAVA_OPTS=(${KEFU_BENCH_JAVA_OPTS:-} ${KEFU_BENCH_KEFU_JAVA_OPTS:-})

BARE_JAR="$ROOT/bench/bare/target/bare.jar"
SQLCOUNT="$ROOT/bench/sqlcount/target/lib"

java -jar "$DRIVER" prepare-db

KEFU_ARGS=(--spring.profiles.active=postgres --kefu.demo.enabled=true --server.port="$KEFU_PORT")
if [ "$KEFU_CONFIG" = stock ]; then
  export KEFU_BENCH_KEFU_CONFIG_LABEL="stock (kefu's postgres profile)"
else
  KEFU_ARGS+=(--spring.config.additional-location="file:$KEFU_CONFIG")
  export KEFU_BENCH_KEFU_CONFIG_LABEL="postgres profile + ${KEFU_CONFIG#"$ROOT/"}"
fi

PIDS=()
rm -f "$OUT/model.log"
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Both applications run from their own fat jars; PropertiesLauncher adds the statement counter
# (bench/sqlcount + datasource-proxy) to their class path without changing them.
echo "bench: starting kefu on :$KEFU_PORT and the bare engine on :$BARE_PORT (logs in $OUT)" >&2
(cd "$OUT" && exec env \
  KEFU_DB_HOST="$KEFU_BENCH_PG_HOST" KEFU_DB_PORT="$KEFU_BENCH_PG_PORT" \
  KEFU_DB_NAME="$KEFU_BENCH_KEFU_DB" KEFU_DB_USER="$KEFU_BENCH_PG_USER" \
  KEFU_DB_PASSWORD="$KEFU_BENCH_PG_PASSWORD" KEFU_ADMIN_PASSWORD="$KEFU_BENCH_ADMIN_PASSWORD" \
  java "${KEFU_JAVA_OPTS[@]}" -Dloader.path="$SQLCOUNT" -cp "$KEFU_JAR" \
    org.springframework.boot.loader.launch.PropertiesLauncher "${KEFU_ARGS[@]}") \
  >"$OUT/kefu.log" 2>&1 &
PIDS+=($!)
export KEFU_BENCH_KEFU_PID=$!
# start_bare DATABASE PORT LOG [ARGS...]: the bare engine's jar on its own database; sets
# STARTED_PID
start_bare() {
  local db=$1 port=$2 log=$3
  shift 3
  (cd "$OUT" && exec env \
    BARE_DB_HOST="$KEFU_BENCH_PG_HOST" BARE_DB_PORT="$KEFU_BENCH_PG_PORT" \
    BARE_DB_NAME="$db" BARE_DB_USER="$KEFU_BENCH_PG_USER" \
    BARE_DB_PASSWORD="$KEFU_BENCH_PG_PASSWORD" KEFU_MODEL_DIR="$ROOT" \
    java "${JAVA_OPTS[@]}" -Dloader.path="$SQLCOUNT" -cp "$BARE_JAR" \
      org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$port" "$@") \
    >"$OUT/$log" 2>&1 &
  STARTED_PID=$!
  PIDS+=($STARTED_PID)
}
start_bare "$KEFU_BENCH_BARE_DB" "$BARE_PORT" bare.log
export KEFU_BENCH_BARE_PID=$STARTED_PID
case ",${KEFU_BENCH_PHASES:-}," in
  *,model,*)
    # kefu's own model (this checkout's processes/ and forms/, KEFU_MODEL_DIR) with stand-in
    # beans and kefu's engine settings on a third, bare engine: bench/bare, profile kefu-model
    echo "bench: starting kefu's model on a bare engine on :$MODEL_PORT" >&2
    start_bare "$KEFU_BENCH_MODEL_DB" "$MODEL_PORT" model.log --spring.profiles.active=kefu-model
    export KEFU_BENCH_MODEL_PID=$STARTED_PID
    ;;
esac

java -jar "$DRIVER" wait || {
  echo "--- kefu.log" >&2; tail -30 "$OUT/kefu.log" >&2
  echo "--- bare.log" >&2; tail -30 "$OUT/bare.log" >&2
  [ -f "$OUT/model.log" ] && { echo "--- model.log" >&2; tail -30 "$OUT/model.log" >&2; }
  exit 1
}
java -jar "$DRIVER" run | tee "$OUT/results.md"

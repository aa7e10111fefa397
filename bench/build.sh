# Sourced by bench/run.sh and bench/history.sh (needs ROOT): what both share - the output folder
# (OUT), the PostgreSQL server (KEFU_BENCH_PG_*), the administrator and the message corpus of the
# load driver - then checks the tools and builds kefu and the benchmark (bench/) unless
# KEFU_BENCH_SKIP_BUILD=1; sets KEFU_JAR and DRIVER.
OUT="$ROOT/target/bench"
mkdir -p "$OUT"

export KEFU_BENCH_PG_HOST="${KEFU_BENCH_PG_HOST:-127.0.0.1}"
export KEFU_BENCH_PG_PORT="${KEFU_BENCH_PG_PORT:-5432}"
export KEFU_BENCH_PG_USER="${KEFU_BENCH_PG_USER:-postgres}"
export KEFU_BENCH_PG_PASSWORD="${KEFU_BENCH_PG_PASSWORD:-}"
export KEFU_BENCH_ADMIN_USER=admin
export KEFU_BENCH_ADMIN_PASSWORD="${KEFU_BENCH_ADMIN_PASSWORD:-bench-$(date +%s)-$RANDOM$RANDOM}"
export KEFU_BENCH_CORPUS="$ROOT/src/test/resources/triage/labelled-messages.csv"

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 2; }
done

if [ "${KEFU_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "bench: building kefu (mvn -DskipTests package)" >&2
  (cd "$ROOT" && mvn -q -DskipTests package) >"$OUT/build-kefu.log" 2>&1 \
    || { tail -40 "$OUT/build-kefu.log" >&2; exit 1; }
  echo "bench: building the benchmark (bench/)" >&2
  (cd "$ROOT/bench" && mvn -q -DskipTests package) >"$OUT/build-bench.log" 2>&1 \
    || { tail -40 "$OUT/build-bench.log" >&2; exit 1; }
fi
KEFU_JAR="$(ls "$ROOT"/target/kefu-*.jar | grep -v '\.original$' | head -1)"
DRIVER="$ROOT/bench/driver/target/driver.jar"

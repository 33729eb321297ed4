#!/usr/bin/env bash
# live-service's benchmarks (issue 18; not part of ./mvnw verify). Client and servers share the machine.
#
#   live-service/bench/live-bench.sh on-publish [rate=100] [seconds=30]     on_publish p99 (budget ≤ 50 ms)
#   live-service/bench/live-bench.sh viewers [viewers=10000] [leave=1000]   VIEWER_COUNT accuracy and update latency
#   live-service/bench/live-bench.sh chat [viewers=1000] [rate=20] [seconds=30]   chat POST → subscribers' sockets
#   live-service/bench/live-bench.sh all                                      the three, with their defaults, one start-up
#
# Builds in the reactor (nothing is installed into ~/.m2), starts the testkit's embedded PostgreSQL, Kafka and Redis
# (BenchInfrastructure), live-service (API on 18486, ingest callbacks on 18487) and realtime-service (18485), both
# trusting the JWKS the benchmark serves on 18199 (loadtest's LocalTokenIssuer), then runs the loadtest main.
# Everything started here is stopped on exit. JWKS_PORT (18199), API_PORT (18486), INGEST_PORT (18487), WS_PORT (18485)
# move the ports; SKIP_BUILD=1 reuses the jars and classpaths of the previous run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
SCENARIO=${1:?usage: live-bench.sh on-publish|viewers|chat [args]}
shift
WORK=live-service/target/bench
mkdir -p "$WORK"
pids=()
cleanup() {
  for (( i=${#pids[@]}-1; i>=0; i-- )); do
    kill "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT

JWKS_PORT=${JWKS_PORT:-18199}
API_PORT=${API_PORT:-18486}
INGEST_PORT=${INGEST_PORT:-18487}
WS_PORT=${WS_PORT:-18485}
if [[ ${SKIP_BUILD:-} != 1 ]]; then
  ./mvnw -q -o -Ploadtest -pl loadtest,live-service,realtime-service -am package dependency:build-classpath \
    -DskipTests -Djib.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi

rm -f "$WORK/infra.properties"
java -Xmx1g -cp "live-service/target/test-classes:live-service/target/classes:$(cat live-service/target/bench-classpath.txt)" \
  com.xcord.live.bench.BenchInfrastructure "$PWD/$WORK/infra.properties" > "$WORK/infra.log" 2>&1 &
pids+=($!)
until [[ -f $WORK/infra.properties ]]; do kill -0 "${pids[-1]}" || { cat "$WORK/infra.log"; exit 1; }; sleep 1; done
# shellcheck disable=SC1090
source <(sed 's/^/export /' "$WORK/infra.properties")

JWKS=http://localhost:$JWKS_PORT/jwks
java -Xmx512m -jar live-service/target/live-service.jar --server.port=$API_PORT \
  --xcord.live.ingest.callback-port=$INGEST_PORT --spring.datasource.url="$jdbcUrl" --spring.datasource.username="$pgUser" \
  --spring.datasource.password="$pgPassword" --spring.kafka.bootstrap-servers="$kafka" \
  --spring.data.redis.host="$redisHost" --spring.data.redis.port="$redisPort" \
  --xcord.security.jwks-uri=$JWKS --xcord.security.jwks-refetch-interval=1s > "$WORK/live-service.log" 2>&1 &
pids+=($!)
java -Xmx1g -Xms1g -jar realtime-service/target/realtime-service.jar --server.port=$WS_PORT \
  --spring.kafka.bootstrap-servers="$kafka" --spring.data.redis.host="$redisHost" --spring.data.redis.port="$redisPort" \
  --xcord.security.jwks-uri=$JWKS --xcord.security.jwks-refetch-interval=1s > "$WORK/realtime-service.log" 2>&1 &
pids+=($!)
for port in $API_PORT $WS_PORT; do
  until curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; do sleep 1; done
done

CP="loadtest/target/test-classes:$(cat loadtest/target/bench-classpath.txt)"
URLS=(-DjwksPort="$JWKS_PORT" -DapiUrl="http://localhost:$API_PORT" -DingestUrl="http://localhost:$INGEST_PORT"
  -DwsUrl="ws://localhost:$WS_PORT/ws")
run() {
  local scenario=$1
  shift
  echo "=== $scenario $*"
  case "$scenario" in
    on-publish) java -cp "$CP" "${URLS[@]}" -Drate="${1:-100}" -Dseconds="${2:-30}" com.xcord.loadtest.realtime.LiveOnPublishBench ;;
    viewers) java -Xmx2g -cp "$CP" "${URLS[@]}" -Dviewers="${1:-10000}" -Dleave="${2:-1000}" com.xcord.loadtest.realtime.LiveViewersBench ;;
    chat) java -Xmx1g -cp "$CP" "${URLS[@]}" -Dviewers="${1:-1000}" -Drate="${2:-20}" -Dseconds="${3:-30}" com.xcord.loadtest.realtime.LiveChatBench ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
}
if [[ $SCENARIO == all ]]; then
  run on-publish
  run chat
  run viewers
else
  run "$SCENARIO" "$@"
fi

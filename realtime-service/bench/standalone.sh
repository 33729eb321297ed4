# Sourced by fanout.sh and idle-sockets.sh: one realtime-service instance without the rest of the fleet.
# Embedded Kafka + Redis from the testkit (BenchInfrastructure, no Docker needed), the realtime-service jar trusting
# the JWKS that the loadtest benchmarks serve on :18099 (LocalTokenIssuer), and the loadtest module built.
# Everything started here is stopped on exit, newest first; a negative entry in pids is a process group (a Maven
# run and the JVM it forks).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PORT=${PORT:-18085}
WORK=realtime-service/target/bench
mkdir -p "$WORK"
pids=()
cleanup() {
  for (( i=${#pids[@]}-1; i>=0; i-- )); do
    kill -- "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]#-}" 2>/dev/null || true
  done
}
trap cleanup EXIT

# the loadtest module resolves common-events from the local repository: install both, fresh
build() {
  ./mvnw -q -Ploadtest -pl loadtest -am install -DskipTests
  ./mvnw -q -f realtime-service/pom.xml package -DskipTests
  ./mvnw -q -f realtime-service/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$WORK/classpath.txt" >/dev/null
}

# in_background LOG COMMAND...: in a process group of its own, so that cleanup stops what it forks too
in_background() {
  local log=$1
  shift
  setsid "$@" > "$log" 2>&1 &
  pids+=("-$!")
}

# exports kafka, redisHost, redisPort
start_infrastructure() {
  rm -f "$WORK/infra.properties"
  java -Xmx1g -cp "realtime-service/target/test-classes:realtime-service/target/classes:$(cat "$WORK/classpath.txt")" \
    com.xcord.realtime.bench.BenchInfrastructure "$PWD/$WORK/infra.properties" > "$WORK/infra.log" 2>&1 &
  pids+=($!)
  until [[ -f $WORK/infra.properties ]]; do kill -0 "${pids[-1]}" || { cat "$WORK/infra.log"; exit 1; }; sleep 1; done
  # shellcheck disable=SC1090
  source <(sed 's/^/export /' "$WORK/infra.properties")
}

# start_realtime HEAP LOGFILE [extra Spring arguments...]; sets realtime_pid, returns when ready
start_realtime() {
  local heap=$1 log=$2
  shift 2
  java -Xmx"$heap" -Xms"$heap" -jar realtime-service/target/realtime-service.jar --server.port="$PORT" \
    --spring.kafka.bootstrap-servers="$kafka" --spring.data.redis.host="$redisHost" --spring.data.redis.port="$redisPort" \
    --xcord.security.jwks-uri=http://localhost:18099/jwks --xcord.security.jwks-refetch-interval=1s "$@" \
    > "$log" 2>&1 &
  realtime_pid=$!
  pids+=($realtime_pid)
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; do
    kill -0 "$realtime_pid" || { tail -50 "$log"; exit 1; }
    sleep 1
  done
}

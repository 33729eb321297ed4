#!/usr/bin/env bash
# Fan-out (issue 6, DESIGN §9): one message into a channel whose N members are all connected; time until the
# last socket has it.   realtime-service/bench/fanout.sh [members] [messages] [heap]    e.g. 10000 20 512m
# Starts embedded Kafka + Redis (testkit) and realtime-service at -Xmx$heap, then FanoutBench (test scope),
# which publishes the server, channel and memberships, opens the sockets and times each message from the
# Kafka send to every MESSAGE_CREATE frame. Client and server run on the same machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
MEMBERS=${1:-10000}
ROUNDS=${2:-20}
HEAP=${3:-512m}
PORT=${PORT:-18085}
WORK=realtime-service/target/bench
mkdir -p "$WORK"
pids=()
cleanup() { for (( i=${#pids[@]}-1; i>=0; i-- )); do kill "${pids[i]}" 2>/dev/null || true; sleep 1; done; }
trap cleanup EXIT

./mvnw -q -f realtime-service/pom.xml package -DskipTests
./mvnw -q -f realtime-service/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$WORK/classpath.txt" >/dev/null
CP="realtime-service/target/test-classes:realtime-service/target/classes:$(cat "$WORK/classpath.txt")"
rm -f "$WORK/infra.properties"
java -Xmx1g -cp "$CP" com.xcord.realtime.bench.BenchInfrastructure "$PWD/$WORK/infra.properties" > "$WORK/infra.log" 2>&1 &
pids+=($!)
until [[ -f $WORK/infra.properties ]]; do kill -0 "${pids[0]}" || { cat "$WORK/infra.log"; exit 1; }; sleep 1; done
# shellcheck disable=SC1090
source <(sed 's/^/export /' "$WORK/infra.properties")

java -Xmx"$HEAP" -Xms"$HEAP" -jar realtime-service/target/realtime-service.jar --server.port="$PORT" \
  --spring.kafka.bootstrap-servers="$kafka" --spring.data.redis.host="$redisHost" --spring.data.redis.port="$redisPort" \
  --xcord.security.jwks-uri=http://localhost:18099/jwks --xcord.security.jwks-refetch-interval=1s \
  > "$WORK/realtime-fanout.log" 2>&1 &
pids+=($!)
until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null; do sleep 1; done

java -Xmx1g -cp "$CP" com.xcord.realtime.bench.FanoutBench "$kafka" "ws://localhost:$PORT/ws" "$MEMBERS" "$ROUNDS"

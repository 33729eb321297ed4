#!/usr/bin/env bash
# Fan-out (issue 6, DESIGN §9: ≤ 250 ms p95): one message into a channel whose N members are all connected; time
# until the last socket has it.   realtime-service/bench/fanout.sh [members] [messages] [heap]   e.g. 10000 20 512m
# Starts embedded Kafka + Redis and realtime-service at -Xmx$heap (standalone.sh), then loadtest's FanoutBench, which
# publishes the server, channel and memberships to Kafka, opens and identifies a socket per member, and times each
# message from the Kafka send to every MESSAGE_CREATE frame. Client and server share the machine.
source "$(dirname "${BASH_SOURCE[0]}")/standalone.sh"
MEMBERS=${1:-10000}
ROUNDS=${2:-20}
HEAP=${3:-512m}

build
start_infrastructure
start_realtime "$HEAP" "$WORK/realtime-fanout.log"
./mvnw -q -Ploadtest -pl loadtest exec:java -Dexec.mainClass=com.xcord.loadtest.realtime.FanoutBench \
  -Dkafka="$kafka" -DwsUrl="ws://localhost:$PORT/ws" -Dmembers="$MEMBERS" -Drounds="$ROUNDS"

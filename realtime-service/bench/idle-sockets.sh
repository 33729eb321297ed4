#!/usr/bin/env bash
# Idle identified sockets on one realtime-service instance and the memory each costs (issue 6, DESIGN §9: ≥ 20,000
# sockets, ≤ 30 KB each).   realtime-service/bench/idle-sockets.sh [sockets] [heap]      e.g. 8000 512m
# Starts embedded Kafka + Redis and realtime-service at -Xmx$heap, default 512m (standalone.sh), then loadtest's
# Gatling simulation RealtimeIdleSocketsSimulation (tokens and JWKS from LocalTokenIssuer on :18099), waits until
# all sockets are identified, forces a GC and reads heap-after-GC and RSS, compared with the same before.
# Note: one process can hold only `ulimit -n` sockets (20,000 on the machine this was written on, shared by
# Gatling's side too), so the default is below that; the per-socket figure extrapolates.
source "$(dirname "${BASH_SOURCE[0]}")/standalone.sh"
SOCKETS=${1:-8000}
HEAP=${2:-512m}

build
start_infrastructure
start_realtime "$HEAP" "$WORK/realtime.log" --xcord.realtime.rate-limit-frames=100000
server=$realtime_pid

measure() {
  jcmd "$server" GC.run >/dev/null
  sleep 2
  jcmd "$server" GC.run >/dev/null
  heap_kb=$(jcmd "$server" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9)
  rss_kb=$(grep VmRSS "/proc/$server/status" | tr -dc 0-9)
  sockets=$(curl -s "http://localhost:$PORT/actuator/metrics/xcord.realtime.sockets" | grep -o '"value":[0-9.]*' | cut -d: -f2)
  echo "$heap_kb $rss_kb ${sockets:-0}"
}
read -r heap0 rss0 _ < <(measure)
echo "realtime-service at -Xmx$HEAP; baseline: heap after GC ${heap0} KB, RSS ${rss0} KB"

RAMP=$(( SOCKETS / 200 + 5 ))
in_background "$WORK/gatling.log" ./mvnw -q -Ploadtest -pl loadtest gatling:test \
  -Dgatling.simulationClass=com.xcord.loadtest.RealtimeIdleSocketsSimulation \
  -DwsBaseUrl="ws://localhost:$PORT" -Dsockets="$SOCKETS" -DrampSeconds="$RAMP" -DholdSeconds=$(( RAMP + 120 ))
deadline=$(( $(date +%s) + RAMP + 100 ))
while :; do
  n=$(curl -s "http://localhost:$PORT/actuator/metrics/xcord.realtime.sessions" | grep -o '"value":[0-9.]*' | cut -d: -f2 || true)
  n=${n%.*}
  [[ ${n:-0} -ge $SOCKETS || $(date +%s) -ge $deadline ]] && break
  sleep 2
done
read -r heap1 rss1 held < <(measure)
held=${held%.*}
echo "held:     ${held} identified sockets; heap after GC ${heap1} KB, RSS ${rss1} KB"
if [[ ${held:-0} -gt 0 ]]; then
  echo "per socket: heap $(( (heap1 - heap0) * 1024 / held )) bytes, RSS $(( (rss1 - rss0) * 1024 / held )) bytes"
fi

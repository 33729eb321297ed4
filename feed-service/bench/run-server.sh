#!/usr/bin/env bash
# Starts feed-service for the timeline benchmark (see ../BENCHMARKS.md): embedded PostgreSQL,
# Kafka and Redis from the testkit, 1,000,000 seeded posts, port 8182. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
../mvnw -q -f pom.xml test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    com.xcord.feed.timeline.FeedBenchServer "$@"

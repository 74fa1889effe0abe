#!/usr/bin/env bash
# Benchmarks of org.kolmo.numeric: compiled evaluation vs Symja vs hand-written Java, and Monte Carlo throughput
# vs a hand-written loop. Arguments go to the benchmark: --quick (10^4 paths x 10^3 steps), or --paths N --steps N
# (default 10^5 x 10^4, about 5 minutes on 2 cores), --repeat N (Monte Carlo rounds, best of; default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xms1g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.kolmo.bench.NumericBenchmark "$@"

#!/usr/bin/env bash
# Times the homogenization of two 2-slow/2-fast models after start-up, side by side, against the 1 s target:
# slow_fast_2x2.sde (Lim's Result 2.1, both routes; the baseline) and slow_fast_general.sde (outside it, generator
# route). Usage: bench/homogenize.sh [WARMUP] [RUNS] [MODEL...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xss16m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.kolmo.bench.HomogenizeBenchmark "$@"

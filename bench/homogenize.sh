#!/usr/bin/env bash
# Times the homogenization of the 2-slow/2-fast model (polynomial coefficients of degree <= 2) after start-up,
# against the 1 s target. Usage: bench/homogenize.sh [MODEL] [WARMUP] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xss16m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.kolmo.bench.HomogenizeBenchmark "$@"

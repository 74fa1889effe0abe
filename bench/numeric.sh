#!/usr/bin/env bash
# Benchmarks of org.kolmo.numeric: compiled evaluation vs Symja vs hand-written Java, and Monte Carlo throughput
# vs a hand-written loop and, when Debian's python3-numpy is installed, vs NumPy vectorised over paths. Arguments go to the benchmark: --quick (10^4 paths x 10^3 steps), or --paths N --steps N
# (default 10^5 x 10^4, about 5 minutes on 2 cores), --repeat N (Monte Carlo rounds, best of; default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xms1g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.kolmo.bench.NumericBenchmark "$@"

# the NumPy baseline (Debian's python3-numpy), same model, sizes and machine, run right after
numpy_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) numpy_args+=(--paths 10000 --steps 1000) ;;
    --paths|--steps|--repeat) numpy_args+=("$1" "$2"); shift ;;
  esac
  shift
done
if /usr/bin/python3 -c 'import numpy' 2>/dev/null; then
  /usr/bin/python3 bench/numpy_two_state.py "${numpy_args[@]}"
else
  echo "NumPy baseline skipped: install Debian's python3-numpy (apt-get install python3-numpy)"
fi

#!/usr/bin/env bash
# Benchmarks of org.kolmo.numeric: compiled evaluation vs Symja vs hand-written Java, and Monte Carlo throughput
# vs a hand-written loop and, when Debian's python3-numpy is installed, vs NumPy vectorised over paths. Arguments go to the benchmark: --quick (10^4 paths x 10^3 steps), or --paths N --steps N
# (default 10^5 x 10^4, about 5 minutes on 2 cores), --repeat N (Monte Carlo rounds, best of; default 3).
set -euo pipefail
KOLMO_BENCH_JVM="-Xms1g -Xmx2g" "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.kolmo.bench.NumericBenchmark "$@"

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

#!/usr/bin/env bash
# Times the homogenization of two 2-slow/2-fast models after start-up, side by side, against the 1 s target:
# slow_fast_2x2.sde (Lim's Result 2.1, both routes; the baseline) and slow_fast_general.sde (outside it, generator
# route). Usage: bench/homogenize.sh [WARMUP] [RUNS] [MODEL...]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.kolmo.bench.HomogenizeBenchmark "$@"

#!/usr/bin/env bash
# Times the closure of the moment hierarchy of the 3-variable model models/lotka_volterra3.sde at orders 2..6 after
# start-up (the target: under 2 s at order 4); order 2 is the baseline of the growth. Usage:
# bench/closures.sh [WARMUP] [RUNS] [CLOSURE]
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.kolmo.bench.ClosureBenchmark "$@"

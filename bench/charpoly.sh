#!/usr/bin/env bash
# Characteristic polynomial benchmark: Kolmo (Berkowitz over Z[params]) against Symja's
# Together(CharacteristicPolynomial(M, l)) on M of seed 003, eq. (38), then Kolmo alone on random
# 10x10 and 20x20 parametric matrices. Options are passed on: --symja-runs N (0 skips Symja), --iterations N.
# Takes about two minutes, nearly all of it in Symja.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.kolmo.bench.CharPolyBench "$@"

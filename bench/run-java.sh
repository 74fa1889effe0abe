#!/usr/bin/env bash
# Shared by the benchmark scripts: compiles the tests, then runs the benchmark class $1 with the test classpath and
# the JVM options in $KOLMO_BENCH_JVM (default -Xss16m); the remaining arguments go to the benchmark.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
main="$1"
shift
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
# shellcheck disable=SC2086
java ${KOLMO_BENCH_JVM:--Xss16m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@"

#!/usr/bin/env bash
# Sourced by the bench scripts: compiles the test sources and sets `root` (the repository, now the
# working directory) and `test_cp` (compiled classes and the test-scope dependencies).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q test-compile -Dspotless.check.skip=true 1>&2
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp-test.txt 1>&2
test_cp="target/test-classes:target/classes:$(cat target/cp-test.txt)"

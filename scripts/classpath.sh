#!/usr/bin/env bash
# Sourced by the scripts that run a class of this repository with `java -cp` (benchmarks, screenshots).
#   orrery_classpath MODULE SCOPE   prints the class path of MODULE's dependencies in SCOPE (runtime or test)
# It compiles MODULE and the modules it needs in the same Maven run, so their target/classes are
# on the path (not a snapshot another checkout installed in ~/.m2), and it runs online: on a fresh
# machine Maven first downloads the dependency plugin and the dependencies (an offline `-o` run
# fails there). Maven's own output goes to stderr, so $(orrery_classpath ...) captures only the path.
orrery_classpath() {
  local module="$1" scope="${2:-runtime}" out status=0
  out=$(mktemp)
  # test-compile, not compile: the goal resolves every module's test dependencies too, among them
  # the test-jars of modules in this build, which the reactor only has once their tests compiled.
  ./mvnw -B -q -pl "$module" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out" -Dmdep.includeScope="$scope" >&2 || status=$?
  [ "$status" -eq 0 ] && cat "$out"
  rm -f "$out"
  return "$status"
}

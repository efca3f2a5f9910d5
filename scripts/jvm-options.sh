#!/usr/bin/env bash
# Sourced by ./orrery, installers/jpackage.sh and the UI benchmarks: the JVM options the app runs
# with, in one place, so that the installed app is the one the benchmarks measure.
#
# --enable-native-access=ALL-UNNAMED: JavaFX loads its native libraries from the class path; without
# it JDK 24+ warns on every start (and a later JDK will refuse).
#
# -Xms384m: a floor under the heap. Without it G1 shrinks the heap to what a quiet spell needs
# (about 150 MB while the monitor watches 500 runs); the next burst of allocation, a log pouring in,
# then ran with a young collection every 40 ms and concurrent marking back to back, and on a
# two-core machine the FX thread lost frames of 50-80 ms to it (docs/benchmarks.md, "A floor under
# the heap"). 384 MB is what the JVM starts with by default on a 24 GB machine; here it stays.
# On a small machine (or container) whose default heap limit is lower, the JVM raises the limit to
# 384 MB instead of refusing to start (checked with -XX:MaxRAM=512m).
ORRERY_JVM_OPTIONS=(-Xms384m --enable-native-access=ALL-UNNAMED)

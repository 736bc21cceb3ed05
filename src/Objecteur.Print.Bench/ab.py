#!/usr/bin/env python3
"""Two builds (or settings) of a job, run in turns rather than one after the other, so that a
machine whose speed drifts (a shared VM: ±20 % within minutes) slows both alike. Prints, for each
command, the minimum and the median of the wall time and the median CPU time (user + system).

    python3 src/Objecteur.Print.Bench/ab.py RUNS 'ENV=VALUE ...|COMMAND' 'ENV=VALUE ...|COMMAND' ...

Each argument is environment variables (X=1 for none), a bar, then the command (run by the shell).
Example, the previous binary against the new one on the whole kit:

    python3 src/Objecteur.Print.Bench/ab.py 10 'X=1|old/objecteur build --sortie /tmp/a' 'X=1|new/objecteur build --sortie /tmp/b'
"""
import os
import resource
import statistics
import subprocess
import sys
import time

runs, commands = int(sys.argv[1]), sys.argv[2:]
wall = {c: [] for c in commands}
cpu = {c: [] for c in commands}
for _ in range(runs):
    for c in commands:
        variables, command = c.split("|", 1)
        env = dict(os.environ, **dict(v.split("=", 1) for v in variables.split()))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, shell=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall[c].append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[c].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
for c in commands:
    print(f"min {min(wall[c]):.3f} s  median {statistics.median(wall[c]):.3f} s  CPU median {statistics.median(cpu[c]):.3f} s  {c}")

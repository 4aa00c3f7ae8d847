"""
python3-igraph timings for the centrality benchmark, on the edge lists that
bench/centrality.bench.ts writes (one "u v" pair per line). Prints a JSON list
of {file, task, ms (CPU), wallMs, runs} on stdout; the TypeScript script adds the rows to
bench/results/centrality.md when run with --igraph.

Run with the Debian interpreter (python3-igraph 0.10): /usr/bin/python3 bench/igraph_centrality.py <edges.txt>...
Exact betweenness and closeness run up to 10,000 nodes only (as the
JavaScript side does for exact computations).
"""
import json
import statistics
import sys
import time

import igraph as ig


def timed(run, rounds):
    # CPU time of the process, as the JavaScript side measures (the machine is shared).
    cpu, wall = [], []
    for _ in range(rounds):
        c0, t0 = time.process_time(), time.perf_counter()
        run()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
        if cpu[-1] > 20_000:
            break
    return statistics.median(cpu), statistics.median(wall), len(cpu)


results = []
for path in sys.argv[1:]:
    g = ig.Graph.Read_Edgelist(path, directed=False)
    tasks = [
        ('PageRank', lambda: g.pagerank(), 7),
        ('eigenvector', lambda: g.eigenvector_centrality(scale=False), 7),
    ]
    if g.vcount() <= 10_000:
        tasks = [
            ('exact betweenness', lambda: g.betweenness(directed=False), 3),
            ('closeness (exact)', lambda: g.closeness(), 3),
            ('harmonic closeness (exact)', lambda: g.harmonic_centrality(), 3),
        ] + tasks
    for task, run, rounds in tasks:
        ms, wall, runs = timed(run, rounds)
        results.append({'file': path, 'task': task, 'ms': ms, 'wallMs': wall, 'runs': runs})
        print(f'{path} {task}: {ms:.1f} ms ({runs})', file=sys.stderr)
json.dump(results, sys.stdout)

#!/usr/bin/env python3
"""Idea-to-roadmap latency at low load, against a running system (deploy/local/run.sh).

Posts N ideas one after another through the gateway and, for each, polls GET /api/ideas/{id} until its
pipeline status is SCHEDULED (or BACKLOGGED). Reports the POST answer time and the time from the start of
the POST to the first read that shows the roadmap slot. Bounded: N requests, each waiting at most 30 s.

Usage: bench/idea-to-roadmap.py [--gateway http://127.0.0.1:8080] [--count 20]
"""
import argparse
import statistics
import time

from gateway_client import call

IDEA = {"title": "Benchmark idea {n}", "problem": "Measure the pipeline", "team": "bench-{run}",
        "themes": ["customer-experience"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 1,
        "timeCriticality": 8, "riskReduction": 5}




def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()
    run = int(time.time())
    post_ms, roadmap_ms = [], []
    for n in range(args.count):
        idea = {k: (v.format(n=n, run=run) if isinstance(v, str) else v) for k, v in IDEA.items()}
        start = time.perf_counter()
        created = call("POST", args.gateway + "/api/ideas", idea)
        post_ms.append((time.perf_counter() - start) * 1000)
        deadline = start + 30
        while time.perf_counter() < deadline:
            view = call("GET", args.gateway + "/api/ideas/" + created["id"])
            if view["status"] in ("SCHEDULED", "BACKLOGGED"):
                roadmap_ms.append((time.perf_counter() - start) * 1000)
                break
            time.sleep(0.01)
        else:
            raise SystemExit("idea %s did not reach the roadmap within 30 s" % created["id"])
    for name, values in (("POST /api/ideas answered", post_ms), ("POST start to roadmap slot readable", roadmap_ms)):
        values = sorted(values)
        print("%-36s n=%d  p50 %.0f ms  p90 %.0f ms  max %.0f ms" % (
            name, len(values), statistics.median(values), values[int(0.9 * (len(values) - 1))], values[-1]))


if __name__ == "__main__":
    main()

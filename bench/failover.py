#!/usr/bin/env python3
"""Failover of reads, against a running system with two or more instances (deploy/local/run.sh --instances 2).

Submits N ideas through the gateway and waits until every one reads back whole (GET /api/ideas/{id} with no
part unavailable). Then SIGKILLs one instance of each back-end (the last instance: <service>-<k>, from the
run's pid files) and polls every idea through the gateway until all read back whole again. Reports the time
from the kill to the first complete round, and how many reads failed meanwhile. Bounded: N ideas, at most
--limit seconds of polling.

Usage: bench/failover.py [--gateway http://127.0.0.1:8080] [--count 60] [--instances 2] [--limit 120]
"""
import argparse
import os
import signal
import time
import urllib.error

from gateway_client import call

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_DIR = os.path.join(os.environ.get("DATA_DIR", os.path.join(ROOT, ".data")), "run")
IDEA = {"title": "Failover idea {n}", "problem": "Measure failover", "team": "failover",
        "themes": ["customer-experience"], "reach": 5000, "impact": 2, "confidence": 80, "effortWeeks": 1,
        "timeCriticality": 8, "riskReduction": 5}




def whole(gateway, idea_id):
    try:
        view = call("GET", f"{gateway}/api/ideas/{idea_id}", timeout=10)
        return not view.get("unavailable")
    except (urllib.error.URLError, OSError):
        return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", default="http://127.0.0.1:8080")
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--limit", type=float, default=120)
    args = parser.parse_args()

    ids = []
    for n in range(args.count):
        body = {k: (v.format(n=n) if isinstance(v, str) else v) for k, v in IDEA.items()}
        ids.append(call("POST", f"{args.gateway}/api/ideas", body, timeout=10)["id"])
    deadline = time.monotonic() + args.limit
    while not all(whole(args.gateway, i) for i in ids):
        if time.monotonic() > deadline:
            raise SystemExit("ideas did not read back whole before the kill")
        time.sleep(0.2)

    victims = [f"{svc}-{args.instances}" for svc in ("idea-service", "evaluation-service", "roadmap-service")]
    killed_at = time.monotonic()
    for name in victims:
        with open(os.path.join(RUN_DIR, f"{name}.pid")) as f:
            os.kill(int(f.read().strip()), signal.SIGKILL)
    print(f"SIGKILL sent to {', '.join(victims)}")

    failed_reads, rounds = 0, 0
    deadline = killed_at + args.limit
    while time.monotonic() < deadline:
        rounds += 1
        bad = [i for i in ids if not whole(args.gateway, i)]
        failed_reads += len(bad)
        if not bad:
            print(f"all {len(ids)} ideas read back whole {time.monotonic() - killed_at:.2f} s after the SIGKILL "
                  f"(round {rounds}; {failed_reads} reads failed or partial before)")
            return
    raise SystemExit(f"not all ideas readable within {args.limit} s of the kill")


if __name__ == "__main__":
    main()

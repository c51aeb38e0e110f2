#!/usr/bin/env python3
"""Where a JFR recording's sampled allocations come from: shares of the sampled bytes (jdk.ObjectAllocationSample
weights) by class, by allocating frame, and by the innermost project method (io.interven.*, lambdas skipped) on the
stack. The samples are statistical: shares of a few per cent move by a point or two between recordings.

Usage: allocation-sites.py recording.jfr [rows]
"""
import collections
import json
import subprocess
import sys


def samples(recording):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "40", "--events", "jdk.ObjectAllocationSample",
                          recording], check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        values = event["values"]
        frames = [f'{f["method"]["type"]["name"]}.{f["method"]["name"]}'.replace("/", ".")
                  for f in (values.get("stackTrace") or {}).get("frames", [])]
        yield values.get("weight", 0), (values.get("objectClass") or {}).get("name", "?"), frames


def main():
    recording = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    by_class, by_frame, by_project = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for weight, class_name, frames in samples(recording):
        total += weight
        by_class[class_name] += weight
        if frames:
            by_frame[frames[0]] += weight
        project = next((f for f in frames if f.startswith("io.interven.") and "lambda$" not in f), None)
        if project:
            by_project[project] += weight
    print(f"{total / 1e6:.0f} MB sampled")
    for title, counts in (("class", by_class), ("allocating frame", by_frame), ("innermost project method", by_project)):
        print(f"\n{title}:")
        for name, weight in counts.most_common(rows):
            print(f"  {100 * weight / max(total, 1):5.1f}%  {name}")


if __name__ == "__main__":
    main()

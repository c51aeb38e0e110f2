#!/usr/bin/env python3
"""Top costs of a JFR recording: share of execution samples by method, self (the sampled frame) and total (anywhere
on the stack, once per sample), and by the innermost project method (io.interven.*, lambdas skipped) on the stack.

Usage: hot-methods.py recording.jfr [rows] [thread-name-substring]
"""
import collections
import json
import subprocess
import sys


def frames_of(recording, thread_filter):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                          recording], check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        thread = (event["values"].get("sampledThread") or {}).get("javaName") or ""
        if thread_filter and thread_filter not in thread:
            continue
        trace = event["values"].get("stackTrace") or {}
        yield [f'{f["method"]["type"]["name"]}.{f["method"]["name"]}'.replace("/", ".")
               for f in trace.get("frames", [])]


def main():
    recording = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    thread_filter = sys.argv[3] if len(sys.argv) > 3 else ""
    self_counts, total_counts, project_counts = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0
    for frames in frames_of(recording, thread_filter):
        if not frames:
            continue
        samples += 1
        self_counts[frames[0]] += 1
        for method in set(frames):
            total_counts[method] += 1
        project = next((f for f in frames if f.startswith("io.interven.") and "$$Lambda" not in f),
                       "(no project frame)")
        project_counts[project] += 1
    print(f"{samples} samples")
    for title, counts in (("self", self_counts), ("first project frame, self", project_counts),
                          ("total", total_counts)):
        print(f"\n{title}:")
        for method, count in counts.most_common(rows):
            print(f"  {100.0 * count / samples:5.1f}%  {method}")


if __name__ == "__main__":
    main()

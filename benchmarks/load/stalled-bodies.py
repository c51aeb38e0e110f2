#!/usr/bin/env python3
"""Holds COUNT connections open against a running gateway, each having sent a request head that declares a body
and the first bytes of that body, then nothing (a client that stalls its body). Prints how many are still open every
second, for SECONDS, and how many the server answered or closed.

    benchmarks/load/stalled-bodies.py http://127.0.0.1:8080 iv_live_local_dev_key_change_me 1000 40

Run it next to a load generator (see docs/benchmarks.md, "Stalled bodies beside a load"), which measures whether
scans are still answered while the stalls are held.
"""
import selectors
import socket
import sys
import time
from urllib.parse import urlsplit


def main():
    base, key, count, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    url = urlsplit(base)
    head = ("POST /v1/scan HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {key}\r\nContent-Length: 4000\r\n\r\n" + '{"method":"POST",').encode()
    selector = selectors.DefaultSelector()
    opened = 0
    for _ in range(count):
        s = socket.create_connection((url.hostname, url.port or 80))
        s.sendall(head)
        s.setblocking(False)
        selector.register(s, selectors.EVENT_READ)
        opened += 1
    answered = {}
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        for event, _ in selector.select(timeout=1.0):
            s = event.fileobj
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if data.startswith(b"HTTP/1.1 "):
                status = data[9:12].decode()
                answered[status] = answered.get(status, 0) + 1
            selector.unregister(s)
            s.close()
        still = len(selector.get_map())
        print(f"{time.monotonic() - started:6.1f}s open={still} answered={answered}", flush=True)
    print(f"opened={opened} still_open={len(selector.get_map())} answered={answered}")


if __name__ == "__main__":
    main()

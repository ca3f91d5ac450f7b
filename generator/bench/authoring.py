#!/usr/bin/env python3
"""Times site-gen's authoring loop on the synthetic corpus: what an author waits for.

1. a clean build, then a build with nothing changed (site-gen's own figure and the wall time,
   which includes starting the JVM);
2. `site-gen serve`: after its first build, a number of saved edits to one skill, each timed from
   the save to the skill's page on disk holding the edit, with the time serve reports for it.

It is a benchmark, not a test: it is not part of `mvn verify`. See README.md beside this file.
Standard library only.
"""
from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import compare_peers

OWN_TIME = re.compile(r"^site-gen: .* in ([\d.]+) (ms|s)\b")
SERVING = re.compile(r"serving .* at (http://\S+)")
PUBLISHED = re.compile(r"changed: published in (\d+) ms, its search index (\d+) ms later")


def timed_build(sitegen: Path, content: Path, out: Path) -> tuple[float, int]:
    """One build: wall seconds, and the milliseconds site-gen reports for its own work."""
    start = time.perf_counter()
    done = subprocess.run([str(sitegen), "build", "--content", str(content), "--output", str(out)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise compare_peers.BenchError(f"site-gen build failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    own = [round(float(m.group(1)) * (1 if m.group(2) == "ms" else 1000))
           for line in done.stdout.splitlines() if (m := OWN_TIME.match(line))]
    if not own:
        raise compare_peers.BenchError(f"no summary line in site-gen's output:\n{done.stdout[-2000:]}")
    return wall, own[-1]


class Serve:
    """site-gen serve as a child process, its output read line by line."""

    def __init__(self, sitegen: Path, content: Path, out: Path):
        self.process = subprocess.Popen(
            [str(sitegen), "serve", "--port", "0", "--content", str(content), "--output", str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.lines: list[str] = []
        self.arrived = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            with self.arrived:
                self.lines.append(line.rstrip("\n"))
                self.arrived.notify_all()

    def wait_for(self, pattern: re.Pattern, after: int, timeout: float) -> re.Match:
        """The first line from index `after` on that matches, waiting up to `timeout` seconds."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for line in self.lines[after:]:
                    if m := pattern.search(line):
                        return m
                left = deadline - time.monotonic()
                if left <= 0 or self.process.poll() is not None:
                    raise compare_peers.BenchError("serve did not say " + pattern.pattern + ":\n" + "\n".join(self.lines[-20:]))
                self.arrived.wait(left)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def edit_latencies(serve: Serve, skill_file: Path, page: Path, edits: int) -> list[tuple[float, int]]:
    """Saves `edits` edits one after another: for each, seconds from save to page on disk, and serve's own ms."""
    original = skill_file.read_text(encoding="utf-8")
    results = []
    try:
        for edit in range(edits):
            marker = f"Authoring benchmark edit {edit} {time.time_ns()}"
            seen = len(serve.lines)
            start = time.perf_counter()
            skill_file.write_text(original + f"\n{marker}\n", encoding="utf-8")
            deadline = start + 30
            while marker not in read(page):
                if time.perf_counter() > deadline:
                    raise compare_peers.BenchError(f"edit {edit} did not reach {page} in 30 s")
                time.sleep(0.002)
            on_disk = time.perf_counter() - start
            reported = serve.wait_for(PUBLISHED, seen, 30)
            # Let the search index finish, so that the next edit starts from a quiet server.
            time.sleep(0.5)
            results.append((on_disk, int(reported.group(1))))
    finally:
        skill_file.write_text(original, encoding="utf-8")
    return results


def read(page: Path) -> str:
    try:
        return page.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""  # between a rename's two halves on some systems


def summary(values_ms: list[float]) -> str:
    ordered = sorted(values_ms)
    p90 = ordered[max(0, int(round(0.9 * len(ordered))) - 1)]
    return f"median {statistics.median(ordered):.0f} ms, p90 {p90:.0f} ms, max {ordered[-1]:.0f} ms"


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="documents in the corpus (default 1000)")
    parser.add_argument("--edits", type=int, default=10, help="saved edits timed in serve (default 10)")
    parser.add_argument("--generator", type=Path, default=compare_peers.DEFAULT_GENERATOR)
    parser.add_argument("--sitegen", type=Path, default=compare_peers.DEFAULT_SITEGEN)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "site-gen-bench")
    return parser.parse_args(argv)


def main(argv) -> int:
    args = parse_args(argv)
    try:
        if not args.sitegen.is_file() or not args.generator.is_file():
            raise compare_peers.BenchError(f"need {args.sitegen} (build it: {compare_peers.BUILD_JAR}) "
                                           f"and {args.generator} (--generator)")
        args.work.mkdir(parents=True, exist_ok=True)
        content = compare_peers.corpus_for(args.n, args) / "sitegen"
        out = args.work / f"authoring-out-{args.n}"
        compare_peers.remove(out)

        clean_wall, clean_own = timed_build(args.sitegen, content, out)
        rebuild_wall, rebuild_own = timed_build(args.sitegen, content, out)

        slug = compare_peers.skill_slugs(content.parent)[args.n // 2]
        compare_peers.remove(out)
        serve = Serve(args.sitegen, content, out)
        try:
            started = time.perf_counter()
            serve.wait_for(SERVING, 0, 600)
            first_build = time.perf_counter() - started
            time.sleep(1)  # the first build's search index
            edits = edit_latencies(serve, content / "skills" / slug / "SKILL.md", out / "skills" / slug / "index.html", args.edits)
        finally:
            serve.stop()
    except compare_peers.BenchError as e:
        print(f"authoring.py: {e}", file=sys.stderr)
        return 1

    print(f"site-gen authoring loop, N={args.n}, {os.cpu_count()} cores, {args.sitegen}")
    print(f"  clean build:              {clean_wall:.2f} s wall, {clean_own} ms site-gen's own")
    print(f"  no-change rebuild:        {rebuild_wall:.2f} s wall, {rebuild_own} ms site-gen's own")
    print(f"  serve, first build:       {first_build:.2f} s to serving")
    print(f"  serve, save to page on disk, {len(edits)} edits: {summary([e[0] * 1000 for e in edits])}")
    print(f"  serve, its own publish time:          {summary([e[1] for e in edits])}")
    print("  save to page on disk, edit by edit:   " + ", ".join(f"{e[0] * 1000:.0f}" for e in edits) + " ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

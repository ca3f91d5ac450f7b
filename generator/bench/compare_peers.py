#!/usr/bin/env python3
"""Times site-gen against Hugo, MkDocs and Jekyll on the same synthetic corpus.

For each corpus size N it generates the corpus once (with the shared gen_corpus.py, which lays the
same documents out for every tool), then for each tool runs several clean builds from the command
line and reports the median wall time, the peak resident memory, the size of the output, the size
of the search index (raw and gzipped) and site-gen's time divided by the tool's.

It is a benchmark, not a test: it is not part of `mvn verify`. See README.md beside this file.
Standard library only.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_GENERATOR = REPO_ROOT.parent / "shared" / "bench" / "gen_corpus.py"
DEFAULT_SITEGEN = REPO_ROOT / "generator" / "cli" / "site-gen"
BUILD_JAR = "mvn -B -q package -DskipTests -pl generator/core,generator/cli -am"

# Where site-gen's search writes its index, relative to the output folder. site-gen has no search
# yet; when it does, these files are measured, and until then the columns say n/a.
DEFAULT_SITEGEN_SEARCH = "search/*.json"

# MkDocs as generated highlights code in the browser (its theme loads highlight.js), so its build
# would do none of the highlighting work Hugo (Chroma) and Jekyll (Rouge) do. This config, beside
# the generated one, highlights at build time with Pygments instead, drops the browser
# highlighter, and names the search plugin so that search is on whatever the generated config says.
MKDOCS_BENCH_CONFIG = "mkdocs-bench.yml"
MKDOCS_BENCH_YAML = """\
INHERIT: mkdocs.yml
theme:
  name: mkdocs
  highlightjs: false
markdown_extensions:
  - codehilite
plugins:
  - search
"""

# A <pre> block holding a <span class=...>: code that was highlighted when the site was built.
HIGHLIGHTED_CODE = re.compile(r"<pre[^>]*>(?:(?!</pre>).)*?<span class=", re.S)


class BenchError(Exception):
    """Something that stops the benchmark before it measures anything: said plainly, no trace."""


class BuildFailed(Exception):
    """One build exited with an error; the message says which and ends with its output."""


@dataclass(frozen=True)
class Tool:
    name: str
    layout: str  # the generator's folder for this tool, inside the corpus
    command: Callable[[Path, Path, Path], list[str]]  # (source, output, cache) -> argv
    requires: tuple[list[str], ...]  # commands that must succeed; the first prints the version
    remedy: str  # what to do when a requirement fails
    search_glob: str | None = None  # search index files, relative to the output folder
    caches: tuple[str, ...] = ()  # state the tool leaves in its source folder between builds
    rebuild: bool = False  # time a second build into the first one's output, not a clean build


@dataclass
class Run:
    seconds: float
    peak_rss_bytes: int


@dataclass
class Result:
    tool: str
    n: int
    runs: list[Run] = field(default_factory=list)
    output_bytes: int | None = None
    search_bytes: int | None = None
    search_gzip_bytes: int | None = None
    missing_pages: int | None = None
    highlighted: bool | None = None
    error: str | None = None

    @property
    def median_seconds(self) -> float | None:
        return statistics.median(r.seconds for r in self.runs) if self.runs and not self.error else None

    @property
    def peak_rss_bytes(self) -> int | None:
        return max(r.peak_rss_bytes for r in self.runs) if self.runs and not self.error else None


def define_tools(args) -> dict[str, Tool]:
    def sitegen(source, out, cache):
        return [str(args.sitegen), "build", "--content", str(source), "--output", str(out)]

    def hugo(source, out, cache):
        return ["hugo", "--source", str(source), "--destination", str(out), "--cacheDir", str(cache)]

    def mkdocs(source, out, cache):
        return ["mkdocs", "build", "--config-file", str(source / MKDOCS_BENCH_CONFIG), "--site-dir", str(out)]

    def jekyll(source, out, cache):
        return ["jekyll", "build", "--source", str(source), "--destination", str(out)]

    java = dict(layout="sitegen", command=sitegen, requires=([str(args.sitegen), "--version"],),
                remedy=f"install a JDK 17 or later (the launcher runs JAVA_HOME's, else java on the PATH), "
                       f"and build site-gen: cd {REPO_ROOT} && {BUILD_JAR}",
                search_glob=args.sitegen_search)
    tools = [
        Tool("sitegen", **java),
        Tool("sitegen-rebuild", **java, rebuild=True),
        Tool("hugo", layout="hugo", command=hugo, requires=(["hugo", "version"],),
             remedy="install it: apt-get install hugo", caches=("resources",)),
        Tool("mkdocs", layout="mkdocs", command=mkdocs,
             requires=(["mkdocs", "--version"], ["python3", "-c", "import pygments"]),
             remedy="install them: apt-get install mkdocs python3-pygments",
             search_glob="search/search_index.json"),
        Tool("jekyll", layout="jekyll", command=jekyll, requires=(["jekyll", "--version"],),
             remedy="install it: apt-get install jekyll", caches=(".jekyll-cache", ".jekyll-metadata")),
    ]
    return {tool.name: tool for tool in tools}


# ------------------------------------------------------------------------------ preparation

def check_prerequisites(args, tools: list[Tool]) -> dict[str, str]:
    """Fails with every missing piece at once, and how to get it; returns each tool's version."""
    problems = []
    if not args.generator.is_file():
        problems.append(f"corpus generator not found: {args.generator}\n"
                        "  it lives in the shared folder beside the repository (not in the repository); "
                        "pass its path with --generator")
    jar = args.sitegen.parent / "target" / "site-gen.jar"
    if any(t.name.startswith("sitegen") for t in tools) and not jar.is_file():
        problems.append(f"site-gen CLI jar not found: {jar}\n  build it: cd {REPO_ROOT} && {BUILD_JAR}")
    versions = {}
    for tool in tools:
        for i, argv in enumerate(tool.requires):
            try:
                probe = subprocess.run(argv, capture_output=True, text=True)
            except FileNotFoundError:
                probe = None
            if probe is None or probe.returncode != 0:
                problems.append(f"`{' '.join(argv)}` failed: {tool.remedy}")
                break
            if i == 0:
                version_lines = (probe.stdout or probe.stderr).strip().splitlines()
                versions[tool.name] = version_lines[0] if version_lines else "unknown"
    if problems:
        unique = dict.fromkeys(problems)  # sitegen and sitegen-rebuild share their requirements
        raise BenchError("cannot run the benchmark:\n" + "\n".join(f"- {p}" for p in unique))
    return versions


def corpus_for(n: int, args) -> Path:
    """Generates the corpus of n documents, or reuses one the same generator already made in --work."""
    corpus = args.work / f"corpus-{n}"
    stamp = corpus / ".bench-stamp"
    expected = f"{hashlib.sha256(args.generator.read_bytes()).hexdigest()} {n}\n"
    if stamp.is_file() and stamp.read_text() == expected:
        progress(f"N={n}: reusing corpus {corpus}")
    else:
        progress(f"N={n}: generating corpus in {corpus}")
        generated = subprocess.run([sys.executable, str(args.generator), str(n), str(corpus)],
                                   capture_output=True, text=True)
        if generated.returncode != 0:
            raise BenchError(f"corpus generator failed:\n{generated.stderr.strip()}")
        stamp.write_text(expected)
    (corpus / "mkdocs" / MKDOCS_BENCH_CONFIG).write_text(MKDOCS_BENCH_YAML)
    return corpus


def skill_slugs(corpus: Path) -> list[str]:
    return sorted(p.name for p in (corpus / "sitegen" / "skills").iterdir() if p.is_dir())


def remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


# ------------------------------------------------------------------------------ measuring

def run_measured(argv: list[str], log: Path) -> Run:
    """Runs one build, its output and errors into log; wall time and the peak RSS of its process tree."""
    with log.open("wb") as sink:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=sink, stderr=subprocess.STDOUT)
        # wait4 rather than Popen.wait: its rusage carries the peak RSS of the build, and of any
        # process it started and waited for, with no /usr/bin/time to parse.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:])
        raise BuildFailed(f"`{' '.join(argv)}` exited with {process.returncode}; "
                          f"its output is in {log}, ending:\n{tail}")
    return Run(seconds, usage.ru_maxrss * 1024)  # Linux reports ru_maxrss in KiB


def build_once(tool: Tool, source: Path, out: Path, cache: Path, log: Path) -> Run:
    """One timed build: clean (no output, no caches) or, for a rebuild, after an untimed first build."""
    remove(out)
    remove(cache)
    for name in tool.caches:
        remove(source / name)
    argv = tool.command(source, out, cache)
    if tool.rebuild:
        run_measured(argv, log.with_suffix(".first.log"))
    return run_measured(argv, log)


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def search_index_sizes(out: Path, pattern: str | None) -> tuple[int, int] | None:
    """Raw and gzipped (level 9, as a site would precompress them) bytes of the index files, or None."""
    files = sorted(out.glob(pattern)) if pattern else []
    if not files:
        return None
    data = [f.read_bytes() for f in files]
    return sum(map(len, data)), sum(len(gzip.compress(d, 9)) for d in data)


def pages_by_folder(out: Path) -> dict[str, Path]:
    """Every tool here writes a document's page as <slug>/index.html."""
    return {page.parent.name: page for page in out.rglob("index.html")}


def inspect_output(result: Result, tool: Tool, out: Path, slugs: list[str]) -> None:
    result.output_bytes = tree_bytes(out)
    sizes = search_index_sizes(out, tool.search_glob)
    if sizes:
        result.search_bytes, result.search_gzip_bytes = sizes
    pages = pages_by_folder(out)
    result.missing_pages = sum(1 for slug in slugs if slug not in pages)
    if slugs[0] in pages:
        result.highlighted = bool(HIGHLIGHTED_CODE.search(pages[slugs[0]].read_text(errors="replace")))
    if result.missing_pages:
        result.error = f"{result.missing_pages} of {len(slugs)} documents have no page in {out}"


def measure(tool: Tool, n: int, corpus: Path, args) -> Result:
    result = Result(tool.name, n)
    source = corpus / tool.layout
    out = args.work / "out" / f"{tool.name}-{n}"
    cache = args.work / "out" / f"{tool.name}-{n}.cache"
    logs = args.work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    try:
        for i in range(1, args.runs + 1):
            run = build_once(tool, source, out, cache, logs / f"{tool.name}-{n}-run{i}.log")
            result.runs.append(run)
            progress(f"  {tool.name:<16} N={n} run {i}/{args.runs}: {run.seconds:7.2f} s, "
                     f"peak RSS {human_bytes(run.peak_rss_bytes)}")
        inspect_output(result, tool, out, skill_slugs(corpus))
    except BuildFailed as failure:
        result.error = str(failure)
        progress(f"  {tool.name:<16} N={n} FAILED (reported below)")
    if not args.keep:
        remove(out)
        remove(cache)
    return result


# ------------------------------------------------------------------------------ reporting

def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def human_bytes(count: int | None) -> str:
    if count is None:
        return "n/a"
    for unit in ("B", "KiB", "MiB"):
        if count < 1024:
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.2f} GiB"


def sitegen_ratio(result: Result, results: list[Result]) -> str:
    """site-gen's median over this peer's, at the same N: below 1 means site-gen is faster."""
    if result.tool.startswith("sitegen") or result.median_seconds is None:
        return "-"
    ours = next((r.median_seconds for r in results if r.tool == "sitegen" and r.n == result.n), None)
    return "n/a" if ours is None else f"{ours / result.median_seconds:.2f}"


def table(results: list[Result], runs: int) -> str:
    header = ["tool", "N", f"median of {runs}", "peak RSS", "output", "search index",
              "search gzip", "highlighted", "site-gen/tool"]
    rows = []
    for r in results:
        if r.median_seconds is None:
            rows.append([r.tool, str(r.n), "FAILED"] + [""] * (len(header) - 3))
            continue
        highlighted = {True: "yes", False: "no", None: "?"}[r.highlighted]
        rows.append([r.tool, str(r.n), f"{r.median_seconds:.2f} s", human_bytes(r.peak_rss_bytes),
                     human_bytes(r.output_bytes), human_bytes(r.search_bytes),
                     human_bytes(r.search_gzip_bytes), highlighted, sitegen_ratio(r, results)])
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]
    left = {0, 7}  # text columns; numbers align right

    def line(cells):
        cells = [c.ljust(w) if i in left else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(cells).rstrip()

    note = "site-gen/tool: site-gen's median over the tool's at the same N; below 1 means site-gen is faster."
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(row) for row in rows] + ["", note])


def git_commit() -> str:
    head = subprocess.run(["git", "-C", str(REPO_ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    return head.stdout.strip() or "unknown"


def write_json(path: Path, results: list[Result], versions: dict[str, str], args) -> None:
    report = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "versions": versions,
        "runs": args.runs,
        "results": [{
            "tool": r.tool, "n": r.n,
            "median_seconds": r.median_seconds, "peak_rss_bytes": r.peak_rss_bytes,
            "run_seconds": [round(run.seconds, 3) for run in r.runs],
            "output_bytes": r.output_bytes,
            "search_index_bytes": r.search_bytes, "search_index_gzip_bytes": r.search_gzip_bytes,
            "highlighted": r.highlighted, "missing_pages": r.missing_pages, "error": r.error,
        } for r in results],
    }
    path.write_text(json.dumps(report, indent=2) + "\n")


# ------------------------------------------------------------------------------ main

def parse_args(argv: list[str]):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000", help="corpus sizes, comma-separated (default 1000,5000)")
    parser.add_argument("--runs", type=int, default=3, help="clean builds per tool and size; the median is reported")
    parser.add_argument("--tools", default="sitegen,sitegen-rebuild,hugo,mkdocs,jekyll",
                        help="comma-separated, from: sitegen, sitegen-rebuild, hugo, mkdocs, jekyll")
    parser.add_argument("--work", type=Path,
                        help="folder for corpora, outputs and logs; kept, and its corpora reused next time "
                             "(default: a temporary folder, removed at the end unless --keep)")
    parser.add_argument("--keep", action="store_true", help="keep every output and the temporary folder")
    parser.add_argument("--sitegen", type=Path, default=DEFAULT_SITEGEN,
                        help="site-gen's command-line launcher (default: %(default)s); JAVA_HOME chooses its JDK")
    parser.add_argument("--generator", type=Path, default=DEFAULT_GENERATOR,
                        help="gen_corpus.py (default: ../shared/bench/gen_corpus.py from the repository root)")
    parser.add_argument("--sitegen-search", default=DEFAULT_SITEGEN_SEARCH,
                        help="site-gen's search index files, a glob relative to its output (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(s) for s in args.sizes.split(",")]
    except ValueError:
        parser.error(f"--sizes takes whole numbers separated by commas, not {args.sizes!r}")
    if args.runs < 1 or min(args.sizes) < 1:
        parser.error("--runs and every size must be at least 1")
    args.tools = args.tools.split(",")
    args.generator, args.sitegen = args.generator.resolve(), args.sitegen.resolve()
    return parser, args


def main(argv: list[str]) -> int:
    parser, args = parse_args(argv)
    known = define_tools(args)
    unknown = [name for name in args.tools if name not in known]
    if unknown:
        parser.error(f"unknown tool(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    tools = [known[name] for name in args.tools]
    try:
        versions = check_prerequisites(args, tools)
    except BenchError as problem:
        print(f"compare_peers: {problem}", file=sys.stderr)
        return 2

    temporary = args.work is None
    args.work = Path(tempfile.mkdtemp(prefix="site-gen-bench-")) if temporary else args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for n in args.sizes:
            corpus = corpus_for(n, args)
            results += [measure(tool, n, corpus, args) for tool in tools]
    except BenchError as problem:
        print(f"compare_peers: {problem}", file=sys.stderr)
        return 2
    finally:
        # A failed build's log is worth keeping, even in a temporary folder.
        if temporary and not args.keep and not any(r.error for r in results):
            shutil.rmtree(args.work, ignore_errors=True)
        else:
            progress(f"work folder kept: {args.work}")

    print(table(results, args.runs))
    failures = [r for r in results if r.error]
    for r in failures:
        print(f"\n{r.tool} N={r.n}: {r.error}")
    if args.json:
        write_json(args.json, results, versions, args)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

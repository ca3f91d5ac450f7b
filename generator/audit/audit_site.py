#!/usr/bin/env python3
"""Audits a freshly built site the way readers and search engines meet it.

usage: audit_site.py [--content DIR] [--jar PATH] [--work DIR]

1. Builds the content folder with the site-gen command line into WORK/site, published at
   http://127.0.0.1:PORT/repo/ (a project site's base path).
2. Lighthouse (npm `lighthouse`, installed on first use into ~/.cache/site-gen-audit) on the home
   page and a skill page, mobile profile, driving Debian's Chromium: performance, accessibility,
   best practices and SEO must each be at least 95.
3. The CSS and JavaScript each kind of page loads, gzipped, must stay under 50 KB (the search
   index is data, fetched on first use, and not counted).
4. Screenshots of each kind of page in both themes at phone and desktop widths, into
   WORK/screenshots, to look at.

axe-core's accessibility check is also a test (dev.sitegen.browser.AccessibilityTest) and runs
with `mvn verify`. Exit status: 0 when every check passes, 1 when one fails, 2 when a tool is missing.
"""
import argparse
import gzip
import html.parser
import http.server
import json
import os
import pathlib
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import urllib.parse

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
LIGHTHOUSE_VERSION = "12"
LIGHTHOUSE_HOME = pathlib.Path.home() / ".cache" / "site-gen-audit"
MINIMUM_SCORE = 95
BUDGET_BYTES = 50 * 1024
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --disable-quic --no-first-run")


def find_chromium():
    for candidate in (os.environ.get("CHROME_PATH"), "/usr/bin/chromium", "/usr/bin/google-chrome"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def build(jar, content, site, base_url):
    subprocess.run(["java", "-jar", str(jar), "build", "--content", str(content), "--output", str(site),
                    "--base-url", base_url], check=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class Server:
    """Serves the site under /repo/, as GitHub Pages serves a project site; the site may be built later."""

    def __init__(self, site):
        root = pathlib.Path(tempfile.mkdtemp(prefix="site-gen-audit-root"))
        (root / "repo").symlink_to(site)
        handler = lambda *a, **k: QuietHandler(*a, directory=str(root), **k)
        self.httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/repo/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()


def lighthouse_binary():
    binary = LIGHTHOUSE_HOME / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        LIGHTHOUSE_HOME.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(LIGHTHOUSE_HOME),
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True)
    return binary


def lighthouse(url, chromium, report):
    env = dict(os.environ, CHROME_PATH=chromium)
    subprocess.run([str(lighthouse_binary()), url, "--quiet", f"--chrome-flags={CHROME_FLAGS}",
                    "--only-categories=performance,accessibility,best-practices,seo", "--form-factor=mobile",
                    "--output=json", f"--output-path={report}"], check=True, env=env)
    categories = json.loads(pathlib.Path(report).read_text())["categories"]
    return {name: round(category["score"] * 100) for name, category in categories.items()}


class Assets(html.parser.HTMLParser):
    """The stylesheets and scripts a page loads."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def page_weight(site, page):
    parser = Assets()
    parser.feed((site / page).read_text(encoding="utf-8"))
    total = 0
    for url in parser.urls:
        path = urllib.parse.urlparse(url).path
        total += len(gzip.compress((site / page).parent.joinpath(urllib.parse.unquote(path)).resolve().read_bytes(), 9))
    return total


def screenshot(chromium, url, out, width, dark):
    flags = CHROME_FLAGS.split() + [f"--window-size={width},{1600 if width > 500 else 1400}", "--hide-scrollbars",
                                    f"--user-data-dir={tempfile.mkdtemp(prefix='site-gen-audit-profile')}",
                                    f"--screenshot={out}"]
    if dark:
        flags += ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"]
    subprocess.run([chromium] + flags + [url], check=True, capture_output=True)


def pages_to_audit(site):
    """One page of each kind, found in what the build wrote."""
    skills = json.loads((site / "skills.json").read_text())["skills"]
    skill = next((s for s in skills if s["pages"]), skills[0])
    folder = "skills/" + skill["url"].rstrip("/").rsplit("/", 1)[-1]
    kinds = {"home": "index.html", "skill": folder + "/index.html"}
    if skill["pages"]:
        kinds["reference"] = folder + "/" + skill["pages"][0]["url"].rsplit(folder + "/", 1)[-1] + "index.html"
    optional = {"history": folder + "/history/index.html", "library": "libraries/index.html",
                "search": "search/index.html", "tags": "tags/index.html"}
    for kind, page in optional.items():
        if (site / page).exists():
            kinds[kind] = page
    changes = sorted((site / folder / "history").glob("*/index.html")) if (site / folder / "history").exists() else []
    if changes:
        kinds["changes"] = str(changes[-1].relative_to(site))
    return kinds


def main():
    args = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    args.add_argument("--content", type=pathlib.Path, default=REPOSITORY / "content")
    args.add_argument("--jar", type=pathlib.Path, default=REPOSITORY / "generator/cli/target/site-gen.jar")
    args.add_argument("--work", type=pathlib.Path, help="where the site, reports and screenshots go (default: a new temporary folder)")
    options = args.parse_args()

    chromium = find_chromium()
    missing = [what for what, ok in (("Chromium (apt-get install chromium)", chromium),
                                     ("npm (apt-get install npm)", shutil.which("npm")),
                                     ("java", shutil.which("java")),
                                     (f"the site-gen jar at {options.jar} (mvn install -DskipTests)", options.jar.exists())) if not ok]
    if missing:
        print("missing: " + "; ".join(missing), file=sys.stderr)
        return 2

    work = options.work or pathlib.Path(tempfile.mkdtemp(prefix="site-gen-audit"))
    site = work / "site"
    if site.exists():
        shutil.rmtree(site)
    failed = False
    # The server starts first: the build needs its address for the base URL.
    server = Server(site)
    try:
        build(options.jar, options.content, site, server.base)
        kinds = pages_to_audit(site)

        print("\nLighthouse, mobile (each category must be at least %d):" % MINIMUM_SCORE)
        for kind in ("home", "skill"):
            scores = lighthouse(server.base + kinds[kind], chromium, work / f"lighthouse-{kind}.json")
            ok = all(score >= MINIMUM_SCORE for score in scores.values())
            failed |= not ok
            print(f"  {kind:10} " + "  ".join(f"{name} {score}" for name, score in scores.items()) + ("" if ok else "  FAIL"))

        print("\nCSS and JavaScript per page, gzipped (budget %d KB, search index excluded):" % (BUDGET_BYTES // 1024))
        for kind, page in kinds.items():
            weight = page_weight(site, page)
            failed |= weight >= BUDGET_BYTES
            print(f"  {kind:10} {weight / 1024:6.1f} KB  {page}" + ("" if weight < BUDGET_BYTES else "  FAIL"))

        shots = work / "screenshots"
        shots.mkdir(exist_ok=True)
        for kind, page in kinds.items():
            for theme in ("light", "dark"):
                for width in (390, 1280):
                    screenshot(chromium, server.base + page, shots / f"{kind}-{theme}-{width}.png", width, theme == "dark")
        print(f"\nScreenshots of each kind of page, both themes, phone and desktop: {shots}")
    finally:
        server.close()
    print(f"\nReports and the site are in {work}.")
    print("\n" + ("FAILED" if failed else "All checks passed."))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Polling benchmark: scraper vs a minimal httpx loop vs urlwatch, on 1,000 local pages.

One fast server process serves 1,000 article pages of about 100 KB and one RSS feed per host
on 50 loopback addresses (127.0.0.1 to 127.0.0.50, one "host" each, 20 articles apiece).
Each contender runs as its own process, three ways:

  cold        an empty database: every page new (scraper: full extraction)
  unchanged   warm, nothing changed: every request a 304
  changed     warm, 10% of the pages changed

and we report the median wall time of --runs runs, the peak RSS of the process, and for
scraper the database growth per request of an unchanged poll. urlwatch is installed into its
own virtual environment under --work the first time (pip needs PyPI).

Usage: python3 bench/poll.py [--runs 3] [--work /tmp/scraper-bench] [--skip-urlwatch]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HOSTS = 50
PER_HOST = 20
PORT = 18080
ROOT = Path(__file__).resolve().parents[1]
SHOWS = ["All of Us Are Dead", "Squid Game", "Bridgerton", "Severance", "The Witcher"]


# -- the site -----------------------------------------------------------------------------


def page(host: int, index: int, version: int) -> bytes:
    """A real-size news page: furniture, inline scripts and styles, and a 12-paragraph story."""
    rng = random.Random(host * 1000 + index)
    show = SHOWS[(host + index) % len(SHOWS)]
    nav = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(120))
    related = "".join(
        f'<li><a href="/news/related-{host}-{n}">Related story number {n} about TV</a></li>'
        for n in range(80)
    )
    script = "var x=" + json.dumps([rng.random() for _ in range(2500)]) + ";"
    style = "".join(f".c{n}{{margin:{n}px;padding:{n % 7}px}}" for n in range(900))
    paragraphs = [
        f"{show} season 2 is in production, the streamer said on Monday (version {version}).",
        f"The second season of {show} will premiere on Netflix on March {1 + index % 27}, 2027.",
        *(" ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "." for _ in range(10)),
    ]
    story = "".join(f"<p>{text}</p>" for text in paragraphs)
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{show} news {index}</title>"
        f"<style>{style}</style><script>{script}</script></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article>"
        f"<h1>{show}: season 2 news {host}-{index}</h1>"
        f"<time datetime='2026-11-23'>23 November 2026</time>{story}</article>"
        f"<aside><ul>{related}</ul></aside></main><footer>(c) Bench News</footer></body></html>"
    )
    return html.encode()


_TEXT = (
    "the series returns with new episodes after a long wait and fans have been asking about"
    " cast filming schedule producers writers director streamer network premiere trailer"
)
WORDS = _TEXT.split()


def feed(host: int) -> bytes:
    items = "".join(
        f"<item><title>Story {host}-{i}</title><link>http://127.0.0.{host}:{PORT}/news/{i}</link>"
        f"<guid>bench-{host}-{i}</guid><pubDate>Mon, 23 Nov 2026 09:30:00 GMT</pubDate></item>"
        for i in range(PER_HOST)
    )
    return f"<rss version='2.0'><channel><title>Host {host}</title>{items}</channel></rss>".encode()


class Site(asyncio.Protocol):
    """HTTP/1.1 with keep-alive and ETag / If-None-Match; nothing else."""

    pages: dict[tuple[int, str], tuple[bytes, str, bytes]] = {}
    changed = False

    def __init__(self, host: int) -> None:
        self.host = host
        self.buffer = b""

    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {
                k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])
            }
            self.answer(path, headers)

    def answer(self, path: str, headers: dict[str, str]) -> None:
        if path.startswith("/__change"):
            Site.changed = path.endswith("=1")
            return self.send(200, b"ok", "text/plain", None)
        key = (self.host, path)
        if Site.changed and (self.host, path + "#changed") in Site.pages:
            key = (self.host, path + "#changed")
        found = Site.pages.get(key)
        if found is None:
            return self.send(404, b"not found", "text/plain", None)
        body, ctype, etag = found
        if headers.get("if-none-match") == etag.decode():
            return self.send(304, b"", None, etag)
        self.send(200, body, ctype, etag)

    def send(self, status: int, body: bytes, ctype: str | None, etag: bytes | None) -> None:
        reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
        head = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
        if ctype:
            head.append(f"Content-Type: {ctype}")
        if etag:
            head.append(f"ETag: {etag.decode()}")
        self.transport.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)


def serve() -> None:
    def etag(body: bytes) -> bytes:
        return b'"' + hashlib.sha1(body).hexdigest()[:16].encode() + b'"'

    for host in range(1, HOSTS + 1):
        body = feed(host)
        Site.pages[(host, "/feed.xml")] = (body, "application/rss+xml", etag(body))
        for i in range(PER_HOST):
            body = page(host, i, 1)
            Site.pages[(host, f"/news/{i}")] = (body, "text/html; charset=utf-8", etag(body))
            if (host * PER_HOST + i) % 10 == 0:  # 10% of the pages change
                body = page(host, i, 2)
                changed = (body, "text/html; charset=utf-8", etag(body))
                Site.pages[(host, f"/news/{i}#changed")] = changed

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for host in range(1, HOSTS + 1):
            await loop.create_server(lambda h=host: Site(h), f"127.0.0.{host}", PORT)
        print("ready", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# -- contenders ---------------------------------------------------------------------------

ALL_URLS = [f"http://127.0.0.{h}:{PORT}/feed.xml" for h in range(1, HOSTS + 1)] + [
    f"http://127.0.0.{h}:{PORT}/news/{i}" for h in range(1, HOSTS + 1) for i in range(PER_HOST)
]

HTTPX_LOOP = """
import asyncio, json, sys, httpx
urls, state_path, concurrency = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
try:
    state = json.load(open(state_path))
except FileNotFoundError:
    state = {}
async def main():
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=concurrency)) as client:
        async def one(url):
            headers = {"If-None-Match": state[url]} if url in state else {}
            async with limit:
                response = await client.get(url, headers=headers)
            if response.status_code == 200 and "etag" in response.headers:
                state[url] = response.headers["etag"]
        await asyncio.gather(*(one(url) for url in urls))
asyncio.run(main())
json.dump(state, open(state_path, "w"))
"""

# The same loop with one client (one connection pool) per host, sharing one TLS context, and
# 304s read to their end so their connections are reused: httpcore's pool scans every
# connection it holds for every waiting request, so one pool for 50 hosts' keep-alive
# connections costs more per request than opening a new connection each time.
HTTPX_PER_HOST_LOOP = """
import asyncio, json, sys, httpx
urls, state_path, concurrency = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
try:
    state = json.load(open(state_path))
except FileNotFoundError:
    state = {}
async def main():
    limit, tls, clients = asyncio.Semaphore(concurrency), httpx.create_ssl_context(), {}
    per_host = {}
    async def one(url):
        host = url.split("/")[2]
        if host not in clients:
            clients[host] = httpx.AsyncClient(verify=tls)
            per_host[host] = asyncio.Semaphore(2)
        headers = {"If-None-Match": state[url]} if url in state else {}
        async with limit, per_host[host]:
            response = await clients[host].get(url, headers=headers)
        if response.status_code == 200 and "etag" in response.headers:
            state[url] = response.headers["etag"]
    await asyncio.gather(*(one(url) for url in urls))
    for client in clients.values():
        await client.aclose()
asyncio.run(main())
json.dump(state, open(state_path, "w"))
"""


def sources_yaml(work: Path, concurrency: int) -> Path:
    path = work / "sources.yaml"
    lines = [
        "settings:",
        "  min_delay: 0s",
        f"  total_concurrency: {concurrency}",
        "  per_host_concurrency: 2",
        "watchlist: [" + ", ".join(SHOWS) + "]",
        "sources:",
    ]
    for host in range(1, HOSTS + 1):
        lines += [
            f"  - name: Host {host}",
            f"    url: http://127.0.0.{host}:{PORT}/feed.xml",
            f"    max_articles: {PER_HOST}",
        ]
    path.write_text("\n".join(lines) + "\n")
    return path


def measure(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    assert process.stderr is not None
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command[:3]} failed:\n{err.decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def set_changed(changed: bool) -> None:
    import urllib.request

    urllib.request.urlopen(f"http://127.0.0.1:{PORT}/__change?c={int(changed)}").read()


def db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def run_scraper(work: Path, runs: int, concurrency: int) -> dict[str, Any]:
    sources = sources_yaml(work, concurrency)
    db = work / "scraper" / "scraper.db"
    template = work / "scraper-warm.db"
    cmd = [sys.executable, "-m", "scraper", "run", "--once", "--db", str(db)]
    cmd += ["--sources", str(sources)]
    out: dict[str, Any] = {}

    def fresh(copy_from: Path | None) -> None:
        shutil.rmtree(db.parent, ignore_errors=True)
        db.parent.mkdir(parents=True)
        if copy_from:
            shutil.copy(copy_from, db)

    samples = []
    for _ in range(runs):
        set_changed(False)
        fresh(None)
        samples.append(measure(cmd))
    checkpoint(db)
    shutil.copy(db, template)
    out["cold"] = samples
    for mode in ("unchanged", "changed"):
        samples, growth = [], []
        for _ in range(runs):
            set_changed(mode == "changed")
            fresh(template)
            before = db_bytes(db)
            rows_before = fetch_rows(db)
            samples.append(measure(cmd))
            checkpoint(db)
            growth.append((db_bytes(db) - before, fetch_rows(db) - rows_before))
        out[mode] = samples
        out[mode + "_growth"] = growth
    set_changed(False)
    return out


def checkpoint(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def fetch_rows(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM fetches").fetchone()[0])


def run_httpx(work: Path, runs: int, concurrency: int, loop: str = HTTPX_LOOP) -> dict[str, Any]:
    urls = work / "urls.json"
    urls.write_text(json.dumps(ALL_URLS))
    state, template = work / "httpx-state.json", work / "httpx-warm.json"
    cmd = [sys.executable, "-c", loop, str(urls), str(state), str(concurrency)]
    out: dict[str, Any] = {"cold": []}
    for _ in range(runs):
        set_changed(False)
        state.unlink(missing_ok=True)
        out["cold"].append(measure(cmd))
    shutil.copy(state, template)
    for mode in ("unchanged", "changed"):
        out[mode] = []
        for _ in range(runs):
            set_changed(mode == "changed")
            shutil.copy(template, state)
            out[mode].append(measure(cmd))
    set_changed(False)
    return out


def urlwatch_venv(work: Path) -> Path | None:
    venv = work / "urlwatch-venv"
    exe = venv / "bin" / "urlwatch"
    if exe.exists():
        return exe
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "urlwatch"]
        subprocess.run(pip, check=True, timeout=600)
    except (subprocess.SubprocessError, OSError) as error:
        print(f"urlwatch could not be installed: {error}", file=sys.stderr)
        return None
    return exe


def run_urlwatch(work: Path, runs: int) -> dict[str, Any] | None:
    exe = urlwatch_venv(work)
    if exe is None:
        return None
    home = work / "urlwatch"
    home.mkdir(exist_ok=True)
    urls = home / "urls.yaml"
    urls.write_text("\n---\n".join(f"name: u{n}\nurl: {u}" for n, u in enumerate(ALL_URLS)) + "\n")
    config, cache, template = home / "urlwatch.yaml", home / "cache.db", home / "cache-warm.db"
    base = [str(exe), "--urls", str(urls), "--config", str(config), "--cache", str(cache)]
    base += ["--hooks", str(home / "hooks.py")]
    env = {**os.environ, "HOME": str(home)}
    out: dict[str, Any] = {"cold": []}
    for _ in range(runs):
        set_changed(False)
        cache.unlink(missing_ok=True)
        out["cold"].append(measure(base, env))
    shutil.copy(cache, template)
    for mode in ("unchanged", "changed"):
        out[mode] = []
        for _ in range(runs):
            set_changed(mode == "changed")
            shutil.copy(template, cache)
            out[mode].append(measure(base, env))
    set_changed(False)
    return out


def report(name: str, result: dict[str, Any]) -> None:
    for mode in ("cold", "unchanged", "changed"):
        walls = [wall for wall, _ in result[mode]]
        peak = max(rss for _, rss in result[mode])
        line = f"{name:<10} {mode:<10} median {statistics.median(walls):6.2f}s"
        line += f"  (runs: {', '.join(f'{w:.2f}' for w in walls)})  peak RSS {peak:6.1f} MiB"
        growth = result.get(mode + "_growth")
        if growth:
            per = statistics.median(b / max(rows, 1) for b, rows in growth)
            line += f"  db +{statistics.median(b for b, _ in growth) / 1024:.0f} KiB"
            line += f" ({per:.0f} B/request)"
        print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--work", type=Path, default=Path("/tmp/scraper-bench"))
    parser.add_argument("--skip-urlwatch", action="store_true")
    parser.add_argument("--only", choices=["scraper", "httpx", "urlwatch"])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve()
    args.work.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        print(
            f"{len(ALL_URLS)} URLs ({HOSTS} feeds, {HOSTS * PER_HOST} pages of about "
            f"{len(page(1, 1, 1)) // 1000} KB) on {HOSTS} loopback hosts; "
            f"median of {args.runs}; concurrency {args.concurrency}",
            flush=True,
        )
        if args.only in (None, "httpx"):
            report("httpx", run_httpx(args.work, args.runs, args.concurrency))
            loop = HTTPX_PER_HOST_LOOP
            report("httpx/host", run_httpx(args.work, args.runs, args.concurrency, loop))
        if args.only in (None, "scraper"):
            report("scraper", run_scraper(args.work, args.runs, args.concurrency))
        if args.only in (None, "urlwatch") and not args.skip_urlwatch:
            result = run_urlwatch(args.work, args.runs)
            if result is None:
                print("urlwatch    not measured: it could not be installed")
            else:
                report("urlwatch", result)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

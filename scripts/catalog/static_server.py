#!/usr/bin/env python3
"""Serves a directory over HTTP on 127.0.0.1, with or without CORS headers.

    static_server.py DIR PORT [--cors]

With --cors every response carries Access-Control-Allow-Origin: * (and OPTIONS preflight
requests are answered); without it no CORS header is sent, so a browser page on another
origin cannot read the responses.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    cors = False
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".json": "application/json",
        ".geojson": "application/geo+json",
        ".yaml": "application/yaml",
        ".yml": "application/yaml",
    }

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "*")
        super().end_headers()

    def do_OPTIONS(self) -> None:  # noqa: N802 (http.server naming)
        self.send_response(204 if self.cors else 405)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, fmt: str, *args) -> None:
        sys.stderr.write("%s %s\n" % (self.log_date_time_string(), fmt % args))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("port", type=int)
    ap.add_argument("--cors", action="store_true")
    ap.add_argument("--host", default="127.0.0.1")
    args = ap.parse_args()
    handler = type("CorsHandler" if args.cors else "NoCorsHandler", (Handler,), {"cors": args.cors})
    server = http.server.ThreadingHTTPServer(
        (args.host, args.port), functools.partial(handler, directory=args.directory))
    print(f"serving {args.directory} on http://{args.host}:{args.port}/ cors={args.cors}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())

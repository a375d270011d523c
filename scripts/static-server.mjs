// A small static file server for dist/ (no dependencies): gzip on the wire,
// correct MIME types, 127.0.0.1 only. Used by scripts/serve.sh, the
// Playwright tests and the benchmark.
//
//   node scripts/static-server.mjs [dir] [port]     (port 0 picks a free one)
//
// Prints "serving DIR at URL" once listening.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

async function resolveFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const file = await resolveFile(url.pathname);
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
    return;
  }
  const body = await readFile(file);
  const headers = {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
  };
  const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && body.length > 512;
  const payload = gzip ? gzipSync(body, { level: 9 }) : body;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = payload.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : payload);
});

server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`serving ${root} at http://127.0.0.1:${actual}/`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));

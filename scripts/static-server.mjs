// A small static file server for dist/ (no dependencies): gzip on the wire,
// correct MIME types, 127.0.0.1 only. Used by scripts/serve.sh, the
// Playwright tests and the benchmark.
//
//   node scripts/static-server.mjs [dir] [port] [options]   (port 0 picks a free one)
//     --base /documentation/   serve the site under this path (a VitePress base)
//     --also DIR               look here too when dir lacks a file (repeatable)
//     --csp "POLICY"           send Content-Security-Policy: POLICY on every answer
//     --delay MS               answer every request MS milliseconds late (requests
//                              still run side by side): a far-away server
//     --cors                   send Access-Control-Allow-Origin: * (a catalog)
//
// Prints "serving DIR at URL" once listening.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const positional = [];
const options = { base: "/", also: [], csp: null, delay: 0, cors: false };
for (let args = process.argv.slice(2); args.length; ) {
  const arg = args.shift();
  if (arg === "--base") options.base = `/${args.shift().replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  else if (arg === "--also") options.also.push(resolve(args.shift()));
  else if (arg === "--csp") options.csp = args.shift();
  else if (arg === "--delay") options.delay = Number(args.shift());
  else if (arg === "--cors") options.cors = true;
  else positional.push(arg);
}
const root = resolve(positional[0] ?? "dist");
const port = Number(positional[1] ?? 8080);
const roots = [root, ...options.also];
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

async function resolveIn(dir, clean) {
  let file = join(dir, clean);
  if (!file.startsWith(dir)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

async function resolveFile(urlPath) {
  if (!urlPath.startsWith(options.base)) return null;
  const clean = normalize(decodeURIComponent(urlPath.slice(options.base.length - 1))).replace(/^(\.\.[/\\])+/, "");
  for (const dir of roots) {
    const file = await resolveIn(dir, clean);
    if (file) return file;
  }
  return null;
}

const server = createServer(async (req, res) => {
  if (options.delay > 0) await new Promise((resolve) => setTimeout(resolve, options.delay));
  if (options.cors) res.setHeader("access-control-allow-origin", "*");
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
  if (options.csp) headers["content-security-policy"] = options.csp;
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

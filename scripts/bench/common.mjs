// What the benchmark scripts share: serving dist/ and launching Debian Chromium.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";

/** Serves dist/ (or `dir`) on 127.0.0.1:`port`; returns { base, stop }. */
export async function serveDist(port, dir = "dist") {
  const server = spawn("node", ["scripts/static-server.mjs", dir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ready) => server.stdout.once("data", ready));
  return { base: `http://127.0.0.1:${port}/`, stop: () => server.kill() };
}

/** Headless Debian Chromium with the flags this machine needs (root, no network). */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

// What the benchmark scripts share: serving dist/, launching Debian Chromium, real keystrokes.
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

/** What the keystroke benchmarks type, one real keystroke per character. */
export const TYPED_WORD = "sentinel-2";

/**
 * Types `text` into the focused element as real keystrokes (CDP
 * Input.dispatchKeyEvent, keyDown then keyUp, each sent once the last is
 * acknowledged), through the browser's own input path.
 */
export async function pressKeys(cdp, text) {
  for (const key of text) {
    const code = key === "-" ? "Minus" : /\d/.test(key) ? `Digit${key}` : `Key${key.toUpperCase()}`;
    await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key, code, text: key, unmodifiedText: key });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key, code });
  }
}

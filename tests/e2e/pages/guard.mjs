// Watches a page for anything hostile input must never cause: a dialog, a
// script that ran (a sentinel global), the panic notice, a clickable link
// that is not http(s) or relative, an uncaught error.
import { expect } from "@playwright/test";

export const SENTINEL = "__pwned";
/** Payloads: each would set the sentinel or open a dialog if it ever ran as HTML. */
export const PAYLOADS = [
  `<img src=x onerror="window.${SENTINEL}=1">`,
  `<script>window.${SENTINEL}=2</script>`,
  `<svg onload="alert(3)"></svg>`,
  `"><iframe src="javascript:window.${SENTINEL}=4"></iframe>`,
];

export function guard(page) {
  const problems = [];
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return {
    problems,
    /** Asserts none of the above happened. */
    async check() {
      expect(await page.evaluate((name) => window[name] ?? null, SENTINEL)).toBeNull();
      await expect(page.locator(".panic-notice")).toHaveCount(0);
      const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      // mailto: only as the page builds it, from a validated plain address.
      const mailto = /^mailto:[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+$/u;
      const unsafe = hrefs.filter((h) => /^\s*[a-z][a-z0-9+.-]*:/i.test(h) && !/^https?:/i.test(h.trim()) && !mailto.test(h));
      expect(unsafe).toEqual([]);
      expect(problems).toEqual([]);
    },
  };
}

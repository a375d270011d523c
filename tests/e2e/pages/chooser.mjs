// Page object for the chooser ("Find a platform"): every selector its specs use.
import { expect } from "@playwright/test";

export class Chooser {
  /** `scope`: the whole page (standalone) or one <earthcode-platforms> element. */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
    this.section = scope.locator("section.chooser");
    this.heading = scope.locator("#choose-heading");
    this.status = scope.locator(".chooser-status[role=status]");
    this.fits = scope.locator(".chooser li.fit");
    this.dropped = scope.locator(".needs-dropped");
    this.examples = scope.locator(".chooser .examples");
    this.compareTop = scope.getByRole("button", { name: "Compare the top 3" });
    this.link = scope.getByRole("link", { name: "Find a platform that fits your work" });
  }

  /** The fieldset asking `question` ("The languages you write"). */
  group(question) {
    return this.scope.getByRole("group", { name: question });
  }

  /** Ticks `value` under `question`; `nice`: then unticks its "must have". */
  async need(question, value, { nice = false } = {}) {
    const group = this.group(question);
    await group.getByRole("checkbox", { name: value, exact: true }).check();
    if (nice) await group.getByRole("checkbox", { name: `must have (${value})` }).uncheck();
  }

  /** Ranked platform ids, best first. */
  async ranked() {
    await expect(this.fits.first()).toBeVisible();
    return this.fits.evaluateAll((items) => items.map((li) => li.dataset.platform));
  }

  /** One platform's reasons: "need — question (must have): verdict" lines and their verdict keys. */
  async reasons(id) {
    return this.scope
      .locator(`.chooser li.fit[data-platform="${id}"] .reasons li`)
      .evaluateAll((items) => items.map((li) => [li.textContent.trim(), li.dataset.verdict]));
  }
}

// Types of the <earthcode-platforms> element (npm package @earthcode/platform-explorer).
// custom-elements.json describes the same API; tests/package/ checks both
// against the element's source.

/** `detail` of `platform-select`: the platform the reader opened. */
export interface PlatformSelectDetail {
  id: string;
}

/** `detail` of `filters-change`. */
export interface FiltersChangeDetail {
  /** The search text, trimmed. */
  query: string;
  /** Every facet with a selected value, by its platforms.json key (`dataAccess`, `hardwareServices`, …): the labels. */
  facets: Record<string, string[]>;
  /** How many platforms pass the filters. */
  matches: number;
}

/** One need of the chooser, as the URL writes it (`supportedLanguages:R`, `access:free-tier`, `examples`). */
export interface ChooserNeed {
  need: string;
  /** A must have (`true`) or a nice to have. */
  must: boolean;
}

/** `detail` of `choose-change`. */
export interface ChooseChangeDetail {
  needs: ChooserNeed[];
  /** Every platform's id, best fit first. */
  ranked: string[];
}

export interface EarthcodePlatformsEventMap extends HTMLElementEventMap {
  "platform-select": CustomEvent<PlatformSelectDetail>;
  "filters-change": CustomEvent<FiltersChangeDetail>;
  "choose-change": CustomEvent<ChooseChangeDetail>;
}

export declare class EarthcodePlatforms extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The explorer's release (semantic version). */
  readonly version: string;
  /** The colour scheme in use. */
  readonly scheme: "light" | "dark";
  addEventListener<K extends keyof EarthcodePlatformsEventMap>(
    type: K,
    listener: (this: EarthcodePlatforms, event: EarthcodePlatformsEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof EarthcodePlatformsEventMap>(
    type: K,
    listener: (this: EarthcodePlatforms, event: EarthcodePlatformsEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The package's version, as `EarthcodePlatforms.prototype.version`. */
export declare const version: string;

declare global {
  interface HTMLElementTagNameMap {
    "earthcode-platforms": EarthcodePlatforms;
  }
}

/** Where this `karma` runs from: a checkout of the project or the installed package. */
export interface Installation {
  /** The package version, printed by `karma --version`. */
  version: string;
  /** The built app that `karma serve` serves (a folder holding index.html). */
  appDir: string;
}

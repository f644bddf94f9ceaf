import type { StoreApi } from "zustand/vanilla";
import type { Theme } from "./state/editor-state.ts";
import type { EditorStore } from "./state/editor-store.ts";

const key = "karma-theme";

/** The theme chosen before, else the system's preference. */
export function initialTheme(): Theme {
  const chosen = localStorage.getItem(key);
  if (chosen === "light" || chosen === "dark") return chosen;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Applies the theme to the page and remembers a choice. */
export function followTheme(store: StoreApi<EditorStore>): void {
  let current = store.getState().theme;
  document.documentElement.dataset.theme = current;
  store.subscribe((state) => {
    if (state.theme === current) return;
    current = state.theme;
    document.documentElement.dataset.theme = current;
    localStorage.setItem(key, current);
  });
}

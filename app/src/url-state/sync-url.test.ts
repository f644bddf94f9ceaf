import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { syncUrl } from "./sync-url.ts";

/**
 * A location and history that only keep the address, as replaceState leaves it; the view never
 * adds a history entry (back and forward leave the page, as before).
 */
function address(href: string) {
  const location = { href, search: new URL(href).search } as Location;
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, url: string) {
      location.href = url;
      location.search = new URL(url).search;
    },
    pushState() {
      throw new Error("the view in the URL never adds a history entry");
    },
  } as unknown as History;
  return { location, history };
}

const source = { kind: "sample", name: "sample" } as const;

/** The address once the view's last change is written (a moment after it, sync-url.ts). */
function written(location: Location): string {
  vi.runAllTimers();
  return location.href;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the view in the URL", () => {
  it("applies a shared link once the repository opens, then follows the view", () => {
    const store = createEditorStore();
    const { location, history } = address(
      "http://karma.test/?env=dev&select=serverless-site/test-site",
    );
    const stop = syncUrl(store, location, history);
    store.getState().open(sampleFiles(), source);
    expect(store.getState().env).toBe("dev");
    expect(store.getState().selection).toBe("serverless-site/test-site");

    store.getState().setEnv("prod");
    expect(written(location)).toBe("http://karma.test/?env=prod");
    store.getState().select("route53-zone/usekarma-dev");
    expect(written(location)).toBe("http://karma.test/?env=prod&select=route53-zone/usekarma-dev");
    stop();
  });

  it("ignores an environment or component the repository does not have", () => {
    const store = createEditorStore();
    const { location, history } = address("http://karma.test/?env=qa&select=vpc/nowhere");
    const stop = syncUrl(store, location, history);
    store.getState().open(sampleFiles(), source);
    expect(store.getState().env).toBe("prod");
    expect(store.getState().selection).toBeNull();
    expect(written(location)).toBe("http://karma.test/?env=prod");
    stop();
  });

  it("applies a link's trace, focus and filters, and keeps them up to date", () => {
    const store = createEditorStore();
    const link =
      "http://karma.test/?env=prod&select=route53-zone/usekarma-dev" +
      "&trace=serverless-site/usekarma-dev&focus=3&hide=lambda&hide=openapi&issues=clean";
    const { location, history } = address(link);
    const stop = syncUrl(store, location, history);
    store.getState().open(sampleFiles(), source);
    const state = store.getState();
    expect(state.selection).toBe("route53-zone/usekarma-dev");
    expect(state.alsoSelected).toEqual(["serverless-site/usekarma-dev"]);
    expect(state.trace).toEqual({
      from: "route53-zone/usekarma-dev",
      to: "serverless-site/usekarma-dev",
    });
    expect(state.focusDepth).toBe(3);
    expect(state.hiddenTypes).toEqual(["lambda", "openapi"]);
    expect(state.issueFilter).toBe("clean");
    expect(written(location)).toBe(link);

    store.getState().setIssueFilter("all");
    store.getState().setHiddenTypes(["lambda"]);
    store.getState().setFocusDepth(null);
    expect(written(location)).toBe(
      "http://karma.test/?env=prod&select=route53-zone/usekarma-dev" +
        "&trace=serverless-site/usekarma-dev&hide=lambda",
    );
    // the trace counts while both ends stay selected
    store.getState().selectNodes("route53-zone/usekarma-dev", []);
    expect(written(location)).toBe(
      "http://karma.test/?env=prod&select=route53-zone/usekarma-dev&hide=lambda",
    );
    store.getState().setFocusDepth(2);
    expect(written(location)).toBe(
      "http://karma.test/?env=prod&select=route53-zone/usekarma-dev&focus=2&hide=lambda",
    );
    stop();
  });

  it("ignores what the repository does not have and applies the rest", () => {
    const store = createEditorStore();
    const { location, history } = address(
      "http://karma.test/?env=prod&select=route53-zone/usekarma-dev&trace=vpc/gone" +
        "&hide=no-such-type&hide=lambda&focus=4&issues=bogus",
    );
    const stop = syncUrl(store, location, history);
    store.getState().open(sampleFiles(), source);
    const state = store.getState();
    expect(state.selection).toBe("route53-zone/usekarma-dev");
    expect(state.alsoSelected).toEqual([]);
    expect(state.trace).toBeNull();
    expect(state.focusDepth).toBeNull();
    expect(state.hiddenTypes).toEqual(["lambda"]);
    expect(state.issueFilter).toBe("all");
    expect(written(location)).toBe(
      "http://karma.test/?env=prod&select=route53-zone/usekarma-dev&hide=lambda",
    );
    stop();
  });

  it("needs the selection for a trace or focus", () => {
    for (const select of ["", "&select=vpc/gone"]) {
      const store = createEditorStore();
      const { location, history } = address(
        `http://karma.test/?env=prod${select}&trace=route53-zone/usekarma-dev&focus=2`,
      );
      const stop = syncUrl(store, location, history);
      store.getState().open(sampleFiles(), source);
      expect(store.getState().selection).toBeNull();
      expect(store.getState().trace).toBeNull();
      expect(store.getState().focusDepth).toBeNull();
      expect(written(location)).toBe("http://karma.test/?env=prod");
      stop();
    }
    const store = createEditorStore();
    const { location, history } = address(
      "http://karma.test/?select=route53-zone/usekarma-dev&trace=route53-zone/usekarma-dev",
    );
    const stop = syncUrl(store, location, history);
    store.getState().open(sampleFiles(), source);
    expect(store.getState().trace).toBeNull();
    expect(written(location)).toBe("http://karma.test/?env=prod&select=route53-zone/usekarma-dev");
    stop();
  });
});

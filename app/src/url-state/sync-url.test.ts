import { describe, expect, it } from "vitest";
import { createEditorStore } from "../store/create-editor-store.ts";
import { sampleFiles } from "../test-support/sample-files.ts";
import { syncUrl } from "./sync-url.ts";

/** A location and history that only keep the address, as replaceState leaves it. */
function address(href: string) {
  const location = { href, search: new URL(href).search } as Location;
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, url: string) {
      location.href = url;
      location.search = new URL(url).search;
    },
  } as unknown as History;
  return { location, history };
}

const source = { kind: "sample", name: "sample" } as const;

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
    expect(location.href).toBe("http://karma.test/?env=prod");
    store.getState().select("route53-zone/usekarma-dev");
    expect(location.href).toBe("http://karma.test/?env=prod&select=route53-zone/usekarma-dev");
    stop();
  });

  it("ignores an environment or component the repository does not have", () => {
    const store = createEditorStore();
    const { location, history } = address("http://karma.test/?env=qa&select=vpc/nowhere");
    const stop = syncUrl(store, location, history);
    store.getState().open(sampleFiles(), source);
    expect(store.getState().env).toBe("prod");
    expect(store.getState().selection).toBeNull();
    expect(location.href).toBe("http://karma.test/?env=prod");
    stop();
  });
});

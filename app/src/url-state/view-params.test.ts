import { describe, expect, it } from "vitest";
import { readViewParams, withViewParams } from "./view-params.ts";

describe("view parameters in the URL", () => {
  it("reads the environment and the selection", () => {
    expect(readViewParams("?env=prod&select=route53-zone/usekarma-dev")).toEqual({
      env: "prod",
      select: "route53-zone/usekarma-dev",
    });
    expect(readViewParams("")).toEqual({ env: null, select: null });
  });

  it("writes them readably, keeping other parameters and the hash", () => {
    const href = "http://127.0.0.1:4173/?theme=dark#top";
    const next = withViewParams(href, { env: "prod", select: "route53-zone/usekarma-dev" });
    expect(next).toBe(
      "http://127.0.0.1:4173/?theme=dark&env=prod&select=route53-zone/usekarma-dev#top",
    );
    expect(withViewParams(next, { env: "dev", select: null })).toBe(
      "http://127.0.0.1:4173/?theme=dark&env=dev#top",
    );
    expect(readViewParams(new URL(next).search).select).toBe("route53-zone/usekarma-dev");
  });
});

import { describe, expect, it } from "vitest";
import { readViewParams, type ViewParams, withViewParams } from "./view-params.ts";

const plain: ViewParams = {
  env: null,
  select: null,
  trace: null,
  focus: null,
  hide: [],
  issues: "all",
};

describe("view parameters in the URL", () => {
  it("reads the environment and the selection", () => {
    expect(readViewParams("?env=prod&select=route53-zone/usekarma-dev")).toEqual({
      ...plain,
      env: "prod",
      select: "route53-zone/usekarma-dev",
    });
    expect(readViewParams("")).toEqual(plain);
  });

  it("reads the trace, focus and filters", () => {
    expect(
      readViewParams(
        "?env=prod&select=route53-zone/usekarma-dev&trace=serverless-site/usekarma-dev" +
          "&focus=3&hide=openapi&hide=lambda&issues=warnings",
      ),
    ).toEqual({
      env: "prod",
      select: "route53-zone/usekarma-dev",
      trace: "serverless-site/usekarma-dev",
      focus: 3,
      hide: ["lambda", "openapi"],
      issues: "warnings",
    });
  });

  it("drops values no view can have", () => {
    for (const focus of ["0", "4", "-2", "two", "", "1e9"]) {
      expect(readViewParams(`?focus=${focus}`).focus).toBeNull();
    }
    expect(readViewParams("?issues=broken").issues).toBe("all");
    expect(readViewParams("?issues=").issues).toBe("all");
    expect(readViewParams("?hide=&hide=lambda&hide=lambda").hide).toEqual(["lambda"]);
  });

  it("writes them readably, keeping other parameters and the hash", () => {
    const href = "http://127.0.0.1:4173/?theme=dark#top";
    const next = withViewParams(href, {
      ...plain,
      env: "prod",
      select: "route53-zone/usekarma-dev",
    });
    expect(next).toBe(
      "http://127.0.0.1:4173/?theme=dark&env=prod&select=route53-zone/usekarma-dev#top",
    );
    expect(withViewParams(next, { ...plain, env: "dev" })).toBe(
      "http://127.0.0.1:4173/?theme=dark&env=dev#top",
    );
    expect(readViewParams(new URL(next).search).select).toBe("route53-zone/usekarma-dev");
  });

  it("writes the whole view in one order, without the defaults, and reads it back", () => {
    const view: ViewParams = {
      env: "prod",
      select: "route53-zone/usekarma-dev",
      trace: "serverless-site/usekarma-dev",
      focus: 2,
      hide: ["lambda", "openapi"],
      issues: "errors",
    };
    // parameters already there in another order come out in the view's order
    const href = withViewParams("http://karma.test/?issues=clean&focus=1&env=dev&x=1", view);
    expect(href).toBe(
      "http://karma.test/?x=1&env=prod&select=route53-zone/usekarma-dev" +
        "&trace=serverless-site/usekarma-dev&focus=2&hide=lambda&hide=openapi&issues=errors",
    );
    expect(readViewParams(new URL(href).search)).toEqual(view);
    expect(
      withViewParams(href, { ...view, trace: null, focus: null, hide: [], issues: "all" }),
    ).toBe("http://karma.test/?x=1&env=prod&select=route53-zone/usekarma-dev");
  });

  it("keeps characters a nickname may have", () => {
    const view = { ...plain, env: "prod", select: "s3-bucket/a b&c=d#e", hide: ["a+b"] };
    const href = withViewParams("http://karma.test/", view);
    expect(readViewParams(new URL(href).search)).toEqual(view);
  });
});

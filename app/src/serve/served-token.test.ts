import { describe, expect, it } from "vitest";
import { servedToken } from "./served-token.ts";

describe("the karma serve token", () => {
  it("comes from the address karma serve printed", () => {
    expect(servedToken("?token=Ab_c-12")).toBe("Ab_c-12");
  });

  it("is absent when the app is not served that way", () => {
    expect(servedToken("")).toBeNull();
    expect(servedToken("?token=")).toBeNull();
    expect(servedToken("?other=1")).toBeNull();
  });
});

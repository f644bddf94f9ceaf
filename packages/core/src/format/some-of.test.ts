import { describe, expect, it } from "vitest";
import { someOf } from "./some-of.ts";

describe("someOf", () => {
  it("names every one of a short list", () => {
    expect(someOf([])).toBe("");
    expect(someOf(["a"])).toBe("a");
    expect(someOf(["a", "b", "c", "d"])).toBe("a, b, c, d");
  });

  it("names the first of a long list and counts the rest", () => {
    const names = Array.from({ length: 1500 }, (_, i) => `zone-${i}`);
    expect(someOf(names)).toBe("zone-0, zone-1, zone-2 and 1,497 others");
    expect(someOf(["a", "b", "c"], 1)).toBe("a and 2 others");
  });
});

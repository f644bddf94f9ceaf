import { describe, expect, it } from "vitest";
import { relativeDate } from "./relative-date.ts";

const now = Date.parse("2026-04-23T10:00:00Z");

describe("a commit's date in words", () => {
  it("counts whole units back from now", () => {
    expect(relativeDate("2026-04-20T10:00:00Z", now)).toBe("3 days ago");
    expect(relativeDate("2026-04-22T00:00:00Z", now)).toBe("yesterday");
    expect(relativeDate("2026-04-23T07:30:00Z", now)).toBe("2 hours ago");
    expect(relativeDate("2026-04-23T09:55:00Z", now)).toBe("5 minutes ago");
    expect(relativeDate("2026-04-23T09:59:30Z", now)).toBe("now");
    expect(relativeDate("2025-01-01T00:00:00Z", now)).toBe("last year");
  });

  it("keeps a date it cannot read as it is", () => {
    expect(relativeDate("not a date", now)).toBe("not a date");
  });
});

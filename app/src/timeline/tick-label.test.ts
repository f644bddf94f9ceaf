import { describe, expect, it } from "vitest";
import { shortSha, tickLabel, tickTitle, viewingText } from "./tick-label.ts";

const sha = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d";
const day = 86_400_000;

describe("tick labels", () => {
  it("names a commit by its short sha and subject", () => {
    expect(shortSha(sha)).toBe("1a2b3c4");
    expect(tickLabel({ sha, subject: "Add the network" })).toBe("1a2b3c4 Add the network");
  });

  it("names a commit without a subject by its short sha alone", () => {
    expect(tickLabel({ sha, subject: "" })).toBe("1a2b3c4");
  });

  it("says who made a commit and how long ago in the tooltip", () => {
    const now = Date.parse("2026-04-20T10:00:00Z");
    const commit = {
      sha,
      subject: "Add the network",
      author: "Dana Dev",
      date: new Date(now - 3 * day).toISOString(),
    };
    expect(tickTitle(commit, now)).toBe("1a2b3c4 Add the network (Dana Dev, 3 days ago)");
  });

  it("says in the banner which commit is shown and that it is read-only", () => {
    expect(viewingText({ sha, subject: "Add the network" })).toBe(
      "Viewing 1a2b3c4 — Add the network (read-only)",
    );
    expect(viewingText({ sha, subject: "" })).toBe("Viewing 1a2b3c4 (read-only)");
  });
});

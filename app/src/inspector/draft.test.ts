import { describe, expect, it } from "vitest";
import { isDirty, nextDraft, startDraft } from "./draft.ts";

describe("an input's draft", () => {
  it("changes only the draft while typing, and reverts on Escape", () => {
    const typed = nextDraft(startDraft("a"), { kind: "type", text: "ab" });
    expect(typed).toEqual({ committed: "a", text: "ab", editing: true });
    expect(isDirty(typed)).toBe(true);
    expect(nextDraft(typed, { kind: "revert" })).toEqual(startDraft("a"));
  });

  it("takes the committed text on commit", () => {
    const typed = nextDraft(startDraft("a"), { kind: "type", text: "b" });
    const committed = nextDraft(typed, { kind: "committed", text: "b" });
    expect(committed).toEqual(startDraft("b"));
    expect(isDirty(committed)).toBe(false);
  });

  it("follows a change from outside (an undo) unless the user is typing", () => {
    expect(nextDraft(startDraft("a"), { kind: "external", text: "z" })).toEqual(startDraft("z"));
    const typing = nextDraft(startDraft("a"), { kind: "type", text: "ab" });
    expect(nextDraft(typing, { kind: "external", text: "z" })).toEqual({
      committed: "z",
      text: "ab",
      editing: true,
    });
  });
});

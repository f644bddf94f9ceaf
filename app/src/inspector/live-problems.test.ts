import { builtinCatalog } from "@karma/core";
import { describe, expect, it } from "vitest";
import { formFields } from "./form-fields.ts";
import { liveProblems } from "./live-problems.ts";

const fields = formFields(builtinCatalog().types.get("vpc")!, {});
const field = (name: string) => fields.find((candidate) => candidate.name === name)!;

describe("liveProblems", () => {
  it("checks the text as typed against the field's definition", () => {
    expect(liveProblems(field("az_count"), "3")).toEqual([]);
    expect(liveProblems(field("az_count"), "0")).toEqual([
      "expected an integer at least 1, found a number 0",
    ]);
    expect(liveProblems(field("az_count"), "1.5")).toEqual(['"1.5" is not a whole number']);
    expect(liveProblems(field("az_count"), "")).toEqual([]);
  });
});

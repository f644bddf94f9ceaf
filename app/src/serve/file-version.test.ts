import { describe, expect, it } from "vitest";
import { versionOf, versionsFor } from "./file-version.ts";

describe("file versions for karma serve", () => {
  it("is the SHA-256 of the UTF-8 text in hex, as the server computes it", async () => {
    expect(await versionOf("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(await versionOf("é\n")).toMatch(/^[0-9a-f]{64}$/);
    expect(await versionOf("é\n")).not.toBe(await versionOf("e\n"));
  });

  it("gives each changed path the version of its baseline text, or null for a new file", async () => {
    const baseline = { "a.json": "abc", "gone.json": "abc" };
    const versions = await versionsFor(
      { "a.json": "new text", "gone.json": null, "new.json": "{}" },
      baseline,
    );
    expect(versions).toEqual({
      "a.json": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "gone.json": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "new.json": null,
    });
  });
});

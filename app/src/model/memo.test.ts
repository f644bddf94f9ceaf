import { describe, expect, it } from "vitest";
import { memoizeLast } from "./memo.ts";

describe("memoizeLast", () => {
  it("gives the same result for the same arguments, by identity", () => {
    let calls = 0;
    const keys = memoizeLast((value: object) => {
      calls++;
      return Object.keys(value);
    });
    const value = { a: 1 };
    expect(keys(value)).toBe(keys(value));
    expect(keys({ a: 1 })).not.toBe(keys(value));
    expect(calls).toBe(2);
  });

  it("keeps a result for each of two callers asking in turn (the document and the timeline)", () => {
    let calls = 0;
    const keys = memoizeLast((value: object) => {
      calls++;
      return Object.keys(value);
    });
    const document = { a: 1 };
    const commit = { b: 2 };
    const first = [keys(document), keys(commit)];
    expect([keys(document), keys(commit), keys(document)]).toEqual([first[0], first[1], first[0]]);
    expect(keys(document)).toBe(first[0]);
    expect(calls).toBe(2);
    // a third forgets the one asked for least recently
    keys({ c: 3 });
    keys(document);
    keys(commit);
    expect(calls).toBe(4);
  });
});

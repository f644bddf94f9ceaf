import { describe, expect, it } from "vitest";
import { parseWorkspaceFile } from "./workspace-file.ts";

describe("parseWorkspaceFile", () => {
  it("lists the repositories with where each is written", () => {
    const parsed = parseWorkspaceFile('{\n  "repositories": ["../network-config", "../dns"]\n}\n');
    expect(parsed).toEqual({
      repositories: [
        { path: "../network-config", line: 2, column: 20 },
        { path: "../dns", line: 2, column: 41 },
      ],
      issues: [],
    });
  });

  it("names the line and field of every problem", () => {
    const messages = (text: string) =>
      parseWorkspaceFile(text).issues.map((i) => `${i.line}:${i.column} ${i.message}`);
    expect(messages('{ "repositories": ["a", ""] }')).toEqual([
      '1:25 repositories.1: expected a string of at least 1 characters, found a string ""',
    ]);
    expect(messages('{\n  "repos": ["a"]\n}')).toEqual([
      "1:1 repositories: required field is missing",
      '2:3 repos: unknown field; the file holds {"repositories": ["../other-repository"]}',
    ]);
    expect(messages("[]")).toEqual(["1:1 the file: expected an object, found a list"]);
    expect(messages('{ "repositories": [')[0]).toMatch(/^1:\d+ invalid JSON: /);
  });
});

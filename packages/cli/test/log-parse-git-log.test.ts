import { describe, expect, it } from "vitest";
import { parseGitLog } from "../src/parse-git-log.ts";

const a = "a".repeat(40);
const b = "b".repeat(40);
const zero = "0".repeat(40);
const header = (sha: string, parents: string, author: string, subject: string) =>
  `\u001e${sha}\0${parents}\0${author}\0${"2026-04-20T12:00:00+02:00"}\0${subject}\0`;

describe("parseGitLog", () => {
  it("reads headers by position, so a subject may look like anything", () => {
    const subject = `Widen \u001e${b}\0`.replace("\0", "");
    const output = [
      header(a, "", "Dana Dev", subject),
      `\0\n:000000 100644 ${zero} ${b} A\0iac/dev/vpc/core/config.json\0`,
      header(b, `${a} ${zero}`, "", ":100644 100644 x y M"),
      `\0\n:100644 000000 ${b} ${zero} D\0iac/dev/vpc/core/config.json\0`,
      `:000000 120000 ${zero} ${a} A\0iac/dev/odd\nname\0`,
    ].join("");
    expect(parseGitLog(output)).toEqual([
      {
        sha: a,
        parents: [],
        author: "Dana Dev",
        date: "2026-04-20T12:00:00+02:00",
        subject,
        changes: [{ newMode: "100644", blob: b, path: "iac/dev/vpc/core/config.json" }],
      },
      {
        sha: b,
        parents: [a, zero],
        author: "",
        date: "2026-04-20T12:00:00+02:00",
        subject: ":100644 100644 x y M",
        changes: [
          { newMode: "000000", blob: zero, path: "iac/dev/vpc/core/config.json" },
          { newMode: "120000", blob: a, path: "iac/dev/odd\nname" },
        ],
      },
    ]);
  });

  it("reads a commit without changes, and nothing from nothing", () => {
    expect(parseGitLog(header(a, "", "Dana Dev", "Empty"))).toMatchObject([
      { sha: a, changes: [] },
    ]);
    expect(parseGitLog("")).toEqual([]);
  });
});

import { escapeLabel, formatMermaid, type Graph } from "@karma/core";
import { describe, expect, it } from "vitest";
import { formatDot } from "../src/format-dot.ts";

const awkward: Graph = {
  env: "qa-1",
  nodes: [
    {
      id: "lambda/a-b",
      type: "lambda",
      nickname: "a-b",
      env: "qa-1",
      external: false,
      foundInEnv: null,
    },
    {
      id: "lambda/a_b",
      type: "lambda",
      nickname: "a_b",
      env: "qa-1",
      external: false,
      foundInEnv: null,
    },
    { id: "vpc/end", type: "vpc", nickname: "end", env: "qa-1", external: true, foundInEnv: null },
  ],
  edges: [
    {
      dependent: "lambda/a-b",
      dependency: "vpc/end",
      key: 'functions.x"|<y>#1.vpc_nickname',
      kind: "nested",
      env: "qa-1",
    },
  ],
};

describe("formatMermaid", () => {
  it("keeps ids unique after reducing them to letters, digits and underscores", () => {
    const text = formatMermaid([awkward]);
    expect(text).toContain('  subgraph env_qa_1["qa-1"]');
    expect(text).toContain('    n_qa_1_lambda_a_b["lambda/a-b"]');
    expect(text).toContain('    n_qa_1_lambda_a_b_2["lambda/a_b"]');
    expect(text).toContain('    n_qa_1_vpc_end(["vpc/end"]):::external');
  });

  it("encodes the characters Mermaid would parse inside labels", () => {
    expect(escapeLabel('say "hi" <b>&amp;</b> #quot; a|b `x`')).toBe(
      "say #quot;hi#quot; #lt;b#gt;#amp;amp;#lt;/b#gt; #35;quot; a#124;b #96;x#96;",
    );
    expect(formatMermaid([awkward])).toContain(
      '  n_qa_1_lambda_a_b -.->|"functions.x#quot;#124;#lt;y#gt;#35;1.vpc_nickname"| n_qa_1_vpc_end',
    );
  });

  it("prints a bare flowchart for an empty graph", () => {
    expect(formatMermaid([{ env: "dev", nodes: [], edges: [] }])).toBe(
      "flowchart LR\n  classDef external stroke-dasharray: 5 5\n",
    );
  });
});

describe("formatDot", () => {
  it("escapes quotes and backslashes in ids and labels", () => {
    const text = formatDot([
      {
        ...awkward,
        edges: [{ ...awkward.edges[0]!, key: 'a\\"b\nc' }],
      },
    ]);
    expect(text).toContain(
      '  "qa-1/lambda/a-b" -> "qa-1/vpc/end" [label="a\\\\\\"b\\nc", style=dashed];',
    );
  });
});

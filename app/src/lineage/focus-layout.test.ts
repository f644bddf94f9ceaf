import { buildGraph, lineageSubgraph, loadWorkspace } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { focusLayout } from "./focus-layout.ts";

const prod = buildGraph(loadWorkspace(sampleFiles()), "prod");

describe("the focus layout", () => {
  it("puts origins left of the focused component and effects right, by depth", () => {
    const api = "serverless-api/demo-api";
    const positions = focusLayout(lineageSubgraph(prod, api), api);
    expect(positions[api]).toEqual({ x: 0, y: 0 });
    expect(positions["openapi/demo-api"]!.x).toBe(-320);
    expect(positions["route53-zone/usekarma-dev"]!.x).toBe(-320);
    expect(positions["openapi/demo-api"]!.y).not.toBe(positions["route53-zone/usekarma-dev"]!.y);
  });

  it("stacks a column around the middle row", () => {
    const zone = "route53-zone/usekarma-dev";
    const positions = focusLayout(lineageSubgraph(prod, zone), zone);
    const right = Object.entries(positions).filter(([, p]) => p.x === 320);
    expect(right).toHaveLength(4);
    expect(right.map(([, p]) => p.y).sort((a, b) => a - b)).toEqual([-144, -48, 48, 144]);
  });
});

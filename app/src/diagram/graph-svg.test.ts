import { describe, expect, it } from "vitest";
import { graphSvg } from "./graph-svg.ts";

const theme = {
  background: "#fff",
  surface: "#fff",
  border: "#ccc",
  text: "#111",
  muted: "#666",
  edge: "#666",
};
const node = (id: string, x: number, kind: "component" | "external" = "component") => ({
  id,
  type: id.split("/")[0]!,
  nickname: id.split("/")[1]!,
  kind,
  x,
  y: 0,
  width: 240,
  height: 64,
});

describe("graphSvg", () => {
  it("draws one card per node and one path per edge, with the key as text", () => {
    const svg = graphSvg(
      [node("route53-zone/strall-com", 0), node("serverless-site/strall-com", 400)],
      [
        {
          source: "route53-zone/strall-com",
          target: "serverless-site/strall-com",
          label: "route53_zone_name",
        },
      ],
      theme,
    );
    expect(svg).not.toContain("foreignObject");
    expect(svg.match(/<g class="node"/g)).toHaveLength(2);
    expect(svg.match(/<path class="edge"/g)).toHaveLength(1);
    expect(svg).toContain(">route53_zone_name</text>");
    expect(svg).toContain('viewBox="-40 -40 720 144"');
  });

  it("escapes text from a repository and leaves out edges to nodes not drawn", () => {
    const hostile = node('vpc/<a href="x">&\u001b', 0);
    const svg = graphSvg(
      [hostile],
      [{ source: "vpc/gone", target: hostile.id, label: "k" }],
      theme,
    );
    expect(svg).toContain("&lt;a href=&quot;x&quot;&gt;&amp;</text>");
    expect(svg).not.toContain("\u001b");
    expect(svg).not.toContain('class="edge"');
  });

  it("follows the layout's route while both nodes are where it put them, a curve otherwise", () => {
    const zone = { ...node("route53-zone/strall-com", 0), y: 0 };
    const site = { ...node("serverless-site/strall-com", 440), y: 200 };
    const route = {
      points: [
        { x: 240, y: 32 },
        { x: 340, y: 32 },
        { x: 340, y: 232 },
        { x: 440, y: 232 },
      ],
      source: { x: 0, y: 0, width: 240, height: 64 },
      target: { x: 440, y: 200, width: 240, height: 64 },
    };
    const edge = { source: zone.id, target: site.id, label: "route53_zone_name", route };
    const routed = graphSvg([zone, site], [edge], theme);
    expect(routed).toContain('d="M240 32L332 32Q340 32 340 40L340 224Q340 232 348 232L440 232"');
    // the label just before the site, level with where the route arrives (its middle 24 px and
    // half its width from the site's side), in the gap between the two columns
    expect(routed).toContain('<text x="354.9" y="236"');

    const moved = graphSvg([zone, { ...site, y: 260 }], [edge], theme);
    expect(moved).toContain('d="M240 32C');
    expect(moved).not.toContain("Q340");
  });

  it("stacks the labels of several keys linking the same pair", () => {
    const a = node("lambda/demo-api", 0);
    const b = node("serverless-api/demo-api", 400);
    const edges = ["one", "two"].map((label, keyIndex) => ({
      source: a.id,
      target: b.id,
      label,
      keyIndex,
      keys: 2,
    }));
    const svg = graphSvg([a, b], edges, theme);
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>(one|two)</g)].map((m) =>
      Number(m[1]),
    );
    expect(ys[1]! - ys[0]!).toBe(20);
  });

  it("refuses to draw nothing", () => {
    expect(() => graphSvg([], [], theme)).toThrow(/nothing on the canvas/);
  });
});

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

  it("refuses to draw nothing", () => {
    expect(() => graphSvg([], [], theme)).toThrow(/nothing on the canvas/);
  });
});

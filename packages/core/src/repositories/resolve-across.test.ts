import { describe, expect, it } from "vitest";
import { loadWorkspace } from "../repo/load-workspace.ts";
import type { Repository } from "./repository.ts";
import { referencesAcross } from "./resolve-across.ts";

const zone = (name: string) => JSON.stringify({ zone_name: name });
const site = JSON.stringify({
  content_bucket_prefix: "www",
  cloudfront_comment: "www",
  route53_zone_name: "example.com",
});

function references(repositories: Repository[]) {
  return [...referencesAcross(repositories, 0, "dev").values()].flatMap((found) =>
    found.references.map(({ dependency, status, ambiguousWith }) => ({
      dependency,
      status,
      ambiguousWith,
    })),
  );
}

describe("referencesAcross", () => {
  it("resolves in the repository first, then in the others in their order", () => {
    const app = loadWorkspace({
      "iac/dev/serverless-site/www/config.json": site,
      "iac/dev/route53-zone/own/config.json": zone("example.com."),
    });
    const dns = loadWorkspace({ "iac/dev/route53-zone/shared/config.json": zone("example.com") });
    expect(
      references([
        { name: "app", workspace: app },
        { name: "dns", workspace: dns },
      ]),
    ).toEqual([{ dependency: "route53-zone/own", status: "resolved", ambiguousWith: [] }]);

    const alone = loadWorkspace({ "iac/dev/serverless-site/www/config.json": site });
    const other = loadWorkspace({ "iac/dev/route53-zone/other/config.json": zone("example.com") });
    expect(
      references([
        { name: "app", workspace: alone },
        { name: "dns", workspace: dns },
        { name: "other", workspace: other },
      ]),
    ).toEqual([
      {
        dependency: "route53-zone/shared",
        status: "resolved",
        ambiguousWith: ["route53-zone/other"],
      },
    ]);
  });

  it("keeps the repository's own findings where nothing was external", () => {
    const app = loadWorkspace({
      "iac/dev/serverless-site/www/config.json": site,
      "iac/dev/route53-zone/own/config.json": zone("example.com"),
    });
    const repositories = [
      { name: "app", workspace: app },
      { name: "dns", workspace: loadWorkspace({}) },
    ];
    const [component] = app.components.filter((c) => c.type === "serverless-site");
    expect(referencesAcross(repositories, 0, "dev").get(component!)).toBe(
      referencesAcross([{ name: "app", workspace: app }], 0, "dev").get(component!),
    );
  });
});

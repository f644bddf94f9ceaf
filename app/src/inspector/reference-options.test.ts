import { builtinCatalog, loadWorkspace, referenceAt } from "@karma/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../test-support/sample-files.ts";
import { referenceOptions } from "./reference-options.ts";
import { repositoryWithVpc } from "./test-repository.ts";

const type = (name: string) => builtinCatalog().types.get(name)!;

describe("referenceOptions", () => {
  it("offers the nicknames of the target type in the environment", () => {
    const prod = loadWorkspace(repositoryWithVpc()).components.filter((c) => c.env === "prod");
    const reference = referenceAt(type("ecs-cluster"), ["vpc_nickname"])!;
    expect(referenceOptions(reference, prod, {}, ["vpc_nickname"], undefined)).toEqual([
      { value: "main", label: "vpc/main" },
    ]);
    const nested = referenceAt(type("lambda"), ["functions", "echo", "vpc_nickname"])!;
    expect(nested.kind).toBe("nickname");
  });

  it("offers a zone's DNS name for a name-match reference", () => {
    const prod = loadWorkspace(sampleFiles()).components.filter((c) => c.env === "prod");
    const reference = referenceAt(type("serverless-site"), ["route53_zone_name"])!;
    expect(referenceOptions(reference, prod, {}, ["route53_zone_name"], undefined)).toEqual([
      { value: "strall.com.", label: "route53-zone/strall-com" },
      { value: "usekarma.dev.", label: "route53-zone/usekarma-dev" },
    ]);
    // what the config already says stays, when it names the same zone
    const written = referenceOptions(reference, prod, {}, ["route53_zone_name"], "UseKarma.dev");
    expect(written.map((option) => option.value)).toEqual(["strall.com.", "UseKarma.dev"]);
  });

  it("takes the type of a type + nickname pair from the sibling key", () => {
    const prod = loadWorkspace(sampleFiles()).components.filter((c) => c.env === "prod");
    const path = ["functions", "echo", "src_nickname"];
    const reference = referenceAt(type("lambda"), path)!;
    const config = { functions: { echo: { src_type: "s3-bucket" } } };
    expect(referenceOptions(reference, prod, config, path, undefined).map((o) => o.label)).toEqual([
      "s3-bucket/demo-api",
      "s3-bucket/karma-api",
    ]);
    expect(referenceOptions(reference, prod, { functions: { echo: {} } }, path, undefined)).toEqual(
      [],
    );
  });
});

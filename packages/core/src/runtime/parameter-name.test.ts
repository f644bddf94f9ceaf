import { describe, expect, it } from "vitest";
import { parseParameterName } from "./parameter-name.ts";

describe("parseParameterName", () => {
  it("reads config and runtime parameters under any prefix", () => {
    expect(parseParameterName("/iac/vpc/main/config")).toEqual({
      prefix: "/iac",
      type: "vpc",
      nickname: "main",
      kind: "config",
    });
    expect(parseParameterName("/karma/prod/iac/s3-bucket/karma-api/runtime")).toEqual({
      prefix: "/karma/prod/iac",
      type: "s3-bucket",
      nickname: "karma-api",
      kind: "runtime",
    });
    expect(parseParameterName("/vpc/main/config")).toMatchObject({ prefix: "", type: "vpc" });
  });

  it("reads per-key runtime parameters", () => {
    expect(parseParameterName("/iac/sqs-queue/jobs/runtime/queue_url")).toEqual({
      prefix: "/iac",
      type: "sqs-queue",
      nickname: "jobs",
      kind: "runtime-key",
      key: "queue_url",
    });
  });

  it("refuses names that do not name a component", () => {
    for (const name of [
      "/iac/clickhouse/ami/base",
      "/config",
      "/iac/Bad_Type/main/config",
      "/iac/vpc//config",
      "/iac/vpc/main/runtime/",
      "plain-name",
    ]) {
      expect(parseParameterName(name), name).toBeNull();
    }
  });
});

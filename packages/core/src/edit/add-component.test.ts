import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { addComponent } from "./add-component.ts";

const files = readFixture();

describe("addComponent", () => {
  it("writes a new config file with 2-space indent and a final newline, and nothing else", () => {
    const config = { cidr_block: "10.0.0.0/16", tags: { Project: "karma" } };
    const result = addComponent(files, { env: "prod", type: "vpc", nickname: "main", config });
    if (!result.ok) throw new Error(result.error);
    expect(result.files).toEqual({
      ...files,
      "iac/prod/vpc/main/config.json":
        '{\n  "cidr_block": "10.0.0.0/16",\n  "tags": {\n    "Project": "karma"\n  }\n}\n',
    });
    for (const path of Object.keys(files)) expect(result.files[path]).toBe(files[path]);
  });

  it("refuses a component that exists, also under another case of its folders", () => {
    const name = { type: "lambda", nickname: "demo-api", config: {} };
    expect(addComponent(files, { env: "prod", ...name })).toEqual({
      ok: false,
      error: "lambda/demo-api already exists in prod (iac/prod/lambda/demo-api/config.json)",
    });
    expect(addComponent(files, { env: "PROD", ...name })).toEqual({
      ok: false,
      error: "lambda/demo-api already exists in PROD (iac/prod/lambda/demo-api/config.json)",
    });
  });

  it("refuses names the repository could not hold and config that is not JSON", () => {
    const add = (nickname: string) =>
      addComponent(files, { env: "prod", type: "vpc", nickname, config: {} });
    expect(add("../escape")).toMatchObject({ ok: false });
    expect(add("Main")).toMatchObject({ ok: false, error: expect.stringContaining("lowercase") });
    expect(add("")).toMatchObject({ ok: false });
    const nan = addComponent(files, {
      env: "prod",
      type: "vpc",
      nickname: "x",
      config: { a: Number.NaN },
    });
    expect(nan).toEqual({ ok: false, error: "the config of vpc/x is not JSON" });
  });

  it("leaves its input as it was", () => {
    const copy = { ...files };
    addComponent(files, { env: "prod", type: "vpc", nickname: "main", config: {} });
    expect(files).toEqual(copy);
  });
});

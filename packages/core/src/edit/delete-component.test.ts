import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/read-fixture.ts";
import { deleteComponent } from "./delete-component.ts";

const files = readFixture();
const bucket = { env: "prod", type: "s3-bucket", nickname: "demo-api" };
const bucketFile = "iac/prod/s3-bucket/demo-api/config.json";

describe("deleteComponent", () => {
  it("removes the config file and nothing else", () => {
    const result = deleteComponent(files, bucket);
    if (!result.ok) throw new Error(result.error);
    const { [bucketFile]: _removed, ...rest } = files;
    expect(result.files).toEqual(rest);
    expect(files[bucketFile]).toBeDefined();
  });

  it("drops the component's position from the layout, keeping the others sorted", () => {
    const layout = ".karma/layout/prod.json";
    const withLayout = {
      ...files,
      [layout]:
        '{\n  "lambda/demo-api": {"x": 1, "y": 2},\n  "s3-bucket/demo-api": {"x": 3, "y": 4},\n  "vpc/main": {"x": 5, "y": 6}\n}\n',
    };
    const result = deleteComponent(withLayout, bucket);
    if (!result.ok) throw new Error(result.error);
    expect(result.files[layout]).toBe(
      '{\n  "lambda/demo-api": {\n    "x": 1,\n    "y": 2\n  },\n  "vpc/main": {\n    "x": 5,\n    "y": 6\n  }\n}\n',
    );
    const other = deleteComponent(withLayout, {
      env: "prod",
      type: "lambda",
      nickname: "karma-api",
    });
    if (!other.ok) throw new Error(other.error);
    expect(other.files[layout]).toBe(withLayout[layout]);
  });

  it("reports a component that does not exist or cannot be named", () => {
    expect(deleteComponent(files, { ...bucket, nickname: "gone" })).toEqual({
      ok: false,
      error: "s3-bucket/gone does not exist in prod (iac/prod/s3-bucket/gone/config.json)",
    });
    expect(deleteComponent(files, { ...bucket, env: "../prod" })).toMatchObject({ ok: false });
  });
});

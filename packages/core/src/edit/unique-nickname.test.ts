import { describe, expect, it } from "vitest";
import { loadWorkspace } from "../repo/load-workspace.ts";
import { freeNickname, uniqueNickname } from "./unique-nickname.ts";

describe("uniqueNickname", () => {
  const workspace = loadWorkspace({
    "iac/dev/vpc/vpc-1/config.json": "{}\n",
    "iac/dev/vpc/VPC-2/config.json": "{}\n",
    "iac/dev/vpc/main/config.json": "{}\n",
    "iac/prod/vpc/vpc-3/config.json": "{}\n",
    "iac/dev/s3-bucket/vpc-3/config.json": "{}\n",
  });

  it("numbers the base, skipping the nicknames of the type in the environment, in any case", () => {
    expect(uniqueNickname(workspace, "dev", "vpc")).toBe("vpc-3");
    expect(uniqueNickname(workspace, "dev", "vpc", "main")).toBe("main-1");
    expect(uniqueNickname(workspace, "prod", "vpc")).toBe("vpc-1");
    expect(uniqueNickname(workspace, "dev", "lambda")).toBe("lambda-1");
  });

  it("counts on from the first free number", () => {
    expect(freeNickname(new Set(["a-1", "a-2", "a-4"]), "a")).toBe("a-3");
    expect(freeNickname(new Set(), "a")).toBe("a-1");
  });
});

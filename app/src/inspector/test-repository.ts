import type { FileMap } from "@karma/core";
import { sampleFiles } from "../test-support/sample-files.ts";

/** The sample plus a vpc in prod that an ecs-cluster and a lambda function reference, with saved positions. */
export function repositoryWithVpc(): FileMap {
  return {
    ...sampleFiles(),
    "iac/prod/vpc/main/config.json": '{\n  "cidr": "10.0.0.0/16",\n  "az_count": 2\n}\n',
    "iac/prod/ecs-cluster/core/config.json":
      '{\n  "vpc_nickname": "main",\n  "exec_logging": "DEFAULT"\n}\n',
    ".karma/layout/prod.json":
      '{\n  "ecs-cluster/core": {\n    "x": 0,\n    "y": 200\n  },\n  "vpc/main": {\n    "x": 0,\n    "y": 0\n  }\n}\n',
  };
}

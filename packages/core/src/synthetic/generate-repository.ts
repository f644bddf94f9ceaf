import type { FileMap } from "../json.ts";
import { componentFile } from "../repo/component-id.ts";
import { configBuilders, type EnvironmentPlan } from "./build-configs.ts";
import { formatConfig } from "./format-config.ts";
import { domains, NicknamePool, products, roles } from "./names.ts";
import { Random } from "./random.ts";

export interface GenerateRepositoryOptions {
  /** Total number of components across all environments. */
  components: number;
  /** Default `["dev", "prod"]`. */
  environments?: readonly string[];
  /** Same seed, same repository. Default 1. */
  seed?: number;
}

/** Share of each built-in type in a repository, in percent (services and functions dominate). */
const typeWeights: Readonly<Record<string, number>> = {
  vpc: 4,
  "s3-bucket": 14,
  "route53-zone": 4,
  "cognito-sso": 3,
  "ecs-cluster": 5,
  openapi: 4,
  clickhouse: 2,
  "ecs-service": 20,
  lambda: 14,
  "serverless-site": 14,
  "serverless-api": 10,
  grafana: 2,
  "email-forwarding": 4,
};

/**
 * A synthetic config repository in the real layout (`account_environments/*.json`,
 * `iac/<env>/<type>/<nickname>/config.json`) for benchmarks and tests: built-in types in
 * realistic proportions, references of every kind, a few pointing at missing components,
 * hand-written formatting styles. It validates without errors.
 */
export function generateRepository(options: GenerateRepositoryOptions): FileMap {
  const environments = options.environments ?? ["dev", "prod"];
  const random = new Random(options.seed ?? 1);
  const files: FileMap = {};
  const foreignZones: string[] = [];
  const perEnvironment = apportion(
    Math.max(0, Math.floor(options.components)),
    environments.map(() => 1),
  );

  environments.forEach((env, index) => {
    files[`account_environments/acme-${env}.json`] = accountEnvironment(env);
    const plan = planEnvironment(env, perEnvironment[index]!, random, foreignZones);
    for (const [type, build] of configBuilders) {
      for (const nickname of plan.nicknames.get(type) ?? []) {
        files[componentFile(env, type, nickname)] = formatConfig(build(nickname, plan), random);
      }
    }
    foreignZones.push(...plan.zoneNames.values());
  });
  const sorted: FileMap = {};
  for (const path of Object.keys(files).sort()) sorted[path] = files[path]!;
  return sorted;
}

function planEnvironment(
  env: string,
  count: number,
  random: Random,
  foreignZones: readonly string[],
): EnvironmentPlan {
  const types = [...configBuilders.keys()];
  const counts = apportion(
    count,
    types.map((type) => typeWeights[type] ?? 0),
  );
  const countOf = (type: string) => counts[types.indexOf(type)] ?? 0;
  const nicknames = new Map<string, string[]>();
  const zoneNames = new Map<string, string>();

  // openapi definitions are named after the APIs that read them, so name the APIs first
  const namingOrder = [...types.filter((t) => t !== "openapi"), "openapi"];
  for (const type of namingOrder) {
    const pool = new NicknamePool(random);
    const names: string[] = [];
    if (type === "route53-zone") {
      for (let i = 0; i < countOf(type); i++) {
        const zone = uniqueZoneName(random, zoneNames);
        const nickname = zone.replace(/\.$/, "").replaceAll(".", "-");
        zoneNames.set(nickname, zone);
        names.push(nickname);
      }
    } else if (type === "openapi") {
      // an API reads the definition published under its own nickname
      const apis = nicknames.get("serverless-api") ?? [];
      for (const api of apis.slice(0, countOf(type))) pool.claim(api);
      names.push(...apis.slice(0, countOf(type)));
      while (names.length < countOf(type)) names.push(pool.next(["spec", "api"]));
    } else {
      for (let i = 0; i < countOf(type); i++)
        names.push(pool.next(type === "vpc" ? ["net", "vpc"] : roles));
    }
    nicknames.set(type, names);
  }
  return { env, random, nicknames, zoneNames, foreignZones };
}

function uniqueZoneName(random: Random, taken: ReadonlyMap<string, string>): string {
  const base = `${random.pick(products)}.${random.pick(domains)}`;
  const known = new Set([...taken.values()].map((zone) => zone.replace(/\.$/, "")));
  let zone = base;
  for (let n = 2; known.has(zone); n++) zone = base.replace(".", `${n}.`);
  // real zone files write the name with or without the trailing dot
  return random.chance(0.5) ? `${zone}.` : zone;
}

/** `total` split by `weights` with the largest-remainder method, so the parts add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

function accountEnvironment(env: string): string {
  const production = env === "prod";
  const branch = production ? "main" : env;
  return `${JSON.stringify(
    {
      name: `acme-${env}`,
      environment: env,
      config_repo: "https://github.com/acme/aws-config.git",
      config_branch: branch,
      iac_repo: "https://github.com/usekarma/aws-iac.git",
      iac_branch: branch,
      iac_strict: production,
      lambda_repo: "https://github.com/usekarma/aws-lambda.git",
      lambda_branch: branch,
      lambda_strict: production,
      allow_drift: production,
    },
    null,
    2,
  )}\n`;
}

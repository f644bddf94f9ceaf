// Writes core's snapshot fixtures (packages/core/src/runtime/fixtures) from the bundled
// sample's prod configs plus invented runtime values; a Node script, so it lives outside core:
// `node packages/cli/scripts/generate-snapshot-fixtures.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../../../public/sample/iac/prod", import.meta.url));
const out = fileURLToPath(new URL("../../core/src/runtime/fixtures", import.meta.url));
const config = (id) => readFileSync(`${repo}/${id}/config.json`, "utf8");
const account = "123456789012";
let clock = Date.parse("2025-03-14T09:26:53.589Z");
function param(prefix, path, value, { type = "String", version = 1 } = {}) {
  const name = `${prefix}/${path}`;
  clock += 61_417;
  return {
    Name: name,
    Type: type,
    Value: typeof value === "string" ? value : JSON.stringify(value),
    Version: version,
    LastModifiedDate: new Date(clock).toISOString().replace("Z", "000+00:00"),
    ARN: `arn:aws:ssm:us-east-1:${account}:parameter${name}`,
    DataType: "text",
  };
}
const page = (parameters, nextToken) =>
  JSON.stringify(
    nextToken ? { Parameters: parameters, NextToken: nextToken } : { Parameters: parameters },
    null,
    4,
  );

const zones = {
  "strall-com": { zone_id: "Z08271652GJ4ODWQ3A2XR", ns: "ns-1136.awsdns-14.org" },
  "usekarma-dev": { zone_id: "Z03419932B7KQ9PXWS0M1", ns: "ns-412.awsdns-51.com" },
};
const sites = {
  "adage-usekarma-dev": {
    id: "E2QWRUHAPOMQZL",
    domain: "d1x9k2m3n4b5v6.cloudfront.net",
    custom: "adage.usekarma.dev",
    prefix: "adage-karma-dev-prod-site",
  },
  "strall-com": {
    id: "E1PVXKJ0Y8ZT3N",
    domain: "d2a8f7e6d5c4b3.cloudfront.net",
    custom: "strall.com",
    prefix: "strall-com-prod-site",
  },
  "usekarma-dev": {
    id: "E3M2N1B0V9C8XZ",
    domain: "d3q4w5e6r7t8y9.cloudfront.net",
    custom: "usekarma.dev",
    prefix: "karma-dev-prod-site",
  },
};
const apis = { "demo-api": "k3j9x2p7qa", "karma-api": "v8m2n4b6cz" };
const functions = {
  echo: "demo-api",
  status: "demo-api",
  time: "demo-api",
  "karma-log-handler": "karma-api",
  "karma-graph-query": "karma-api",
};
const arn = (fn) => `arn:aws:lambda:us-east-1:${account}:function:${fn}`;

function inSyncParameters(prefix) {
  const list = [];
  for (const [nick, zone] of Object.entries(zones)) {
    list.push(param(prefix, `route53-zone/${nick}/config`, config(`route53-zone/${nick}`)));
    list.push(
      param(prefix, `route53-zone/${nick}/runtime`, {
        zone_id: zone.zone_id,
        zone_arn: `arn:aws:route53:::hostedzone/${zone.zone_id}`,
        name_servers: [
          zone.ns,
          "ns-1991.awsdns-56.co.uk",
          "ns-660.awsdns-18.net",
          "ns-25.awsdns-03.com",
        ],
      }),
    );
  }
  for (const nick of ["demo-api", "karma-api"]) {
    const bucket = JSON.parse(config(`s3-bucket/${nick}`)).bucket_name;
    list.push(param(prefix, `s3-bucket/${nick}/config`, config(`s3-bucket/${nick}`)));
    list.push(param(prefix, `s3-bucket/${nick}/runtime`, { bucket_name: bucket }));
    list.push(param(prefix, `lambda/${nick}/config`, config(`lambda/${nick}`)));
    list.push(param(prefix, `serverless-api/${nick}/config`, config(`serverless-api/${nick}`)));
    list.push(
      param(prefix, `serverless-api/${nick}/runtime`, {
        api_id: apis[nick],
        api_endpoint: `https://${apis[nick]}.execute-api.us-east-1.amazonaws.com`,
        stage_name: "v1",
        custom_domain: `${nick}.usekarma.dev`,
      }),
    );
    list.push(
      param(
        prefix,
        `openapi/${nick}/runtime`,
        {
          source: `s3://${bucket}/openapi/${nick}.yaml`,
          definition: `s3://${bucket}/openapi/${nick}.yaml`,
        },
        { version: 3 },
      ),
    );
  }
  for (const [fn, owner] of Object.entries(functions)) {
    const value =
      fn === "karma-graph-query" ? { function_name: fn, placeholder: true } : { arn: arn(fn) };
    list.push(
      param(prefix, `lambda/${fn}/runtime`, value, { version: owner === "demo-api" ? 2 : 1 }),
    );
  }
  for (const [nick, site] of Object.entries(sites)) {
    list.push(param(prefix, `serverless-site/${nick}/config`, config(`serverless-site/${nick}`)));
    list.push(
      param(prefix, `serverless-site/${nick}/runtime`, {
        content_bucket_prefix: site.prefix,
        cloudfront_distribution_id: site.id,
        cloudfront_distribution_domain: site.domain,
        custom_domain: site.custom,
      }),
    );
  }
  return list.sort((a, b) => (a.Name < b.Name ? -1 : 1));
}

// 1. everything deployed as the repository says
writeFileSync(`${out}/prod-in-sync.json`, `${page(inSyncParameters("/iac"))}\n`);

// 2. three pages appended, another prefix, with drift of every kind
{
  const prefix = "/karma/prod/iac";
  const list = inSyncParameters(prefix).filter(
    (p) =>
      !p.Name.endsWith("/s3-bucket/karma-api/config") && !p.Name.endsWith("/lambda/echo/runtime"),
  );
  const set = (suffix, value) => {
    const p = list.find((q) => q.Name.endsWith(suffix));
    p.Value = value;
    p.Version += 1;
  };
  const api = JSON.parse(config("serverless-api/demo-api"));
  api.stage_name = "v2";
  delete api.tags.Owner;
  api.cors_enabled = true;
  set("/serverless-api/demo-api/config", JSON.stringify(api));
  set("/route53-zone/strall-com/runtime", '{"zone_id": "Z08271652GJ4ODWQ3A2XR", "zone_arn": ');
  set(
    "/openapi/karma-api/runtime",
    JSON.stringify({ source: "s3://usekarma.dev-prod-karma-api/openapi/karma-api.yaml" }),
  );
  list.push(param(prefix, "lambda/echo/runtime", arn("echo"), { version: 4 }));
  list.push(
    param(prefix, "vpc/legacy/config", JSON.stringify({ cidr: "10.20.0.0/16", az_count: 2 })),
  );
  list.push(
    param(
      prefix,
      "vpc/legacy/runtime",
      JSON.stringify({
        vpc_id: "vpc-0a1b2c3d4e5f67890",
        vpc_cidr: "10.20.0.0/16",
        public_subnet_ids: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
        private_subnet_ids: ["subnet-0aaaabbbbccccdddd", "subnet-0eeeeffff00001111"],
        default_sg_id: "sg-0123abcd4567ef890",
        has_nat: true,
        ssm_endpoints: false,
      }),
    ),
  );
  list.push(
    param(
      prefix,
      "sqs-queue/jobs/runtime/queue_url",
      `https://sqs.us-east-1.amazonaws.com/${account}/jobs`,
    ),
  );
  list.push(
    param(
      prefix,
      "sqs-queue/jobs/runtime/queue_arn",
      "AQICAHhL8x2Vv0k9bQ7mC1nZ3pR5tY6uW8eA0sD2fG4hJ6kL8zX0cV2bN4mQ6wE8rT0yU2iO4pA6sD8fG0hJ2kL4==",
      { type: "SecureString" },
    ),
  );
  list.push(param(prefix, "clickhouse/ami/base", "ami-0c55b159cbfafe1f0"));
  list.sort((a, b) => (a.Name < b.Name ? -1 : 1));
  const third = Math.ceil(list.length / 3);
  const pages = [list.slice(0, third), list.slice(third, 2 * third), list.slice(2 * third)];
  // the last parameter of page 1 fetched again at the top of page 2 (overlapping pages)
  pages[1].unshift(pages[0].at(-1));
  const text =
    `${page(pages[0], "AAEAAZu1Tn3qfCzWq0yOUkS0aT0xK2VZc3RhcnQ=")}\n` +
    `${page(pages[1], "AAEAAQ8kHq2Vd1pMx9fT2yZ0aW5kZXg9NDA=")}` +
    `${page(pages[2])}\n`;
  writeFileSync(`${out}/prod-paginated.json`, text);
}

// 3. values that cannot be read
{
  const list = inSyncParameters("/iac");
  const set = (suffix, value, type) => {
    const p = list.find((q) => q.Name.endsWith(suffix));
    p.Value = value;
    if (type) p.Type = type;
  };
  set(
    "/s3-bucket/demo-api/config",
    '{\n    "bucket_name": "usekarma.dev-prod-demo-api",\n    "versioning": true\n    "force_destroy": true\n}',
  );
  set(
    "/s3-bucket/karma-api/config",
    "AQICAHgXl5pS2dW8vN0aC4eR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0eR2tY4uI6oP8a==",
    "SecureString",
  );
  writeFileSync(`${out}/prod-unreadable.json`, `${page(list)}\n`);
}

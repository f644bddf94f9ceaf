import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type GitRepo, gitRepo } from "./plan-git-repo.ts";
import { copyFixture, fixtureDir, runBin, runMain } from "./run-cli.ts";

const siteId = "serverless-site/strall-com";
const site = `iac/prod/${siteId}/config.json`;
const zoneDir = "iac/prod/route53-zone/usekarma-dev";
const newZoneId = "route53-zone/example-org";
const newZone = `iac/prod/${newZoneId}/config.json`;
const newSite = "iac/prod/serverless-site/example-org/config.json";
const newSiteConfig = `${JSON.stringify(
  {
    content_bucket_prefix: "example-org-prod-site",
    cloudfront_comment: "Static site for example.org (prod)",
    route53_zone_name: "example.org.",
  },
  null,
  2,
)}\n`;

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

async function editSite(dir: string): Promise<void> {
  const text = await readFile(join(dir, site), "utf8");
  await writeFile(join(dir, site), text.replace('"strall.com."', '"usekarma.dev"'));
}

async function shortHead(r: GitRepo): Promise<string> {
  return (await r.git("rev-parse", "--short=7", "HEAD")).trim();
}

describe("karma plan against a git ref", () => {
  it("exits 2 with the update and its field diff, leaving the working tree and index alone", async () => {
    repo = await gitRepo();
    await editSite(repo.dir);
    const status = await repo.git("status", "--porcelain");
    const { code, stdout, stderr } = await runMain(["plan", repo.dir, "--base", "HEAD"]);
    expect(stderr).toBe("");
    expect(code).toBe(2);
    expect(stdout).toBe(
      [
        `Base: HEAD (${await shortHead(repo)})`,
        "",
        "Wave 1 (apply) · prod",
        "  ~ serverless-site/strall-com will be updated",
        '      ~ route53_zone_name: "strall.com." → "usekarma.dev"',
        "",
        "Plan: 0 to create, 1 to update, 0 to delete.",
        "",
      ].join("\n"),
    );
    expect(await repo.git("status", "--porcelain")).toBe(status);
    expect(await repo.git("diff", "--cached", "--name-only")).toBe("");
  });

  it("exits 0 when nothing changed", async () => {
    repo = await gitRepo();
    const { code, stdout } = await runMain(["plan", repo.dir, "--base", "HEAD"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `Base: HEAD (${await shortHead(repo)})\n\nNo changes. The repository matches the base.\n`,
    );
  });

  it("exits 1 when a deleted zone is still referenced, with the errors and the 4 consequences", async () => {
    repo = await gitRepo();
    await rm(join(repo.dir, zoneDir), { recursive: true });
    const { code, stdout } = await runMain(["plan", repo.dir, "--base", "HEAD"]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines.slice(2, 4)).toEqual([
      "Wave 1 (destroy) · prod",
      "  - route53-zone/usekarma-dev will be deleted",
    ]);
    expect(lines).toContain('      - zone_name: "usekarma.dev."');
    const consequences = lines.slice(lines.indexOf("Consequences (inputs may change):") + 1);
    expect(consequences.slice(0, 5)).toEqual([
      ...[
        "serverless-api/demo-api",
        "serverless-api/karma-api",
        "serverless-site/adage-usekarma-dev",
        "serverless-site/usekarma-dev",
      ].map((id) => `  ! ${id} (prod): ${id} → route53-zone/usekarma-dev (deleted)`),
      "",
    ]);
    expect(
      lines.filter((line) => / error +route53-zone\/usekarma-dev is deleted/.test(line)),
    ).toEqual([
      expect.stringMatching(/^iac\/prod\/serverless-api\/demo-api\/config\.json:7:3 /),
      expect.stringMatching(/^iac\/prod\/serverless-api\/karma-api\/config\.json:7:3 /),
      expect.stringMatching(/^iac\/prod\/serverless-site\/adage-usekarma-dev\/config\.json:9:3 /),
      expect.stringMatching(/^iac\/prod\/serverless-site\/usekarma-dev\/config\.json:9:3 /),
    ]);
    expect(lines.at(-2)).toBe(
      "Plan: 0 to create, 0 to update, 1 to delete; 4 downstream may change.",
    );
  });

  it("orders a new site in a wave after the new zone it uses", async () => {
    repo = await gitRepo();
    await repo.put(newZone, '{ "zone_name": "example.org" }\n');
    await repo.put(newSite, newSiteConfig);
    const { code, stdout } = await runMain(["plan", repo.dir, "--base", "HEAD", "--env", "prod"]);
    expect(code).toBe(2);
    const body = stdout.split("\n").slice(2, -3);
    expect(body).toEqual([
      "Wave 1 (apply) · prod",
      "  + route53-zone/example-org will be created",
      '      + zone_name: "example.org"',
      "",
      "Wave 2 (apply) · prod",
      "  + serverless-site/example-org will be created",
      '      + content_bucket_prefix: "example-org-prod-site"',
      '      + cloudfront_comment: "Static site for example.org (prod)"',
      '      + route53_zone_name: "example.org."',
    ]);
    expect(stdout.endsWith("\nPlan: 2 to create, 0 to update, 0 to delete.\n")).toBe(true);
  });

  it("prints the deploy commands in order, destroys first, and they run as printed", async () => {
    repo = await gitRepo();
    await editSite(repo.dir);
    await rm(join(repo.dir, "iac/dev/serverless-site/test-site"), { recursive: true });
    await repo.put(newZone, '{ "zone_name": "example.org" }\n');
    await repo.put(newSite, newSiteConfig);
    const { code, stdout, stderr } = await runMain([
      "plan",
      repo.dir,
      "--base",
      "HEAD",
      "--format",
      "script",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(2);
    expect(stdout).toBe(
      [
        "#!/usr/bin/env bash",
        `# Deploy order planned by karma against HEAD (${await shortHead(repo)}): 2 to create, 1 to update, 1 to delete.`,
        "# Run from the root of the IaC repository (the one with scripts/deploy.sh), with",
        "# AWS_PROFILE set to the account of each environment.",
        "set -euo pipefail",
        "",
        "# Environment dev (account environments: strall-com-dev, usekarma-dev-dev)",
        "",
        "# Wave 1 (destroy, dependents first)",
        "./scripts/deploy.sh --destroy serverless-site test-site",
        "",
        "# Environment prod (account environments: strall-com-prod, usekarma-dev-prod)",
        "",
        "# Wave 2 (apply)",
        "./scripts/deploy.sh route53-zone example-org",
        "./scripts/deploy.sh serverless-site strall-com",
        "",
        "# Wave 3 (apply)",
        "./scripts/deploy.sh serverless-site example-org",
        "",
      ].join("\n"),
    );
    expect(await runScript(stdout)).toEqual([
      "--destroy serverless-site test-site",
      "route53-zone example-org",
      "serverless-site strall-com",
      "serverless-site example-org",
    ]);
  });

  it("stops a script with errors before its first command and reports them on stderr", async () => {
    repo = await gitRepo();
    await rm(join(repo.dir, zoneDir), { recursive: true });
    const { code, stdout, stderr } = await runMain([
      "plan",
      repo.dir,
      "--base",
      "HEAD",
      "--format",
      "script",
    ]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines.indexOf("exit 1")).toBeGreaterThan(0);
    expect(lines.indexOf("exit 1")).toBeLessThan(
      lines.indexOf("./scripts/deploy.sh --destroy route53-zone usekarma-dev"),
    );
    expect(lines).toContain(
      "# ./scripts/deploy.sh serverless-api demo-api  # prod: reads route53-zone/usekarma-dev",
    );
    expect(stderr.match(/ error +/g)).toHaveLength(4);
    expect(await runScript(stdout)).toEqual([]);
  });

  it("prints stable JSON with only the changed components", async () => {
    repo = await gitRepo();
    await editSite(repo.dir);
    await repo.put(newZone, '{ "zone_name": "example.org" }\n');
    const { code, stdout } = await runMain([
      "plan",
      repo.dir,
      "--base",
      "HEAD",
      "--format",
      "json",
    ]);
    expect(code).toBe(2);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      "version",
      "base",
      "baseCommit",
      "env",
      "summary",
      "actions",
      "waves",
      "consequences",
      "issues",
    ]);
    expect(json).toMatchObject({
      version: 1,
      base: "HEAD",
      baseCommit: (await repo.git("rev-parse", "HEAD")).trim(),
      env: null,
      summary: { create: 1, update: 1, delete: 0, noOp: 13, consequences: 0, errors: 0 },
      // the site's zone is unchanged, so nothing holds it back from the first wave
      waves: [
        { env: "prod", index: 1, phase: "apply", components: [newZoneId, siteId], cycle: false },
      ],
      consequences: [],
      issues: [],
    });
    expect(json.actions).toEqual([
      {
        component: newZoneId,
        env: "prod",
        type: "route53-zone",
        nickname: "example-org",
        file: newZone,
        action: "create",
        wave: 1,
        changes: [{ path: "zone_name", after: "example.org" }],
      },
      {
        component: siteId,
        env: "prod",
        type: "serverless-site",
        nickname: "strall-com",
        file: site,
        action: "update",
        wave: 1,
        changes: [{ path: "route53_zone_name", before: "strall.com.", after: "usekarma.dev" }],
      },
    ]);
  });

  it("prints a pull-request comment with the table, the diff and the graph of the change", async () => {
    repo = await gitRepo();
    await editSite(repo.dir);
    const { code, stdout } = await runMain([
      "plan",
      repo.dir,
      "--base",
      "HEAD",
      "--format",
      "markdown",
    ]);
    expect(code).toBe(2);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("### Karma plan: 0 to create, 1 to update, 0 to delete");
    expect(lines).toContain("| Wave | Action | Component | Env | Changes |");
    expect(lines).toContain(
      "| 1 | `~` update | `serverless-site/strall-com` | `prod` | `route53_zone_name` |",
    );
    expect(stdout).toContain(
      '```diff\n- route53_zone_name: "strall.com."\n+ route53_zone_name: "usekarma.dev"\n```',
    );
    const mermaid = stdout.slice(stdout.indexOf("```mermaid\n") + 11, stdout.lastIndexOf("```"));
    expect(mermaid.split("\n")).toEqual([
      "flowchart LR",
      '  subgraph env_prod["prod"]',
      '    n_prod_route53_zone_usekarma_dev["route53-zone/usekarma-dev"]',
      '    n_prod_serverless_site_strall_com["~ serverless-site/strall-com"]:::update',
      "  end",
      '  n_prod_serverless_site_strall_com -->|"route53_zone_name"| n_prod_route53_zone_usekarma_dev',
      "  classDef external stroke-dasharray: 5 5",
      "  classDef create fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
      "  classDef update fill:#fff8c5,stroke:#9a6700,color:#1f2328",
      "  classDef delete fill:#ffebe9,stroke:#cf222e,color:#1f2328",
      "  classDef consequence fill:#ddf4ff,stroke:#0969da,color:#1f2328",
      "",
    ]);
  });

  it("marks deletions, consequences and errors in the pull-request comment", async () => {
    repo = await gitRepo();
    await rm(join(repo.dir, zoneDir), { recursive: true });
    const { code, stdout } = await runMain([
      "plan",
      repo.dir,
      "--base",
      "HEAD",
      "--format",
      "markdown",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("> [!CAUTION]\n> 4 errors: this change cannot be deployed as is");
    expect(stdout).toContain(
      "| 1 (destroy) | `-` delete | `route53-zone/usekarma-dev` | `prod` | whole component |",
    );
    expect(stdout).toContain(
      "- `serverless-api/demo-api` (prod): `serverless-api/demo-api` → `route53-zone/usekarma-dev` (deleted)",
    );
    expect(stdout).toMatch(
      /^- \*\*error\*\* `iac\/prod\/serverless-api\/demo-api\/config\.json:7:3` .*route53\\_zone\\_name \(`missing-reference`\)$/m,
    );
    expect(stdout).toContain(
      '    n_prod_route53_zone_usekarma_dev["- route53-zone/usekarma-dev"]:::delete',
    );
    expect(stdout).toContain(
      '    n_prod_serverless_api_demo_api["! serverless-api/demo-api"]:::consequence',
    );
  });

  it("reads a repository kept in a subdirectory of the git repository", async () => {
    repo = await gitRepo("config/aws");
    // Karma-looking files outside the repository directory must not be read
    await writeFile(join(repo.top, "README.md"), "# infra\n");
    await mkdir(join(repo.top, "iac/dev/vpc/stray"), { recursive: true });
    await writeFile(join(repo.top, "iac/dev/vpc/stray/config.json"), "{}\n");
    await repo.git("add", "-A");
    await repo.git("commit", "-q", "-m", "more");
    await rm(join(repo.top, "iac"), { recursive: true });
    await editSite(repo.dir);

    const json = await runMain(["plan", "--base", "HEAD", "--format", "json"], { cwd: repo.dir });
    expect(json.code).toBe(2);
    const plan = JSON.parse(json.stdout);
    expect(plan.summary).toMatchObject({ create: 0, update: 1, delete: 0, noOp: 13 });
    expect(plan.actions.map((a: { file: string }) => a.file)).toEqual([site]);

    const fromTop = await runMain(["plan", "config/aws", "--base", "HEAD"], { cwd: repo.top });
    expect(fromTop.code).toBe(2);
    expect(fromTop.stdout).toContain("  ~ serverless-site/strall-com will be updated");
  });

  it("reads a git ref whose repository directory did not exist yet as an empty base", async () => {
    repo = await gitRepo("old");
    const dir = join(repo.top, "new");
    await mkdir(join(dir, "iac/prod/s3-bucket/logs"), { recursive: true });
    await writeFile(join(dir, "iac/prod/s3-bucket/logs/config.json"), '{"bucket_name": "logs"}');
    const { code, stdout, stderr } = await runMain(["plan", dir, "--base", "HEAD"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "karma: warning: the base HEAD has no account_environments/, iac/ or .karma/ files; every component is planned as new\n",
    );
    expect(stdout).toContain("  + s3-bucket/logs will be created");
  });

  it("exits 1 for an unknown ref, a ref that looks like an option and a folder outside git", async () => {
    repo = await gitRepo();
    const unknown = await runMain(["plan", repo.dir, "--base", "no-such-branch"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toBe(
      `karma: cannot read git ref 'no-such-branch' in ${repo.dir}: no such commit, branch or tag\n`,
    );

    const option = await runMain(["plan", repo.dir, "--base=--output=stolen"]);
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(/^karma: cannot read git ref '--output=stolen' in /);
    expect(await repo.git("status", "--porcelain")).toBe("");

    const outside = await copyFixture();
    try {
      const notGit = await runMain(["plan", outside.dir, "--base", "HEAD"]);
      expect(notGit.code).toBe(1);
      expect(notGit.stderr).toMatch(
        new RegExp(`^karma: cannot read git ref 'HEAD' in ${outside.dir}: not a git repository`),
      );
    } finally {
      await outside.remove();
    }
  });

  it("colours the signs for a terminal unless NO_COLOR is set", async () => {
    repo = await gitRepo();
    await editSite(repo.dir);
    const coloured = await runMain(["plan", repo.dir, "--base", "HEAD"], { tty: true });
    expect(coloured.stdout).toContain("\u001b[33m~\u001b[39m \u001b[1mserverless-site/strall-com");
    const plain = await runMain(["plan", repo.dir, "--base", "HEAD"], {
      tty: true,
      env: { NO_COLOR: "1" },
    });
    expect(plain.stdout).not.toContain("\u001b[");
  });

  it("exits 2 from the real executable when there are changes", async () => {
    repo = await gitRepo();
    await editSite(repo.dir);
    const { code, stdout } = await runBin(["plan", ".", "--base", "HEAD"], repo.dir);
    expect(code).toBe(2);
    expect(stdout).toContain("Plan: 0 to create, 1 to update, 0 to delete.");
  });
});

describe("karma plan against a folder", () => {
  it("compares with another copy of the repository", async () => {
    const copy = await copyFixture();
    try {
      await editSite(copy.dir);
      const { code, stdout } = await runMain(["plan", copy.dir, "--base", fixtureDir]);
      expect(code).toBe(2);
      expect(stdout.split("\n")[0]).toBe(`Base: ${fixtureDir}`);
      expect(stdout).toContain('      ~ route53_zone_name: "strall.com." → "usekarma.dev"');
      const same = await runMain(["plan", fixtureDir, "--base", fixtureDir, "--env", "dev"]);
      expect(same.code).toBe(0);
      expect(same.stdout).toContain("No changes. The repository matches the base.");
    } finally {
      await copy.remove();
    }
  });
});

describe("karma plan usage", () => {
  it("states the exit codes in its help", async () => {
    const { code, stdout } = await runMain(["plan", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: karma plan \[dir\] --base <git-ref\|dir>/);
    expect(stdout).toContain("Exit status: 0 without changes, 2 with changes");
    expect((await runMain(["--help"])).stdout).toMatch(/^ {2}plan {7}/m);
  });

  it("exits 1, not 2, for usage errors: 2 means changes", async () => {
    for (const [argv, message] of [
      [["plan", fixtureDir], "missing --base <git-ref|dir>"],
      [["plan", fixtureDir, "--base", fixtureDir, "--format", "yaml"], 'unknown format "yaml"'],
      [
        ["plan", fixtureDir, "--base", fixtureDir, "--env", "staging"],
        'unknown environment "staging"',
      ],
      [["plan", fixtureDir, "--base", fixtureDir, "--strict"], "unknown option '--strict'"],
      [["plan", "/no/such/karma/repository", "--base", fixtureDir], "cannot read /no/such"],
    ] as const) {
      const { code, stdout, stderr } = await runMain([...argv]);
      expect(code, argv.join(" ")).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.startsWith(`karma: ${message}`)).toBe(true);
    }
  });
});

/** Runs a plan script in a folder whose scripts/deploy.sh records its arguments. */
async function runScript(script: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "karma-deploy-"));
  try {
    await mkdir(join(dir, "scripts"));
    await writeFile(
      join(dir, "scripts/deploy.sh"),
      '#!/usr/bin/env bash\necho "$*" >> deploy.log\n',
    );
    await chmod(join(dir, "scripts/deploy.sh"), 0o755);
    await writeFile(join(dir, "plan.sh"), script);
    await promisify(execFile)("bash", ["plan.sh"], { cwd: dir }).catch(() => undefined);
    const log = await readFile(join(dir, "deploy.log"), "utf8").catch(() => "");
    return log.split("\n").filter((line) => line !== "");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

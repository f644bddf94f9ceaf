/** What a parameter name says about a component: `<prefix>/<type>/<nickname>/config|runtime[/<key>]`. */
export interface ComponentParameterName {
  prefix: string;
  type: string;
  nickname: string;
  kind: "config" | "runtime" | "runtime-key";
  /** The output name of a per-key runtime parameter. */
  key?: string;
}

const typePattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Reads a parameter name, or returns null for one that is not a component's (AMI metadata such
 * as `/iac/clickhouse/ami/base`). The prefix is whatever comes before the type: `/iac`,
 * `/karma/prod/iac`, or "" for `/vpc/main/config`.
 */
export function parseParameterName(name: string): ComponentParameterName | null {
  const segments = name.split("/");
  const last = segments.at(-1);
  if (last === "config" || last === "runtime") {
    return component(segments.slice(0, -1), last);
  }
  if (segments.at(-2) === "runtime" && last) {
    const parsed = component(segments.slice(0, -2), "runtime-key");
    return parsed && { ...parsed, key: last };
  }
  return null;
}

function component(
  segments: string[],
  kind: ComponentParameterName["kind"],
): ComponentParameterName | null {
  if (segments.length < 2) return null;
  const nickname = segments.at(-1)!;
  const type = segments.at(-2)!;
  if (!typePattern.test(type) || nickname === "") return null;
  return { prefix: segments.slice(0, -2).join("/"), type, nickname, kind };
}

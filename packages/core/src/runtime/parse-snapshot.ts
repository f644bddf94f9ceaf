import { builtinCatalog, type Catalog } from "../catalog/catalog.ts";
import { compareStrings } from "../compare.ts";
import { isJsonObject, type JsonValue } from "../json.ts";
import { componentId } from "../repo/component-id.ts";
import { type ComponentParameterName, parseParameterName } from "./parameter-name.ts";
import { type Report, readConfigValue, readRuntimeValue } from "./read-parameter-value.ts";
import { type RawParameter, readSsmPages } from "./read-ssm-pages.ts";
import type { DeployedComponent, RuntimeSnapshot, SnapshotParameter } from "./snapshot.ts";

interface Named {
  parameter: RawParameter;
  name: ComponentParameterName;
}

/**
 * Reads a parameter-store snapshot: the JSON printed by
 * `aws ssm get-parameters-by-path --path <prefix> --recursive --output json`, one page or several
 * appended. Groups parameters into components by `<prefix>/<type>/<nickname>/config|runtime`, with
 * per-key runtime parameters and lambda per-function runtimes (mapped to the lambda whose deployed
 * `functions` lists them). Never throws: what cannot be read becomes an issue in `file`.
 */
export function parseSnapshot(
  text: string,
  file: string,
  catalog: Catalog = builtinCatalog(),
): RuntimeSnapshot {
  const { parameters, issues } = readSsmPages(text, file);
  const report: Report = (severity, code, at, component, message) => {
    issues.push({ severity, code, component, env: null, file, ...at, path: "", message });
  };

  const unique = latestByName(parameters, report);
  const named: Named[] = [];
  for (const parameter of unique) {
    const name = parseParameterName(parameter.name);
    if (name) named.push({ parameter, name });
    else
      report(
        "info",
        "malformed-path",
        parameter.at,
        null,
        `${parameter.name} is not a component parameter (<prefix>/<type>/<nickname>/config or /runtime); ignored`,
      );
  }

  const prefix = dominantPrefix(named);
  const components = new Map<string, DeployedComponent>();
  const functionRuntimes: { key: string; runtime: JsonValue; parameter: SnapshotParameter }[] = [];
  for (const { parameter, name } of named) {
    if (name.prefix !== prefix) {
      report(
        "warning",
        "malformed-path",
        parameter.at,
        null,
        `${parameter.name} is outside the snapshot's prefix ${prefix || '""'}; ignored`,
      );
      continue;
    }
    const id = componentId(name.type, name.nickname);
    const info = snapshotParameter(parameter);
    const perFunction = catalog.types.get(name.type)?.runtimePublishing === "per-function";
    if (name.kind === "runtime" && perFunction) {
      const runtime = readRuntimeValue(
        parameter,
        `function runtime ${parameter.name}`,
        null,
        report,
      );
      functionRuntimes.push({ key: name.nickname, runtime, parameter: info });
      continue;
    }
    let component = components.get(id);
    if (!component) {
      component = { id, type: name.type, nickname: name.nickname, parameters: [] };
      components.set(id, component);
    }
    component.parameters.push(info);
    if (name.kind === "config") {
      component.configText = parameter.value;
      const config = readConfigValue(parameter, id, report);
      if (config) component.config = config;
    } else if (name.kind === "runtime") {
      component.runtime = readRuntimeValue(parameter, `runtime of ${id}`, id, report);
    } else {
      component.runtimeKeys = { ...component.runtimeKeys, [name.key!]: parameter.value };
    }
  }

  const snapshot: RuntimeSnapshot = {
    file,
    prefix: named.length > 0 ? prefix : null,
    parameterCount: unique.length,
    components: {},
    orphanFunctions: {},
    issues,
  };
  const owners = [...components.values()].filter(
    (component) => catalog.types.get(component.type)?.runtimePublishing === "per-function",
  );
  assignFunctionRuntimes(functionRuntimes, owners, snapshot, report);
  for (const id of [...components.keys()].sort(compareStrings)) {
    const component = components.get(id)!;
    component.parameters.sort((a, b) => compareStrings(a.name, b.name));
    snapshot.components[id] = component;
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return snapshot;
}

/** Pages fetched twice or overlapping: keep the highest version of each name, once. */
function latestByName(parameters: RawParameter[], report: Report): RawParameter[] {
  const byName = new Map<string, RawParameter>();
  for (const parameter of parameters) {
    const earlier = byName.get(parameter.name);
    if (!earlier) {
      byName.set(parameter.name, parameter);
      continue;
    }
    const later = (parameter.version ?? 0) >= (earlier.version ?? 0) ? parameter : earlier;
    if (earlier.value !== parameter.value) {
      report(
        "warning",
        "duplicate-path",
        parameter.at,
        null,
        `${parameter.name} appears twice with different values (also at line ${earlier.at.line}); using version ${later.version ?? "?"} at line ${later.at.line}`,
      );
    }
    byName.set(parameter.name, later);
  }
  return [...byName.values()];
}

/** The prefix most component parameters share (ties: the shortest, then the first in order). */
function dominantPrefix(named: Named[]): string {
  const counts = new Map<string, number>();
  for (const { name } of named) counts.set(name.prefix, (counts.get(name.prefix) ?? 0) + 1);
  let best = "";
  let bestCount = 0;
  for (const [prefix, count] of counts) {
    const better =
      count > bestCount ||
      (count === bestCount &&
        (prefix.length < best.length ||
          (prefix.length === best.length && compareStrings(prefix, best) < 0)));
    if (better) {
      best = prefix;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Lambda publishes one runtime per function key, not per component: give each to the deployed
 * lambda whose config lists that key.
 */
function assignFunctionRuntimes(
  runtimes: { key: string; runtime: JsonValue; parameter: SnapshotParameter }[],
  lambdas: DeployedComponent[],
  snapshot: RuntimeSnapshot,
  report: Report,
): void {
  const owners = new Map<string, DeployedComponent[]>();
  for (const component of lambdas.sort((a, b) => compareStrings(a.id, b.id))) {
    const functions = component.config?.functions;
    if (!isJsonObject(functions)) continue;
    for (const key of Object.keys(functions)) {
      const list = owners.get(key) ?? [];
      list.push(component);
      owners.set(key, list);
    }
  }
  for (const { key, runtime, parameter } of runtimes) {
    const [owner, ...others] = owners.get(key) ?? [];
    const at = { line: parameter.line, column: parameter.column };
    if (!owner) {
      snapshot.orphanFunctions[key] = { functionKey: key, runtime, parameter };
      report(
        "info",
        "missing-reference",
        at,
        null,
        `${parameter.name}: no deployed lambda config lists a function "${key}"`,
      );
      continue;
    }
    if (others.length > 0) {
      report(
        "warning",
        "duplicate-path",
        at,
        owner.id,
        `${parameter.name}: function "${key}" is listed by ${[owner, ...others].map((c) => c.id).join(" and ")}; shown under ${owner.id}`,
      );
    }
    owner.functions = { ...owner.functions, [key]: runtime };
    owner.parameters.push(parameter);
  }
}

function snapshotParameter(parameter: RawParameter): SnapshotParameter {
  return {
    name: parameter.name,
    type: parameter.type,
    version: parameter.version,
    lastModified: parameter.lastModified,
    ...parameter.at,
  };
}

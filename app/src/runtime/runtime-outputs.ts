import type { DeployedComponent, JsonValue } from "@karma/core";
import { isJsonObject } from "@karma/core";

export interface RuntimeOutput {
  /** The output key, `functions.<key>` for a lambda function's runtime, or `runtime` for a plain value. */
  name: string;
  value: JsonValue;
}

/** Everything a deployed component publishes at runtime, flattened to one list in key order. */
export function runtimeOutputsOf(deployed: DeployedComponent): RuntimeOutput[] {
  const outputs: RuntimeOutput[] = [];
  if (isJsonObject(deployed.runtime)) {
    for (const [name, value] of Object.entries(deployed.runtime)) outputs.push({ name, value });
  } else if (deployed.runtime !== undefined) {
    outputs.push({ name: "runtime", value: deployed.runtime });
  }
  for (const [name, value] of Object.entries(deployed.runtimeKeys ?? {})) {
    outputs.push({ name, value });
  }
  for (const [key, value] of Object.entries(deployed.functions ?? {})) {
    outputs.push({ name: `functions.${key}`, value });
  }
  return outputs;
}

import * as z from "zod";
import type { Issue } from "../issues/issue.ts";
import { type FileMap, isJsonObject } from "../json.ts";
import { JsonDocument } from "../repo/json-document.ts";

/**
 * `.karma/layout/<env>.json`: where each component of one environment sits on the canvas,
 * keyed by component id `<type>/<nickname>`. Kept beside the config, keys sorted and whole
 * pixels, so a diagram is stable across machines and its diffs are small.
 */

export const layoutPositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type LayoutPosition = z.infer<typeof layoutPositionSchema>;

const componentIdPattern = /^[^/\s]+\/[^/\s]+$/;
export const layoutFileSchema = z.record(
  z.string().regex(componentIdPattern),
  layoutPositionSchema,
);
export type LayoutPositions = z.infer<typeof layoutFileSchema>;

const layoutDirectory = ".karma/layout/";

export function layoutFilePath(env: string): string {
  return `${layoutDirectory}${env}.json`;
}

/** The environment a layout file belongs to, or null when the path is not a layout file. */
export function layoutFileEnv(path: string): string | null {
  if (!path.startsWith(layoutDirectory) || !path.endsWith(".json")) return null;
  const env = path.slice(layoutDirectory.length, -".json".length);
  return env && !env.includes("/") ? env : null;
}

export interface ParsedLayoutFile {
  positions: LayoutPositions;
  issues: Issue[];
}

/** Reads a layout file; entries that are not valid are reported and left out, the rest kept. */
export function parseLayoutFile(file: string, text: string): ParsedLayoutFile {
  const env = layoutFileEnv(file);
  const document = new JsonDocument(text);
  const issue = (
    code: Issue["code"],
    component: string | null,
    path: string[],
    message: string,
  ): Issue => ({
    severity: "warning",
    code,
    component,
    env,
    file,
    ...document.positionOf(path),
    path: path.join("."),
    message,
  });

  if (document.error) {
    const { line, column, message } = document.error;
    return {
      positions: {},
      issues: [{ ...issue("invalid-json", null, [], ""), line, column, message }],
    };
  }
  if (!isJsonObject(document.value)) {
    return {
      positions: {},
      issues: [
        issue(
          "not-an-object",
          null,
          [],
          "a layout file must be an object keyed by <type>/<nickname>",
        ),
      ],
    };
  }

  const positions: LayoutPositions = {};
  const issues: Issue[] = [];
  for (const [id, value] of Object.entries(document.value)) {
    if (!componentIdPattern.test(id)) {
      issues.push(
        issue("invalid-value", null, [id], `"${id}" is not a component id <type>/<nickname>`),
      );
      continue;
    }
    const parsed = layoutPositionSchema.safeParse(value);
    if (parsed.success) positions[id] = { x: parsed.data.x, y: parsed.data.y };
    else
      issues.push(
        issue("wrong-type", id, [id], `position of ${id} must be {"x": number, "y": number}`),
      );
  }
  return { positions, issues };
}

/** The valid positions saved for an environment; none when its layout file is missing or unreadable. */
export function savedPositions(files: FileMap, env: string): LayoutPositions {
  const file = layoutFilePath(env);
  return Object.hasOwn(files, file) ? parseLayoutFile(file, files[file]!).positions : {};
}

/** Layout file text: keys sorted, whole pixels, 2-space indent, final newline. */
export function serializeLayoutFile(positions: LayoutPositions): string {
  const sorted: LayoutPositions = {};
  for (const id of Object.keys(positions).sort()) {
    const { x, y } = positions[id]!;
    sorted[id] = { x: wholePixels(x), y: wholePixels(y) };
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function wholePixels(value: number): number {
  // avoid writing -0, which JSON.stringify prints as 0 but compares unequal in Object.is
  return Math.round(value) || 0;
}

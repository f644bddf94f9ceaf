import type { Issue } from "../issues/issue.ts";
import { isJsonObject, type JsonObject, type JsonValue } from "../json.ts";
import { JsonDocument } from "../repo/json-document.ts";
import type { Position } from "../repo/text-positions.ts";
import type { RawParameter } from "./read-ssm-pages.ts";

/** Records a problem of the snapshot at a position. */
export type Report = (
  severity: Issue["severity"],
  code: Issue["code"],
  at: Position,
  component: string | null,
  message: string,
) => void;

/** A deployed config: a JSON object, or undefined with an error issue. */
export function readConfigValue(
  parameter: RawParameter,
  id: string,
  report: Report,
): JsonObject | undefined {
  const document = new JsonDocument(parameter.value);
  if (document.error) {
    const encrypted = parameter.type === "SecureString" && !/^\s*\{/.test(parameter.value);
    const why = encrypted
      ? "it is a SecureString that was not decrypted; fetch the snapshot with --with-decryption"
      : `${document.error.line}:${document.error.column} of the value: ${document.error.message}`;
    report(
      "error",
      "invalid-json",
      parameter.valueAt,
      id,
      `deployed config of ${id} is not valid JSON: ${why}`,
    );
    return undefined;
  }
  if (!isJsonObject(document.value)) {
    report(
      "error",
      "not-an-object",
      parameter.valueAt,
      id,
      `deployed config of ${id} is not a JSON object`,
    );
    return undefined;
  }
  return document.value;
}

/**
 * A runtime value: JSON when it looks like JSON (`{`, `[` or `"` first), else the plain string
 * (a bare ARN, an encrypted SecureString). Broken JSON is kept as the string, with a warning.
 */
export function readRuntimeValue(
  parameter: RawParameter,
  what: string,
  id: string | null,
  report: Report,
): JsonValue {
  if (!/^\s*[[{"]/.test(parameter.value)) return parameter.value;
  const document = new JsonDocument(parameter.value);
  if (document.value !== undefined) return document.value;
  const error = document.error!;
  report(
    "warning",
    "invalid-json",
    parameter.valueAt,
    id,
    `${what} looks like JSON but is not (${error.line}:${error.column} of the value: ${error.message}); kept as a plain string`,
  );
  return parameter.value;
}

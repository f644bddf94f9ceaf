import type { Issue } from "../issues/issue.ts";
import { JsonDocument } from "../repo/json-document.ts";
import { type Position, positionsIn } from "../repo/text-positions.ts";
import { splitJsonDocuments } from "./split-json-documents.ts";
import { ssmPageSchema, ssmParameterSchema } from "./ssm-output-schema.ts";

/** A well-formed parameter entry with where it stands in the snapshot text. */
export interface RawParameter {
  name: string;
  type: string;
  value: string;
  version: number | null;
  lastModified: string | null;
  /** Position of the parameter object. */
  at: Position;
  /** Position of its `Value`, for problems with the value. */
  valueAt: Position;
}

export interface SsmPages {
  parameters: RawParameter[];
  issues: Issue[];
}

/**
 * Every parameter entry of one or more `get-parameters-by-path` pages, in order. Pages that are
 * not JSON or not of that shape, and entries without a name or value, become issues; the rest
 * is still read.
 */
export function readSsmPages(text: string, file: string): SsmPages {
  const positionAt = positionsIn(text);
  const issues: Issue[] = [];
  const report = (
    severity: Issue["severity"],
    code: Issue["code"],
    offset: number,
    message: string,
  ) =>
    issues.push({
      severity,
      code,
      component: null,
      env: null,
      file,
      ...positionAt(offset),
      path: "",
      message,
    });

  const { documents, stray } = splitJsonDocuments(text);
  if (documents.length === 0) {
    const what = stray[0] ? `holds no JSON, only ${excerpt(stray[0].text)}` : "is empty";
    report("error", "invalid-json", stray[0]?.offset ?? 0, `the snapshot ${what}`);
  } else {
    for (const junk of stray) {
      const message = `ignored text that is not JSON: ${excerpt(junk.text)}`;
      report("warning", "invalid-json", junk.offset, message);
    }
  }

  const parameters: RawParameter[] = [];
  let lastNextToken: string | undefined;
  documents.forEach((segment, index) => {
    const page = documents.length > 1 ? `page ${index + 1}` : "the snapshot";
    lastNextToken = undefined;
    const document = new JsonDocument(segment.text);
    if (document.error) {
      const offset = segment.offset + document.error.offset;
      report(
        "error",
        "invalid-json",
        offset,
        `${page} is not valid JSON: ${document.error.message}`,
      );
      return;
    }
    const shape = ssmPageSchema.safeParse(document.value);
    if (!shape.success) {
      report(
        "error",
        "invalid-value",
        segment.offset,
        `${page} is not the output of \`aws ssm get-parameters-by-path --output json\` (expected {"Parameters": [...]})`,
      );
      return;
    }
    lastNextToken = shape.data.NextToken;
    shape.data.Parameters.forEach((entry, i) => {
      const offsetOf = (path: (string | number)[]) => {
        const node =
          document.valueNodeAt(["Parameters", i, ...path]) ??
          document.valueNodeAt(["Parameters", i]);
        return segment.offset + (node?.offset ?? 0);
      };
      const parsed = ssmParameterSchema.safeParse(entry);
      if (!parsed.success) {
        const problem = parsed.error.issues[0]!;
        const field = problem.path.join(".");
        report(
          "error",
          "invalid-value",
          offsetOf(problem.path as (string | number)[]),
          `parameter ${nameOf(entry) ?? `#${i + 1}`} of ${page} is not read: ${field ? `${field}: ` : ""}${problem.message}`,
        );
        return;
      }
      const { Name, Type, Value, Version, LastModifiedDate } = parsed.data;
      parameters.push({
        name: Name,
        type: Type,
        value: Value,
        version: Version ?? null,
        lastModified: isoDate(LastModifiedDate),
        at: positionAt(offsetOf([])),
        valueAt: positionAt(offsetOf(["Value"])),
      });
    });
  });
  if (lastNextToken !== undefined) {
    report(
      "warning",
      "invalid-value",
      documents.at(-1)!.offset,
      "the last page has a NextToken: parameters after it were not fetched, so components may show as not deployed; append the next pages",
    );
  }
  return { parameters, issues };
}

function nameOf(entry: unknown): string | undefined {
  const name = (entry as { Name?: unknown } | null)?.Name;
  return typeof name === "string" ? JSON.stringify(name) : undefined;
}

function isoDate(value: string | number | undefined): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  const date = new Date(value * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function excerpt(text: string): string {
  const line = text.split(/\r?\n/)[0]!;
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line);
}

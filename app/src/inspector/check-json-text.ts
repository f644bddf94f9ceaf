import {
  checkConfig,
  isJsonObject,
  JsonDocument,
  type Severity,
  type TypeDefinition,
} from "@karma/core";

/** A problem of the JSON tab's text, where it is. */
export interface TextProblem {
  severity: Severity;
  line: number;
  column: number;
  message: string;
}

export interface TextCheck {
  /** The first syntax error: such a text is not applied. */
  syntax: TextProblem | null;
  /** What the type definition says of the config (applied anyway, like any other issue). */
  schema: TextProblem[];
}

/** Checks a config text as it is typed: syntax first, then the type's rules (unknown types: syntax only). */
export function checkJsonText(text: string, definition: TypeDefinition | null): TextCheck {
  const document = new JsonDocument(text);
  if (document.error) {
    const { line, column, message } = document.error;
    return { syntax: { severity: "error", line, column, message }, schema: [] };
  }
  if (!isJsonObject(document.value)) {
    const problem = {
      severity: "error" as const,
      line: 1,
      column: 1,
      message: "a config must be a JSON object { … }",
    };
    return { syntax: problem, schema: [] };
  }
  if (!definition) return { syntax: null, schema: [] };
  const schema = checkConfig(definition, document.value).map((problem) => ({
    severity: problem.code === "unknown-key" ? ("info" as const) : ("error" as const),
    ...document.positionOf(problem.path),
    message: problem.message,
  }));
  return { syntax: null, schema };
}

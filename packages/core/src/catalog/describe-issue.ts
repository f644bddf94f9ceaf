import type { z } from "zod";

/** A value as a person would name it in a message: `a string "abc"`, `a number 5`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `a string ${quote(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `a ${typeof value} ${value}`;
  if (Array.isArray(value)) return "a list";
  return "an object";
}

const expectedNames: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object of names to values",
  null: "null",
};

/**
 * What a zod issue expected and what it found, for people: `expected a number, found a string "abc"`.
 * `actual` is the value at the issue's path (zod 4 does not report it by default).
 */
export function describeZodIssue(issue: z.core.$ZodIssue, actual: unknown): string {
  const found = `found ${describeValue(actual)}`;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${expectedNames[issue.expected] ?? issue.expected}, ${found}`;
    case "invalid_value":
      return `expected ${oneOf(issue.values)}, ${found}`;
    case "invalid_union": {
      const options = unionOptions(issue);
      return options ? `expected ${oneOf(options)}, ${found}` : `${issue.message}, ${found}`;
    }
    case "too_small":
      return `expected ${bound(issue.origin, "at least", "more than", issue.minimum, issue.inclusive)}, ${found}`;
    case "too_big":
      return `expected ${bound(issue.origin, "at most", "less than", issue.maximum, issue.inclusive)}, ${found}`;
    case "invalid_format":
      // our patterns carry a message saying what is expected
      return `expected ${issue.message}, ${found}`;
    default:
      return issue.message;
  }
}

/** The values a discriminated union accepts, when zod names them. */
export function unionOptions(issue: z.core.$ZodIssue): readonly unknown[] | undefined {
  return issue.code === "invalid_union" && "options" in issue ? issue.options : undefined;
}

/** `"a"` or `one of "a", "b"`. */
export function oneOf(values: readonly unknown[]): string {
  const listed = values.map((value) => JSON.stringify(value)).join(", ");
  return values.length === 1 ? listed : `one of ${listed}`;
}

function bound(
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  limit: number | bigint,
  inclusive: boolean | undefined,
): string {
  const word = inclusive === false ? exclusiveWord : inclusiveWord;
  if (origin === "string") return `a string of ${word} ${limit} characters`;
  if (origin === "array") return `a list of ${word} ${limit} entries`;
  return `a number ${word} ${limit}`;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

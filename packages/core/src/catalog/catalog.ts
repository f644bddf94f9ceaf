import type { Issue } from "../issues/issue.ts";
import type { FileMap } from "../json.ts";
import type { JsonDocument } from "../repo/json-document.ts";
import { readBuiltinTypes } from "./builtin/index.ts";
import { withCommonFields } from "./common-fields.ts";
import { readTypeDefinition, typeDefinitionIssue } from "./read-type-definition.ts";
import type { TypeDefinition } from "./type-definition.ts";

/** The component types known to a workspace: the built-in ones and the repository's own. */
export interface Catalog {
  readonly types: ReadonlyMap<string, TypeDefinition>;
}

let builtin: Catalog | undefined;

/**
 * The built-in types, read from their definition files on first use; one shared instance, so
 * they are parsed once and memoisation by definition holds.
 */
export function builtinCatalog(): Catalog {
  builtin ??= {
    types: new Map(readBuiltinTypes().map((definition) => [definition.type, definition])),
  };
  return builtin;
}

const typeFilePattern = /^\.karma\/types\/([^/]+)\.json$/;

/**
 * The built-in types plus the repository's own from `.karma/types/<type>.json`. A custom type
 * replaces a built-in of the same name (with a warning); an invalid definition is reported and
 * skipped, and the rest still load.
 */
export function loadCatalog(files: FileMap): { catalog: Catalog; issues: Issue[] } {
  const builtins = builtinCatalog();
  const issues: Issue[] = [];
  const custom: { file: string; definition: TypeDefinition; document: JsonDocument }[] = [];
  for (const file of Object.keys(files).sort()) {
    const match = typeFilePattern.exec(file);
    if (!match) continue;
    const read = readTypeDefinition(file, files[file]!, match[1]!);
    issues.push(...read.issues);
    if (read.definition)
      custom.push({ file, definition: read.definition, document: read.document });
  }
  if (custom.length === 0) return { catalog: builtins, issues };

  const types = new Map(builtins.types);
  for (const { file, definition, document } of custom) {
    if (builtins.types.has(definition.type)) {
      const message = `type "${definition.type}" replaces the built-in type of the same name`;
      issues.push(typeDefinitionIssue(file, document, ["type"], "warning", message));
    }
    types.set(definition.type, withCommonFields(definition));
  }
  for (const { file, definition, document } of custom) {
    definition.references.forEach((reference, index) => {
      if (reference.target === "*" || types.has(reference.target)) return;
      const message = `references.${index}.target: no type "${reference.target}" in the catalog; add .karma/types/${reference.target}.json or fix the name`;
      const path = ["references", index, "target"];
      issues.push(typeDefinitionIssue(file, document, path, "warning", message));
    });
  }
  return { catalog: { types }, issues };
}

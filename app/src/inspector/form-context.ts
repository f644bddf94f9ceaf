import type { JsonValue } from "@karma/core";
import { createContext, useContext } from "react";
import type { KeyPath } from "../model/key-path.ts";
import type { FieldProblem } from "./field-problems.ts";
import type { FormField } from "./form-fields.ts";
import type { ReferenceOption } from "./reference-options.ts";

/** What every field of the Config form needs from the component being edited. */
export interface FormContextValue {
  /** Writes one key (undefined removes it) as one undo step; returns why it could not, or null. */
  commit(path: KeyPath, value: JsonValue | undefined): string | null;
  problems: Map<string, FieldProblem[]>;
  referenceOptions(field: FormField): ReferenceOption[];
  /** The component the form edits, where a value that cannot be applied is kept. */
  env: string;
  component: string;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const form = useContext(FormContext);
  if (!form) throw new Error("fields must be inside <FormContext>");
  return form;
}

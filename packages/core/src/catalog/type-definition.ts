import * as z from "zod";
import type { JsonValue } from "../json.ts";

/**
 * The format of a component type definition: built-in types are written in it, and a
 * repository adds its own in `.karma/types/<type>.json`. This schema is the single
 * definition of that format.
 */

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

interface FieldCommon {
  description?: string | undefined;
  required?: boolean | undefined;
  /** A literal value a new config may be given. */
  default?: JsonValue | undefined;
  /** How the component computes its default when that is not a literal (documentation only). */
  defaultExpression?: string | undefined;
}

export type FieldDefinition = FieldCommon &
  (
    | { type: "string"; enum?: string[] | undefined }
    | { type: "number" | "integer"; minimum?: number | undefined; maximum?: number | undefined }
    | { type: "boolean" }
    | { type: "list"; items: FieldDefinition }
    | { type: "map"; values: FieldDefinition }
    | { type: "object"; fields: Record<string, FieldDefinition> }
    | { type: "any" }
  );

const fieldCommon = {
  description: z.string().optional(),
  required: z.boolean().optional(),
  default: jsonValue.optional(),
  defaultExpression: z.string().optional(),
};

export const fieldDefinitionSchema: z.ZodType<FieldDefinition> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.strictObject({
      ...fieldCommon,
      type: z.literal("string"),
      enum: z.array(z.string()).min(1).optional(),
    }),
    z.strictObject({
      ...fieldCommon,
      type: z.enum(["number", "integer"]),
      minimum: z.number().optional(),
      maximum: z.number().optional(),
    }),
    z.strictObject({ ...fieldCommon, type: z.literal("boolean") }),
    z.strictObject({ ...fieldCommon, type: z.literal("list"), items: fieldDefinitionSchema }),
    z.strictObject({ ...fieldCommon, type: z.literal("map"), values: fieldDefinitionSchema }),
    z.strictObject({
      ...fieldCommon,
      type: z.literal("object"),
      fields: z.record(z.string(), fieldDefinitionSchema),
    }),
    z.strictObject({ ...fieldCommon, type: z.literal("any") }),
  ]),
);

/** A config key path pattern: dot-separated keys, `*` standing for any entry of a map. */
const keyPattern = z
  .string()
  .regex(
    /^(\*|[A-Za-z0-9_-]+)(\.(\*|[A-Za-z0-9_-]+))*$/,
    "a dot-separated key path such as functions.*.vpc_nickname",
  );

const typeName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes, such as my-queue");

/** How a component's config points at another component. See catalog/README.md for the six kinds. */
export const referenceDefinitionSchema = z.discriminatedUnion("kind", [
  /** The key's value is the nickname of a `target` component in the same environment. */
  z.strictObject({
    kind: z.literal("nickname"),
    key: keyPattern,
    target: typeName,
    /** When the key is absent, the reference points at the target with the component's own nickname. */
    defaultToOwnNickname: z.boolean().optional(),
    uses: z.array(z.string()).optional(),
    description: z.string().optional(),
  }),
  /** The key's value equals a field of the target (`route53_zone_name` ↔ `zone_name`). */
  z.strictObject({
    kind: z.literal("name-match"),
    key: keyPattern,
    target: typeName,
    targetField: z.string(),
    /** `dns`: case-insensitive, trailing dot ignored. */
    compare: z.enum(["exact", "dns"]),
    uses: z.array(z.string()).optional(),
    description: z.string().optional(),
  }),
  /** Two keys, one naming the type and one the nickname; `target` limits the types allowed. */
  z.strictObject({
    kind: z.literal("type-nickname"),
    typeKey: keyPattern,
    nicknameKey: keyPattern,
    target: z.union([typeName, z.literal("*")]),
    uses: z.array(z.string()).optional(),
    description: z.string().optional(),
  }),
  /** The key's value is a full parameter path `<prefix>/<type>/<nickname>/runtime`. */
  z.strictObject({
    kind: z.literal("parameter-path"),
    key: keyPattern,
    target: typeName,
    uses: z.array(z.string()).optional(),
    description: z.string().optional(),
  }),
]);
export type ReferenceDefinition = z.infer<typeof referenceDefinitionSchema>;

export const categories = [
  "network",
  "compute",
  "storage",
  "dns",
  "api",
  "identity",
  "data",
  "observability",
  "messaging",
  "other",
] as const;
export type Category = (typeof categories)[number];

export const typeDefinitionSchema = z.strictObject({
  type: typeName,
  title: z.string().min(1),
  category: z.enum(categories),
  description: z.string(),
  fields: z.record(z.string(), fieldDefinitionSchema),
  references: z.array(referenceDefinitionSchema).default([]),
  runtimeOutputs: z.array(z.string()).default([]),
  /** `component`: one JSON at <prefix>/<type>/<nickname>/runtime; `per-function`: one per map entry; `per-key`: one parameter per output. */
  runtimePublishing: z.enum(["component", "per-function", "per-key", "none"]).default("component"),
  notes: z.string().optional(),
});
export type TypeDefinition = z.infer<typeof typeDefinitionSchema>;

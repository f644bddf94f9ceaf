import type { JsonValue } from "../json.ts";
import type { Random } from "./random.ts";

/**
 * JSON text in one of the styles hand-written config files have: 2-space, 4-space, or the
 * 2-space body shifted right with an indented closing brace and trailing spaces (as in
 * usekarma/aws-config).
 */
export function formatConfig(value: JsonValue, random: Random): string {
  const roll = random.next();
  if (roll < 0.7) return `${JSON.stringify(value, null, 2)}\n`;
  if (roll < 0.85) return `${JSON.stringify(value, null, 4)}\n`;
  return `${JSON.stringify(value, null, 2).split("\n").join("\n  ")}\n  `;
}

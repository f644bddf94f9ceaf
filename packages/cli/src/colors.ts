import type { CliIo } from "./cli-io.ts";

export interface Colors {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function colorsFor(io: CliIo): Colors {
  const env = io.env ?? process.env;
  const enabled = io.stdout.isTTY === true && !env.NO_COLOR;
  const paint = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    red: paint(31, 39),
    green: paint(32, 39),
    yellow: paint(33, 39),
    cyan: paint(36, 39),
    dim: paint(2, 22),
    bold: paint(1, 22),
  };
}

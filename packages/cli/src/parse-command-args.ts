import { type ParseArgsConfig, parseArgs } from "node:util";
import { usageError } from "./cli-error.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Config<T extends Options> = {
  args: string[];
  options: T;
  allowPositionals: true;
  strict: true;
};

/**
 * `parseArgs` in strict mode with positionals, turning its errors into usage errors that
 * carry the command's usage text instead of Node's long messages.
 */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<Config<T>>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof TypeError && "code" in error) {
      throw usageError(firstSentence(error.message), usage);
    }
    throw error;
  }
}

function firstSentence(message: string): string {
  const sentence = message.split(/\.\s/)[0] ?? message;
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

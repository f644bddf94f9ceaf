export async function main(
  _argv: string[],
  io: { stdout: NodeJS.WritableStream },
): Promise<number> {
  io.stdout.write("karma\n");
  return 0;
}

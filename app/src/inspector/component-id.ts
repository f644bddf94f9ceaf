/** `<type>/<nickname>` split in two. */
export function splitId(id: string): { type: string; nickname: string } {
  const slash = id.indexOf("/");
  return { type: id.slice(0, slash), nickname: id.slice(slash + 1) };
}

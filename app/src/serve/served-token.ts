/**
 * The token `karma serve` put in the address it printed (`/?token=…`), or null when the app is
 * not served that way. Read from the address each time, so nothing keeps a copy of it.
 */
export function servedToken(search: string = window.location.search): string | null {
  const token = new URLSearchParams(search).get("token");
  return token === null || token === "" ? null : token;
}

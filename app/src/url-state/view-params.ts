/** The part of the view a link carries: the environment shown and the component selected. */
export interface ViewParams {
  env: string | null;
  select: string | null;
}

export function readViewParams(search: string): ViewParams {
  const params = new URLSearchParams(search);
  return { env: params.get("env"), select: params.get("select") };
}

/**
 * The URL with the view's parameters set (or removed when null), other parameters and the hash
 * kept. Slashes stay readable: `?env=prod&select=route53-zone/usekarma-dev`.
 */
export function withViewParams(href: string, view: ViewParams): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const key of ["env", "select"] as const) {
    const value = view[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString().replace(/%2F/gi, "/");
  return `${url.origin}${url.pathname}${search ? `?${search}` : ""}${url.hash}`;
}

/** Memoises a one-argument function by the identity of its (object) argument. */
export function memoizeByRef<A extends object, R>(compute: (arg: A) => R): (arg: A) => R {
  const cache = new WeakMap<A, R>();
  return (arg) => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const result = compute(arg);
    cache.set(arg, result);
    return result;
  };
}

// Two editors can be drawn at once (the document and a commit the timeline shows): each keeps
// its own last call, so neither recomputes, with new identities, what the other just asked for.
const kept = 2;

/**
 * Memoises the last calls (one per editor drawn): the same arguments (by identity) give the
 * same result.
 */
export function memoizeLast<Args extends unknown[], R>(
  compute: (...args: Args) => R,
): (...args: Args) => R {
  const last: { args: Args; result: R }[] = [];
  // called by every card and panel on every change: plain loops, nothing allocated on a hit
  return (...args) => {
    for (let index = 0; index < last.length; index++) {
      const entry = last[index]!;
      if (sameArgs(entry.args, args)) {
        // the one asked for last is looked at first
        if (index > 0) {
          last[index] = last[0]!;
          last[0] = entry;
        }
        return entry.result;
      }
    }
    const result = compute(...args);
    last.unshift({ args, result });
    if (last.length > kept) last.pop();
    return result;
  };
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}

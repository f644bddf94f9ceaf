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

/** Memoises the last call: the same arguments (by identity) give the same result. */
export function memoizeLast<Args extends unknown[], R>(
  compute: (...args: Args) => R,
): (...args: Args) => R {
  let last: { args: Args; result: R } | null = null;
  return (...args) => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((a, i) => Object.is(a, args[i]))
    ) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

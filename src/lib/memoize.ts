/**
 * `compute(owner, key)` once per owner object and key. A build derives the same things from the
 * same directory (and the same entry) on thousands of pages; keeping the first result makes that
 * work once per build. The owner is held weakly, so a script's or a test's directory is let go
 * with everything derived from it. Only for pure functions whose result nobody changes.
 */
export function memoize<Owner extends object, Key, Result>(
  compute: (owner: Owner, key: Key) => Result,
): (owner: Owner, key: Key) => Result {
  const cache = new WeakMap<Owner, Map<Key, Result>>();
  return (owner, key) => {
    let byKey = cache.get(owner);
    if (!byKey) cache.set(owner, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key) as Result;
    const result = compute(owner, key);
    byKey.set(key, result);
    return result;
  };
}

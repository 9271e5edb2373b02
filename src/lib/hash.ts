/**
 * Short, stable fingerprint of any JSON value (FNV-1a, 32 bit, hex). Object keys are sorted
 * first, so the same data always gives the same hash, in Node and in the browser (the CMS
 * stamps translations with it).
 */
export function fingerprint(value: unknown): string {
  return fingerprintText(stableStringify(value));
}

/** The fingerprint of a text; `fingerprint(value)` is that of `stableStringify(value)`. */
export function fingerprintText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** JSON with sorted object keys and without undefined values. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
}

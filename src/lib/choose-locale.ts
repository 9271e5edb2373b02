/**
 * The site language that best matches the browser's preferred languages ("de-AT" → "de"),
 * or undefined when none matches (the visitor then chooses from the list).
 */
export function chooseLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
  for (const language of preferred) {
    const base = language.toLowerCase().split('-')[0] ?? '';
    if (available.includes(base)) return base;
  }
  return undefined;
}

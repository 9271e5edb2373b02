/** Items grouped under their initial letter, sorted the way the language sorts. */
export function groupByInitial<T>(items: T[], titleOf: (item: T) => string, intlLocale: string): { letter: string; items: T[] }[] {
  const collator = new Intl.Collator(intlLocale, { sensitivity: 'base' });
  const sorted = [...items].sort((a, b) => collator.compare(titleOf(a), titleOf(b)));
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of sorted) {
    const initial = (titleOf(item).trim()[0] ?? '#').toLocaleUpperCase(intlLocale);
    // Umlauts and accents file under their base letter (Ä under A), as in a German index.
    const letter = /\p{L}/u.test(initial) ? initial.normalize('NFD').replace(/\p{M}/gu, '') : '#';
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, letter) === 0) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}

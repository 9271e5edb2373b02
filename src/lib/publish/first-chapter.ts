// Runs in the browser too (the brochure's print options): no schema imports here, which would
// bring zod, and with it code the Content-Security-Policy forbids, into the page.

/** For each entry id, the first of the chosen chapters it appears in (all chapters when none chosen). */
export function firstChapterOf(chapters: { topic: string; ids: string[] }[], selected: string[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const chapter of chapters) {
    if (selected.length > 0 && !selected.includes(chapter.topic)) continue;
    for (const id of chapter.ids) if (!first.has(id)) first.set(id, chapter.topic);
  }
  return first;
}

/**
 * The cross reference that stands in a chapter for an entry printed in full in another:
 * "(Siehe auch im Kapitel „Arbeit“)". `template` is the UI string `paper.alsoIn` with `{topic}`
 * left in, as the brochure page carries it for its script.
 */
export function seeChapterText(template: string, topicName: string): string {
  return `(${template.replace('{topic}', topicName).replace(/:$/, '')})`;
}

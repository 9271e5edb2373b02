import { firstChapterOf } from '#src/lib/publish/first-chapter.ts';

/**
 * Brochure print page options from the address: `?topics=arbeit,sprache` keeps only those
 * chapters, `?format=A5` switches the page size. Each entry is shown in full in the first chosen
 * chapter it belongs to and as a cross reference in later ones.
 */
function apply(): void {
  const params = new URLSearchParams(location.search);
  const selected = params
    .getAll('topics')
    .flatMap((value) => value.split(','))
    .filter(Boolean);
  if (params.get('format')?.toUpperCase() === 'A5') {
    document.documentElement.classList.replace('format-a4', 'format-a5');
  }
  const chapters = [...document.querySelectorAll<HTMLElement>('[data-chapter]')];
  const first = firstChapterOf(
    chapters.map((chapter) => ({
      topic: chapter.dataset['chapter'] ?? '',
      ids: [...chapter.querySelectorAll<HTMLElement>('[data-brochure-entry]')].map((entry) => entry.dataset['brochureEntry'] ?? ''),
    })),
    selected,
  );
  const names = new Map(chapters.map((chapter) => [chapter.dataset['chapter'] ?? '', chapter.querySelector('h2')?.textContent ?? '']));
  const template = document.querySelector('template[data-see-template]')?.innerHTML ?? '{topic}';
  for (const chapter of chapters) {
    const topic = chapter.dataset['chapter'] ?? '';
    const wanted = selected.length === 0 || selected.includes(topic);
    chapter.hidden = !wanted;
    document.querySelector<HTMLElement>(`[data-toc-target="topic-${topic}"]`)?.closest('li')?.toggleAttribute('hidden', !wanted);
    for (const entry of chapter.querySelectorAll<HTMLElement>('[data-brochure-entry]')) {
      const id = entry.dataset['brochureEntry'] ?? '';
      const primary = first.get(id) === topic;
      entry.hidden = !primary;
      const see = chapter.querySelector<HTMLElement>(`[data-see-also="${id}"]`);
      if (see) {
        see.hidden = primary;
        const where = see.querySelector('[data-see-chapter]');
        if (where) where.textContent = `(${template.replace('{topic}', names.get(first.get(id) ?? '') ?? '').replace(/:$/, '')})`;
      }
    }
  }
  document.documentElement.dataset['brochureReady'] = 'true';
}

apply();

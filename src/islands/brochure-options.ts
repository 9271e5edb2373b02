import { firstChapterOf, seeChapterText } from '#src/lib/publish/first-chapter.ts';

/**
 * Brochure print page options from the address: `?topics=arbeit,sprache` keeps only those
 * chapters, `?format=A5` switches the page size. The page holds each entry in full once, in
 * the first chapter it belongs to, and a cross reference in its place in every chapter. With
 * topics chosen, an entry moves to the place of its cross reference in the first chosen
 * chapter it belongs to; the others show the cross reference.
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
  const references = (chapter: HTMLElement) => [...chapter.querySelectorAll<HTMLElement>('[data-see-also]')];
  const first = firstChapterOf(
    chapters.map((chapter) => ({
      topic: chapter.dataset['chapter'] ?? '',
      ids: references(chapter).map((reference) => reference.dataset['seeAlso'] ?? ''),
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
    for (const reference of references(chapter)) {
      const id = reference.dataset['seeAlso'] ?? '';
      const home = first.get(id);
      if (home === topic) {
        const entry = document.querySelector(`[data-brochure-entry="${CSS.escape(id)}"]`);
        if (entry && entry.nextElementSibling !== reference) reference.before(entry);
      }
      reference.hidden = home === topic;
      const where = reference.querySelector('[data-see-chapter]');
      if (where && home) where.textContent = seeChapterText(template, names.get(home) ?? '');
    }
  }
  document.documentElement.dataset['brochureReady'] = 'true';
}

apply();

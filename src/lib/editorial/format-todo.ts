import { formatDate } from '../dates.ts';
import { absoluteUrl, cmsEntryPath } from '../paths.ts';
import type { TodoList } from './build-todo.ts';
import { todoSections } from './todo-sections.ts';

/**
 * The to-do list as plain German text for `npm run freshness`, one line per item with the link
 * into the CMS. The editors' page (/de/redaktion/) shows the same sections as HTML.
 */
export function formatTodo(todo: TodoList, siteUrl: string): string {
  const lines: string[] = [`Redaktion: Was ist zu tun? (Stand ${formatDate(todo.today, 'de-DE')})`, ''];
  for (const section of todoSections(todo)) {
    lines.push(`${section.heading} (${section.items.length})`);
    if (section.items.length === 0) lines.push('  keine');
    for (const item of section.items) {
      lines.push(`  - ${item.name}: ${item.detail} – ${absoluteUrl(siteUrl, cmsEntryPath(item.entry.collection, item.entry.id))}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

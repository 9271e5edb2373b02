import { formatClock, weekTable, weekdayNames } from '#src/lib/opening-hours.ts';
import { h } from './decap.ts';
import { adminSettings } from './settings.ts';

/**
 * An opening-hours rule as a German week table (Monday first, "geschlossen" for closed days),
 * for the entry preview and the opening-hours widget. Throws when the rule cannot be read;
 * each caller decides what to show then.
 */
export function weekTableElement(rule: string, weekday: 'long' | 'short', className?: string): unknown {
  const { state, today } = adminSettings();
  const table = weekTable(rule, { state }, today);
  const days = weekdayNames('de-DE', weekday);
  return h(
    'table',
    className ? { className } : null,
    h(
      'tbody',
      null,
      ...table.map((intervals, index) =>
        h(
          'tr',
          { key: index },
          h('th', { scope: 'row' }, days[index]),
          h(
            'td',
            null,
            intervals.length === 0
              ? 'geschlossen'
              : intervals.map((interval) => `${formatClock(interval.from, 'de-DE')}–${formatClock(interval.to, 'de-DE')}`).join(', '),
          ),
        ),
      ),
    ),
  );
}

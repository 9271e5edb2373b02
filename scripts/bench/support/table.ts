import type { Row } from './types.ts';

const format = (value: number | string) =>
  typeof value === 'number' ? value.toLocaleString('en-GB', { maximumFractionDigits: value < 10 ? 2 : 1 }) : value;

/** The rows as a plain-text table with a status column (✓ within budget, ✗ over, blank: no budget). */
export function renderTable(rows: Row[]): string {
  const header = ['Area', 'Data set', 'Figure', 'Value', 'Budget (product brief §5)', ''];
  const lines = rows.map((row) => [
    row.area,
    row.dataset,
    row.figure,
    `${format(row.value)}${row.unit ? ` ${row.unit}` : ''}`,
    row.budget ?? '',
    row.ok === undefined ? '' : row.ok ? '✓' : '✗',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 3 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((width) => '─'.repeat(width))), ...lines.map(render)].join('\n');
}

import { decodeIntervals, describeOpenStatus, openStatusAt, wallClock, type OpenStatusLabels } from '#src/lib/open-status.ts';

/**
 * <lotse-open-status>: "Open now, until 12:00" / "Closed – opens tomorrow at 07:30", computed
 * in the browser from intervals the build wrote into `data-intervals`. Without JavaScript the
 * element stays empty and the static week table next to it is the answer. Also marks today's
 * row in that table. Labels come translated in `data-labels`; nothing is fetched.
 */

class OpenStatusElement extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    this.update();
    // Keep the answer true while the page stays open (a phone left on the table).
    this.#timer = window.setInterval(() => this.update(), 60_000);
  }

  disconnectedCallback(): void {
    window.clearInterval(this.#timer);
  }

  update(): void {
    const data = this.dataset;
    const from = data['from'] ?? '';
    const intervals = decodeIntervals(data['intervals'] ?? '', from);
    const labels = JSON.parse(data['labels'] ?? '{}') as OpenStatusLabels;
    const intl = data['intl'] ?? document.documentElement.lang;
    const now = wallClock(new Date(), data['zone'] ?? 'Europe/Berlin');
    const status = openStatusAt(intervals, { from, until: data['until'] ?? '' }, now);
    const text = describeOpenStatus(status, now.date, data['appointment'] === 'true', labels, intl);
    const output = this.querySelector('.open-status__text');
    if (output && output.textContent !== text) output.textContent = text;
    this.dataset['state'] = status.state;
    this.markToday(now.date);
  }

  /** Mark today's weekday in the table this status belongs to (styled, and read as "current date"). */
  markToday(date: string): void {
    const table = document.getElementById(this.dataset['table'] ?? '');
    if (!table) return;
    const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-weekday]')) {
      if (row.dataset['weekday'] === String(weekday)) row.setAttribute('aria-current', 'date');
      else row.removeAttribute('aria-current');
    }
  }
}

if (!customElements.get('lotse-open-status')) customElements.define('lotse-open-status', OpenStatusElement);

/**
 * <lotse-paper-filter>: filters the entries of an interface paper by topic and keyword in the
 * browser. The full paper is server-rendered; without JavaScript the form stays hidden and every
 * entry is shown.
 */
class PaperFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.removeAttribute('data-pending');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.apply(form));
  }

  private apply(form: HTMLFormElement): void {
    const data = new FormData(form);
    const topic = String(data.get('topic') ?? '');
    const text = String(data.get('text') ?? '')
      .trim()
      .toLocaleLowerCase();
    const entries = [...this.querySelectorAll<HTMLElement>('[data-paper-entry]')];
    let shown = 0;
    for (const entry of entries) {
      const topics = (entry.dataset['topics'] ?? '').split(' ');
      const match = (!topic || topics.includes(topic)) && (!text || (entry.textContent ?? '').toLocaleLowerCase().includes(text));
      entry.hidden = !match;
      if (match) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-topic-group]')) {
      group.hidden = !group.querySelector('[data-paper-entry]:not([hidden])');
    }
    const count = this.querySelector('[data-filter-count]');
    if (count)
      count.textContent = (this.dataset['countTemplate'] ?? '{count}/{total}')
        .replace('{count}', String(shown))
        .replace('{total}', String(entries.length));
  }
}

if (!customElements.get('lotse-paper-filter')) customElements.define('lotse-paper-filter', PaperFilter);

/**
 * <lotse-site-menu>: on phones the main navigation folds behind a "Menu" button, so the header
 * leaves the first screen to the page (at most a fifth of a 360×780 screen). CSS folds it from
 * the first paint when scripting is on (nothing moves when this island starts); without
 * JavaScript the navigation stays open and the button hidden; on wide screens CSS always shows it.
 */
class SiteMenu extends HTMLElement {
  connectedCallback(): void {
    const header = this.closest<HTMLElement>('.site-header');
    const button = this.querySelector('button');
    if (!header || !button) return;
    const set = (open: boolean) => {
      header.dataset['menu'] = open ? 'open' : 'closed';
      button.setAttribute('aria-expanded', String(open));
    };
    button.addEventListener('click', () => set(header.dataset['menu'] !== 'open'));
    header.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && header.dataset['menu'] === 'open') {
        set(false);
        button.focus();
      }
    });
  }
}

if (!customElements.get('lotse-site-menu')) customElements.define('lotse-site-menu', SiteMenu);

/**
 * A "Hilfe" button in a corner of the CMS that opens the help text of the admin page (a
 * server-rendered <dialog>): who to ask, and how review works. Decap 3 offers no menu entry
 * of its own for this.
 */
export function addHelpButton(): void {
  const dialog = document.getElementById('lotse-help');
  if (!(dialog instanceof HTMLDialogElement)) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'lotse-help-button';
  button.textContent = 'Hilfe';
  button.addEventListener('click', () => dialog.showModal());
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  document.body.append(button);
}

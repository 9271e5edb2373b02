import { confirmParam } from '../../widget-names.ts';
import { createClass, h, type ControlProps } from '../decap.ts';
import { todayInBrowser } from '../settings.ts';

/** The entry `/admin/?noch-aktuell=<collection>/<id>` asks to confirm, if any. */
export function entryToConfirm(location: Location = window.location): string | undefined {
  return new URLSearchParams(location.search).get(confirmParam) ?? undefined;
}

/** Forget the request once handled, so a reload does not confirm again. */
function clearConfirmRequest(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(confirmParam);
  window.history.replaceState(window.history.state, '', url);
}

/** Decap's save button in the editor toolbar (German UI: "Speichern"). */
function saveButton(): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => button.textContent?.trim() === 'Speichern' && !button.disabled,
  );
}

type This = { props: ControlProps; confirm: (save: boolean) => void };

/**
 * "Zuletzt geprüft am": a date field and the button "Noch aktuell", which sets today's date and
 * saves. Only `reviewed` changes, so the review shows a one-line change. Opened from the to-do
 * view with ?noch-aktuell=<collection>/<id>, the widget does this by itself: one click there
 * confirms the entry (the change still goes through review like any other).
 */
export function reviewedControl(): unknown {
  return createClass({
    componentDidMount(this: This) {
      const wanted = entryToConfirm();
      if (!wanted) return;
      const entry = this.props.getEntry();
      if (wanted !== `${String(entry.get('collection'))}/${String(entry.get('slug'))}`) return;
      clearConfirmRequest();
      this.confirm(true);
    },
    confirm(this: This, save: boolean) {
      this.props.onChange(todayInBrowser());
      if (!save) return;
      // Let Decap take the new value into its draft before the save button reads it.
      let attempts = 0;
      const trySave = () => {
        const button = saveButton();
        if (button) button.click();
        else if (attempts++ < 40) window.setTimeout(trySave, 150);
      };
      window.setTimeout(trySave, 150);
    },
    render(this: This) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange, value } = this.props;
      const date = typeof value === 'string' ? value : '';
      return h(
        'div',
        { className: 'lotse-reviewed' },
        h('input', {
          id: forID,
          type: 'date',
          className: classNameWrapper,
          value: date,
          onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        h(
          'button',
          {
            type: 'button',
            className: 'lotse-button',
            onClick: () => this.confirm(true),
          },
          'Noch aktuell: heute geprüft, speichern',
        ),
      );
    },
  });
}

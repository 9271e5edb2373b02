import { fromJS } from 'immutable';
import type { CollectionName } from '#src/schema/names.ts';
import { germanFingerprint, translationState } from '#src/lib/cms/prepare-save.ts';
import { createClass, h, toPlain, type ControlProps } from '../decap.ts';
import { adminSettings } from '../settings.ts';
import { rememberOpened } from '../translation-sessions.ts';

type This = { props: ControlProps };

const messages = {
  current: 'Aktuell: Die Übersetzung passt zum deutschen Text.',
  outdated: 'Veraltet: Der deutsche Text wurde geändert, nachdem diese Übersetzung gemacht wurde. Bitte vergleichen und anpassen.',
  unstamped: 'Unbekannter Stand: Diese Übersetzung wurde ohne Quellvermerk angelegt. Bitte prüfen.',
  missing: 'Noch nicht übersetzt. Felder ohne Übersetzung erscheinen auf der Seite auf Deutsch.',
} as const;

/**
 * Shown in each translation: whether it is current or outdated. It remembers the language as
 * opened (see translation-sessions.ts) so that saving a changed translation stamps it; the
 * button marks a translation as current when the German change did not affect it.
 */
export function translationControl(): unknown {
  return createClass({
    componentDidMount(this: This) {
      const locale = this.props.locale;
      if (locale && locale !== adminSettings().locales[0]) rememberOpened(this.props.getEntry(), locale);
    },
    render(this: This) {
      const { locale, getEntry, onChange } = this.props;
      if (!locale || locale === adminSettings().locales[0]) {
        return h(
          'p',
          { className: 'lotse-widget-note' },
          'Deutsch ist die Quellfassung. Den Stand einer Übersetzung sehen Sie, wenn Sie oben eine andere Sprache wählen.',
        );
      }
      const entry = getEntry();
      const collection = String(entry.get('collection')) as CollectionName;
      const german = (toPlain(entry.get('data')) ?? {}) as Record<string, unknown>;
      const translation = toPlain(entry.getIn(['i18n', locale, 'data'])) as Record<string, unknown> | undefined;
      const state = translationState(collection, german, translation);
      const machine = (toPlain(this.props.value) as { machine?: boolean } | undefined)?.machine === true;
      return h(
        'div',
        { className: `lotse-translation lotse-translation--${state}`, 'data-state': state },
        h('p', null, messages[state]),
        machine ? h('p', null, 'Maschinell übersetzt und noch nicht von einem Menschen geprüft.') : null,
        state === 'outdated' || state === 'unstamped' || machine
          ? h(
              'button',
              {
                type: 'button',
                className: 'lotse-button',
                onClick: () => onChange(fromJS({ source: germanFingerprint(collection, german) })),
              },
              'Geprüft: Übersetzung ist aktuell',
            )
          : null,
        h('p', { className: 'lotse-widget-note' }, 'Wenn Sie die Übersetzung ändern und speichern, gilt sie als aktuell.'),
      );
    },
  });
}

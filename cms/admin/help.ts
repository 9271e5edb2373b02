import { createClass, h, type DecapCms } from './decap.ts';
import { adminSettings } from './settings.ts';

/** The "Hilfe" page in the CMS's top bar: who to ask and how review works, in three steps. */
export function registerHelp(cms: DecapCms): void {
  if (!cms.registerAdditionalLink) return;
  const Help = createClass({
    render() {
      const { office, email, phone } = adminSettings();
      return h('div', { className: 'lotse-help' },
        h('h1', null, 'Hilfe zur Redaktion'),
        h('p', null, `Diese Seiten pflegt die ${office}. Fragen zum Redaktionssystem: `, h('a', { href: `mailto:${email}` }, email), phone ? `, Telefon ${phone}` : ''),
        h('ol', null,
          h('li', null, 'Eintrag ändern oder neu anlegen und „Speichern“ wählen: Die Änderung ist ein Entwurf und noch nicht öffentlich.'),
          h('li', null, 'Unter „Arbeitsablauf“ den Entwurf nach „Zur Prüfung“ schieben. Eine zweite Person prüft ihn und schiebt ihn nach „Bereit“.'),
          h('li', null, '„Veröffentlichen“ übernimmt die Änderung. Nach der nächsten Veröffentlichung der Website ist sie sichtbar.')),
        h('p', null, 'Übersetzungen: oben im Eintrag die Sprache wählen. Gemeinsame Angaben (Adressen, Verweise, Daten) gibt es nur auf Deutsch; sie gelten für alle Sprachen.'),
        h('p', null, 'Die ausführliche Anleitung steht in docs/redaktion.md im Projekt.'));
    },
  });
  cms.registerAdditionalLink({ id: 'hilfe', title: 'Hilfe', data: Help, options: { icon: 'page' } });
}

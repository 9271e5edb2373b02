import { openingHoursError, openingHoursWarnings } from '#src/schema/shared/opening-hours.ts';
import { createClass, h, type ControlProps } from '../decap.ts';
import { weekTableElement } from '../week-table.ts';

const examples = [
  'Mo-Fr 08:00-12:00',
  'Mo,Tu,Th 07:30-12:00; We 14:00-18:00; PH off',
  'Mo-Th 09:00-16:00; Fr 09:00-12:00; PH off',
  'Mo-Fr 08:00-12:00 "nur mit Termin"',
];

function weekPreview(rule: string): unknown {
  try {
    return weekTableElement(rule, 'short', 'lotse-hours');
  } catch {
    return null;
  }
}

/**
 * Opening hours as one line of OpenStreetMap syntax, checked with the same library and rules as
 * `npm run check`, with the resulting week shown below so the editor sees what readers will see.
 * A rule that cannot be read blocks saving; a warning (an ambiguous time) is shown above the
 * week and does not.
 */
export function openingHoursControl(): unknown {
  return createClass({
    isValid(this: { props: ControlProps }) {
      const rule = typeof this.props.value === 'string' ? this.props.value.trim() : '';
      if (!rule) return true;
      const error = openingHoursError(rule);
      return error === undefined ? true : { error: { type: 'CUSTOM', message: error } };
    },
    render(this: { props: ControlProps }) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, onChange } = this.props;
      const rule = typeof this.props.value === 'string' ? this.props.value : '';
      const error = rule.trim() ? openingHoursError(rule.trim()) : undefined;
      const warnings = rule.trim() && !error ? openingHoursWarnings(rule.trim()) : [];
      return h(
        'div',
        { className: 'lotse-opening-hours' },
        h('input', {
          id: forID,
          type: 'text',
          className: classNameWrapper,
          value: rule,
          spellCheck: false,
          onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
        }),
        rule.trim() === ''
          ? h(
              'p',
              { className: 'lotse-widget-note' },
              'Beispiele: ',
              ...examples.flatMap((example, index) => [index > 0 ? ' · ' : '', h('code', { key: example }, example)]),
            )
          : error
            ? h('p', { className: 'lotse-widget-error', role: 'alert' }, error)
            : h(
                'div',
                { className: 'lotse-widget-note' },
                ...warnings.map((warning) => h('p', { key: warning, className: 'lotse-widget-warning' }, `Hinweis: ${warning}`)),
                'So erscheint die Woche auf der Seite:',
                weekPreview(rule.trim()),
              ),
      );
    },
  });
}

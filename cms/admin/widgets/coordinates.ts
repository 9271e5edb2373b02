import { fromJS } from 'immutable';
import { osmLink, parseCoordinates, type Coordinates } from '#src/lib/cms/parse-coordinates.ts';
import { createClass, h, toPlain, type ControlProps } from '../decap.ts';
import { adminSettings } from '../settings.ts';

function current(value: unknown): Partial<Coordinates> {
  const plain = toPlain(value);
  return plain && typeof plain === 'object' ? (plain as Partial<Coordinates>) : {};
}

/** The site's map centre with four decimals, as examples show coordinates. */
function exampleCoordinates(): { lat: string; lng: string } {
  const { lat, lng } = adminSettings().mapCenter;
  return { lat: lat.toFixed(4), lng: lng.toFixed(4) };
}

/**
 * Coordinates as two number fields (latitude, longitude) plus a field to paste an
 * OpenStreetMap link or "Breite, Länge"; examples use the site's own map centre. No map is embedded: map tiles would be requests to a
 * third party, so the editor opens openstreetmap.org in a tab of their own when they want one.
 */
export function coordinatesControl(): unknown {
  return createClass({
    getInitialState() {
      return { pasted: '', pasteError: '' };
    },
    isValid() {
      const { lat, lng } = current((this as { props: ControlProps }).props.value);
      if (lat === undefined && lng === undefined) return true;
      if (typeof lat !== 'number' || typeof lng !== 'number') {
        const example = exampleCoordinates();
        return { error: { type: 'CUSTOM', message: `Bitte Breite und Länge angeben (z. B. ${example.lat} und ${example.lng}).` } };
      }
      return true;
    },
    change(this: { props: ControlProps }, key: 'lat' | 'lng', text: string) {
      const next = { ...current(this.props.value) };
      const value = Number(text.replace(',', '.'));
      if (text.trim() === '' || !Number.isFinite(value)) delete next[key];
      else next[key] = value;
      this.props.onChange(fromJS(next));
    },
    paste(this: { props: ControlProps; setState: (state: object) => void }, text: string) {
      const point = parseCoordinates(text);
      if (!point) {
        this.setState({ pasted: text, pasteError: text.trim() ? 'Darin sind keine Koordinaten zu finden.' : '' });
        return;
      }
      this.setState({ pasted: '', pasteError: '' });
      this.props.onChange(fromJS(point));
    },
    render(this: {
      props: ControlProps;
      state: { pasted: string; pasteError: string };
      change: (key: 'lat' | 'lng', text: string) => void;
      paste: (text: string) => void;
    }) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const point = current(this.props.value);
      const number = (key: 'lat' | 'lng', label: string) =>
        h(
          'label',
          { className: 'lotse-coordinates__field' },
          label,
          h('input', {
            id: key === 'lat' ? forID : `${forID}-lng`,
            type: 'text',
            inputMode: 'decimal',
            value: point[key] ?? '',
            onChange: (event: Event) => this.change(key, (event.target as HTMLInputElement).value),
            onFocus: setActiveStyle,
            onBlur: setInactiveStyle,
          }),
        );
      const complete = typeof point.lat === 'number' && typeof point.lng === 'number';
      return h(
        'div',
        { className: `${classNameWrapper} lotse-coordinates` },
        h('div', { className: 'lotse-coordinates__row' }, number('lat', 'Breite'), number('lng', 'Länge')),
        h(
          'label',
          { className: 'lotse-coordinates__field' },
          'Link aus OpenStreetMap oder „Breite, Länge“ einfügen',
          h('input', {
            id: `${forID}-paste`,
            type: 'text',
            value: this.state.pasted,
            placeholder: `https://www.openstreetmap.org/#map=18/${exampleCoordinates().lat}/${exampleCoordinates().lng}`,
            onChange: (event: Event) => this.paste((event.target as HTMLInputElement).value),
          }),
        ),
        this.state.pasteError ? h('p', { className: 'lotse-widget-error', role: 'alert' }, this.state.pasteError) : null,
        complete
          ? h(
              'p',
              { className: 'lotse-widget-note' },
              h(
                'a',
                { href: osmLink(point as Coordinates), target: '_blank', rel: 'noopener noreferrer' },
                'Ort auf OpenStreetMap prüfen (neuer Tab)',
              ),
            )
          : null,
      );
    },
  });
}

import { formatDate } from '#src/lib/dates.ts';
import { collectionNames, collections } from '#src/schema/index.ts';
import { bodyField, translationField } from '../widget-names.ts';
import { createClass, h, toPlain, type DecapCms, type PreviewProps } from './decap.ts';
import { weekTableElement } from './week-table.ts';

/** A field of the collection's CMS configuration, as plain data. */
interface FieldConfig {
  name: string;
  label: string;
  widget: string;
  options?: (string | { label: string; value: string })[];
  fields?: FieldConfig[];
  field?: FieldConfig;
}

/** Fields the page shows in its own place, not in the facts list. */
const placedFields = new Set([
  'title',
  'summary',
  'description',
  'answer',
  'plainSummary',
  bodyField,
  translationField,
  'reviewed',
  'owner',
  'reviewIntervalMonths',
  'visibility',
  'locations',
  'contact',
  'openingHours',
  'steps',
  'items',
]);

function optionLabel(field: FieldConfig, value: unknown): string {
  const option = field.options?.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === value);
  if (!option) return String(value);
  // Option labels read "Öffentliche Verwaltung (public-administration)": the page shows the words.
  return typeof option === 'string' ? option : option.label.replace(/ \([^)]*\)$/, '');
}

/** A value in words, as the page would show it. */
function describeValue(field: FieldConfig, value: unknown): string {
  if (Array.isArray(value))
    return value
      .map((item) => describeValue(field.field ?? field, item))
      .filter(Boolean)
      .join(', ');
  if (value === true) return 'ja';
  if (value === false) return 'nein';
  if (value && typeof value === 'object') {
    return (field.fields ?? [])
      .map((child) => {
        const inner = (value as Record<string, unknown>)[child.name];
        return inner === undefined || inner === '' ? '' : `${child.label}: ${describeValue(child, inner)}`;
      })
      .filter(Boolean)
      .join(' · ');
  }
  if (field.widget === 'select') return optionLabel(field, value);
  if (field.widget === 'datetime' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, 'de-DE');
  return value === undefined || value === null ? '' : String(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function hoursTable(rule: unknown): unknown {
  if (typeof rule !== 'string' || !rule.trim()) return null;
  try {
    return weekTableElement(rule, 'long');
  } catch {
    return h('p', { className: 'notice' }, `Öffnungszeiten nicht lesbar: ${rule}`);
  }
}

function contactBlock(contact: unknown): unknown {
  if (!contact || typeof contact !== 'object') return null;
  const { phone, email, website, note } = contact as Record<string, string | undefined>;
  return h(
    'ul',
    { className: 'contact' },
    phone ? h('li', null, `Telefon: ${phone}`) : null,
    email ? h('li', null, `E-Mail: ${email}`) : null,
    website ? h('li', null, website) : null,
    note ? h('li', null, note) : null,
  );
}

/**
 * Preview of an entry with the site's own stylesheet and the structure of its entry page
 * (kind, title, lead, facts, texts, places, contact, "Stand"). The facts come from the
 * collection's generated configuration, so every field appears with its label.
 */
function entryPreview(collectionLabel: string) {
  return createClass({
    render(this: { props: PreviewProps }) {
      const { entry, widgetFor } = this.props;
      const data = (toPlain(entry.get('data')) ?? {}) as Record<string, unknown>;
      const fields = (toPlain(this.props.fields) ?? []) as FieldConfig[];
      const facts = fields.filter((field) => !placedFields.has(field.name) && field.widget !== 'markdown' && !isEmpty(data[field.name]));
      const text = (name: string) => (fields.some((field) => field.name === name) && !isEmpty(data[name]) ? widgetFor(name) : null);
      const locations = Array.isArray(data['locations']) ? (data['locations'] as Record<string, unknown>[]) : [];
      const steps = Array.isArray(data['steps']) ? (data['steps'] as Record<string, unknown>[]) : [];
      const items = Array.isArray(data['items']) ? (data['items'] as Record<string, unknown>[]) : [];
      return h(
        'main',
        { id: 'main' },
        h(
          'article',
          { className: 'entry' },
          h('p', { className: 'kind-label' }, collectionLabel),
          h('h1', null, String(data['title'] ?? '')),
          data['summary'] ? h('p', { className: 'lead' }, String(data['summary'])) : null,
          data['visibility'] === 'internal' ? h('p', { className: 'notice' }, 'Nur in der internen Ausgabe sichtbar.') : null,
          text('plainSummary') ? h('section', null, h('h2', null, 'Was bedeutet das für Sie?'), text('plainSummary')) : null,
          facts.length > 0
            ? h(
                'dl',
                { className: 'facts' },
                ...facts.flatMap((field) => [
                  h('dt', { key: `${field.name}-dt` }, field.label),
                  h('dd', { key: `${field.name}-dd` }, describeValue(field, data[field.name])),
                ]),
              )
            : null,
          text('description') ? h('section', null, h('h2', null, 'Beschreibung'), text('description')) : null,
          text('answer') ? h('section', null, h('h2', null, 'Antwort'), text('answer')) : null,
          text(bodyField) ? h('div', { className: 'prose' }, text(bodyField)) : null,
          steps.length > 0
            ? h(
                'section',
                null,
                h('h2', null, 'Schritt für Schritt'),
                h(
                  'ol',
                  null,
                  ...steps.map((step, index) =>
                    h('li', { key: index }, h('h3', null, String(step['title'] ?? '')), h('p', null, String(step['text'] ?? ''))),
                  ),
                ),
              )
            : null,
          items.length > 0
            ? h(
                'section',
                null,
                h('h2', null, 'Bitte mitbringen'),
                h(
                  'ul',
                  { className: 'checklist' },
                  ...items.map((item, index) =>
                    h(
                      'li',
                      { key: index },
                      String(item['text'] ?? ''),
                      item['required'] === false ? h('span', { className: 'muted' }, ' (falls vorhanden)') : null,
                    ),
                  ),
                ),
              )
            : null,
          locations.length > 0
            ? h(
                'section',
                null,
                h('h2', null, 'Standorte'),
                ...locations.map((location, index) => {
                  const address = (location['address'] ?? {}) as Record<string, unknown>;
                  return h(
                    'div',
                    { key: index, className: 'location' },
                    h('h3', null, String(location['name'] ?? '')),
                    h(
                      'p',
                      null,
                      [address['street'], [address['postalCode'], address['city']].filter(Boolean).join(' ')].filter(Boolean).join(', '),
                    ),
                    hoursTable(location['openingHours'] ?? data['openingHours']),
                    contactBlock(location['contact']),
                  );
                }),
              )
            : data['openingHours']
              ? h('section', null, h('h2', null, 'Öffnungszeiten'), hoursTable(data['openingHours']))
              : null,
          data['contact'] ? h('section', null, h('h2', null, 'Kontakt'), contactBlock(data['contact'])) : null,
          h(
            'footer',
            { className: 'entry-meta' },
            h(
              'p',
              null,
              typeof data['reviewed'] === 'string' && data['reviewed']
                ? `Stand: ${formatDate(data['reviewed'], 'de-DE')}`
                : 'Stand: noch nicht geprüft',
            ),
          ),
        ),
      );
    },
  });
}

/** Register a preview for every collection, styled with the site's stylesheet. */
export function registerPreviews(cms: DecapCms, stylesheets: string[]): void {
  for (const url of stylesheets) cms.registerPreviewStyle(url);
  for (const name of collectionNames) cms.registerPreviewTemplate(name, entryPreview(collections[name].labelSingular));
}

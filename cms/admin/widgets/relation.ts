import { fromJS } from 'immutable';
import { createClass, fieldOption, h, toPlain, type ControlProps } from '../decap.ts';

/** An entry that can be chosen: its id (file name), title and collection. */
interface Candidate {
  id: string;
  title: string;
  collection: string;
}

/** Titles of entries seen so far, shared by all relation fields of the page. */
const titles = new Map<string, Candidate>();

/** Lower case without accents, so "Auslander" finds "Ausländer" and "ae" finds "ä". */
export function normaliseSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

interface State {
  term: string;
  candidates: Candidate[];
  loading: boolean;
  error: string;
}

type This = {
  props: ControlProps;
  state: State;
  setState: (state: Partial<State>) => void;
  selected: () => string[];
  setSelected: (ids: string[]) => void;
  load: () => Promise<void>;
};

/**
 * A reference to one or more entries (the value is the bare id, the file name). Unlike Decap's
 * own relation widget it searches several collections at once: a project's operator may be an
 * organisation or an association. Entries are listed through Decap's own search (the same data
 * the CMS already loaded) and filtered by title as the editor types.
 */
export function relationControl(): unknown {
  return createClass({
    getInitialState(): State {
      return { term: '', candidates: [], loading: true, error: '' };
    },
    componentDidMount(this: This) {
      void this.load();
    },
    async load(this: This) {
      const collections = fieldOption<string[]>(this.props.field, 'collections', []);
      try {
        const lists = await Promise.all(
          collections.map(async (collection) => {
            const result = await this.props.query(this.props.forID, collection, ['title'], '');
            return (result?.payload?.hits ?? []).map((hit): Candidate => ({
              id: hit.slug,
              title: String(hit.data?.['title'] ?? hit.slug),
              collection,
            }));
          }),
        );
        const candidates = lists.flat().sort((a, b) => a.title.localeCompare(b.title, 'de'));
        for (const candidate of candidates) titles.set(candidate.id, candidate);
        this.setState({ candidates, loading: false });
      } catch (error) {
        this.setState({ loading: false, error: `Einträge konnten nicht geladen werden: ${String(error)}` });
      }
    },
    selected(this: This): string[] {
      const value = toPlain(this.props.value);
      if (Array.isArray(value)) return value.map(String);
      return typeof value === 'string' && value ? [value] : [];
    },
    setSelected(this: This, ids: string[]) {
      const multiple = fieldOption(this.props.field, 'multiple', false);
      this.props.onChange(multiple ? fromJS(ids) : (ids[0] ?? ''));
    },
    render(this: This) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
      const multiple = fieldOption(field, 'multiple', false);
      // Lists whose order matters (a brochure's entries) can be reordered.
      const ordered = multiple && fieldOption(field, 'ordered', false);
      const labels = fieldOption<Record<string, string>>(field, 'collection_labels', {});
      const selected = this.selected();
      const term = normaliseSearch(this.state.term.trim());
      const matches = term
        ? this.state.candidates
            .filter(
              (candidate) =>
                !selected.includes(candidate.id) && (normaliseSearch(candidate.title).includes(term) || candidate.id.includes(term)),
            )
            .slice(0, 12)
        : [];
      const describe = (id: string) => {
        const known = titles.get(id);
        return known
          ? `${known.title} (${labels[known.collection] ?? known.collection})`
          : this.state.loading
            ? id
            : `${id} – nicht gefunden`;
      };
      return h(
        'div',
        { className: `${classNameWrapper} lotse-relation` },
        selected.length > 0
          ? h(
              'ul',
              { className: 'lotse-relation__selected' },
              ...selected.map((id, index) =>
                h(
                  'li',
                  { key: id },
                  h('span', null, describe(id)),
                  ordered && index > 0
                    ? h(
                        'button',
                        {
                          type: 'button',
                          className: 'lotse-relation__up',
                          'aria-label': `${describe(id)} nach oben`,
                          onClick: () => {
                            const next = [...selected];
                            next.splice(index - 1, 0, ...next.splice(index, 1));
                            this.setSelected(next);
                          },
                        },
                        'Nach oben',
                      )
                    : null,
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'lotse-relation__remove',
                      'aria-label': `${describe(id)} entfernen`,
                      onClick: () => this.setSelected(selected.filter((_, position) => position !== index)),
                    },
                    'Entfernen',
                  ),
                ),
              ),
            )
          : null,
        multiple || selected.length === 0
          ? h('input', {
              id: forID,
              type: 'search',
              role: 'combobox',
              'aria-expanded': matches.length > 0,
              'aria-controls': `${forID}-results`,
              'aria-autocomplete': 'list',
              autoComplete: 'off',
              placeholder: this.state.loading ? 'Einträge werden geladen …' : 'Namen eingeben, z. B. „Jobcenter“',
              value: this.state.term,
              onChange: (event: Event) => this.setState({ term: (event.target as HTMLInputElement).value }),
              onFocus: setActiveStyle,
              onBlur: setInactiveStyle,
            })
          : null,
        this.state.error ? h('p', { className: 'lotse-widget-error', role: 'alert' }, this.state.error) : null,
        matches.length > 0
          ? h(
              'ul',
              { id: `${forID}-results`, className: 'lotse-relation__results', role: 'listbox' },
              ...matches.map((candidate) =>
                h(
                  'li',
                  { key: candidate.id, role: 'option', 'aria-selected': false },
                  h(
                    'button',
                    {
                      type: 'button',
                      onClick: () => {
                        this.setSelected(multiple ? [...selected, candidate.id] : [candidate.id]);
                        this.setState({ term: '' });
                      },
                    },
                    `${candidate.title} (${labels[candidate.collection] ?? candidate.collection})`,
                  ),
                ),
              ),
            )
          : term && !this.state.loading
            ? h('p', { className: 'lotse-widget-note' }, 'Kein passender Eintrag.')
            : null,
      );
    },
  });
}

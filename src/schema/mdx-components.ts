import { directoryCollections } from './names.ts';

/** A property an MDX component accepts; values are always plain strings in quotes. */
interface MdxProp {
  label: string;
  required?: boolean;
  /** The value is the id of an entry in one of these collections. */
  ref?: readonly string[];
  /** The value is one of these. */
  options?: readonly string[];
}

/** A component authors may use in pages and journeys. */
export interface MdxComponent {
  label: string;
  props: Record<string, MdxProp>;
  /** Whether the component wraps Markdown text. */
  children: boolean;
}

/**
 * The only components MDX content may use. MDX runs as code at build time, so the validator
 * rejects everything else: imports, exports, `{expressions}`, HTML tags and unknown components.
 * The CMS offers exactly these as editor buttons.
 */
export const mdxComponents = {
  EntryCard: {
    label: 'Eintragskarte',
    props: { id: { label: 'Eintrag', required: true, ref: directoryCollections } },
    children: false,
  },
  Notice: {
    label: 'Hinweiskasten',
    props: { type: { label: 'Art', options: ['info', 'warning'] } },
    children: true,
  },
  /** Name, e-mail and phone of the editorial office from site.config.yaml (Impressum, feedback). */
  EditorialContact: {
    label: 'Kontakt der Redaktion',
    props: {},
    children: false,
  },
} as const satisfies Record<string, MdxComponent>;

export type MdxComponentName = keyof typeof mdxComponents;

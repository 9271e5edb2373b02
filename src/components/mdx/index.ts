import type { MdxComponentName } from '../../schema/mdx-components.ts';
import EditorialContact from './EditorialContact.astro';
import MdxEntryCard from './MdxEntryCard.astro';
import MdxNotice from './MdxNotice.astro';

/** The components MDX content may use (the validator allows exactly these names). */
export const mdxComponentImplementations = {
  EntryCard: MdxEntryCard,
  Notice: MdxNotice,
  EditorialContact,
} satisfies Record<MdxComponentName, unknown>;

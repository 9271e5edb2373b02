import type { MdxComponentName } from '#src/schema/mdx-components.ts';
import EditorialContact from './EditorialContact.astro';
import MdxEntryCard from './MdxEntryCard.astro';
import MdxNotice from './MdxNotice.astro';

/**
 * The implementations of the MDX components allowed in content (src/schema/mdx-components.ts
 * lists them and their props for the validator and the CMS). Typed so a component listed
 * there cannot be left without an implementation.
 */
export const mdxImplementations: Record<MdxComponentName, unknown> = {
  EntryCard: MdxEntryCard,
  Notice: MdxNotice,
  EditorialContact,
};

import { Document, isSeq, parseDocument } from 'yaml';
import { pathKeys } from './translation-units.ts';

/**
 * Change values in a translation file (YAML, or MDX with YAML frontmatter) and leave everything
 * else as the translator or the CMS wrote it: order, comments, quoting. The `translation:` block
 * is written last with the new stamp.
 */

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** New values by dotted path ("summary", "steps.1.text"); "body" is the MDX body. */
interface FileChange {
  values: { path: string; value: string | string[] }[];
  body?: string;
  stamp: { source: string; machine: boolean };
}

/**
 * Lists of objects are matched item by item, so an item translated without the ones before it
 * needs empty items in front (`{}` falls back to German; a missing item would be `null`).
 */
function fillListGaps(document: Document, keys: (string | number)[]): void {
  keys.forEach((key, depth) => {
    if (typeof key !== 'number') return;
    const parent = keys.slice(0, depth);
    const list = parent.length === 0 ? document.contents : document.getIn(parent, true);
    if (list !== undefined && !isSeq(list)) return;
    const length = isSeq(list) ? list.items.length : 0;
    for (let index = length; index < key; index++) document.setIn([...parent, index], document.createNode({}));
  });
}

/** The text of the file after the change; `existing` is undefined for a new file. */
export function updateTranslationFile(existing: string | undefined, mdx: boolean, change: FileChange): string {
  const match = existing !== undefined && mdx ? frontmatterPattern.exec(existing) : null;
  const yamlText = existing === undefined ? '' : mdx ? (match?.[1] ?? '') : existing;
  const document = yamlText.trim() === '' ? new Document({}) : parseDocument(yamlText);
  for (const { path, value } of change.values) {
    fillListGaps(document, pathKeys(path));
    document.setIn(pathKeys(path), value);
  }
  document.delete('translation');
  document.set('translation', { source: change.stamp.source, ...(change.stamp.machine ? { machine: true } : {}) });
  // yaml quotes a fingerprint of digits only ("87869822"), so it stays a string.
  const yaml = document.toString({ lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  if (!mdx) return yaml;
  const body = change.body ?? match?.[2] ?? '';
  return `---\n${yaml.trimEnd()}\n---\n\n${body.trim()}\n`;
}

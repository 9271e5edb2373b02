import { describe, expect, it } from 'vitest';
import { checkMdx } from '#src/lib/content/check-mdx.ts';
import { parseCoordinates } from '#src/lib/cms/parse-coordinates.ts';
import { blockFromMatch, blockPattern, blockToMdx, editorComponentId, type BlockData } from '#src/lib/cms/mdx-blocks.ts';
import type { MdxComponentName } from '#src/schema/mdx-components.ts';

/** Read a block back the way the CMS does (cms/admin/editor-components.ts): match its pattern, then read the match. */
function readBlock(name: MdxComponentName, text: string): BlockData | undefined {
  const match = text.trim().match(blockPattern(name));
  return match ? blockFromMatch(name, match) : undefined;
}

describe('MDX blocks from the editor toolbar', () => {
  it('write an entry card the MDX check accepts and read it back', () => {
    const text = blockToMdx('EntryCard', { id: 'jobcenter-musterstadt' });
    expect(text).toBe('<EntryCard id="jobcenter-musterstadt" />');
    const check = checkMdx(`Einleitung\n\n${text}\n`);
    expect(check.problems).toEqual([]);
    expect(check.references.map((reference) => reference.value)).toEqual(['jobcenter-musterstadt']);
    expect(readBlock('EntryCard', text)).toEqual({ id: 'jobcenter-musterstadt' });
  });

  it('write a notice with Markdown inside and read it back unchanged', () => {
    const text = blockToMdx('Notice', { type: 'warning', body: 'Bitte **rechtzeitig** Termin buchen.\n\nZweiter Absatz.' });
    expect(checkMdx(text).problems).toEqual([]);
    expect(readBlock('Notice', text)).toEqual({ type: 'warning', body: 'Bitte **rechtzeitig** Termin buchen.\n\nZweiter Absatz.' });
  });

  it('never break out of a property with a double quote', () => {
    const text = blockToMdx('EntryCard', { id: 'x" onClick="alert(1)' });
    expect(text).toBe('<EntryCard id="x” onClick=”alert(1)" />');
    // One property with an odd value, no second (event) property: the check only finds no entry.
    expect(checkMdx(text).references.map((reference) => reference.value)).toEqual(['x” onClick=”alert(1)']);
  });

  it('are found only at the start of a block and without the multiline flag Decap rejects', () => {
    expect(blockPattern('Notice').flags).not.toContain('m');
    expect(blockPattern('EntryCard').test('Text <EntryCard id="x" />')).toBe(false);
    expect(editorComponentId('EntryCard')).toBe('entry-card');
  });
});

describe('coordinates pasted by an editor', () => {
  it('are read from OpenStreetMap links, geo URIs and plain pairs', () => {
    expect(parseCoordinates('https://www.openstreetmap.org/#map=18/49.59052/11.00201')).toEqual({ lat: 49.59052, lng: 11.00201 });
    expect(parseCoordinates('https://www.openstreetmap.org/?mlat=49.5905&mlon=11.002#map=19/49.5905/11.002')).toEqual({
      lat: 49.5905,
      lng: 11.002,
    });
    expect(parseCoordinates('geo:49.59,11.0')).toEqual({ lat: 49.59, lng: 11 });
    expect(parseCoordinates('49.5905, 11.002')).toEqual({ lat: 49.5905, lng: 11.002 });
    expect(parseCoordinates('49,5905 11,002')).toEqual({ lat: 49.5905, lng: 11.002 });
  });

  it('are refused when out of range or missing', () => {
    expect(parseCoordinates('95.1, 11')).toBeUndefined();
    expect(parseCoordinates('Rathausplatz 1')).toBeUndefined();
  });
});

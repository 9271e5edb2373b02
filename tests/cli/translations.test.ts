import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { materialise, runScript } from '../support/content-fixtures.ts';

// The round trip with a translation agency as an office runs it: `npm run translations` export,
// a CAT tool edits the XLIFF file, import. The real script in a real Node process on a copy of
// the minimal content (de, en, ar).

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const faq = 'content/faq/de/fiktionsbescheinigung.yaml';
const faqAr = 'content/faq/ar/fiktionsbescheinigung.yaml';

/** The minimal content, with a FAQ answer in Markdown carrying a link and a list. */
function project(): string {
  const dir = materialise();
  folders.push(dir);
  const german = readFileSync(join(dir, faq), 'utf8');
  writeFileSync(
    join(dir, faq),
    `${german}answer: |\n  Die **Fiktionsbescheinigung** gilt bis zur Entscheidung.\n\n  - Antrag rechtzeitig stellen\n  - [Termin buchen](https://termine.example.org/abh)\n`,
  );
  return dir;
}

function translations(dir: string, args: string[]) {
  return runScript('scripts/translations.ts', [...args, '--content', 'content', '--config', 'site.config.yaml'], { cwd: dir });
}

/** Every file under content/ with its text, to prove that nothing changed. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(join(dir, 'content'));
  return files;
}

/** What a CAT tool does: put a translation into a unit's <target>. */
function translate(xml: string, unitId: string, target: string): string {
  const start = xml.indexOf(`<trans-unit id="${unitId}"`);
  if (start < 0) throw new Error(`no unit ${unitId}`);
  const sourceEnd = xml.indexOf('</source>', start) + '</source>'.length;
  const existing = /^<target>[\s\S]*?<\/target>/.exec(xml.slice(sourceEnd));
  return `${xml.slice(0, sourceEnd)}<target>${target}</target>${xml.slice(sourceEnd + (existing?.[0].length ?? 0))}`;
}

async function exported(dir: string, extra: string[] = []): Promise<string> {
  const result = await translations(dir, ['export', '--locale', 'ar', '--out', 'ar.xlf', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(join(dir, 'ar.xlf'), 'utf8');
}

describe('npm run translations', () => {
  it('exports one unit per translatable field with source, note, fingerprint and locked link addresses', async () => {
    const dir = project();
    const xml = await exported(dir);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('version="1.2"');
    expect(xml).toContain('target-language="ar"');
    expect(xml).toMatch(/<group id="fiktionsbescheinigung" resname="Was ist eine Fiktionsbescheinigung\?" extradata="[0-9a-f]{8}">/);
    expect(xml).toContain('<trans-unit id="fiktionsbescheinigung#summary" xml:space="preserve"><source>Sie bestätigt,');
    expect(xml).toContain('<note>Feld: Kurzbeschreibung');
    expect(xml).toMatch(/<note>Eintrag: Was ist eine Fiktionsbescheinigung\? – https:\/\/[^<]+\/de\/faq\/fiktionsbescheinigung\/<\/note>/);
    // Translators change words, never the link address or the Markdown markers.
    expect(xml).toMatch(/\[Termin buchen<ph id="\d+">\]\(https:\/\/termine\.example\.org\/abh\)<\/ph>/);
    expect(xml).toMatch(/<ph id="\d+">\*\*<\/ph>Fiktionsbescheinigung<ph id="\d+">\*\*<\/ph>/);
  });

  it('changes no file when an unchanged export comes back', async () => {
    const dir = project();
    await exported(dir);
    const before = snapshot(dir);
    const result = await translations(dir, ['import', 'ar.xlf']);
    expect(result.stdout).toContain('Keine Änderungen');
    expect(result.status).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes and stamps an edited target, keeps the Markdown, and says what changed in German', async () => {
    const dir = project();
    let xml = await exported(dir);
    xml = translate(xml, 'fiktionsbescheinigung#summary', 'تؤكد أن تصريح إقامتك السابق يبقى ساريًا حتى القرار.');
    xml = translate(
      xml,
      'fiktionsbescheinigung#answer',
      'شهادة <ph id="1">**</ph>Fiktionsbescheinigung<ph id="2">**</ph> سارية حتى القرار.<ph id="3">\n\n- </ph>قدّم الطلب في الوقت المناسب<ph id="4">\n- </ph>[احجز موعدًا<ph id="5">](https://termine.example.org/abh)</ph>',
    );
    writeFileSync(join(dir, 'ar.xlf'), xml);
    const result = await translations(dir, ['import', 'ar.xlf']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`neu: ${faqAr} – Was ist eine Fiktionsbescheinigung? (Kurzbeschreibung, `);
    expect(result.stdout).toContain('1 Datei(en) geschrieben und gestempelt; Inhalt geprüft – alles gültig');
    const written = readFileSync(join(dir, faqAr), 'utf8');
    expect(written).toContain('summary: تؤكد أن تصريح إقامتك السابق يبقى ساريًا حتى القرار.');
    expect(written).toContain('- [احجز موعدًا](https://termine.example.org/abh)');
    expect(written).toMatch(/translation:\n {2}source: "?[0-9a-f]{8}"?\n$/);
    // The stamp is the German fingerprint: the check sees the translation as current.
    const status = await runScript('scripts/translation-status.ts', ['--content', 'content', '--config', 'site.config.yaml'], { cwd: dir });
    expect(status.stdout).toMatch(/ar – Arabisch[\s\S]*?Häufige Fragen \(1\)\s+100 %\s+0 %\s+0 %\s+0 %/);
    // A second import of the same file changes nothing more.
    const again = await translations(dir, ['import', 'ar.xlf']);
    expect(again.stdout).toContain('Keine Änderungen');
  });

  it('keeps apart the units of an entry whose German text changed after the export', async () => {
    const dir = project();
    let xml = await exported(dir);
    xml = translate(xml, 'fiktionsbescheinigung#summary', 'نص قديم');
    writeFileSync(join(dir, 'ar.xlf'), xml);
    writeFileSync(
      join(dir, faq),
      readFileSync(join(dir, faq), 'utf8').replace('bis zur Entscheidung weiter gilt', 'bis zur Entscheidung gilt'),
    );
    const result = await translations(dir, ['import', 'ar.xlf']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'veraltet, nicht übernommen: faq/fiktionsbescheinigung – Was ist eine Fiktionsbescheinigung? (der deutsche Text wurde nach dem Export geändert)',
    );
    expect(existsSync(join(dir, faqAr))).toBe(false);
    const keptApart = readFileSync(join(dir, 'ar.veraltet.xlf'), 'utf8');
    expect(keptApart).toContain(
      '<source>Sie bestätigt, dass Ihr bisheriger Aufenthaltstitel bis zur Entscheidung gilt.</source><target>نص قديم</target>',
    );
  });

  const broken: [string, (xml: string) => string, RegExp][] = [
    [
      'broken XML',
      (xml) => xml.replace('</body>', ''),
      /^ar\.xlf: kein gültiges XML \(Zeile \d+, Spalte \d+: .+\) – .+ Nichts geändert\.$/,
    ],
    [
      'an unknown unit id',
      (xml) => xml.replace('id="fiktionsbescheinigung#summary"', 'id="fiktionsbescheinigung#zusammenfassung"'),
      /^ar\.xlf: faq\/fiktionsbescheinigung#zusammenfassung: unbekannte Einheit – dieses Feld gibt es im Eintrag nicht \(mehr\); Einheit entfernen oder neu exportieren$/,
    ],
    [
      'an unknown entry',
      (xml) => xml.replace('<group id="fiktionsbescheinigung"', '<group id="fiktion"'),
      /^ar\.xlf: faq\/fiktion: unbekannter Eintrag – .+$/,
    ],
    [
      'a lost link address',
      (xml) => translate(xml, 'fiktionsbescheinigung#answer', 'شهادة سارية.<ph id="3">\n\n- </ph>قدّم الطلب<ph id="4">\n- </ph>احجز موعدًا'),
      /^ar\.xlf: faq\/fiktionsbescheinigung#answer: Platzhalter oder Markdown-Zeichen fehlen in der Übersetzung \(„\*\*“, „\*\*“, „\]\(https:\/\/termine\.example\.org\/abh\)“\) – sie müssen unverändert übernommen werden$/,
    ],
  ];
  for (const [name, edit, message] of broken) {
    it(`rejects ${name} with one clear line and writes nothing`, async () => {
      const dir = project();
      // A valid edit beside the broken one: it must not be written either.
      const xml = translate(await exported(dir), 'fiktionsbescheinigung#summary', 'ترجمة صحيحة');
      writeFileSync(join(dir, 'ar.xlf'), edit(xml));
      const before = snapshot(dir);
      const result = await translations(dir, ['import', 'ar.xlf']);
      expect(result.status).toBe(1);
      const lines = result.stderr.split('\n').filter(Boolean);
      expect(lines[0]).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('exports only missing units with --only missing', async () => {
    const dir = project();
    const xml = await exported(dir, ['--only', 'missing']);
    expect(xml).toContain('<group id="fiktionsbescheinigung"');
    const result = await translations(dir, ['export', '--locale', 'en', '--only', 'missing', '--out', 'en.xlf']);
    expect(result.status).toBe(0);
    // The English journey is complete: nothing of it is missing.
    expect(readFileSync(join(dir, 'en.xlf'), 'utf8')).not.toContain('aufenthaltstitel-laeuft-ab#title');
  });

  it('answers --help and rejects an unknown option with one German line', async () => {
    const dir = project();
    const help = await translations(dir, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run translations -- export --locale');
    const wrong = await translations(dir, ['export', '--sprache', 'ar']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('„npm run translations -- --help“');
  });
});

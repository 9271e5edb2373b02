/**
 * npm run new-site -- <folder> [--name <municipality>] [--land <federal state>]
 *
 * Starts a Lotse for another municipality: writes <folder>/content (federal vocabularies, the
 * required pages, one example entry per collection) and <folder>/site.config.yaml (commented)
 * from starter/. With --land, the state's own laws and programmes (starter/laender/<land>.yaml)
 * are added to the vocabularies and `state` is set; with --name, "Beispielstadt" becomes the
 * municipality's name everywhere. Never overwrites anything. The result passes `npm run check`
 * and builds as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { slugify } from '#src/lib/content/read-content.ts';
import { federalStates } from '#src/schema/site-config.ts';
import { vocabularyNames } from '#src/schema/names.ts';
import { failUsage, parseCommand } from './support/command-line.ts';

/** The starter kit: content, configuration and the federal states' own vocabulary terms. */
const starter = resolve(import.meta.dirname, '../starter');
/** The placeholder name in the starter, replaced by --name. */
const placeholder = 'Beispielstadt';

const { values, positionals } = parseCommand({
  name: 'new-site',
  summary:
    'Legt einen neuen Lotse für eine Kommune an: <Ordner>/content (Vokabulare des Bundes, Pflichtseiten,\nein Beispiel je Sammlung) und <Ordner>/site.config.yaml mit Erklärungen. Überschreibt nichts.',
  positionals: { usage: '<Ordner>', description: 'Zielordner, z. B. „.“ für das Projekt selbst oder „sites/meine-stadt“' },
  options: {
    name: { type: 'string', value: '<Kommune>', description: `Name der Kommune statt „${placeholder}“` },
    land: { type: 'string', value: '<Bundesland>', description: 'Bundesland, z. B. „Bayern“: Feiertage, Landesrecht und -programme' },
  },
  content: false,
  examples: ['npm run new-site -- . --name Lindenau --land Thüringen', 'npm run new-site -- sites/lindenau --name Lindenau'],
});

const [folder, ...extra] = positionals;
if (!folder) failUsage('new-site', 'Zielordner fehlt – z. B. „npm run new-site -- sites/meine-stadt“');
if (extra.length > 0) failUsage('new-site', `unerwartete Angabe „${extra[0]}“ – nur ein Zielordner`);
const land = values.land?.trim();
if (land !== undefined && !federalStates.includes(land)) {
  failUsage('new-site', `„${land}“ ist kein Bundesland – den Namen ausschreiben, z. B. „Nordrhein-Westfalen“`);
}
const name = values.name?.trim();
if (name !== undefined && !/^\p{L}[\p{L}\p{N} .'’-]*$/u.test(name)) {
  failUsage('new-site', `„${name}“ ist kein Ortsname – nur Buchstaben, Ziffern, Leerzeichen, Punkt und Bindestrich`);
}

const target = resolve(folder);
const contentDir = join(target, 'content');
const configFile = join(target, 'site.config.yaml');
const shown = (path: string) => relative(process.cwd(), path) || '.';
for (const path of [contentDir, configFile]) {
  if (existsSync(path)) {
    console.error(`✗ ${shown(path)} gibt es schon – nichts geändert. Einen leeren Ordner wählen oder das Vorhandene erst entfernen.`);
    process.exit(1);
  }
}

mkdirSync(target, { recursive: true });
cpSync(join(starter, 'content'), contentDir, { recursive: true });
cpSync(join(starter, 'site.config.yaml'), configFile);

/** Every file written, for the name replacement. */
function filesIn(path: string): string[] {
  return readdirSync(path).flatMap((entry) => {
    const full = join(path, entry);
    return statSync(full).isDirectory() ? filesIn(full) : [full];
  });
}

if (name) {
  // "Beispielstadt" in texts, "beispielstadt" in addresses (example.org domains, e-mail).
  const slug = slugify(name);
  for (const file of [configFile, ...filesIn(contentDir)]) {
    const text = readFileSync(file, 'utf8');
    const next = text.replaceAll(placeholder, name).replaceAll(placeholder.toLowerCase(), slug);
    if (next !== text) writeFileSync(file, next);
  }
}

const notes: string[] = [];
if (land) {
  const config = readFileSync(configFile, 'utf8');
  writeFileSync(configFile, config.replace(/^state: .*$/m, `state: ${land}`));
  const landFile = join(starter, 'laender', `${slugify(land)}.yaml`);
  if (existsSync(landFile)) {
    // Appended as text, so the comments at the top of each vocabulary file stay.
    const additions = load(readFileSync(landFile, 'utf8'), { schema: CORE_SCHEMA }) as Record<string, unknown[]>;
    for (const [vocabulary, terms] of Object.entries(additions)) {
      if (!(vocabularyNames as readonly string[]).includes(vocabulary) || !Array.isArray(terms)) continue;
      const file = join(contentDir, 'vocabularies', `${vocabulary}.yaml`);
      const indented = dump(terms, { lineWidth: -1 }).replace(/^(?=.)/gm, '  ');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${indented}`);
    }
    notes.push(`Landesrecht und Landesprogramme für ${land} ergänzt (aus ${shown(landFile)}).`);
  } else {
    notes.push(
      `Für ${land} gibt es noch keine Landesbegriffe: Landesgesetze und -programme in content/vocabularies/legal-bases.yaml und programmes.yaml selbst ergänzen.`,
    );
  }
} else {
  const state = /^state: (.*)$/m.exec(readFileSync(configFile, 'utf8'))?.[1] ?? '';
  notes.push(`Bundesland ist „${state}“ (Vorgabe) – mit --land wählen oder in site.config.yaml unter „state“ ändern.`);
}

// A changed German text (the name) would make the example translation outdated: stamp it anew.
const stamp = spawnSync(
  process.execPath,
  [join(import.meta.dirname, 'stamp-translations.ts'), '--all', '--content', contentDir, '--config', configFile],
  { encoding: 'utf8' },
);
if (stamp.status !== 0) {
  console.error(`✗ Die Beispielübersetzung konnte nicht gestempelt werden:\n${stamp.stdout}${stamp.stderr}`);
  process.exit(1);
}

const inProject = shown(target) === '.';
const options = inProject ? '' : ` -- --content ${shown(contentDir)} --config ${shown(configFile)}`;
console.log(`✓ Neuer Lotse in ${shown(target)}: content/ und site.config.yaml.
${notes.map((note) => `  ${note}`).join('\n')}

Als Nächstes (README, „Adding a municipality“):
  1. site.config.yaml ausfüllen: Adresse, Name, Stadtteile, Karte, Redaktion, cms.
  2. Die Beispieleinträge in ${shown(contentDir)}/ durch Ihre ersetzen; die Pflichtseiten in
     ${shown(join(contentDir, 'pages', 'de'))}/ ergänzen (Stellen in [eckigen Klammern]).
  3. npm run check${options}
  4. npm run build${options}`);

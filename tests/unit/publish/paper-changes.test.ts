import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentHistory } from '#src/lib/content/content-history.ts';
import { paperChanges, type ChangeScope } from '#src/lib/publish/paper-changes.ts';

/**
 * A prepared history in a temporary git repository: the content as it grows over four days,
 * with a branch merged on the last day. The change list must compare the newest version of a
 * paper with the one before, entry by entry.
 */
let repo: string;
const content = () => join(repo, 'content');

function git(args: string[], date?: string): void {
  execFileSync('git', ['-c', 'user.name=Redaktion', '-c', 'user.email=redaktion@example.org', ...args], {
    cwd: repo,
    env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: `${date}T10:00:00Z`, GIT_COMMITTER_DATE: `${date}T10:00:00Z` } : {}) },
    stdio: 'pipe',
  });
}

function write(path: string, text: string): void {
  const file = join(content(), path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function entry(title: string, reviewed = '2026-10-01', extra = ''): string {
  return `title: ${title}\nsummary: Kurz.\ntopics: [aufenthalt]\nreviewed: ${reviewed}\nowner: Redaktion\n${extra}`;
}

function commit(message: string, date: string): void {
  git(['add', '-A'], date);
  git(['commit', '-q', '-m', message], date);
}

/** Entries the (public) paper shows now: everything present except the internal one. */
const listed = new Set(['aufenthalt-verlaengern', 'wohngeld', 'reiseausweis', 'mbe', 'einbuergerung']);
const scope: ChangeScope = {
  collections: ['responsibilities', 'services'],
  sourceLocale: 'de',
  isListed: (_collection, id) => listed.has(id),
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'lotse-history-'));
  git(['init', '-q', '-b', 'main']);
  // Day 1: the first version.
  write('responsibilities/de/aufenthalt-verlaengern.yaml', entry('Aufenthaltstitel verlängern'));
  write('responsibilities/de/duldung.yaml', entry('Duldung verlängern'));
  write('responsibilities/de/einbuergerung.yaml', entry('Einbürgerung'));
  write('services/de/mbe.yaml', entry('Migrationsberatung'));
  write('networks/de/runder-tisch.yaml', entry('Runder Tisch'));
  commit('Erste Fassung', '2026-10-01');
  // Day 2: one change; this is the previous version.
  write('responsibilities/de/aufenthalt-verlaengern.yaml', entry('Aufenthaltstitel verlängern', '2026-10-02', 'team: Team Aufenthalt\n'));
  commit('Team ergänzt', '2026-10-02');
  // Day 3, on a branch: Wohngeld is added; merged only on day 4.
  git(['checkout', '-q', '-b', 'wohngeld']);
  write('responsibilities/de/wohngeld.yaml', entry('Wohngeld beantragen'));
  commit('Wohngeld', '2026-10-03');
  git(['checkout', '-q', 'main']);
  // Day 4 on main: a real change, a confirmation only, a deletion, an internal entry, a
  // translation and another paper's entry change; then the branch is merged.
  write('services/de/mbe.yaml', entry('Migrationsberatung für Erwachsene'));
  write('responsibilities/de/einbuergerung.yaml', entry('Einbürgerung', '2026-10-04'));
  unlinkSync(join(content(), 'responsibilities/de/duldung.yaml'));
  write('responsibilities/de/interne-absprache.yaml', entry('Interne Absprache', '2026-10-04', 'visibility: internal\n'));
  write('responsibilities/de/reiseausweis.yaml', entry('Reiseausweis beantragen'));
  write('responsibilities/ar/aufenthalt-verlaengern.yaml', 'title: تجديد الإقامة\n');
  write('networks/de/runder-tisch.yaml', entry('Runder Tisch Asyl'));
  commit('Änderungen', '2026-10-04');
  git(['merge', '-q', '--no-ff', '-m', 'Merge wohngeld', 'wohngeld'], '2026-10-04');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('the change list of a paper', () => {
  it('compares the newest version with the one before, naming added, changed and removed entries', () => {
    const result = paperChanges(readContentHistory(content()), scope);
    expect(result).toEqual({
      state: 'changes',
      date: '2026-10-04',
      previous: '2026-10-02',
      changes: [
        { collection: 'responsibilities', id: 'reiseausweis', kind: 'added', date: '2026-10-04' },
        { collection: 'responsibilities', id: 'wohngeld', kind: 'added', date: '2026-10-04' },
        { collection: 'services', id: 'mbe', kind: 'changed', date: '2026-10-04' },
        { collection: 'responsibilities', id: 'duldung', kind: 'removed', date: '2026-10-04', title: 'Duldung verlängern' },
      ],
    });
  });

  it('dates a merged branch by the day it was merged, not the day it was written', () => {
    const result = paperChanges(readContentHistory(content()), scope);
    expect(result.state === 'changes' && result.changes.find((change) => change.id === 'wohngeld')?.date).toBe('2026-10-04');
  });

  it('leaves out confirmations, internal entries, translations and entries of other papers', () => {
    const result = paperChanges(readContentHistory(content()), scope);
    const ids = result.state === 'changes' ? result.changes.map((change) => change.id) : [];
    expect(ids).not.toContain('einbuergerung');
    expect(ids).not.toContain('interne-absprache');
    expect(ids).not.toContain('aufenthalt-verlaengern');
    expect(ids).not.toContain('runder-tisch');
  });

  it('shows the internal entry in the internal edition', () => {
    const internal = paperChanges(readContentHistory(content()), {
      ...scope,
      isListed: (_collection, id) => listed.has(id) || id === 'interne-absprache',
    });
    expect(internal.state === 'changes' && internal.changes.map((change) => change.id)).toContain('interne-absprache');
  });

  it('counts versions per paper, and calls a paper without an earlier version its first', () => {
    const result = paperChanges(readContentHistory(content()), { ...scope, collections: ['networks'], isListed: () => true });
    expect(result).toEqual({
      state: 'changes',
      date: '2026-10-04',
      previous: '2026-10-01',
      changes: [{ collection: 'networks', id: 'runder-tisch', kind: 'changed', date: '2026-10-04' }],
    });
    const first = paperChanges(readContentHistory(content()), { ...scope, collections: ['projects'], isListed: () => true });
    expect(first).toEqual({ state: 'first-version' });
  });

  it('says so when the content is not in a git checkout', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lotse-no-git-'));
    try {
      const history = readContentHistory(copy);
      expect(history).toEqual({ state: 'unavailable', reason: 'no-git' });
      expect(paperChanges(history, scope)).toEqual({ state: 'unavailable', reason: 'no-git' });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

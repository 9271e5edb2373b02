import type { FieldInfo } from '../schema/describe-fields.ts';
import type { Problem } from './problem.ts';

/** An entry as the hierarchy check needs it. */
interface HierarchyEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/**
 * Cycles in every hierarchy reference (fields with `hierarchy: true`: commissioned by, reports
 * to, parent organisation): a network commissioned by itself, two networks reporting to each
 * other, an organisation that is its own grandparent. Each field is its own hierarchy, across
 * all collections that have it; each cycle is reported once, at the entry with the first id.
 * @param fieldsOf the top-level fields of an entry's collection
 */
export function hierarchyCycleProblems(entries: readonly HierarchyEntry[], fieldsOf: (entry: HierarchyEntry) => FieldInfo[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const relations = new Map<string, { label: string; edges: Map<string, string[]> }>();
  for (const entry of entries) {
    for (const field of fieldsOf(entry)) {
      if (!field.meta?.hierarchy) continue;
      const value = entry.data[field.key];
      const targets = (Array.isArray(value) ? value : [value]).filter((target): target is string => typeof target === 'string');
      if (targets.length === 0) continue;
      const relation = relations.get(field.key) ?? { label: field.meta.label, edges: new Map<string, string[]>() };
      relation.edges.set(entry.id, targets);
      relations.set(field.key, relation);
    }
  }

  for (const [key, { label, edges }] of relations) {
    const reported = new Set<string>();
    for (const start of [...edges.keys()].sort()) {
      const cycle = cycleFrom(start, edges);
      if (!cycle) continue;
      const members = [...new Set(cycle)].sort();
      const signature = members.join(' ');
      if (reported.has(signature)) continue;
      reported.add(signature);
      // Report at the entry with the first id, the cycle starting there, so the line is stable.
      const first = members[0] ?? start;
      const rotated = cycleFrom(first, edges) ?? cycle;
      const entry = byId.get(first);
      problems.push({
        file: entry?.file ?? first,
        field: key,
        label,
        message:
          rotated.length === 2
            ? `verweist auf den Eintrag selbst („${first}“) – den Verweis entfernen; eine Stelle kann nicht über sich selbst stehen`
            : `bildet einen Kreis: ${rotated.join(' → ')} – einen der Verweise entfernen; eine Stelle kann nicht über sich selbst stehen`,
      });
    }
  }
  return problems;
}

/** The first cycle that leads back to `start` (as ids, start repeated at the end), if any. */
function cycleFrom(start: string, edges: Map<string, string[]>): string[] | undefined {
  const seen = new Set<string>();
  const search = (id: string, path: string[]): string[] | undefined => {
    for (const next of edges.get(id) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = search(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return search(start, [start]);
}

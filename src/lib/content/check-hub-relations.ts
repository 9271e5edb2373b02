import type { EntryData } from '#src/schema/index.ts';
import { agreementStatusesInForce } from '#src/schema/collections/agreements.ts';
import { hubRelationLabels } from '#src/schema/shared/cooperation.ts';
import type { Problem } from './problem.ts';
import type { ContentEntry } from './validate-content.ts';

/**
 * A declared relation that contradicts an agreement: an organisation bound to the immigration
 * office by an agreement cannot at the same time be referred to only on request, be a mere
 * participant, or be outside the municipality's reach (Erlangen concept, 000:L40–42,
 * L167–182). Own offices may have agreements. Checks entries that passed their schema.
 */
export function hubRelationProblems(entries: readonly ContentEntry[], hub: string): Problem[] {
  const binding = entries.flatMap((entry) => {
    if (entry.collection !== 'agreements') return [];
    const data = entry.data as EntryData<'agreements'>;
    return data.parties.includes(hub) && (agreementStatusesInForce as readonly string[]).includes(data.status) ? [{ id: entry.id, data }] : [];
  });
  return entries.flatMap((entry): Problem[] => {
    if (entry.collection !== 'organisations' && entry.collection !== 'associations') return [];
    const declared = (entry.data as EntryData<'organisations'>).hubRelation;
    if (!declared || declared === 'own-office' || entry.id === hub) return [];
    const agreement = binding.find((candidate) => candidate.data.parties.includes(entry.id));
    if (!agreement) return [];
    return [
      {
        file: entry.file,
        field: 'hubRelation',
        label: 'Beziehung zur Ausländerbehörde',
        message: `„${hubRelationLabels[declared]}“ widerspricht der geltenden Vereinbarung „${agreement.id}“ mit der Ausländerbehörde – Feld leeren (die Stufe kommt aus der Vereinbarung) oder die Vereinbarung beenden`,
      },
    ];
  });
}

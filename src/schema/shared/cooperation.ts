import { labelledEnum } from '../field.ts';

/**
 * The fixed terms of the cooperation model, after Erlangen's BestIn concept (source 000).
 *
 * Levels 1–5 are the "Stufen der Zusammenarbeit" an agreement sets (000:L186–194): from
 * "räumlicher und prozessualer Verbund" (5) to "reine Verweispartner" (1). Talks about an
 * agreement are a status of the agreement ("negotiating"), not a level.
 *
 * An organisation without an agreement with the immigration office still stands in one of four
 * relations to it: an office of the same administration; a participant bound by no agreement,
 * such as politics, funders and media (000:L167–173); an institution the office refers to only
 * when asked (000:L40–42); or a body outside the municipality's reach, such as the BAMF or the
 * courts (000:L175–182).
 */

/** German names of the levels for editors; readers see the labels of the vocabulary. */
export const cooperationLevelLabels = {
  '5': 'Stufe 5 – räumlicher und prozessualer Verbund',
  '4': 'Stufe 4 – regelmäßige Jours fixes',
  '3': 'Stufe 3 – anlassbezogene Abstimmung im Einzelfall',
  '2': 'Stufe 2 – unterjähriger Erfahrungsaustausch',
  '1': 'Stufe 1 – Verweisberatung',
} as const;

/** German names of the relations without agreement, for editors. */
export const hubRelationLabels = {
  'own-office': 'Eigene Dienststelle der Verwaltung',
  participant: 'Beteiligt ohne Vereinbarung',
  'on-request': 'Verweis nur auf Nachfrage',
  outside: 'Außerhalb des Einflusses der Kommune',
} as const;

export type DeclaredHubRelation = keyof typeof hubRelationLabels;

/** The declared relations, in the order the site lists them (closest first). */
export const declaredHubRelations = Object.keys(hubRelationLabels) as DeclaredHubRelation[];

/**
 * Relation of an organisation or association to the immigration office when no agreement binds
 * them. Optional: left empty it means "referral on request only", which is what Lotse assumed for
 * every organisation without an agreement before the relation existed.
 */
export function hubRelationField() {
  return labelledEnum(hubRelationLabels, {
    label: 'Beziehung zur Ausländerbehörde',
    hint: 'Gilt, solange keine Kooperationsvereinbarung mit der Ausländerbehörde besteht; mit einer Vereinbarung ergibt sich die Stufe 1–5 aus der Vereinbarung (eigene Dienststellen bleiben als solche erkennbar). Leer = Verweis nur auf Nachfrage. „Beteiligt ohne Vereinbarung“: z. B. Politik, Förderer, Medien. „Außerhalb des Einflusses“: z. B. BAMF, Gerichte, Landesbehörden.',
  }).optional();
}

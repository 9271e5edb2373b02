import { z } from 'astro/zod';
import OpeningHours from 'opening_hours';
import { field } from '../field.ts';

/** How a rule should look; every message ends with it or with a more specific fix. */
const example = '„Mo-Fr 08:00-12:00; Sa 10:00-13:00; PH off“';

/** The library's own texts address the reader with "du"; Lotse's messages say "Sie". */
const informal = /\b(du|dich|dir|dein\w*)\b/i;

/** Up to 20 characters of the rule before the place the library points at. */
function near(value: string, position: number | null | undefined): string {
  const before = value.slice(0, position ?? value.length).trimEnd();
  return before.length > 20 ? `…${before.slice(-20)}` : before;
}

function parse(rule: string) {
  return new OpeningHours(rule, null, { mode: 0, locale: 'de' } as never);
}

/**
 * Library warnings that mean the rule is not OpenStreetMap syntax at all: the library guessed
 * what was meant ("Mittwoch" for "We", "8-12" for "08:00-12:00"). Lotse refuses these, since a
 * wrong guess shows a closed door as open; its message says what to write instead.
 */
const correctionTexts: Record<string, string> = {
  without_minutes: 'Uhrzeit ohne Minuten ist mehrdeutig – mit Minuten schreiben, z. B. „08:00-12:00“',
  ambiguous_single_digit_hour:
    'einstellige Stunde ist mehrdeutig (morgens oder nachmittags?) – zweistellig schreiben, z. B. „08:00“ oder „20:00“',
  hour_min_separator: 'Stunden und Minuten sind nicht mit „:“ getrennt – so schreiben: „08:00“',
  value_ends_with_token: 'endet mit einem überzähligen Zeichen – das letzte Zeichen löschen oder die Regel vervollständigen',
  word_error_correction: 'ist keine OpenStreetMap-Schreibweise – englische Tageskürzel (Mo Tu We Th Fr Sa Su), „-“ und „:“ verwenden',
  please_use_ok_for_ko: 'ist keine OpenStreetMap-Schreibweise – englische Tageskürzel (Mo Tu We Th Fr Sa Su), „-“ und „:“ verwenden',
  omit_ko: 'enthält ein Wort, das nicht zur Schreibweise gehört – es löschen',
  rant_degree_sign_used_for_zero: 'enthält ein Gradzeichen „°“ statt einer Null – „0“ schreiben',
  separator_for_readability: 'enthält ein Trennzeichen an einer Stelle, an der es nicht stehen darf – es löschen',
  switched: 'die Angaben einer Regel stehen in falscher Reihenfolge – zuerst Tage, dann Uhrzeiten schreiben',
  interpreted_as_year: 'eine Zahl wird als Jahr gelesen – Uhrzeiten als „12:00“ schreiben',
};

/**
 * What Lotse says about the other library warnings (by their `type`): the rule is valid
 * syntax but probably not what was meant. Formal, with the fix. A kind not listed gets the
 * general advice.
 */
const warningTexts: Record<string, string> = {
  strange_24_7: '„24/7“ zusammen mit weiteren Regeln ist mehrdeutig – eindeutig ist „open“, z. B. „open; PH off“',
  nothing_useful: 'enthält eine leere Regel, z. B. ein „;“ am Ende – das überzählige „;“ löschen',
  default_state: '„open“ oder „closed“ steht nicht am Anfang und ersetzt alle Regeln davor – diese Regel an den Anfang stellen',
  vague: 'eine Regel ohne Uhrzeit sagt wenig – Uhrzeit ergänzen, z. B. „Mo-Fr 08:00-12:00“, oder einen Kommentar in Anführungszeichen',
  empty_comment: 'enthält einen leeren Kommentar „""“ – Text zwischen die Anführungszeichen schreiben oder sie löschen',
  combine_rules: 'mehrere Regeln bestehen nur aus Uhrzeiten – sie mit „,“ zu einer Regel verbinden',
  additional_rule_separator_not_used_after_time_wrapping_midnight:
    'eine Regel ersetzt Teile der vorigen (die über Mitternacht reicht) – „,“ statt „;“ davor schreiben, wenn sie ergänzen soll',
  additional_rule_which_evaluates_to_closed: 'eine ergänzende Regel nach „,“ schließt – sie mit „;“ abtrennen',
  use_multi: 'eine Regel enthält dieselbe Art Angabe mehrmals – mit „,“ zusammenfassen oder mit „;“ in Regeln trennen',
  year_past: 'nennt ein Jahr, das vorbei ist – die Regel löschen oder das Jahr ändern',
  date_past: 'nennt ein Datum, das vorbei ist – die Regel löschen oder das Datum ändern',
  date_range_past: 'nennt einen Zeitraum, der vorbei ist – die Regel löschen oder den Zeitraum ändern',
  public_holiday: 'sagt nichts über Feiertage – „; PH off“ anhängen, wenn an Feiertagen geschlossen ist',
  period_one: 'eine Wiederholung „/1“ ist überflüssig – „/1“ löschen',
  period_one_year_plus: 'eine Wiederholung „/1“ ist überflüssig – für „ab einem Jahr immer“ „2026+“ schreiben',
  zero_calculation: 'eine Rechnung mit „+00:00“ ändert nichts – sie löschen',
  adding_0: 'eine Rechnung mit „+0“ ändert nichts – sie löschen',
};

interface LibraryWarning {
  type: string;
  value: string;
  position: number | null;
}

type Reading = { warnings?: LibraryWarning[]; thrown?: unknown };

// Each rule is read once per process: the check asks for its error and then for its warnings,
// and many places share the same hours.
const readings = new Map<string, Reading>();

/** The library's warnings of a rule it can read; undefined when it cannot read the rule at all. */
function libraryWarnings(rule: string): Reading {
  let reading = readings.get(rule);
  if (!reading) {
    try {
      reading = { warnings: parse(rule).getStructuredWarnings() as LibraryWarning[] };
    } catch (error) {
      reading = { thrown: error };
    }
    readings.set(rule, reading);
  }
  return reading;
}

/** One message per kind of warning (the library repeats a kind for every place it applies). */
function firstOfEachType(warnings: LibraryWarning[]): LibraryWarning[] {
  return warnings.filter((warning, index) => warnings.findIndex((other) => other.type === warning.type) === index);
}

function placed(warning: LibraryWarning, text: string): string {
  const place = near(warning.value, warning.position);
  return `Öffnungszeiten${place ? ` bei „${place}“` : ''}: ${text}`;
}

/**
 * Why an opening-hours rule is not OpenStreetMap syntax, in German with what to do: the library
 * cannot read it, or could only guess what was meant. Undefined when the rule is valid.
 */
export function openingHoursError(rule: string): string | undefined {
  const { warnings, thrown } = libraryWarnings(rule);
  if (warnings) {
    const correction = warnings.find((warning) => warning.type in correctionTexts);
    return correction ? placed(correction, correctionTexts[correction.type] ?? '') : undefined;
  }
  // The library's message is "<rule up to the error> <--- (<explanation>)".
  const [, before = '', explanation = ''] = /^([\s\S]*?)\s*<---\s*\(([\s\S]*)\)\s*$/.exec(String(thrown).replace(/\s+/g, ' ').trim()) ?? [];
  const place = before ? ` bei „${near(before, undefined)}“` : '';
  const reason = explanation && !informal.test(explanation) ? `: ${explanation.replace(/[.\s]+$/, '')}` : '';
  return `Öffnungszeiten nicht lesbar${place}${reason} – Schreibweise wie ${example} verwenden`;
}

/**
 * What is probably not meant in a valid opening-hours rule: "24/7" beside other rules, a
 * stray ";", a date in the past. In German, formal, each with the place and the fix. These are
 * warnings: the site shows the hours as written.
 */
export function openingHoursWarnings(rule: string): string[] {
  const { warnings } = libraryWarnings(rule);
  if (!warnings || warnings.some((warning) => warning.type in correctionTexts)) return [];
  return firstOfEachType(warnings).map((warning) =>
    placed(warning, warningTexts[warning.type] ?? `ist nicht eindeutig – Schreibweise wie ${example} verwenden`),
  );
}

/**
 * Opening hours in OpenStreetMap `opening_hours` syntax, parsed by the `opening_hours` library.
 * A rule it cannot read is an error; one it reads with a warning is valid here and reported
 * as a warning by `npm run check` (src/lib/content/validate-content.ts).
 * @example "Mo,Tu,Th 07:30-12:00; We 14:00-18:00; PH off"
 */
export function openingHours() {
  return field(
    z
      .string()
      .trim()
      .min(1)
      .superRefine((rule, ctx) => {
        const error = openingHoursError(rule);
        if (error) ctx.addIssue({ code: 'custom', message: error });
      }),
    {
      label: 'Öffnungszeiten',
      hint: 'In OpenStreetMap-Schreibweise, z. B. „Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off“ (englische Tageskürzel Mo Tu We Th Fr Sa Su; PH = Feiertage). Achtung: eine Regel nach „;“ ersetzt frühere Regeln für dieselben Tage, mehrere Zeiten am selben Tag mit Komma trennen.',
      widget: 'opening-hours',
    },
  );
}

import { dump } from 'js-yaml';
import { slugify } from '#src/lib/content/read-content.ts';
import { footerRoles } from '#src/lib/required-pages.ts';
import { sourceFingerprint, translatableValues } from '#src/lib/schema/translation.ts';
import { collections, type CollectionName, type SiteConfig } from '#src/schema/index.ts';
import * as phrases from './phrases.ts';
import type { Phrase, PhraseLocale } from './phrases.ts';
import { supplement } from './vocabulary-terms.ts';

/** A file of the generated content folder, relative to it. */
interface GeneratedFile {
  path: string;
  content: string;
}

/** Collections the synthetic set fills; documents need PDF files, so it has none. */
type SyntheticCollection = Exclude<CollectionName, 'documents'>;

/** How many entries of each collection a set of 2,000 has; other sizes scale these. */
const shares: Record<SyntheticCollection, number> = {
  organisations: 300,
  associations: 200,
  interpreting: 60,
  checklists: 100,
  responsibilities: 300,
  services: 300,
  projects: 250,
  networks: 120,
  agreements: 100,
  journeys: 80,
  faq: 180,
  pages: 10,
};

/** Deterministic pseudo-random numbers (mulberry32), so the same seed gives the same data set. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const count = Math.min(copy.length, int(min, max));
    const chosen: T[] = [];
    for (let index = 0; index < count; index++) chosen.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
    return chosen;
  };
  return { next, int, pick, some, chance: (probability: number) => next() < probability };
}

type Data = Record<string, unknown>;
/** One generated entry: its data in any language (shared fields are the same in all). */
interface Spec {
  collection: CollectionName;
  id: string;
  render: (locale: PhraseLocale) => Data;
  body?: (locale: PhraseLocale) => string;
  /** The title as a phrase, for references in other entries' texts. */
  name: (locale: PhraseLocale) => string;
  locationIds?: string[];
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * Generate a synthetic content folder: `count` German entries across all collections, a
 * translation of each into every other language of the site, and the vocabularies.
 */
export function generateSyntheticContent(options: {
  site: SiteConfig;
  vocabularies: Record<string, Data[]>;
  count: number;
  seed: number;
  today: string;
}): GeneratedFile[] {
  const { site, count } = options;
  const rnd = random(options.seed);
  const locales = site.locales as readonly PhraseLocale[];
  const [sourceLocale = 'de', ...targetLocales] = locales;
  const files: GeneratedFile[] = [];

  // Vocabularies: the content's own terms plus what this generator needs.
  const vocabularies: Record<string, Data[]> = {};
  for (const [name, terms] of Object.entries(options.vocabularies)) {
    vocabularies[name] = supplement(name, terms as never, locales);
    files.push({ path: `vocabularies/${name}.yaml`, content: dump({ terms: vocabularies[name] }, { lineWidth: -1 }) });
  }
  const ids = (name: string) => (vocabularies[name] ?? []).map((term) => String(term['id']));
  const topicIds = phrases.topics.map((topic) => topic.id);
  const topicName = (id: string, locale: PhraseLocale) => phrases.topics.find((topic) => topic.id === id)?.name[locale] ?? id;
  const districts = site.districts.map((district) => ({
    id: district.id,
    name: (locale: string) => district.label[locale] ?? district.label.de,
  }));

  // Entry counts, scaled to the wanted total.
  const total = Object.values(shares).reduce((sum, share) => sum + share, 0);
  const counts = Object.fromEntries(
    Object.entries(shares).map(([name, share]) => [name, Math.max(2, Math.round((share * count) / total))]),
  ) as Record<SyntheticCollection, number>;
  // Every site has the required pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache).
  counts.pages = Math.max(counts.pages, footerRoles.length);
  counts.organisations += count - Object.values(counts).reduce((sum, value) => sum + value, 0);

  const specs: Spec[] = [];
  const usedIds = new Set<string>();
  const uniqueId = (title: string) => {
    const base = slugify(title).slice(0, 60).replace(/-+$/, '');
    let id = base;
    for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
    usedIds.add(id);
    return id;
  };
  const date = (fromYear: number, toYear: number) =>
    `${rnd.int(fromYear, toYear)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  const review = () => ({
    reviewed: date(2024, 2026).replace(/^2026-(1[12])/, '2026-10'),
    owner: rnd.pick([
      'Stabsstelle Integration',
      'Ausländerbehörde, Sachgebietsleitung',
      'Jobcenter, Migrationsbeauftragte',
      'Träger, Fachbereichsleitung',
    ]),
    ...(rnd.chance(0.2) ? { reviewIntervalMonths: rnd.pick([6, 24]) } : {}),
  });
  const contact = (slug: string) => ({
    phone: `+49 9999 ${rnd.int(100, 999)}-${rnd.int(10, 99)}`,
    email: `${slug.slice(0, 30)}@example.org`,
    website: `https://www.example.org/${slug}`,
  });
  const professionalContact = () => ({
    phone: `+49 9999 ${rnd.int(100, 999)}-${rnd.int(1000, 9999)}`,
    email: `fachstellen-${rnd.int(1000, 9999)}@example.org`,
  });
  const description = (topic: string, district: (typeof districts)[number]) => {
    const chosen = rnd.some(phrases.sentences, 2, 4);
    return (locale: PhraseLocale) =>
      chosen.map((sentence) => fill(sentence[locale], { topic: topicName(topic, locale), district: district.name(locale) })).join(' ');
  };
  const add = (spec: Spec) => {
    specs.push(spec);
    return spec;
  };

  // The immigration office the site configuration names as its hub.
  const hubName: Phrase = {
    de: 'Ausländerbehörde',
    en: 'Immigration office',
    ar: 'دائرة الأجانب',
    fa: 'اداره اتباع خارجی',
    tr: 'Yabancılar Dairesi',
    uk: 'Відомство у справах іноземців',
    ru: 'Ведомство по делам иностранцев',
  };
  usedIds.add(site.hub);
  // The home page's quick links name entries too: the first journeys take their ids.
  const quickLinkIds = site.quickLinks.flatMap((link) => ('entry' in link && link.entry !== site.hub ? [link.entry] : []));
  for (const id of quickLinkIds) usedIds.add(id);
  const organisations: Spec[] = [];
  const center = site.map.center;
  const location = (slug: string, district: (typeof districts)[number], kind: Phrase) => ({
    id: slug,
    name: (locale: PhraseLocale) => `${kind[locale]} ${district.name(locale)}`,
    street: `${rnd.pick(phrases.streets)} ${rnd.int(1, 120)}`,
    postalCode: `9${rnd.int(1000, 9999)}`,
    district: district.id,
    lat: Number((center.lat + (rnd.next() - 0.5) * 0.06).toFixed(5)),
    lng: Number((center.lng + (rnd.next() - 0.5) * 0.08).toFixed(5)),
    hours: rnd.chance(0.8) ? rnd.pick(phrases.openingHourRules) : undefined,
    appointmentOnly: rnd.chance(0.2),
  });
  const renderLocation = (place: ReturnType<typeof location>, locale: PhraseLocale) => ({
    id: place.id,
    name: place.name(locale),
    address: {
      street: place.street,
      postalCode: place.postalCode,
      city: site.municipality,
      district: place.district,
      coordinates: { lat: place.lat, lng: place.lng },
    },
    ...(place.hours ? { openingHours: place.hours } : {}),
    ...(place.appointmentOnly ? { appointmentOnly: true } : {}),
  });

  // Organisations (the hub first).
  const combos = phrases.organisationKinds.flatMap((kind) =>
    phrases.providerNames.flatMap((name) => districts.map((district) => ({ kind, name, district }))),
  );
  for (let index = 0; index < counts.organisations; index++) {
    const isHub = index === 0;
    const combo = combos.splice(rnd.int(0, combos.length - 1), 1)[0] ?? {
      kind: rnd.pick(phrases.organisationKinds),
      name: rnd.pick(phrases.providerNames),
      district: rnd.pick(districts),
    };
    const title = (locale: PhraseLocale) =>
      isHub ? `${hubName[locale]} ${site.municipality}` : `${combo.kind[locale]} ${combo.name} ${combo.district.name(locale)}`;
    const id = isHub ? site.hub : uniqueId(title('de'));
    const topic = rnd.pick(topicIds);
    const places = Array.from({ length: rnd.int(1, 2) }, (_, n) =>
      location(n === 0 ? 'hauptsitz' : `standort-${n + 1}`, n === 0 ? combo.district : rnd.pick(districts), combo.kind),
    );
    const text = description(topic, combo.district);
    const shared = {
      topics: [
        topic,
        ...rnd.some(
          topicIds.filter((other) => other !== topic),
          0,
          2,
        ),
      ],
      ...review(),
      providerType: isHub ? 'behoerde' : rnd.pick(ids('provider-types')),
      sector: isHub ? 'public-administration' : rnd.pick(['public-administration', 'third-sector', 'civil-society', 'business']),
      languages: rnd.some(ids('languages'), 1, 5),
      contact: contact(id),
      ...(isHub || rnd.chance(0.4) ? { professionalContact: professionalContact() } : {}),
    };
    const keywords = isHub ? ['ABH', 'Ausländeramt', 'Visum'] : [];
    organisations.push(
      add({
        collection: 'organisations',
        id,
        name: title,
        locationIds: places.map((place) => place.id),
        render: (locale) => ({
          title: title(locale),
          ...(isHub ? { shortName: 'ABH' } : {}),
          summary: fill(phrases.summaries['organisations']?.[locale] ?? '', {
            name: title(locale),
            district: combo.district.name(locale),
            topic: topicName(topic, locale),
          }),
          ...(keywords.length ? { keywords } : {}),
          description: text(locale),
          locations: places.map((place) => renderLocation(place, locale)),
          ...shared,
        }),
      }),
    );
  }

  // Associations.
  const associations: Spec[] = [];
  for (let index = 0; index < counts.associations; index++) {
    const kind = rnd.pick(phrases.associationKinds);
    const district = rnd.pick(districts);
    const name = rnd.pick(phrases.providerNames);
    const title = (locale: PhraseLocale) => `${kind[locale]} ${name} ${district.name(locale)}`;
    const id = uniqueId(`${title('de')} e. V.`);
    const topic = rnd.pick(topicIds);
    const chosen = rnd.some(phrases.activities, 1, 4);
    const place = location('vereinsheim', district, kind);
    const text = description(topic, district);
    associations.push(
      add({
        collection: 'associations',
        id,
        name: title,
        locationIds: ['vereinsheim'],
        render: (locale) => ({
          title: `${title(locale)} e. V.`,
          summary: fill(phrases.summaries['associations']?.[locale] ?? '', {
            district: district.name(locale),
            topic: topicName(topic, locale),
          }),
          topics: [topic],
          ...review(),
          providerType: rnd.pick(['verein', 'mso', 'initiative'].filter((type) => ids('provider-types').includes(type))),
          legalForm: rnd.pick(['registered-association', 'initiative', 'religious-community']),
          description: text(locale),
          languages: rnd.some(ids('languages'), 1, 4),
          activities: chosen.map((activity) => activity[locale]),
          districts: [district.id],
          locations: [renderLocation(place, locale)],
          ...(rnd.chance(0.5) ? { volunteering: { offered: true } } : {}),
        }),
      }),
    );
  }
  const actors = [...organisations, ...associations];

  // Interpreting.
  const interpreting: Spec[] = [];
  for (let index = 0; index < counts.interpreting; index++) {
    const provider = rnd.pick(actors);
    const topic = rnd.pick(topicIds);
    const mode = rnd.pick([
      {
        id: 'on-site',
        name: {
          de: 'Dolmetscherpool',
          en: 'Interpreter pool',
          ar: 'مجموعة المترجمين',
          fa: 'گروه مترجمان',
          tr: 'Tercüman havuzu',
          uk: 'Пул перекладачів',
          ru: 'Пул переводчиков',
        } as Phrase,
      },
      {
        id: 'video',
        name: {
          de: 'Videodolmetschen',
          en: 'Video interpreting',
          ar: 'الترجمة عبر الفيديو',
          fa: 'ترجمه تصویری',
          tr: 'Görüntülü tercümanlık',
          uk: 'Відеопереклад',
          ru: 'Видеоперевод',
        } as Phrase,
      },
      {
        id: 'phone',
        name: {
          de: 'Telefondolmetschen',
          en: 'Phone interpreting',
          ar: 'الترجمة الهاتفية',
          fa: 'ترجمه تلفنی',
          tr: 'Telefonla tercümanlık',
          uk: 'Телефонний переклад',
          ru: 'Телефонный перевод',
        } as Phrase,
      },
    ]);
    const title = (locale: PhraseLocale) => `${mode.name[locale]} – ${provider.name(locale)}`;
    interpreting.push(
      add({
        collection: 'interpreting',
        id: uniqueId(title('de')),
        name: title,
        render: (locale) => ({
          title: title(locale),
          summary: fill(phrases.summaries['interpreting']?.[locale] ?? '', { topic: topicName(topic, locale) }),
          topics: [topic],
          ...review(),
          provider: provider.id,
          modes: [mode.id],
          languages: rnd.some(ids('languages'), 2, 6),
          specialisations: rnd.some(['health', 'school', 'authorities', 'counselling'], 1, 2),
          whoMayRequest: phrases.sentences[5]?.[locale] ?? '',
          howToRequest: phrases.journeySteps[1]?.text[locale] ?? '',
        }),
      }),
    );
  }

  // Checklists (their "related" list is filled in by the responsibilities below).
  const checklists: (Spec & { related: string[] })[] = [];
  for (let index = 0; index < counts.checklists; index++) {
    const matter = rnd.pick(phrases.matters);
    const items = rnd.some(phrases.documents, 2, 6);
    const title = (locale: PhraseLocale) => fill(phrases.checklistTitle[locale], { matter: matter.name[locale] });
    const related: string[] = [];
    const spec = {
      collection: 'checklists' as const,
      id: uniqueId(title('de')),
      name: title,
      related,
      render: (locale: PhraseLocale) => ({
        title: title(locale),
        summary: fill(phrases.summaries['checklists']?.[locale] ?? '', { matter: matter.name[locale] }),
        topics: [matter.topic],
        ...review(),
        items: items.map((item, position) => ({ text: item[locale], ...(position > 2 ? { required: false } : {}) })),
        ...(related.length ? { related } : {}),
      }),
    };
    checklists.push(spec);
    add(spec);
  }

  // Responsibilities.
  const authorities = organisations.filter((_, index) => index === 0 || index % 3 === 0);
  const responsibilities: Spec[] = [];
  for (let index = 0; index < counts.responsibilities; index++) {
    const matter = phrases.matters[index % phrases.matters.length] ?? rnd.pick(phrases.matters);
    const office = index < phrases.matters.length ? (organisations[0] as Spec) : rnd.pick(authorities);
    const title = (locale: PhraseLocale) =>
      office.id === site.hub ? matter.name[locale] : `${matter.name[locale]} – ${office.name(locale)}`;
    const checklist = rnd.chance(0.5) ? rnd.pick(checklists) : undefined;
    const id = uniqueId(title('de'));
    checklist?.related.push(id);
    const earlier = responsibilities.length > 0 && rnd.chance(0.3) ? [rnd.pick(responsibilities).id] : [];
    const shared = {
      topics: [matter.topic],
      ...review(),
      office: office.id,
      locations: rnd.chance(0.5) ? [office.locationIds?.[0] ?? 'hauptsitz'] : [],
      legalBases: rnd.some(ids('legal-bases'), 0, 2),
      targetGroups: rnd.some(ids('target-groups'), 0, 2),
      residenceStatuses: rnd.some(ids('residence-statuses'), 0, 2),
      ...(checklist ? { checklist: checklist.id } : {}),
      interpreting: rnd.chance(0.2) ? [rnd.pick(interpreting).id] : [],
      handoverTo: earlier,
      ...(rnd.chance(0.3) ? { professionalContact: professionalContact() } : {}),
    };
    const channels = rnd.some(['walk-in', 'appointment', 'online-booking', 'phone', 'email'], 1, 3);
    const surnames = rnd.chance(0.2);
    responsibilities.push(
      add({
        collection: 'responsibilities',
        id,
        name: title,
        render: (locale) => ({
          title: title(locale),
          summary: fill(phrases.summaries['responsibilities']?.[locale] ?? '', { matter: matter.name[locale] }),
          description: fill(phrases.sentences[2]?.[locale] ?? '', {}),
          ...shared,
          access: {
            channels,
            ...(channels.includes('online-booking') ? { bookingUrl: `https://termine.example.org/${id}` } : {}),
            note: phrases.journeySteps[1]?.text[locale] ?? '',
          },
          ...(surnames
            ? {
                allocation: [
                  { criterion: 'surname', value: 'A–K', team: 'Team 1' },
                  { criterion: 'surname', value: 'L–Z', team: 'Team 2' },
                ],
              }
            : {}),
        }),
      }),
    );
  }

  // Counselling services.
  for (let index = 0; index < counts.services; index++) {
    const kind = rnd.pick(phrases.serviceKinds);
    const provider = rnd.pick(actors);
    const district = rnd.pick(districts);
    const topic = rnd.pick(topicIds);
    const title = (locale: PhraseLocale) => `${kind.name[locale]} – ${provider.name(locale)}`;
    const text = description(topic, district);
    const programme = ids('programmes').includes(kind.programme) ? { programme: kind.programme } : {};
    const shared = {
      topics: [topic],
      ...review(),
      provider: provider.id,
      locations: rnd.chance(0.3) ? [provider.locationIds?.[0] ?? 'hauptsitz'] : [],
      ...programme,
      forms: rnd.some(['short-questions', 'case-work', 'case-management'], 1, 2),
      targetGroups: rnd.some(ids('target-groups'), 0, 2),
      ...(kind.ageMin !== undefined ? { ageMin: kind.ageMin } : {}),
      ...(kind.ageMax !== undefined ? { ageMax: kind.ageMax } : {}),
      residenceStatuses: rnd.some(ids('residence-statuses'), 0, 2),
      districts: rnd.chance(0.4) ? [district.id] : [],
      languages: rnd.some(ids('languages'), 1, 5),
      access: { channels: rnd.some(['walk-in', 'appointment', 'phone', 'email', 'video', 'messenger'], 1, 3) },
      ...(rnd.chance(0.6) ? { openingHours: rnd.pick(phrases.openingHourRules) } : {}),
      ...(rnd.chance(0.3) ? { professionalContact: professionalContact() } : {}),
    };
    add({
      collection: 'services',
      id: uniqueId(title('de')),
      name: title,
      render: (locale) => ({
        title: title(locale),
        summary: fill(phrases.summaries['services']?.[locale] ?? '', { name: kind.name[locale], topic: topicName(topic, locale) }),
        description: text(locale),
        ...shared,
      }),
    });
  }

  // Projects, some already ended (they go to the archive), a few internal.
  for (let index = 0; index < counts.projects; index++) {
    const name = rnd.pick(phrases.projectNames);
    const district = rnd.pick(districts);
    const operator = rnd.pick(actors);
    const topic = rnd.pick(topicIds);
    const title = (locale: PhraseLocale) => `${name[locale]} ${district.name(locale)}`;
    const start = date(2022, 2026);
    const end = rnd.chance(0.7) ? `${Number(start.slice(0, 4)) + rnd.int(1, 3)}${start.slice(4)}` : undefined;
    const text = description(topic, district);
    const shared = {
      topics: [topic],
      ...(rnd.chance(0.03) ? { visibility: 'internal' } : {}),
      ...review(),
      kind: rnd.pick(['project', 'contact-point', 'single-offer']),
      operator: operator.id,
      partners: rnd
        .some(actors, 0, 2)
        .map((partner) => partner.id)
        .filter((id) => id !== operator.id),
      start,
      ...(end ? { end } : {}),
      targetGroups: rnd.some(ids('target-groups'), 0, 2),
      languages: rnd.some(ids('languages'), 0, 3),
      funding: { programme: rnd.pick(['AMIF', 'ESF Plus', 'Landesprogramm Integration', 'Bürgerstiftung']) },
      ...(rnd.chance(0.5) ? { openingHours: rnd.pick(phrases.openingHourRules) } : {}),
    };
    add({
      collection: 'projects',
      id: uniqueId(title('de')),
      name: title,
      render: (locale) => ({
        title: title(locale),
        summary: fill(phrases.summaries['projects']?.[locale] ?? '', { district: district.name(locale), topic: topicName(topic, locale) }),
        description: text(locale),
        services: rnd.some(phrases.activities, 1, 3).map((activity) => activity[locale]),
        ...shared,
      }),
    });
  }

  // Networks.
  const networks: Spec[] = [];
  for (let index = 0; index < counts.networks; index++) {
    const name = rnd.pick(phrases.networkNames);
    const district = rnd.pick(districts);
    const topic = rnd.pick(topicIds);
    const title = (locale: PhraseLocale) => `${name[locale]} ${topicName(topic, locale)} ${district.name(locale)}`;
    const lead = rnd.some(actors, 1, 2).map((actor) => actor.id);
    const shared = {
      topics: [topic],
      ...review(),
      type: rnd.pick(ids('network-types')),
      scope: rnd.some(['intra-municipal', 'inter-municipal', 'intersectoral'], 1, 2),
      frequency: rnd.pick(ids('frequencies')),
      lead,
      members: rnd
        .some(actors, 2, 8)
        .map((actor) => actor.id)
        .filter((id) => !lead.includes(id)),
      status: rnd.pick(['active', 'active', 'active', 'dormant', 'dissolved']),
      membershipOpen: rnd.chance(0.5),
      meetings: rnd.chance(0.6)
        ? [
            {
              start: `2026-12-${String(rnd.int(1, 20)).padStart(2, '0')}T14:00`,
              end: `2026-12-${String(rnd.int(21, 28)).padStart(2, '0')}T16:00`,
            },
          ]
        : [],
      ...(networks.length > 0 && rnd.chance(0.3) ? { mandatedBy: rnd.pick(networks).id } : {}),
    };
    networks.push(
      add({
        collection: 'networks',
        id: uniqueId(title('de')),
        name: title,
        render: (locale) => ({
          title: title(locale),
          summary: fill(phrases.summaries['networks']?.[locale] ?? '', {
            district: district.name(locale),
            topic: topicName(topic, locale),
          }),
          ...shared,
        }),
      }),
    );
  }

  // Cooperation agreements of the immigration office, across all levels.
  for (let index = 0; index < counts.agreements; index++) {
    const partner = rnd.pick(actors.slice(1));
    // Every sixth agreement is still under negotiation (no level yet); the others spread over 1–5.
    const negotiating = index % 6 === 0;
    const level = negotiating ? undefined : (index % 5) + 1;
    const status = negotiating ? 'negotiating' : rnd.pick(['active', 'active', 'active', 'suspended', 'ended']);
    const topic = rnd.pick(topicIds);
    const title = (locale: PhraseLocale) => fill(phrases.agreementTitle[locale], { name: partner.name(locale) });
    const signedOn = status === 'negotiating' ? undefined : date(2019, 2025);
    const shared = {
      topics: [topic],
      ...review(),
      type: 'kooperationsvereinbarung',
      parties: [site.hub, partner.id],
      ...(level ? { level } : {}),
      status,
      lead: rnd.chance(0.7) ? site.hub : partner.id,
      ...(signedOn ? { signedOn } : {}),
      escalation: ['Sachbearbeitung', 'Sachgebietsleitung', 'Amtsleitung'],
      contacts: [{ role: 'Koordination Ausländerbehörde', phone: `+49 9999 100-${rnd.int(1000, 9999)}` }],
    };
    add({
      collection: 'agreements',
      id: uniqueId(title('de')),
      name: title,
      render: (locale) => ({
        title: title(locale),
        summary: fill(phrases.summaries['agreements']?.[locale] ?? '', { name: partner.name(locale) }),
        plainSummary: fill(phrases.agreementSummary[locale], { topic: topicName(topic, locale) }),
        goals: [fill(phrases.agreementSummary[locale], { topic: topicName(topic, locale) })],
        ...shared,
      }),
    });
  }

  // Journeys (MDX).
  for (let index = 0; index < counts.journeys; index++) {
    const matter = phrases.matters[index % phrases.matters.length] ?? rnd.pick(phrases.matters);
    const title = (locale: PhraseLocale) => fill(phrases.journeyTitle[locale], { matter: matter.name[locale] });
    // A subset of the steps, in their natural order (advice, appointment, application, decision).
    const steps = rnd
      .some(phrases.journeySteps, 2, 4)
      .sort((a, b) => phrases.journeySteps.indexOf(a) - phrases.journeySteps.indexOf(b))
      .map((step) => ({ step, responsible: rnd.some(responsibilities, 1, 2).map((item) => item.id) }));
    const card = rnd.pick(organisations).id;
    add({
      collection: 'journeys',
      id: quickLinkIds[index] ?? uniqueId(title('de')),
      name: title,
      render: (locale) => ({
        title: title(locale),
        summary: fill(phrases.summaries['journeys']?.[locale] ?? '', { matter: matter.name[locale] }),
        topics: [matter.topic],
        ...review(),
        steps: steps.map(({ step, responsible }) => ({ title: step.title[locale], text: step.text[locale], responsible })),
      }),
      body: (locale) => `${phrases.introText[locale]}\n\n<EntryCard id="${card}" />\n`,
    });
  }

  // FAQ, a few internal.
  for (let index = 0; index < counts.faq; index++) {
    const matter = rnd.pick(phrases.matters);
    const title = (locale: PhraseLocale) => fill(phrases.faqQuestion[locale], { matter: matter.name[locale] });
    const related = rnd.some(responsibilities, 1, 3).map((item) => item.id);
    const internal = rnd.chance(0.03);
    add({
      collection: 'faq',
      id: uniqueId(title('de')),
      name: title,
      render: (locale) => ({
        title: title(locale),
        summary: fill(phrases.summaries['faq']?.[locale] ?? '', { matter: matter.name[locale] }),
        topics: [matter.topic],
        ...(internal ? { visibility: 'internal' } : {}),
        ...review(),
        answer: `${phrases.sentences[2]?.[locale] ?? ''}\n\n${phrases.sentences[4]?.[locale] ?? ''}`,
        related,
      }),
    });
  }

  // Editorial pages.
  const roles = [...footerRoles, 'about', 'easy-language', 'easy-language', 'page', 'page', 'page'];
  for (let index = 0; index < counts.pages; index++) {
    const role = roles[index % roles.length] ?? 'page';
    const topic = rnd.pick(topicIds);
    const title = (locale: PhraseLocale) =>
      `${topicName(topic, locale).charAt(0).toLocaleUpperCase()}${topicName(topic, locale).slice(1)} (${index + 1})`;
    add({
      collection: 'pages',
      id: uniqueId(`seite ${role} ${index + 1}`),
      name: title,
      render: (locale) => ({
        title: title(locale),
        summary: phrases.introText[locale],
        role,
        order: index,
        legal: role === 'imprint' || role === 'privacy',
        ...review(),
      }),
      body: (locale) => `${phrases.introText[locale]}\n\n<Notice type="info">${phrases.sentences[1]?.[locale] ?? ''}</Notice>\n`,
    });
  }

  // Write German entries and their translations.
  for (const spec of specs) {
    const { schema, format } = collections[spec.collection];
    const german = spec.render(sourceLocale);
    const germanBody = spec.body?.(sourceLocale);
    const fingerprint = sourceFingerprint(schema, schema.parse(german), germanBody);
    files.push({ path: `${spec.collection}/${sourceLocale}/${spec.id}.${format}`, content: serialise(german, germanBody, format) });
    for (const locale of targetLocales) {
      const stamp = rnd.chance(0.08) ? fingerprintOfOlderText(schema, german, germanBody) : fingerprint;
      const translation = {
        ...(withoutEmpty(translatableValues(schema, spec.render(locale))) as Data),
        translation: { source: stamp, ...(locale !== 'en' && rnd.chance(0.15) ? { machine: true } : {}) },
      };
      files.push({
        path: `${spec.collection}/${locale}/${spec.id}.${format}`,
        content: serialise(translation, spec.body?.(locale), format),
      });
    }
  }
  return files;
}

/** The fingerprint an outdated translation carries: made before the German summary changed. */
function fingerprintOfOlderText(schema: (typeof collections)[CollectionName]['schema'], german: Data, body: string | undefined): string {
  return sourceFingerprint(schema, { ...german, summary: `${String(german['summary'])} (alte Fassung)` }, body);
}

/** Drop empty groups ("access: {}") that hold no translatable text in this entry. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Data)
    .map(([key, item]) => [key, withoutEmpty(item)] as const)
    .filter(([, item]) => !(item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 0));
  return Object.fromEntries(entries);
}

function serialise(data: Data, body: string | undefined, format: 'yaml' | 'mdx'): string {
  const yaml = dump(data, { lineWidth: -1, noRefs: true });
  return format === 'mdx' ? `---\n${yaml}---\n\n${body ?? ''}` : yaml;
}

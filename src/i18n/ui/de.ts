/**
 * German UI strings: the master list. Every other locale file must have exactly these keys
 * (checked when the site builds). Each key says where it appears, for translators.
 * `{name}` marks a value filled in by the page; a `{ one, other }` object is a plural.
 */
export default {
  /** Skip link, first element of every page. */
  'nav.skipToContent': 'Zum Inhalt springen',
  /** Label of the main navigation landmark. */
  'nav.main': 'Hauptnavigation',
  /** Main navigation: home page. */
  'nav.home': 'Startseite',
  /** Main navigation: A–Z index of all entries. */
  'nav.index': 'A–Z',
  /** Main navigation: topic overview. */
  'nav.topics': 'Themen',
  /** Main navigation: journeys (step-by-step guides). */
  'nav.journeys': 'Wegweiser',
  /** Main navigation: map of all locations. */
  'nav.map': 'Karte',
  /** Label of the search field in the header of every page. */
  'search.label': 'Suchen: Was brauchen Sie?',
  /** Button next to the search field. */
  'search.submit': 'Suchen',
  /** Label of the language switcher. */
  'nav.language': 'Sprache',
  /** Button on phones that opens and closes the main navigation. */
  'nav.menu': 'Menü',
  /** Footer landmark label. */
  'footer.label': 'Fußzeile',
  /** Footer: link to the open data page. */
  'footer.openData': 'Offene Daten',
  /** Footer: who publishes the site. */
  'footer.publisher': 'Herausgegeben von {office}',
  /** Banner on every page of the internal edition. */
  'edition.internal': 'Interne Ausgabe für Fachstellen – nicht weitergeben',
  /** Meta description of a list page (search engines); {title} is the list name. */
  'list.description': '{title}: alle Einträge mit Kontaktdaten und Zuständigkeiten.',
  /** Heading of the list of all entries of one kind. */
  'list.count': { one: '{count} Eintrag', other: '{count} Einträge' },
  /** "Stand" line with the review date of an entry. */
  'entry.reviewed': 'Stand: {date}',
  /** Notice when a text is shown in German because no translation exists. */
  'translation.missing': 'Diesen Text gibt es noch nicht in Ihrer Sprache. Er wird auf Deutsch angezeigt.',
  /** Notice when the translation is older than the German text. */
  'translation.outdated': 'Diese Übersetzung ist möglicherweise veraltet. Der deutsche Text wurde seitdem geändert.',
  /** Notice on machine translations. */
  'translation.machine': 'Maschinell übersetzt und noch nicht geprüft.',
  /** Legal note on translated legal content, with a link to the German page. */
  'translation.binding': 'Rechtlich verbindlich ist nur der deutsche Text.',
  /** Link text to the German version of a page. */
  'translation.readGerman': 'Deutsche Fassung lesen',
  /** Section heading: address and map. */
  'entry.address': 'Adresse',
  /** Section heading: opening hours. */
  'entry.openingHours': 'Öffnungszeiten',
  /** Section heading: how to get in touch. */
  'entry.contact': 'Kontakt',
  /** Label before a phone number. */
  'entry.phone': 'Telefon',
  /** Label before an e-mail address. */
  'entry.email': 'E-Mail',
  /** Label before a website link. */
  'entry.website': 'Webseite',
  /** Section heading: languages spoken. */
  'entry.languages': 'Sprachen',
  /** Section heading: topics. */
  'entry.topics': 'Themen',
  /** Section heading: related entries. */
  'entry.related': 'Dazu passend',
  /** Link: report a mistake in this entry (opens e-mail). */
  'entry.reportCorrection': 'Fehler melden',
  /** Subject of the correction e-mail; {title} is the entry name. */
  'entry.correctionSubject': 'Korrektur zu „{title}“',
  /** Label for fields only visible in the internal edition. */
  'entry.internalOnly': 'Nur intern',
  /** Title of the 404 page. */
  'notFound.title': 'Seite nicht gefunden',
  /** Text of the 404 page. */
  'notFound.text': 'Diese Seite gibt es nicht (mehr). Vielleicht hilft die Startseite oder das A–Z-Verzeichnis.',
  /** Title of the language choice page at the root of the site. */
  'languageChoice.title': 'Sprache wählen',
  /** Name of the collection (plural): lists, search results. */
  'kind.organisations': 'Organisationen',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.organisations': 'Organisation',
  /** Name of the collection (plural): lists, search results. */
  'kind.associations': 'Vereine und Initiativen',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.associations': 'Verein',
  /** Name of the collection (plural): lists, search results. */
  'kind.responsibilities': 'Zuständigkeiten',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.responsibilities': 'Zuständigkeit',
  /** Name of the collection (plural): lists, search results. */
  'kind.services': 'Beratungsangebote',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.services': 'Beratungsangebot',
  /** Name of the collection (plural): lists, search results. */
  'kind.interpreting': 'Sprachmittlung',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.interpreting': 'Sprachmittlung',
  /** Name of the collection (plural): lists, search results. */
  'kind.projects': 'Projekte und Anlaufstellen',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.projects': 'Projekt',
  /** Name of the collection (plural): lists, search results. */
  'kind.networks': 'Netzwerke',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.networks': 'Netzwerk',
  /** Name of the collection (plural): lists, search results. */
  'kind.agreements': 'Kooperationsvereinbarungen',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.agreements': 'Kooperationsvereinbarung',
  /** Name of the collection (plural): lists, search results. */
  'kind.journeys': 'Wegweiser',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.journeys': 'Wegweiser',
  /** Name of the collection (plural): lists, search results. */
  'kind.faq': 'Häufige Fragen',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.faq': 'Frage',
  /** Name of the collection (plural): lists, search results. */
  'kind.checklists': 'Mitbringlisten',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.checklists': 'Mitbringliste',
  /** Name of the collection (plural): lists, search results, the documents page. */
  'kind.documents': 'Dokumente',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.documents': 'Dokument',
  /** Name of the collection (plural): lists, search results. */
  'kind.pages': 'Seiten',
  /** Name of one entry of the collection: label above an entry title. */
  'kindOne.pages': 'Seite',
  /** Name of the kind (plural): the site's own publications (interface papers, brochures) in search results and facets. */
  'kind.publications': 'Veröffentlichungen',
  /** Name of one of the site's own publications: label above a search result. */
  'kindOne.publications': 'Veröffentlichung',
  /** Name of the kind (plural): the site's own tools (finder, maps, comparison, referral slip, open data) in search results and facets. */
  'kind.tools': 'Werkzeuge',
  /** Name of one of the site's own tools: label above a search result. */
  'kindOne.tools': 'Werkzeug',
  /** Search: comma-separated words that name clubs, initiatives and migrant organisations. Not shown. */
  'kindWords.associations': 'Verein, Initiative, Migrantenorganisation, Selbsthilfegruppe',
  /** Search: comma-separated words that name counselling services. Not shown. */
  'kindWords.services': 'Beratung, Beratungsstelle, Beratungsangebot',
  /** Search: comma-separated words that name networks and committees. Not shown. */
  'kindWords.networks': 'Netzwerk, Arbeitskreis, Runder Tisch, Gremium',
  /** Search: comma-separated words that name lists of what to bring. Not shown. */
  'kindWords.checklists': 'Mitbringliste, mitbringen, Unterlagen, Checkliste',
  /** Search: comma-separated words that ask what something is or means; frequently asked questions then come first. Not shown. */
  'kindWords.faq': 'FAQ, häufige Fragen, Frage, bedeutet, Bedeutung, Unterschied',
  /** Search: comma-separated words that ask for something to download or print; publications and documents then come first. Not shown. */
  'kindWords.publications': 'PDF, Download, herunterladen, Formular, Vordruck, Broschüre, drucken, ausdrucken',
  /** Search: comma-separated words that name the site's own tools (maps, overviews). Not shown. */
  'kindWords.tools': 'Karte, Stadtplan, Werkzeug',
  /** Entry page: label of the fact “providerType”. */
  'field.providerType': 'Art der Organisation',
  /** Entry page: label of the fact “sector”. */
  'field.sector': 'Sektor',
  /** Entry page: label of the fact “govLevel”. */
  'field.govLevel': 'Verwaltungsebene',
  /** Entry page: label of the fact “umbrella”. */
  'field.umbrella': 'Dachverband',
  /** Entry page: label of the fact “parent”. */
  'field.parent': 'Gehört zu',
  /** Entry page: label of the fact “languages”. */
  'field.languages': 'Sprachen',
  /** Entry page: label of the fact “legalForm”. */
  'field.legalForm': 'Rechtsform',
  /** Entry page: label of the fact “communities”. */
  'field.communities': 'Communities',
  /** Entry page: label of the fact “activities”. */
  'field.activities': 'Aktivitäten',
  /** Entry page: label of the fact “districts”. */
  'field.districts': 'Stadtteile',
  /** Entry page: label of the fact “office”. */
  'field.office': 'Zuständige Stelle',
  /** Entry page: label of the fact “team”. */
  'field.team': 'Team',
  /** Entry page: label of the fact “targetGroups”. */
  'field.targetGroups': 'Für wen',
  /** Entry page: label of the fact “residenceStatuses”. */
  'field.residenceStatuses': 'Aufenthaltsstatus',
  /** Entry page: label of the fact “age”. */
  'field.age': 'Alter',
  /** Entry page: label of the fact “legalBases”. */
  'field.legalBases': 'Rechtsgrundlagen',
  /** Entry page: label of the fact “taskType”. */
  'field.taskType': 'Art der Aufgabe',
  /** Entry page: label of the fact “checklist”. */
  'field.checklist': 'Mitbringliste',
  /** Entry page: label of the fact “interpreting”. */
  'field.interpreting': 'Sprachmittlung',
  /** Entry page: label of the fact “handoverTo”. */
  'field.handoverTo': 'Danach zuständig',
  /** Entry page: label of the fact “provider”. */
  'field.provider': 'Träger',
  /** Entry page: label of the fact “programme”. */
  'field.programme': 'Programm',
  /** Entry page: label of the fact “forms”. */
  'field.forms': 'Beratungsform',
  /** Entry page: label of the fact “officialTargetGroup”. */
  'field.officialTargetGroup': 'Zielgruppe laut Förderrichtlinie',
  /** Entry page: label of the fact “servedInPractice”. */
  'field.servedInPractice': 'Berät auch',
  /** Entry page: label of the fact “neighbouringAreas”. */
  'field.neighbouringAreas': 'Auch für Menschen aus Nachbarorten',
  /** Entry page: label of the fact “serviceLanguages”. */
  'field.serviceLanguages': 'Beratung auf',
  /** Entry page: label of the fact “free”. */
  'field.free': 'Kostenlos',
  /** Entry page: label of the fact “independence”. */
  'field.independence': 'Unabhängigkeit',
  /** Entry page: label of the fact “turns nobody away” (advises people outside the target group too). */
  'field.turnsNobodyAway': 'Schickt niemanden weg',
  /** Entry page and counselling comparison: label of the accommodation (shared housing or own flat). */
  'field.accommodation': 'Wohnform',
  /** Entry page: label of the row on intake, waiting time and length of support. */
  'field.intake': 'Aufnahme',
  /** Entry page: label of the fact “modes”. */
  'field.modes': 'Form',
  /** Entry page: label of the fact “specialisations”. */
  'field.specialisations': 'Einsatzbereiche',
  /** Entry page: label of the fact “whoMayRequest”. */
  'field.whoMayRequest': 'Wer kann anfragen?',
  /** Entry page: label of the fact “howToRequest”. */
  'field.howToRequest': 'So fragen Sie an',
  /** Entry page: label of the fact “requestUrl”. */
  'field.requestUrl': 'Anfrageformular',
  /** Entry page: label of the fact “leadTime”. */
  'field.leadTime': 'Vorlaufzeit',
  /** Entry page: label of the fact “cost”. */
  'field.cost': 'Kosten',
  /** Entry page: label of the fact “kind”. */
  'field.kind': 'Art',
  /** Entry page: label of the fact “operator”. */
  'field.operator': 'Träger',
  /** Entry page: label of the fact “partners”. */
  'field.partners': 'Partner',
  /** Entry page fact / cooperation view: the parties of an agreement. */
  'field.parties': 'Beteiligte',
  /** Entry page fact: the type of an agreement (vocabulary „agreement-types“). */
  'field.agreementType': 'Art der Vereinbarung',
  /** Entry page: label of the fact “start”. */
  'field.start': 'Beginn',
  /** Entry page: label of the fact “end”. */
  'field.end': 'Ende',
  /** Entry page: label of the fact “services”. */
  'field.services': 'Leistungen',
  /** Entry page: label of the fact “funding”. */
  'field.funding': 'Förderung',
  /** Entry page: label of the fact “followUp”. */
  'field.followUp': 'Nach Projektende',
  /** Entry page: label of the fact “type”. */
  'field.type': 'Netzwerktyp',
  /** Entry page: label of the fact “status”. */
  'field.status': 'Status',
  /** Entry page: label of the fact “scope”. */
  'field.scope': 'Wirkungsbereich',
  /** Entry page: label of the fact “hierarchyLevels”. */
  'field.hierarchyLevels': 'Ebenen',
  /** Entry page: label of the fact “frequency”. */
  'field.frequency': 'Treffen',
  /** Entry page: label of the fact “lead”. */
  'field.lead': 'Federführung',
  /** Entry page: label of the fact “members”. */
  'field.members': 'Mitglieder',
  /** Entry page: label of the fact “membersNote”. */
  'field.membersNote': 'Außerdem',
  /** Entry page: label of the fact “formalBasis”. */
  'field.formalBasis': 'Grundlage',
  /** Entry page: label of the fact “mandatedBy”. */
  'field.mandatedBy': 'Beauftragt von',
  /** Entry page: label of the fact “feedsInto”. */
  'field.feedsInto': 'Berichtet an',
  /** Entry page: label of the fact “howToJoin”. */
  'field.howToJoin': 'Mitmachen',
  /** Entry page: label of the fact “level”. */
  'field.level': 'Kooperationsstufe',
  /** Entry page: label of the fact “goals”. */
  'field.goals': 'Ziele',
  /** Entry page: label of the fact “sharedTasks”. */
  'field.sharedTasks': 'Gemeinsame Aufgaben',
  /** Entry page: label of the fact “signedOn”. */
  'field.signedOn': 'Unterzeichnet am',
  /** Entry page: label of the fact “validUntil”. */
  'field.validUntil': 'Gültig bis',
  /** Entry page: label of the fact “approvedBy”. */
  'field.approvedBy': 'Beschlossen durch',
  /** Document page: label of the fact “issuer” (who published the document). */
  'field.issuer': 'Herausgegeben von',
  /** Document page: label of the fact “issued” (date of this version of the document). */
  'field.issued': 'Datum der Fassung',
  /** Document page: label of the fact “version” (e.g. „2. Fortschreibung“). */
  'field.version': 'Fassung',
  /** Document page: label of the entries the document belongs to (a network, an agreement, a responsibility). */
  'field.relatedTo': 'Gehört zu',
  /** Value “public-administration” of “sector”. */
  'value.sector.public-administration': 'Öffentliche Verwaltung',
  /** Value “business” of “sector”. */
  'value.sector.business': 'Wirtschaft',
  /** Value “third-sector” of “sector”. */
  'value.sector.third-sector': 'Freie Wohlfahrt und Träger',
  /** Value “civil-society” of “sector”. */
  'value.sector.civil-society': 'Zivilgesellschaft',
  /** Value “federal” of “govLevel”. */
  'value.govLevel.federal': 'Bund',
  /** Value “state” of “govLevel”. */
  'value.govLevel.state': 'Land',
  /** Value “county” of “govLevel”. */
  'value.govLevel.county': 'Kreis',
  /** Value “municipal” of “govLevel”. */
  'value.govLevel.municipal': 'Stadt',
  /** Value “registered-association” of “legalForm”. */
  'value.legalForm.registered-association': 'Eingetragener Verein (e. V.)',
  /** Value “non-profit-company” of “legalForm”. */
  'value.legalForm.non-profit-company': 'Gemeinnützige GmbH',
  /** Value “initiative” of “legalForm”. */
  'value.legalForm.initiative': 'Initiative',
  /** Value “religious-community” of “legalForm”. */
  'value.legalForm.religious-community': 'Religionsgemeinschaft',
  /** Value “umbrella” of “legalForm”. */
  'value.legalForm.umbrella': 'Dachverband',
  /** Value “mandatory-delegated” of “taskType”. */
  'value.taskType.mandatory-delegated': 'Pflichtaufgabe nach Weisung',
  /** Value “mandatory-self-government” of “taskType”. */
  'value.taskType.mandatory-self-government': 'Pflichtige Selbstverwaltungsaufgabe',
  /** Value “voluntary” of “taskType”. */
  'value.taskType.voluntary': 'Freiwillige Aufgabe',
  /** Value “short-questions” of “form”. */
  'value.form.short-questions': 'Kurze Fragen',
  /** Value “case-work” of “form”. */
  'value.form.case-work': 'Einzelfallberatung',
  /** Value “case-management” of “form”. */
  'value.form.case-management': 'Case Management (längere Begleitung)',
  /** Value “shared-housing” of “accommodation” (Gemeinschaftsunterkunft). */
  'value.accommodation.shared-housing': 'Gemeinschaftsunterkunft',
  /** Value “own-flat” of “accommodation”. */
  'value.accommodation.own-flat': 'Eigene Wohnung',
  /** Value “open” of “intake”: takes new clients now. */
  'value.intake.open': 'Nimmt neue Ratsuchende auf',
  /** Value “limited” of “intake”. */
  'value.intake.limited': 'Nimmt nur begrenzt neue Ratsuchende auf',
  /** Value “waitlist” of “intake”. */
  'value.intake.waitlist': 'Warteliste',
  /** Value “on-site” of “mode”. */
  'value.mode.on-site': 'Vor Ort',
  /** Value “video” of “mode”. */
  'value.mode.video': 'Per Video',
  /** Value “phone” of “mode”. */
  'value.mode.phone': 'Per Telefon',
  /** Value “health” of “specialisation”. */
  'value.specialisation.health': 'Gesundheit',
  /** Value “school” of “specialisation”. */
  'value.specialisation.school': 'Schule',
  /** Value “authorities” of “specialisation”. */
  'value.specialisation.authorities': 'Behörden',
  /** Value “counselling” of “specialisation”. */
  'value.specialisation.counselling': 'Beratung',
  /** Value “psychotherapy” of “specialisation”. */
  'value.specialisation.psychotherapy': 'Psychotherapie',
  /** Value “childcare” of “specialisation”. */
  'value.specialisation.childcare': 'Kita',
  /** Value “housing” of “specialisation”. */
  'value.specialisation.housing': 'Wohnen',
  /** Value “project” of “projectKind”. */
  'value.projectKind.project': 'Projekt',
  /** Value “contact-point” of “projectKind”. */
  'value.projectKind.contact-point': 'Anlaufstelle',
  /** Value “single-offer” of “projectKind”. */
  'value.projectKind.single-offer': 'Einzelangebot',
  /** Value “active” of “networkStatus”. */
  'value.networkStatus.active': 'Aktiv',
  /** Value “dormant” of “networkStatus”. */
  'value.networkStatus.dormant': 'Ruht',
  /** Value “dissolved” of “networkStatus”. */
  'value.networkStatus.dissolved': 'Aufgelöst',
  /** Value “intra-municipal” of “scope”. */
  'value.scope.intra-municipal': 'Innerhalb der Stadtverwaltung',
  /** Value “inter-municipal” of “scope”. */
  'value.scope.inter-municipal': 'Mit Nachbarkommunen',
  /** Value “intersectoral” of “scope”. */
  'value.scope.intersectoral': 'Verwaltung, Träger und Zivilgesellschaft',
  /** Value “political” of “hierarchyLevel”. */
  'value.hierarchyLevel.political': 'Politik',
  /** Value “management” of “hierarchyLevel”. */
  'value.hierarchyLevel.management': 'Leitungsebene',
  /** Value “operational” of “hierarchyLevel”. */
  'value.hierarchyLevel.operational': 'Fachebene',
  /** Value “volunteer” of “hierarchyLevel”. */
  'value.hierarchyLevel.volunteer': 'Ehrenamt',
  /** Value “negotiating” of “agreementStatus”. */
  'value.agreementStatus.negotiating': 'In Verhandlung',
  /** Value “active” of “agreementStatus”. */
  'value.agreementStatus.active': 'In Kraft',
  /** Value “suspended” of “agreementStatus”. */
  'value.agreementStatus.suspended': 'Ausgesetzt',
  /** Value “ended” of “agreementStatus”. */
  'value.agreementStatus.ended': 'Beendet',
  /** Value “confirmed” of “reviewResult” (review log of an agreement). */
  'value.reviewResult.confirmed': 'Bestätigt',
  /** Value “amended” of “reviewResult”. */
  'value.reviewResult.amended': 'Angepasst',
  /** Value “suspended” of “reviewResult”. */
  'value.reviewResult.suspended': 'Ausgesetzt',
  /** Value “resumed” of “reviewResult”. */
  'value.reviewResult.resumed': 'Wieder aufgenommen',
  /** Value “ended” of “reviewResult”. */
  'value.reviewResult.ended': 'Beendet',
  /** Value “walk-in” of “channel”. */
  'value.channel.walk-in': 'Ohne Termin',
  /** Value “appointment” of “channel”. */
  'value.channel.appointment': 'Mit Termin',
  /** Value “online-booking” of “channel”. */
  'value.channel.online-booking': 'Termin online buchen',
  /** Value “invitation” of “channel”. */
  'value.channel.invitation': 'Einladung durch die Stelle',
  /** Value “phone” of “channel”. */
  'value.channel.phone': 'Telefon',
  /** Value “email” of “channel”. */
  'value.channel.email': 'E-Mail',
  /** Value “video” of “channel”. */
  'value.channel.video': 'Video',
  /** Access channel: written counselling in a web or app chat (e.g. mbeon). */
  'value.channel.chat': 'Chat',
  /** Value “messenger” of “channel”. */
  'value.channel.messenger': 'Messenger',
  /** Value “outreach” of “channel”. */
  'value.channel.outreach': 'Aufsuchend (kommt zu Ihnen)',
  /** Value “online-service” of “channel”. */
  'value.channel.online-service': 'Online-Antrag',
  /** Value “surname” of “criterion”. */
  'value.criterion.surname': 'Nach Nachnamen',
  /** Value “district” of “criterion”. */
  'value.criterion.district': 'Nach Stadtteil',
  /** Value “language” of “criterion”. */
  'value.criterion.language': 'Nach Sprache',
  /** Value “target-group” of “criterion”. */
  'value.criterion.target-group': 'Nach Zielgruppe',
  /** Value “accommodation” of “criterion”. */
  'value.criterion.accommodation': 'Nach Unterkunft',
  /** Value “other” of “criterion”. */
  'value.criterion.other': 'Sonstiges',
  /** Value “yes” of “wheelchair”. */
  'value.wheelchair.yes': 'Rollstuhlgerecht',
  /** Value “limited” of “wheelchair”. */
  'value.wheelchair.limited': 'Eingeschränkt rollstuhlgerecht',
  /** Value “no” of “wheelchair”. */
  'value.wheelchair.no': 'Nicht rollstuhlgerecht',
  /** Section: how to get there by public transport. */
  'entry.directions': 'Mit Bus und Bahn',
  /** Link to public transport directions. */
  'entry.transitLink': 'Verbindung suchen',
  /** Link to the map. */
  'entry.mapLink': 'Auf der Karte zeigen',
  /** Section: accessibility of a place. */
  'entry.accessibility': 'Barrierefreiheit',
  /** Accessibility feature. */
  'entry.hearingLoop': 'Induktionsschleife für Hörgeräte',
  /** Entry page and referral slip: label before the way to the room inside the building (building, floor, room, entrance). */
  'entry.wayfinding': 'Im Gebäude',
  /** Wayfinding: the ground floor (German „Erdgeschoss“; in Ukrainian and Russian it is the first floor). */
  'place.floor.ground': 'Erdgeschoss',
  /** Wayfinding: a floor above the ground floor; {n} is its number as the language counts floors (German: 1 = 1. Obergeschoss; in Ukrainian and Russian the page gives 2 for it). */
  'place.floor.upper': '{n}. Obergeschoss',
  /** Wayfinding: a floor below the ground floor; {n} = 1 for the first level down. */
  'place.floor.basement': '{n}. Untergeschoss',
  /** Wayfinding: label before a room number. */
  'place.room': 'Raum',
  /** Wayfinding: label before the entrance to use. */
  'place.entrance': 'Eingang',
  /** Wayfinding: the room can be reached without steps. */
  'place.stepFree': 'stufenlos erreichbar',
  /** Wayfinding: the room cannot be reached without steps. */
  'place.notStepFree': 'nicht stufenlos erreichbar',
  /** Wayfinding: label before the route without steps (ramp, lift). */
  'place.stepFreeRoute': 'Weg ohne Stufen',
  /** Wayfinding: label before the building’s guidance system (signs, coloured lines). */
  'place.signage': 'Leitsystem',
  /** Badge: only by appointment. */
  'entry.appointmentOnly': 'Nur mit Termin',
  /** Opening hours table: closed day. */
  'entry.closed': 'geschlossen',
  /** Opening hours table: column heading. */
  'entry.weekday': 'Tag',
  /** Opening hours table: column heading. */
  'entry.hours': 'Zeiten',
  /** Section: access channels. */
  'entry.access': 'So kommen Sie dran',
  /** Link to online booking. */
  'entry.booking': 'Termin buchen',
  /** Section: allocation of cases to teams. */
  'entry.allocation': 'Wer ist zuständig?',
  /** Internal: direct line for professionals. */
  'entry.professionalContact': 'Kontakt für Fachstellen',
  /** Section: long description. */
  'entry.description': 'Beschreibung',
  /** Section: places of an organisation. */
  'entry.locations': 'Standorte',
  /** Age range with lower limit only. */
  'entry.yearsFrom': 'ab {min} Jahren',
  /** Age range with upper limit only. */
  'entry.yearsUpTo': 'bis {max} Jahre',
  /** Age range. */
  'entry.yearsRange': '{min} bis {max} Jahre',
  /** Journey: heading of the steps. */
  'entry.steps': 'Schritt für Schritt',
  /** Journey step: responsible office. */
  'entry.stepResponsible': 'Zuständig',
  /** Journey step: documents. */
  'entry.stepDocuments': 'Unterlagen',
  /** Journey step: typical duration. */
  'entry.stepDuration': 'Dauer',
  /** Journey step: pitfalls. */
  'entry.stepPitfalls': 'Achtung',
  /** Checklist: heading. */
  'entry.items': 'Bitte mitbringen',
  /** Checklist: optional item. */
  'entry.optional': 'falls vorhanden',
  /** FAQ: answer heading. */
  'entry.answer': 'Antwort',
  /** Network: upcoming meetings. */
  'entry.meetings': 'Nächste Treffen',
  /** Internal: agreement processes. */
  'entry.processes': 'Abläufe und Instrumente',
  /** Internal: agreement risks. */
  'entry.risks': 'Risiken und Lösungen',
  /** Internal: agreement escalation. */
  'entry.escalation': 'Eskalationsweg',
  /** Internal: agreement contacts. */
  'entry.contacts': 'Ansprechstellen',
  /** Agreement: plain-language summary. */
  'entry.plainSummary': 'Was bedeutet das für Sie?',
  /** Related entries pointing here. */
  'entry.referencedBy': 'Hier erwähnt',
  /** Heading of the project archive. */
  'entry.archive': 'Beendete Projekte (Archiv)',
  /** Text of the project archive. */
  'entry.archiveNote': 'Diese Projekte sind beendet. Sie stehen hier nur noch zur Information.',
  /** Value of a yes/no fact. */
  'entry.yes': 'ja',
  /** Home: heading of the list of collections. */
  'home.collections': 'Alle Verzeichnisse',
  /** Home: heading of the journeys. */
  'home.journeys': 'Was brauchen Sie?',
  /** Home: heading of the topics. */
  'home.topics': 'Themen',
  /** Title of the A–Z index. */
  'index.title': 'A–Z: alle Einträge',
  /** Meta description of the A–Z index (search engines). */
  'index.description': 'Alle Stellen, Angebote, Netzwerke und Wegweiser von A bis Z.',
  /** Label of the letter navigation. */
  'index.letters': 'Anfangsbuchstaben',
  /** Title of the topics page. */
  'topics.title': 'Themen',
  /** Title of the search page. */
  'search.title': 'Suche',
  /** Meta description of the search page (search engines, link previews). */
  'search.description': 'Stellen, Beratung und Antworten finden: nach Thema, Zielgruppe, Sprache, Alter und Stadtteil.',
  /** Search page without JavaScript. */
  'search.noScript': 'Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Einträge im A–Z-Verzeichnis und nach Themen.',
  // --- reader: home, navigation, entry pages, opening hours, offline ---
  /** Home: example queries under the big search field. */
  'home.searchHint': 'Zum Beispiel: Aufenthaltstitel verlängern, Deutschkurs, Jobcenter',
  /** Home: before the links to the A–Z index and the topics (finding things without the search). */
  'home.browse': 'Oder direkt stöbern:',
  /** Home: heading of the quick links (immigration office, counselling, German courses, emergency). */
  'home.quickLinks': 'Schnell gefunden',
  /** Home: heading of the journeys (step-by-step guides for life situations). */
  'home.byJourney': 'Schritt für Schritt: häufige Lebenslagen',
  /** Home: heading of the topic list. */
  'home.byTopic': 'Nach Thema',
  /** Home: link to the list of all journeys. */
  'home.allJourneys': 'Alle Wegweiser',
  /** Home: link to the topic overview. */
  'home.allTopics': 'Alle Themen',
  /** Home: heading of the emergency and help numbers. */
  'home.emergency': 'Notruf und Hilfe',
  /** Home: heading of the section for counsellors and other professionals. */
  'home.forProfessionals': 'Für Fachkräfte',
  /** Home: text next to the link to the Leichte Sprache section (the link itself stays German). */
  'home.easyLanguageIntro': 'Erklärungen in einfachem Deutsch',
  /** Quick link: counselling services compared. */
  'quick.counselling': 'Beratung finden',
  /** Quick link: emergency numbers. */
  'quick.emergency': 'Notrufnummern',
  /** Quick link: all journeys. */
  'quick.journeys': 'Wegweiser Schritt für Schritt',
  /** Quick link: the Leichte Sprache section. */
  'quick.easyLanguage': 'Leichte Sprache',
  /** Topic overview: sentence under the title. */
  'topics.intro': 'Alle Stellen, Angebote und Wegweiser zu einem Thema.',
  /** Meta description of a topic page whose topic has no description of its own; {topic} is its name. */
  'topics.description': 'Stellen, Angebote und Wegweiser zum Thema {topic}.',
  /** Topic page without entries. */
  'topics.empty': 'Zu diesem Thema gibt es noch keine Einträge.',
  /** List of journeys: sentence under the title. */
  'journeys.intro': 'Schritt für Schritt durch häufige Lebenslagen: wer zuständig ist, was Sie mitbringen und wie lange es dauert.',
  /** Journey card: number of steps. */
  'journeys.stepCount': { one: '{count} Schritt', other: '{count} Schritte' },
  /** Title of the counselling comparison page. */
  'compare.title': 'Beratungsangebote im Vergleich',
  /** Counselling comparison: sentence under the title. */
  'compare.intro': 'Welche Beratung passt? Alter, Aufenthaltsstatus, Sprachen und Gebiet auf einen Blick.',
  /** Search: comma-separated words people type to find the counselling comparison, its everyday name first. Not shown. */
  'compare.searchWords':
    'Beratungsvergleich, vergleichen, Vergleich, welche Beratung passt, Beratungsangebote, Tabelle, Alter, Aufenthaltsstatus, Zielgruppe',
  /** Counselling comparison: caption of the table (read by screen readers). */
  'compare.caption': 'Beratungsangebote nach Alter, Aufenthaltsstatus, Sprachen und Gebiet',
  /** Counselling comparison: column heading of the service name. */
  'compare.service': 'Angebot',
  /** Counselling comparison: column heading of the area served. */
  'compare.area': 'Gebiet',
  /** Counselling comparison: no age limit. */
  'compare.anyAge': 'jedes Alter',
  /** Counselling comparison: no residence status required. */
  'compare.anyStatus': 'unabhängig vom Aufenthaltsstatus',
  /** Counselling comparison: serves the whole municipality. */
  'compare.wholeCity': 'ganze Stadt',
  /** Counselling comparison: also for people from neighbouring towns. */
  'compare.neighbouring': 'auch Nachbarorte',
  /** Counselling comparison without services. */
  'compare.empty': 'Noch keine Beratungsangebote eingetragen.',
  /** Counselling comparison: name of the form (situation and offer wanted). */
  'compare.filtersLabel': 'Situation und gesuchtes Angebot',
  /** Counselling comparison: heading of the fields about the person at the counter. */
  'compare.situation': 'Situation der ratsuchenden Person',
  /** Counselling comparison: heading of the fields about the offer (form, cost). */
  'compare.offerWanted': 'Gesuchtes Angebot',
  /** Counselling comparison: first choice of a list, no condition. */
  'compare.any': '– egal –',
  /** Counselling comparison: button that applies the situation (changes apply at once with JavaScript). */
  'compare.apply': 'Passende zuerst zeigen',
  /** Counselling comparison: status line before a situation is entered. */
  'compare.hint': 'Tragen Sie Alter, Sprache oder Stadtteil ein: Passende Angebote rücken nach oben, jedes mit Begründung.',
  /** Counselling comparison: heading of the offers that fit. */
  'compare.fitting': { one: '{count} Angebot passt', other: '{count} Angebote passen' },
  /** Counselling comparison: status line (announced): how many of all offers fit. */
  'compare.fittingOf': { one: '{count} von {total} Angeboten passt', other: '{count} von {total} Angeboten passen' },
  /** Counselling comparison: status line when no offer fits in every respect. */
  'compare.noneFit': 'Kein Angebot passt in allem. Die nächstliegenden stehen oben, jeweils mit dem Grund.',
  /** Counselling comparison: heading of the offers that do not fit. */
  'compare.others': 'Weitere Angebote – und warum sie nicht passen',
  /** Counselling comparison: read before a reason that speaks for an offer (screen readers; shown as ✓). */
  'compare.fits': 'passt',
  /** Counselling comparison: read before a reason against an offer (screen readers; shown as ✗). */
  'compare.fitsNot': 'passt nicht',
  /** Counselling comparison: under an offer that does not fit officially but turns nobody away. */
  'compare.nobodyAwayNote': 'Passt laut Förderrichtlinie nicht – die Stelle schickt aber niemanden weg und vermittelt weiter.',
  /** Counselling comparison without JavaScript: before the link to the finder. */
  'compare.noScript':
    'Ohne JavaScript sehen Sie hier alle Angebote mit ihren Bedingungen. Passende Angebote Schritt für Schritt nach Alter, Aufenthaltsstatus und Stadtteil:',
  /** Counselling comparison: column with the summary and the reasons an offer fits. */
  'compare.column.fit': 'Passt es?',
  /** Counselling comparison: column with ages, residence statuses and housing. */
  'compare.column.forWhom': 'Für wen',
  /** Counselling comparison: column with ways in, open status, cost and waiting time. */
  'compare.column.access': 'Zugang und Kosten',
  /** Counselling comparison: folded list of the residence statuses an offer is for. */
  'compare.statusCount': { one: '{count} Aufenthaltsstatus', other: '{count} Aufenthaltsstatus' },
  /** Counselling comparison: reason when an offer is for any housing. */
  'compare.anyHousing': 'jede Wohnform',
  /** Counselling comparison and entry page: first appointment within the week. */
  'compare.waitingNone': 'Termin meist in derselben Woche',
  /** Counselling comparison and entry page: usual wait for a first appointment. */
  'compare.waitingWeeks': { one: 'Wartezeit etwa {count} Woche', other: 'Wartezeit etwa {count} Wochen' },
  /** Counselling comparison and entry page: longest time a person is accompanied. */
  'compare.maxDuration': { one: 'Begleitung bis zu {count} Monat', other: 'Begleitung bis zu {count} Monate' },
  /** Counselling comparison and entry page: case management only when another office reports the case. */
  'compare.cmReferral': 'Case Management nur nach Meldung durch eine Stelle',
  /** Counselling comparison and entry page: case management for needs in at least this many areas of life. */
  'compare.cmNeeds': {
    one: 'Case Management ab Fragen in {count} Handlungsfeld',
    other: 'Case Management ab Fragen in {count} Handlungsfeldern',
  },
  /** Counselling comparison and entry page: link to the guide with which other offices check a case for case management. */
  'compare.cmGuide': 'Leitfaden für zuweisende Stellen',
  /** Comparison reason ✓: the offer is for this residence status; {value} is its name. */
  'compare.reason.statusMatch': 'für {value}',
  /** Comparison reason ✗: the offer is not for this residence status. */
  'compare.reason.statusMiss': 'nicht für {value}',
  /** Comparison reason ✓: counselling in this language; {value} is its name. */
  'compare.reason.languageMatch': 'berät auf {value}',
  /** Comparison reason ✗: no counselling in this language. */
  'compare.reason.languageMiss': 'berät nicht auf {value}',
  /** Comparison reason ✓: the offer serves this district; {value} is its name. */
  'compare.reason.districtMatch': 'für {value}',
  /** Comparison reason ✗: the offer does not serve this district. */
  'compare.reason.districtMiss': 'nicht für {value}',
  /** Comparison reason ✓: the offer is for this housing; {value} is its name. */
  'compare.reason.housingMatch': 'Wohnform passt: {value}',
  /** Comparison reason ✗ and chip: the offer is only for this housing. */
  'compare.reason.housingMiss': 'nur für: {value}',
  /** Comparison reason ✓: the offer has this form of counselling; {value} is its name. */
  'compare.reason.formMatch': 'bietet {value}',
  /** Comparison reason ✗: the offer does not have this form of counselling. */
  'compare.reason.formMiss': 'ohne {value}',
  /** List of counselling services: link to the comparison table. */
  'compare.link': 'Beratungsangebote vergleichen',
  /** Comparison card: put this offer on the referral slip (in the person's language, beside German) and print the slip at once. */
  'compare.printSlip': 'Verweiszettel drucken',
  /** Entry page: heading of the summary box (status, address, phone, booking). */
  'entry.atAGlance': 'Auf einen Blick',
  /** Entry page: how closely the organisation works with the immigration office. */
  'entry.cooperation': 'Zusammenarbeit mit der Ausländerbehörde',
  /** Entry page: cooperation level number before its name. */
  'entry.cooperationLevel': 'Stufe {level}',
  /** Entry page, agreements of an organisation: the other parties of one agreement. */
  'agreement.otherParties': 'Weitere Beteiligte',
  /** Agreement page: heading of the review log. */
  'agreement.reviews': 'Überprüfungen der Vereinbarung',
  /** Agreement page: when the parties next review the agreement; {date} is a date in words. */
  'agreement.nextReview': 'Nächste Überprüfung: {date}',
  /** Review log column: who reviewed (a role, not a person). */
  'agreement.reviewRole': 'Geprüft von',
  /** Printed entry page: where the current version is online. */
  'entry.printSource': 'Aktuelle Fassung im Internet: {url}',
  /** Entry page, related entries: matters this office is responsible for. */
  'related.handles': 'Zuständig für',
  /** Entry page, related entries: services and projects this organisation runs. */
  'related.offers': 'Angebote und Projekte',
  /** Entry page, related entries: networks it is a member of. */
  'related.memberOf': 'Mitglied in',
  /** Entry page, related entries: networks and agreements it leads. */
  'related.leads': 'Federführend bei',
  /** Entry page, related entries: agreements the organisation is a party to. */
  'related.agreements': 'Vereinbarungen',
  /** Entry page, related entries: projects and agreements it is a partner in. */
  'related.partnerIn': 'Partner bei',
  /** Entry page, related entries: journeys that send people here. */
  'related.journeys': 'Kommt in diesen Wegweisern vor',
  /**
   * Label next to an entry in a list (card, search result, finder, map list, referral slip,
   * brochure, papers) whose title or summary is shown in German: there is no translation yet.
   */
  'card.inGerman': 'nur auf Deutsch',
  /** Label next to an entry in a list whose text is machine-translated and not yet checked by a person. */
  'card.machine': 'maschinell übersetzt',
  /** Badge on a list card whose translation may be out of date. */
  'card.outdated': 'Übersetzung evtl. veraltet',
  /** Notice when some fields of a page are shown in German. */
  'translation.partial': 'Einige Angaben gibt es noch nicht in Ihrer Sprache. Sie stehen hier auf Deutsch.',
  /** Opening hours, live status: open now. */
  'hours.openUntil': 'Jetzt geöffnet – bis {time} Uhr',
  /** Opening hours, live status: closed, opens later today. */
  'hours.opensToday': 'Jetzt geschlossen – öffnet heute um {time} Uhr',
  /** Opening hours, live status: closed, opens tomorrow. */
  'hours.opensTomorrow': 'Jetzt geschlossen – öffnet morgen um {time} Uhr',
  /** Opening hours, live status: closed, opens on a later day; {day} is e.g. "Montag, 30. November". */
  'hours.opensOn': 'Jetzt geschlossen – öffnet am {day} um {time} Uhr',
  /** Opening hours, live status: no opening in the coming weeks. */
  'hours.closedUnknown': 'Jetzt geschlossen – in den nächsten Wochen keine Öffnungszeiten',
  /** Opening hours, live status at a place that sees people only by appointment: appointment hours now. */
  'hours.appointmentsUntil': 'Nur mit Termin – Termine heute bis {time} Uhr',
  /** Opening hours, appointment-only place: next appointment hours later today. */
  'hours.appointmentsToday': 'Nur mit Termin – nächste Termine heute ab {time} Uhr',
  /** Opening hours, appointment-only place: next appointment hours tomorrow. */
  'hours.appointmentsTomorrow': 'Nur mit Termin – nächste Termine morgen ab {time} Uhr',
  /** Opening hours, appointment-only place: next appointment hours on a later day. */
  'hours.appointmentsOn': 'Nur mit Termin – nächste Termine am {day} ab {time} Uhr',
  /** Opening hours: note under the table when the place is closed on public holidays. */
  'hours.holidays': 'An Feiertagen geschlossen.',
  /** Offline page: title. */
  'offline.title': 'Keine Internetverbindung',
  /** Offline page: explanation before the list of saved pages. */
  'offline.text': 'Diese Seite ist noch nicht auf Ihrem Gerät gespeichert. Ohne Internet können Sie diese Seiten lesen:',
  /** Offline page: pages opened once stay available. */
  'offline.hint': 'Seiten, die Sie einmal geöffnet haben, bleiben auf Ihrem Gerät gespeichert.',
  /** Footer: label of the list of legal and accessibility pages. */
  'footer.nav': 'Rechtliches und Barrierefreiheit',
  /** Search: comma-separated words people type to find the imprint page (Impressum), its everyday name first. Not shown. */
  'footer.imprintWords': 'Impressum, Herausgeber, Anbieterkennzeichnung, verantwortlich',
  /** Search: comma-separated words people type to find the privacy page, its everyday name first. Not shown. */
  'footer.privacyWords': 'Datenschutz, Datenschutzerklärung, Cookies, DSGVO, Privatsphäre',
  /** Search: comma-separated words people type to find the accessibility statement, its everyday name first. Not shown. */
  'footer.accessibilityWords': 'Barrierefreiheit, barrierefrei, Barriere melden, Zugänglichkeit',
  /** Search: comma-separated words people type to find the Leichte Sprache pages, their everyday name first. Not shown. */
  'footer.easyLanguageWords': 'Leichte Sprache, einfache Sprache, einfach erklärt',
  /** Leichte Sprache pages: heading of the list of the other pages of the section. */
  'easy.more': 'Mehr in Leichter Sprache',
  /** Leichte Sprache pages in other languages: why they are German only. */
  'translation.germanOnly': 'Leichte Sprache ist einfaches Deutsch. Diese Seiten gibt es deshalb nur auf Deutsch.',
  // --- publisher: papers, brochure, referral slip, cooperation, network map, open data ---
  /** Footer: link to the interface papers. */
  'footer.papers': 'Schnittstellenpapiere',
  /** Footer: link to the network map. */
  'footer.networkMap': 'Netzwerkkarte',
  /** Footer: link to the cooperation view. */
  'footer.cooperation': 'Kooperationen',
  /** Footer: link to the documents page (concepts, rules of procedure, leaflets). */
  'footer.documents': 'Dokumente',
  /** Introduction of the documents page. */
  'documents.intro':
    'Konzepte, Leitbilder, Geschäftsordnungen der Netzwerke, öffentliche Fassungen von Vereinbarungen und mehrsprachige Merkblätter zum Herunterladen.',
  /** Document page: heading above the download links. */
  'documents.get': 'Dokument herunterladen',
  /** Download link of a document’s PDF; {size} is the file size, e.g. „84 kB“. */
  'documents.download': 'PDF herunterladen ({size})',
  /** Link to a document on the website of the office that issued it. */
  'documents.openLink': 'Zum Dokument auf der Seite der herausgebenden Stelle',
  /** Document list: a document whose validity has ended; {date} is its last valid day. */
  'documents.expired': 'gültig bis {date} – nicht mehr aktuell',
  /** Title of the page listing the four interface papers. */
  'papers.title': 'Schnittstellenpapiere und Broschüre',
  /** Introduction on the papers page. */
  'papers.intro':
    'Die vier Schnittstellenpapiere zeigen, wer vor Ort wofür zuständig ist. Sie werden aus diesem Verzeichnis erzeugt und sind darum immer auf dem Stand der Einträge.',
  /** Search: comma-separated words people type to find the four interface papers, their everyday name first. Not shown. */
  'papers.searchWords':
    'Schnittstellenpapier, Schnittstellenpapiere, Papier, PDF, Download, herunterladen, Liste, Tabelle, Excel, CSV, Übersicht, drucken',
  /** Name of the interface paper on networks. */
  'paper.networks': 'Netzwerke',
  /** Name of the interface paper on responsibilities. */
  'paper.responsibilities': 'Zuständigkeiten',
  /** Name of the interface paper on projects and contact points. */
  'paper.projects': 'Projekte und Anlaufstellen',
  /** Name of the interface paper on associations. */
  'paper.associations': 'Vereine und Zusammenschlüsse',
  /** Full title of one interface paper; {name} is its name. */
  'paper.title': 'Schnittstellenpapier {name}',
  /** Meta description of an interface paper page; {title} is the paper’s title. */
  'paper.description': '{title}: alle Einträge nach Themen, zum Lesen, Drucken und Herunterladen.',
  /** "Stand" line on papers and the brochure: the date of the content. */
  'paper.stand': 'Stand: {date}',
  /** Version of a generated document. */
  'paper.version': 'Version {version}',
  /** Heading of the table of contents. */
  'paper.contents': 'Inhalt',
  /** Page footer of a PDF; {page} and {pages} are numbers. */
  'paper.pageOf': 'Seite {page} von {pages}',
  /** Heading above the download links of a paper. */
  'paper.downloads': 'Herunterladen',
  /** Download link: the PDF in this language. */
  'paper.pdf': 'PDF (A4)',
  /** Download link: the table for spreadsheets (German). */
  'paper.csv': 'Tabelle für Excel (CSV, Deutsch)',
  /** Download link: the data as JSON (German). */
  'paper.json': 'Daten (JSON, Deutsch)',
  /** Link to the print layout of a paper or the brochure. */
  'paper.print': 'Druckfassung ansehen',
  /** Filter of a paper page: topic. */
  'paper.filterTopic': 'Handlungsfeld',
  /** Filter option: no restriction. */
  'paper.filterAll': 'Alle',
  /** Filter of a paper page: free text. */
  'paper.filterText': 'Stichwort',
  /** Button applying the filters. */
  'paper.filterApply': 'Filtern',
  /** Number of entries shown after filtering. */
  'paper.shown': { one: '{count} von {total} Einträgen', other: '{count} von {total} Einträgen' },
  /** Brochure/paper: entries described in another chapter. */
  'paper.alsoIn': 'Siehe auch im Kapitel „{topic}“:',
  /** Note on translated papers: German is binding. */
  'paper.onlyGerman': 'Diese Fassung ist eine Übersetzung. Rechtlich verbindlich ist die deutsche Fassung.',
  /** Paper on responsibilities: heading of the part with counselling and interpreting services (Augsburg: „Schlüsselakteure und zentrale Anlaufstellen“). */
  'paper.contactPoints': 'Schlüsselakteure und zentrale Anlaufstellen: Beratung und Sprachmittlung',
  /** Paper on responsibilities: sentence below the heading of the counselling and interpreting part. */
  'paper.contactPointsIntro':
    'Neben den zuständigen Stellen: die Beratungsangebote und die Sprachmittlung, an die Menschen verwiesen werden.',
  /** Papers (web, PDF): heading of the list of entries added, changed and removed since the previous version. */
  'paper.changes': 'Änderungen seit der vorigen Fassung',
  /** Papers: which two versions the change list compares; {date} and {previous} are dates. */
  'paper.changesSince': 'Fassung vom {date} im Vergleich zur Fassung vom {previous}:',
  /** Papers, change list: an entry that is new in this version. */
  'paper.changeAdded': 'Neu',
  /** Papers, change list: an entry whose content changed. */
  'paper.changeChanged': 'Geändert',
  /** Papers, change list: an entry that is no longer in the paper. */
  'paper.changeRemoved': 'Entfernt',
  /** Papers, change list: the two versions list the same entries with the same content. */
  'paper.changesNone': 'Keine Änderungen an den Einträgen dieses Papiers.',
  /** Papers, change list: there is no earlier version to compare with. */
  'paper.changesFirst': 'Dies ist die erste Fassung; es gibt noch keine frühere zum Vergleich.',
  /** Papers, change list: the site was built without the content’s git history (e.g. from a copy of the files). */
  'paper.changesUnavailable': 'Die Liste der Änderungen fehlt: Diese Fassung wurde ohne vollständige Versionsgeschichte (Git) erstellt.',
  /** Title of the referral brochure. */
  'brochure.title': 'Broschüre für die Verweisberatung',
  /** Introduction of the brochure. */
  'brochure.intro': 'Angebote nach Themen, mit Adressen, Öffnungszeiten und einem QR-Code zum aktuellen Eintrag im Internet.',
  /** Search: comma-separated words people type to find the referral brochure, its everyday name first. Not shown. */
  'brochure.searchWords':
    'Broschüre, Verweisberatung, Verweisbroschüre, Heft, Flyer, PDF, Download, herunterladen, drucken, A5, A4, Willkommensbroschüre',
  /** Title of the short counter edition of the brochure (a PDF of issue 12), shown in search results. */
  'brochure.counterTitle': 'Broschüre für die Verweisberatung – Kurzfassung für die Theke',
  /** Search: comma-separated words people type to find the counter edition of the brochure, its everyday name first. Not shown. */
  'brochure.counterSearchWords': 'Thekenbroschüre, Kurzfassung, Theke, Tresen, Broschüre, PDF, Download, drucken, Verweisberatung',
  /** Brochure page: choose the chapters. */
  'brochure.topics': 'Themen auswählen (keine Auswahl = alle)',
  /** Brochure page: paper size. */
  'brochure.format': 'Papierformat',
  /** Brochure page: button opening the print version. */
  'brochure.open': 'Druckfassung öffnen',
  /** Accessible name of a QR code. */
  'brochure.qr': 'QR-Code zum Eintrag „{title}“',
  /** Title of the counter edition of the brochure (a short A5 booklet chosen by the editors). */
  'brochure.counter': 'Kurzfassung für den Schalter',
  /** Brochure page: what the counter edition is. */
  'brochure.counterIntro':
    'Die wichtigsten Stellen auf wenigen Seiten im Format A5, von der Redaktion ausgewählt – zum Mitgeben am Schalter.',
  /** Download link of the counter edition’s PDF. */
  'brochure.counterPdf': 'PDF (A5, Kurzfassung)',
  /** Brochure page: heading above the choice of topics and paper size for the full brochure. */
  'brochure.choose': 'Vollständige Broschüre oder Themen auswählen',
  /** Button on entry pages and search results: add to the referral slip. */
  'referral.add': 'Zum Verweiszettel hinzufügen',
  /** The same button once the entry is on the slip: it says so and that pressing it removes it. */
  'referral.added': 'Hinzugefügt – entfernen',
  /** Link to the referral slip with the number of entries. */
  'referral.open': 'Verweiszettel öffnen ({count})',
  /** Header basket: the number of entries on the slip (the number is shown, the word is read out). */
  'referral.entries': { one: '{count} Eintrag', other: '{count} Einträge' },
  /** Announced to screen readers when an entry is added to or removed from the slip. */
  'referral.basketChanged': { one: 'Verweiszettel: {count} Eintrag', other: 'Verweiszettel: {count} Einträge' },
  /** Title of the referral slip page. */
  'referral.title': 'Verweiszettel',
  /** Introduction of the referral slip page. */
  'referral.intro':
    'Sammeln Sie Einträge mit „Zum Verweiszettel hinzufügen“ und drucken Sie eine Seite in der Sprache der ratsuchenden Person, mit Deutsch daneben. Die Auswahl bleibt nur in diesem Browser.',
  /** Search: comma-separated words people type to find the referral slip, its everyday name first. Not shown. */
  'referral.searchWords': 'Verweiszettel, Weiterleitungsbogen, Laufzettel, Zettel, Merkzettel, drucken, teilen, QR-Code',
  /** Slip page when the basket is empty. */
  'referral.empty': 'Noch keine Einträge ausgewählt.',
  /** Slip page: language of the client. */
  'referral.clientLanguage': 'Sprache der ratsuchenden Person',
  /** Slip page: print button. */
  'referral.print': 'Drucken',
  /** Slip page: button showing the share link as a large QR code for the client to scan. */
  'referral.show': 'Zum Scannen zeigen',
  /** Heading above the large QR code, in the client's language. */
  'referral.showHeading': 'Diese Liste auf Ihr Handy holen',
  /** Under the large QR code, in the client's language and in German: how to scan it and what the link holds. */
  'referral.showHint':
    'Öffnen Sie die Kamera Ihres Handys und richten Sie sie auf den Code. Der Link enthält nur die ausgewählten Angebote und die Sprache, keine Angaben zu Ihnen.',
  /** Closes the large QR code. */
  'referral.showClose': 'Schließen',
  /** Slip page: label of the share link. */
  'referral.share': 'Link zum Teilen (enthält nur die Auswahl, keine persönlichen Daten)',
  /** Slip page, for the counsellor: entries without text in the client's language ({language}: its own name; {titles}: the list). */
  'referral.missingTranslations': 'Ohne Text auf {language} (stehen auf Deutsch auf dem Zettel): {titles}',
  /** Printed on the slip in the client's language, under an entry that has no text in it yet. */
  'referral.notInLanguage': 'Diesen Eintrag gibt es noch nicht in Ihrer Sprache. Er steht hier auf Deutsch.',
  /** Slip page: empty the basket. */
  'referral.clear': 'Auswahl leeren',
  /** Slip page: remove one entry. */
  'referral.remove': 'Entfernen: {title}',
  /** Slip page without JavaScript. */
  'referral.noScript': 'Der Verweiszettel braucht JavaScript.',
  /** Slip: what to bring. */
  'referral.bring': 'Bitte mitbringen',
  /** Slip: online booking link label. */
  'referral.booking': 'Termin online buchen',
  /** Heading printed on the slip. */
  'referral.slipHeading': 'Ihre nächsten Schritte',
  /** Slip: heading of the German column, for the receiving office. */
  'referral.forOffice': 'Deutsch – für die aufnehmende Stelle',
  /** Slip page: optional handover note for the receiving office (heading, also printed). */
  'referral.note': 'Übergabenotiz (freiwillig)',
  /** Printed handover note: its heading on the slip. */
  'referral.noteHeading': 'Übergabe an die aufnehmende Stelle',
  /** Next to the handover note: it is only printed, never stored or sent. */
  'referral.notePrivacy':
    'Nur für den Ausdruck: Die Notiz wird nicht gespeichert, nicht in den Link übernommen und nirgendwohin gesendet. Wenn Sie die Seite verlassen, ist sie weg.',
  /** Handover note: what the client needs (Anliegen). */
  'referral.noteConcern': 'Anliegen',
  /** Handover note: date. */
  'referral.noteDate': 'Datum',
  /** Handover note: the office that refers the client. */
  'referral.noteOffice': 'Verweisende Stelle',
  /** Handover note: consent sentence, shown on the page and printed in the client's language and in German. */
  'referral.noteConsent': 'Die ratsuchende Person ist einverstanden, dass diese Notiz an die aufnehmende Stelle weitergegeben wird.',
  /** Printed handover note: line for the client's signature. */
  'referral.noteSignature': 'Unterschrift der ratsuchenden Person:',
  /** Title of the cooperation view. */
  'cooperation.title': 'Kooperationen der Ausländerbehörde',
  /** Introduction of the cooperation view. */
  'cooperation.intro':
    'Wie eng Organisationen mit der Ausländerbehörde zusammenarbeiten: zuerst ihre Vereinbarungen, jede bei ihrer Stufe von 5 (gemeinsame Räume und Abläufe) bis 1 (Verweisberatung), dann Vereinbarungen zwischen anderen Partnern und zuletzt alle Organisationen mit ihrer Beziehung zur Behörde.',
  /** Search: comma-separated words people type to find the cooperation view, its everyday name first. Not shown. */
  'cooperation.searchWords':
    'Kooperationsübersicht, Kooperationen, Kooperationspartner, Zusammenarbeit, Kooperationsvereinbarung, Kooperationsstufe',
  /** Heading of one cooperation level. */
  'cooperation.level': 'Stufe {level}: {label}',
  /** Cooperation level without agreements. */
  'cooperation.empty': 'Zurzeit keine Vereinbarung auf dieser Stufe.',
  /** Cooperation view: heading of the immigration office’s agreements, grouped by level. */
  'cooperation.byLevel': 'Vereinbarungen der Ausländerbehörde nach Stufe',
  /** Cooperation view: heading of agreements under negotiation (no level yet). */
  'cooperation.negotiating': 'In Verhandlung',
  /** Cooperation view: heading of agreements without the immigration office. */
  'cooperation.betweenPartners': 'Vereinbarungen zwischen Partnern',
  /** Cooperation view: introduction of the agreements between partners. */
  'cooperation.betweenPartnersIntro':
    'Absprachen, an denen die Ausländerbehörde nicht beteiligt ist – zum Beispiel, welche Beratungsstelle wen berät.',
  /** Cooperation view: heading of the list of all organisations by their relation to the immigration office. */
  'cooperation.actors': 'Alle Organisationen und ihre Beziehung zur Ausländerbehörde',
  /** Cooperation view: how organisations are filed in the list. */
  'cooperation.actorsIntro':
    'Jede Organisation steht hier einmal: bei der höchsten Stufe ihrer geltenden Vereinbarungen mit der Ausländerbehörde oder, ohne Vereinbarung, bei ihrer Beziehung zur Behörde.',
  /** After a cooperation level: the agreement giving it is suspended for now. */
  'cooperation.resting': 'ruht',
  /** Title of the network map page. */
  'map.title': 'Netzwerkkarte',
  /** Description of the network map; search finds the network map by its words. */
  'map.description':
    'Welche Partner wie eng mit der Ausländerbehörde zusammenarbeiten, welche Netzwerke es gibt und wo sie sich überschneiden.',
  /** Search: comma-separated words people type to find the network map, its everyday name first. Not shown. */
  'map.searchWords': 'Netzwerkkarte, Netzwerke, Netzwerkübersicht, Partner, Grafik, Überschneidungen, Gremien',
  /** Heading: partner map. */
  'map.partners': 'Partner der Ausländerbehörde nach Kooperationsstufe',
  /** Text alternative summary of the partner map. */
  'map.partnersDescription':
    'Die Ausländerbehörde steht in der Mitte. Partner mit einer Vereinbarung stehen auf dem Ring ihrer Stufe: je näher, desto enger die Zusammenarbeit (5 innen, 1 außen). Farbe und Form zeigen die Art der Organisation. Organisationen ohne Vereinbarung stehen in den Listen darunter, alle zusammen in der Tabelle.',
  /** Visible caption under the partner map. */
  'map.partnersCaption': 'Ringe: Kooperationsstufe 5 (innen) bis 1 (außen). Auf dem Telefon lässt sich die Karte seitlich verschieben.',
  /** Heading of the legend of the map symbols. */
  'map.legend': 'Legende',
  /** Legend: the symbol of the immigration office. */
  'map.hubLegend': 'Ausländerbehörde (Mitte der Karte)',
  /** Legend: how the lead of a network is drawn. */
  'map.leadLegend': 'Federführung: dunkler Rand, dicke Linie, fette Schrift',
  /** Network map: heading of the organisations without an agreement (not on the rings). */
  'map.withoutAgreement': 'Ohne Vereinbarung mit der Ausländerbehörde',
  /** Caption of the table alternative of the partner map. */
  'map.table': 'Alle Organisationen mit ihrer Beziehung zur Ausländerbehörde',
  /** Table column: name. */
  'map.name': 'Name',
  /** Table column: relation to the immigration office (level or relation without agreement). */
  'map.relation': 'Beziehung zur Ausländerbehörde',
  /** Table column: kind of organisation. */
  'map.type': 'Art der Organisation',
  /** Table column: type of a network (steering committee, working group …). */
  'map.networkType': 'Netzwerktyp',
  /** The centre of the partner map. */
  'map.hub': 'Mitte der Karte',
  /** Heading: networks with lead and members. */
  'map.networks': 'Netzwerke mit Federführung und Mitgliedern',
  /** Text alternative of one network diagram. */
  'map.networkDescription': '{name}: Federführung {lead}; Mitglieder {members}.',
  /** Table column / legend: lead of a network. */
  'map.lead': 'Federführung',
  /** Table column: members of a network. */
  'map.members': 'Mitglieder',
  /** Role in a network: member (not lead). */
  'map.member': 'Mitglied',
  /** Caption of the table alternative of the network view. */
  'map.networkTable': 'Alle Netzwerke als Tabelle',
  /** Heading: overlap between networks. */
  'map.overlap': 'Überschneidungen zwischen Netzwerken',
  /** Introduction of the overlap table. */
  'map.overlapIntro':
    'Für jedes Paar von Netzwerken: wie viele Beteiligte beide gemeinsam haben und wie viele Sitzungen im Jahr das für diese Beteiligten bedeutet.',
  /** Overlap table column: the two networks. */
  'map.pair': 'Netzwerke',
  /** Overlap table column: shared participants. */
  'map.shared': 'Gemeinsame Beteiligte',
  /** Overlap table column: meetings a year of both networks together. */
  'map.meetings': 'Sitzungen pro Jahr (beide zusammen)',
  /** Network map: name of the list of sections at the top. */
  'map.contents': 'Inhalt dieser Seite',
  /** Heading: meeting load per organisation. */
  'map.load': 'Sitzungslast pro Organisation',
  /** Introduction of the meeting load table. */
  'map.loadIntro':
    'Wer in wie vielen aktiven Netzwerken sitzt und wie viele Sitzungen im Jahr das ergibt – aus dem Sitzungsrhythmus jedes Netzwerks und seinen eingetragenen Terminen. Ruhende Netzwerke zählen nicht.',
  /** Caption of the meeting load table. */
  'map.loadTable': 'Netzwerke und Sitzungen pro Jahr je Organisation',
  /** Load table column: active networks. */
  'map.loadNetworks': 'Aktive Netzwerke',
  /** Load table column: sessions a year in total. */
  'map.loadSessions': 'Sitzungen pro Jahr',
  /** Load table: number of networks, of which {leads} led by the organisation. */
  'map.loadCount': { one: '{count} Netzwerk, davon {leads} mit Federführung', other: '{count} Netzwerke, davon {leads} mit Federführung' },
  /** Load table: sessions a year of one network. */
  'map.perYear': { one: '{count} Sitzung im Jahr', other: '{count} Sitzungen im Jahr' },
  /** Heading: topics × networks. */
  'map.topics': 'Themen und Netzwerke',
  /** Introduction of the topics × networks table. */
  'map.topicsIntro':
    'Gibt es für ein Thema schon ein Netzwerk? Bevor ein neues gegründet wird, lohnt der Blick hierher: Oft kann ein bestehendes Netzwerk das Thema aufnehmen.',
  /** Caption of the topics × networks table. */
  'map.topicsCaption': 'Netzwerke (Zeilen) und ihre Themen (Spalten)',
  /** Topics table cell, for screen readers: the network works on this topic. */
  'map.topicCovered': 'Thema des Netzwerks',
  /** Topics table, last row: active networks per topic. */
  'map.topicCount': 'Aktive Netzwerke zum Thema',
  /** Heading: steering structure of the networks. */
  'map.steering': 'Steuerungsstruktur',
  /** Text alternative of the steering structure drawing. */
  'map.steeringDescription':
    'Steuerungsstruktur: welche Netzwerke an welche berichten oder von welchen beauftragt sind. Die Tabelle darunter nennt dasselbe.',
  /** Caption under the steering structure drawing. */
  'map.steeringCaption': 'Pfeile zeigen zum Netzwerk, das die Berichte erhält; gestrichelt: nur beauftragt, nicht berichtend.',
  /** Caption of the steering structure table. */
  'map.steeringTable': 'Steuerungsstruktur als Tabelle',
  /** Steering table column: network that mandated this one. */
  'map.mandatedBy': 'Beauftragt von',
  /** Steering table column: networks this one reports to. */
  'map.reportsTo': 'Berichtet an',
  /** Steering table column: networks that report to this one. */
  'map.receivesFrom': 'Erhält Berichte von',
  /** Title of the open data page. */
  'openData.title': 'Offene Daten',
  /** Introduction of the open data page. */
  'openData.intro':
    'Alle Daten dieses Verzeichnisses zum Herunterladen und Weiterverwenden. Sie werden bei jeder Veröffentlichung neu erzeugt.',
  /** Search: comma-separated words people type to find the open data page, its everyday name first. Not shown. */
  'openData.searchWords': 'Offene Daten, Open Data, Daten, Download, CSV, JSON, Excel, HSDS, Kalender, iCal, Export, Lizenz',
  /** Licence line; the licence name is a link. */
  'openData.licence': 'Lizenz',
  /** Date of the data. */
  'openData.date': 'Stand der Daten: {date}',
  /** Section: Open Referral HSDS files. */
  'openData.hsds': 'Open Referral HSDS 3.1 (JSON)',
  /** Explanation of HSDS. */
  'openData.hsdsIntro':
    'Der offene Standard für Verzeichnisse sozialer Angebote: Organisationen, Angebote und Standorte. Kooperationsstufen und Netzwerkmitgliedschaften stehen als Attribute mit einer Lotse-Taxonomie darin.',
  /** HSDS file: organisations. */
  'openData.organizations': 'Organisationen',
  /** HSDS file: services. */
  'openData.services': 'Angebote',
  /** HSDS file: locations. */
  'openData.locations': 'Standorte',
  /** HSDS file: taxonomy terms. */
  'openData.taxonomy': 'Begriffe der Lotse-Taxonomien',
  /** Section: meeting calendars. */
  'openData.calendar': 'Sitzungstermine der Netzwerke (iCalendar)',
  /** Calendar of all networks. */
  'openData.allNetworks': 'Alle Netzwerke',
  /** Section: PDF documents in this language. */
  'openData.pdfs': 'PDF-Dokumente in dieser Sprache',
  // --- search, finder and map (issue 4) ---
  /** Search: number of results, announced to screen readers. */
  'search.results': { one: '{count} Treffer', other: '{count} Treffer' },
  /** Search: nothing found. */
  'search.noResults': 'Nichts gefunden. Prüfen Sie die Schreibweise, versuchen Sie ein anderes Wort oder nutzen Sie „Wer ist zuständig?“.',
  /** Search: the query is too short to search (one or two letters that are no known word). */
  'search.tooShort': 'Bitte mindestens drei Buchstaben oder eine bekannte Abkürzung eingeben.',
  /** Search: while the search index loads. */
  'search.loading': 'Suche wird geladen …',
  /** Search: the index could not be loaded (offline, error). */
  'search.failed': 'Die Suche konnte nicht geladen werden. Bitte später erneut versuchen oder das A–Z-Verzeichnis nutzen.',
  /** Header search: link to the full result list. */
  'search.showAll': 'Alle Treffer zeigen',
  /** Search result and counselling comparison: the offer costs something. */
  'search.costs': 'Kostenpflichtig',
  /** Search result: languages spoken there; {list} is the list of language names. */
  'search.hitLanguages': 'Sprachen: {list}',
  /** Search result and filter: the place is open right now. */
  'search.openNow': 'Jetzt geöffnet',
  /** Search page: button that shows more results. */
  'search.showMore': 'Weitere Treffer zeigen',
  /** Search page: before anything is typed or filtered. */
  'search.hint': 'Geben Sie ein Wort ein oder wählen Sie Filter.',
  /** Search page: name of the search-and-filter form (landmark). */
  'search.formLabel': 'Suche und Filter',
  /** Search page: heading of the filters (opens and closes). */
  'search.filters': 'Filter für Fachkräfte',
  /** Search page: button that applies the filters. */
  'search.apply': 'Filter anwenden',
  /** Search page: link that removes all filters. */
  'search.reset': 'Alle Filter entfernen',
  /** Search page: name of the result list. */
  'search.resultsLabel': 'Suchergebnisse',
  /** Search filter: kind of entry. */
  'search.facet.kind': 'Art des Eintrags',
  /** Search filter: topic. */
  'search.facet.topic': 'Thema',
  /** Search filter: target group. */
  'search.facet.group': 'Zielgruppe',
  /** Search filter: residence status (entries without a condition always fit). */
  'search.facet.status': 'Aufenthaltsstatus',
  /** Search filter: language spoken by the staff. */
  'search.facet.language': 'Gesprochene Sprache',
  /** Search filter: district where the place is or which it serves. */
  'search.facet.district': 'Stadtteil',
  /** Search filter: how an organisation stands to the immigration office (level 1–5 of its agreements, or its relation without one). */
  'search.facet.level': 'Zusammenarbeit mit der Ausländerbehörde',
  /** Search filter group: age and "open now". */
  'search.facet.more': 'Alter und Öffnungszeit',
  /** Search filter: age of the person in years. */
  'search.facet.age': 'Alter der Person (Jahre)',
  /** Search filter group: cost. */
  'search.facet.cost': 'Kosten',
  /** Search filter and counselling comparison: only offers free of charge. */
  'search.facet.free': 'Nur kostenlose Angebote',
  /** Finder: page title and links to it. */
  'finder.title': 'Wer ist zuständig?',
  /** Finder: first sentence on the start page. */
  'finder.intro': 'In wenigen Schritten zur zuständigen Stelle und zu passender Beratung.',
  /** Search: comma-separated words people type to find the finder, its everyday name first. Not shown. */
  'finder.searchWords': 'Zuständigkeitsfinder, zuständig, Zuständigkeit, welches Amt, wohin gehen, wer hilft, Anliegen',
  /** Finder step 1: heading. */
  'finder.stepMatter': 'Worum geht es?',
  /** Finder step: heading of the age question. */
  'finder.stepAge': 'Wie alt sind Sie?',
  /** Finder step: heading of the residence status question. */
  'finder.stepStatus': 'Welchen Aufenthaltsstatus haben Sie?',
  /** Finder step: heading of the district question. */
  'finder.stepDistrict': 'In welchem Stadtteil wohnen Sie?',
  /** Finder: hint under a matter's title for counsellors answering for a client (neutral wording). */
  'finder.forSomeoneElse':
    'Sie fragen für eine andere Person, zum Beispiel in der Beratung? Dann beantworten Sie die Fragen für diese Person.',
  /** Finder: button after typing the age. */
  'finder.next': 'Weiter',
  /** Finder: an age given in years (the answer, and an age range of a single year). */
  'finder.ageYears': 'Alter: {age}',
  /** Finder: heading of the outcome once every question is answered. */
  'finder.result': 'Ihr Ergebnis',
  /** Finder: read out by screen readers when the result appears. */
  'finder.resultAnnounce': 'Ergebnis angezeigt. Zuständige Stelle: {office}. Passende Beratungsangebote: {count}.',
  /** Finder: link to the counselling comparison with the answers pre-set. */
  'finder.needCounselling': 'Ich brauche Beratung',
  /** Finder: heading of every outcome by residence status (readable without JavaScript). */
  'finder.overview': 'Alle Situationen im Überblick',
  /** Finder: how to read the overview. */
  'finder.overviewHint': 'Öffnen Sie Ihren Aufenthaltsstatus. Bei jedem Angebot steht, für welches Alter und welche Stadtteile es gilt.',
  /** Finder overview: the group for people who do not know their residence status. */
  'finder.statusUnknown': 'Aufenthaltsstatus nicht bekannt',
  /** Finder: age range "younger than N" (where an offer applies). */
  'finder.ageBelow': 'jünger als {age} Jahre',
  /** Finder: age range "from N to M". */
  'finder.ageRange': '{min} bis {max} Jahre',
  /** Finder: age range "N or older". */
  'finder.ageFrom': '{min} Jahre oder älter',
  /** Finder: choice "don't know / does not matter". */
  'finder.any': 'Weiß ich nicht',
  /** Finder: status choice for any status not listed. */
  'finder.otherStatus': 'Ein anderer Status',
  /** Finder result: heading of the responsible office. */
  'finder.office': 'Zuständige Stelle',
  /** Finder result: heading of fitting counselling services. */
  'finder.services': 'Passende Beratung',
  /** Finder result: no counselling service fits. */
  'finder.noServices': 'Für diese Angaben ist keine Beratung eingetragen. Allgemeine Beratung finden Sie über die Suche.',
  /** Finder result: the chosen matter does not apply to the chosen situation. */
  'finder.notEligible': 'Nach unseren Angaben gilt das für Sie nicht. Prüfen Sie Ihre Angaben oder fragen Sie eine Beratungsstelle.',
  /** Finder result: other responsibilities that fit instead. */
  'finder.alternatives': 'Stattdessen oder danach zuständig',
  /** Finder result: heading of the answers given. */
  'finder.answers': 'Ihre Angaben',
  /** Finder: button next to an answer to change it. */
  'finder.change': 'ändern',
  /** Finder: link back to the start. */
  'finder.startOver': 'Neu beginnen',
  /** Finder result: which team handles the case (allocation). */
  'finder.team': 'Wer dort zuständig ist',
  /** Finder result: link to the full entry. */
  'finder.details': 'Alle Einzelheiten',
  /** Map page: title and links to it. */
  'geomap.title': 'Karte aller Standorte',
  /** Description of the map of all locations; search finds the map by its words. */
  'geomap.description':
    'Alle Ämter, Beratungsstellen, Vereine und Projekte mit Adresse auf einem Stadtplan, dazu dieselben Orte als Liste.',
  /** Search: comma-separated words people type to find the map of all locations, its everyday name first. Not shown. */
  'geomap.searchWords': 'Karte, Stadtplan, Lageplan, Standorte, Adressen, in der Nähe, Umgebung',
  /** Map page: first sentence. */
  'geomap.intro': 'Die Liste unter der Karte enthält dieselben Orte und lässt sich ohne Karte nutzen.',
  /** Map page: topic filter label. */
  'geomap.filterTopic': 'Thema',
  /** Map page: topic filter choice "all". */
  'geomap.allTopics': 'Alle Themen',
  /** Map page: button that applies the topic filter (without JavaScript). */
  'geomap.show': 'Anzeigen',
  /** Map page: why the background map needs consent; {host} is the tile server. */
  'geomap.consentText': 'Die Hintergrundkarte kommt von {host}. Wenn Sie sie laden, erfährt dieser Server Ihre IP-Adresse.',
  /** Map page: button to allow the background map. */
  'geomap.consentButton': 'Hintergrundkarte laden',
  /** Map page: button to stop loading the background map. */
  'geomap.consentRevoke': 'Hintergrundkarte nicht mehr laden',
  /** Map page: name of the interactive map for screen readers. */
  'geomap.region': 'Interaktive Karte (die Liste darunter enthält dieselben Orte)',
  /** Map page: heading of the list of places. */
  'geomap.list': 'Orte als Liste',
  /** Map page: number of places shown. */
  'geomap.count': { one: '{count} Ort', other: '{count} Orte' },
  /** Map page: heading of the colour legend. */
  'geomap.legend': 'Farben der Punkte',
  /** Entry page: name of the small position sketch (no background map). */
  'geomap.locator': 'Lage im Stadtgebiet',
} as const;

/**
 * Text building blocks of the synthetic data set, in all seven languages Lotse ships. The
 * generator combines them into titles, summaries and descriptions, so the set reads like a real
 * directory (long German compounds, right-to-left scripts, Cyrillic) without any real data.
 */

export const phraseLocales = ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru'] as const;
/** A language of the phrase banks. */
export type PhraseLocale = (typeof phraseLocales)[number];
/** One phrase in every language. */
export type Phrase = Record<PhraseLocale, string>;

function p(de: string, en: string, ar: string, fa: string, tr: string, uk: string, ru: string): Phrase {
  return { de, en, ar, fa, tr, uk, ru };
}

/** Fields of work, with the vocabulary id they belong to. */
export const topics: { id: string; name: Phrase }[] = [
  { id: 'aufenthalt', name: p('Aufenthalt', 'residence', 'الإقامة', 'اقامت', 'oturum', 'перебування', 'пребывание') },
  {
    id: 'arbeit',
    name: p('Arbeit und Beruf', 'work and jobs', 'العمل والمهنة', 'کار و شغل', 'iş ve meslek', 'робота і професія', 'работа и профессия'),
  },
  {
    id: 'sprache',
    name: p(
      'Deutsch lernen',
      'learning German',
      'تعلم الألمانية',
      'یادگیری زبان آلمانی',
      'Almanca öğrenme',
      'вивчення німецької',
      'изучение немецкого',
    ),
  },
  { id: 'wohnen', name: p('Wohnen', 'housing', 'السكن', 'مسکن', 'konut', 'житло', 'жильё') },
  { id: 'gesundheit', name: p('Gesundheit', 'health', 'الصحة', 'سلامت', 'sağlık', "здоров'я", 'здоровье') },
  {
    id: 'familie',
    name: p(
      'Familie und Kinder',
      'family and children',
      'الأسرة والأطفال',
      'خانواده و کودکان',
      'aile ve çocuklar',
      "сім'я і діти",
      'семья и дети',
    ),
  },
  {
    id: 'bildung',
    name: p(
      'Schule und Ausbildung',
      'school and training',
      'المدرسة والتدريب المهني',
      'مدرسه و آموزش حرفه‌ای',
      'okul ve meslek eğitimi',
      'школа і навчання',
      'школа и обучение',
    ),
  },
  {
    id: 'anerkennung',
    name: p(
      'Anerkennung von Abschlüssen',
      'recognition of qualifications',
      'الاعتراف بالشهادات',
      'به رسمیت شناختن مدارک',
      'diploma denkliği',
      'визнання дипломів',
      'признание дипломов',
    ),
  },
  { id: 'einbuergerung', name: p('Einbürgerung', 'naturalisation', 'التجنس', 'تابعیت', 'vatandaşlık', 'натуралізація', 'натурализация') },
  { id: 'asyl', name: p('Asyl und Flucht', 'asylum and refuge', 'اللجوء', 'پناهندگی', 'iltica', 'притулок', 'убежище') },
  {
    id: 'soziales',
    name: p(
      'Geld und Sozialleistungen',
      'money and benefits',
      'المال والمساعدات الاجتماعية',
      'پول و کمک‌های اجتماعی',
      'para ve sosyal yardımlar',
      'гроші та соціальні виплати',
      'деньги и социальные выплаты',
    ),
  },
  {
    id: 'begegnung',
    name: p(
      'Begegnung und Freizeit',
      'meeting people and leisure',
      'اللقاء والترفيه',
      'دیدار و اوقات فراغت',
      'buluşma ve boş zaman',
      'зустрічі та дозвілля',
      'встречи и досуг',
    ),
  },
];

/** Kinds of organisation for titles such as "Familienzentrum Nordstadt". */
export const organisationKinds: Phrase[] = [
  p('Familienzentrum', 'Family centre', 'مركز الأسرة', 'مرکز خانواده', 'Aile Merkezi', 'Сімейний центр', 'Семейный центр'),
  p(
    'Beratungszentrum',
    'Counselling centre',
    'مركز الاستشارات',
    'مرکز مشاوره',
    'Danışma Merkezi',
    'Консультаційний центр',
    'Консультационный центр',
  ),
  p('Stadtteilbüro', 'Neighbourhood office', 'مكتب الحي', 'دفتر محله', 'Semt Bürosu', 'Районний офіс', 'Районный офис'),
  p('Bildungswerk', 'Adult education centre', 'مؤسسة التعليم', 'مؤسسه آموزشی', 'Eğitim Kurumu', 'Освітній центр', 'Образовательный центр'),
  p('Fachdienst Migration', 'Migration service', 'خدمة الهجرة', 'خدمات مهاجرت', 'Göç Hizmeti', 'Служба міграції', 'Служба миграции'),
  p('Begegnungsstätte', 'Community centre', 'مركز اللقاء', 'خانه دیدار', 'Buluşma Yeri', 'Центр зустрічей', 'Центр встреч'),
  p(
    'Gesundheitsamt – Außenstelle',
    'Health office – branch',
    'مكتب الصحة – فرع',
    'اداره بهداشت – شعبه',
    'Sağlık Dairesi – Şube',
    'Відділ охорони здоров’я – філія',
    'Отдел здравоохранения – филиал',
  ),
  p('Sprachschule', 'Language school', 'مدرسة اللغة', 'آموزشگاه زبان', 'Dil Okulu', 'Мовна школа', 'Языковая школа'),
  p(
    'Jugendmigrationsdienst',
    'Youth migration service',
    'خدمة هجرة الشباب',
    'خدمات مهاجرت جوانان',
    'Gençlik Göç Servisi',
    'Молодіжна міграційна служба',
    'Молодёжная миграционная служба',
  ),
  p('Bürgerbüro', "Citizens' office", 'مكتب المواطنين', 'دفتر خدمات شهروندی', 'Vatandaş Bürosu', 'Бюро громадян', 'Бюро граждан'),
];

/** Name parts of providers; proper names stay as they are in every language. */
export const providerNames = [
  'St. Martin',
  'Am Markt',
  'Lindenhof',
  'Brückenschlag',
  'Regenbogen',
  'Sonnenhof',
  'Kompass',
  'Mosaik',
  'Horizont',
  'Miteinander',
  'Ankerplatz',
  'Weitblick',
];

/** Associations. */
export const associationKinds: Phrase[] = [
  p(
    'Kulturverein',
    'Cultural association',
    'جمعية ثقافية',
    'انجمن فرهنگی',
    'Kültür Derneği',
    'Культурне товариство',
    'Культурное общество',
  ),
  p('Elternnetzwerk', 'Parents’ network', 'شبكة أولياء الأمور', 'شبکه والدین', 'Veli Ağı', 'Мережа батьків', 'Сеть родителей'),
  p('Frauencafé', 'Women’s café', 'مقهى النساء', 'کافه زنان', 'Kadın Kafesi', 'Жіноче кафе', 'Женское кафе'),
  p(
    'Initiative Willkommen',
    'Welcome initiative',
    'مبادرة الترحيب',
    'ابتکار خوش‌آمدگویی',
    'Hoş Geldin Girişimi',
    'Ініціатива «Ласкаво просимо»',
    'Инициатива «Добро пожаловать»',
  ),
  p('Sportverein', 'Sports club', 'نادٍ رياضي', 'باشگاه ورزشی', 'Spor Kulübü', 'Спортивний клуб', 'Спортивный клуб'),
  p(
    'Nachbarschaftshilfe',
    'Neighbourhood help',
    'مساعدة الجيران',
    'کمک همسایگان',
    'Komşu Yardımı',
    'Сусідська допомога',
    'Соседская помощь',
  ),
  p(
    'Migrantenorganisation',
    'Migrant organisation',
    'منظمة المهاجرين',
    'سازمان مهاجران',
    'Göçmen Örgütü',
    'Організація мігрантів',
    'Организация мигрантов',
  ),
  p(
    'Lernpatenschaften',
    'Learning mentors',
    'رعاة التعلم',
    'مربیان یادگیری',
    'Öğrenme Mentorları',
    'Наставники з навчання',
    'Наставники по учёбе',
  ),
];

/** Activities of associations and services of projects. */
export const activities: Phrase[] = [
  p('Sprachcafé', 'Language café', 'مقهى اللغة', 'کافه زبان', 'Dil kafesi', 'Мовне кафе', 'Языковое кафе'),
  p(
    'Hausaufgabenhilfe',
    'Homework help',
    'المساعدة في الواجبات',
    'کمک در تکالیف',
    'Ödev yardımı',
    'Допомога з домашніми завданнями',
    'Помощь с домашними заданиями',
  ),
  p(
    'Begleitung zu Ämtern',
    'Accompanying people to offices',
    'المرافقة إلى الدوائر الرسمية',
    'همراهی به ادارات',
    'Resmi dairelere refakat',
    'Супровід до установ',
    'Сопровождение в учреждения',
  ),
  p(
    'Fahrradwerkstatt',
    'Bicycle workshop',
    'ورشة الدراجات',
    'کارگاه دوچرخه',
    'Bisiklet atölyesi',
    'Велосипедна майстерня',
    'Велосипедная мастерская',
  ),
  p('Kochabende', 'Cooking evenings', 'أمسيات الطبخ', 'شب‌های آشپزی', 'Yemek akşamları', 'Кулінарні вечори', 'Кулинарные вечера'),
  p(
    'Frauenschwimmen',
    'Swimming for women',
    'سباحة للنساء',
    'شنای بانوان',
    'Kadınlar için yüzme',
    'Плавання для жінок',
    'Плавание для женщин',
  ),
  p(
    'Bewerbungstraining',
    'Job application training',
    'تدريب على طلبات العمل',
    'آموزش درخواست کار',
    'Başvuru eğitimi',
    'Тренінг з подання резюме',
    'Тренинг по составлению резюме',
  ),
  p(
    'Kinderbetreuung während der Kurse',
    'Childcare during courses',
    'رعاية الأطفال أثناء الدورات',
    'مراقبت از کودکان در طول دوره‌ها',
    'Kurs sırasında çocuk bakımı',
    'Догляд за дітьми під час курсів',
    'Присмотр за детьми во время курсов',
  ),
];

/** Matters people bring to an office ("Anliegen"), as they would say them. */
export const matters: { topic: string; name: Phrase }[] = [
  {
    topic: 'aufenthalt',
    name: p(
      'Aufenthaltstitel verlängern',
      'Extend a residence permit',
      'تمديد تصريح الإقامة',
      'تمدید اجازه اقامت',
      'Oturum iznini uzatma',
      'Продовжити дозвіл на проживання',
      'Продлить вид на жительство',
    ),
  },
  {
    topic: 'aufenthalt',
    name: p(
      'Niederlassungserlaubnis beantragen',
      'Apply for a settlement permit',
      'طلب تصريح الإقامة الدائمة',
      'درخواست اقامت دائم',
      'Süresiz oturum başvurusu',
      'Подати заяву на постійний дозвіл',
      'Подать заявление на бессрочный вид на жительство',
    ),
  },
  {
    topic: 'aufenthalt',
    name: p(
      'Wohnsitz anmelden',
      'Register your address',
      'تسجيل السكن',
      'ثبت محل سکونت',
      'İkamet kaydı yaptırma',
      'Зареєструвати місце проживання',
      'Зарегистрировать место жительства',
    ),
  },
  {
    topic: 'arbeit',
    name: p(
      'Bürgergeld beantragen',
      "Apply for citizen's income",
      'طلب إعانة المواطن',
      'درخواست کمک‌هزینه شهروندی',
      'Vatandaş parası başvurusu',
      'Подати заяву на громадянську допомогу',
      'Подать заявление на гражданское пособие',
    ),
  },
  {
    topic: 'arbeit',
    name: p(
      'Arbeitserlaubnis erhalten',
      'Get a work permit',
      'الحصول على تصريح العمل',
      'دریافت مجوز کار',
      'Çalışma izni alma',
      'Отримати дозвіл на роботу',
      'Получить разрешение на работу',
    ),
  },
  {
    topic: 'sprache',
    name: p(
      'Integrationskurs finden',
      'Find an integration course',
      'إيجاد دورة الاندماج',
      'پیدا کردن دوره ادغام',
      'Uyum kursu bulma',
      'Знайти інтеграційний курс',
      'Найти интеграционный курс',
    ),
  },
  {
    topic: 'sprache',
    name: p(
      'Berechtigung zum Deutschkurs klären',
      'Check eligibility for a German course',
      'التحقق من أهلية دورة الألمانية',
      'بررسی حق شرکت در کلاس آلمانی',
      'Almanca kursu hakkını öğrenme',
      "З'ясувати право на курс німецької",
      'Выяснить право на курс немецкого',
    ),
  },
  {
    topic: 'wohnen',
    name: p(
      'Wohnberechtigungsschein beantragen',
      'Apply for a housing entitlement certificate',
      'طلب شهادة استحقاق السكن',
      'درخواست گواهی حق مسکن',
      'Konut hakkı belgesi başvurusu',
      'Подати заяву на довідку про право на житло',
      'Подать заявление на справку о праве на жильё',
    ),
  },
  {
    topic: 'wohnen',
    name: p(
      'Wohngeld beantragen',
      'Apply for housing benefit',
      'طلب بدل السكن',
      'درخواست کمک‌هزینه مسکن',
      'Kira yardımı başvurusu',
      'Подати заяву на житлову допомогу',
      'Подать заявление на жилищное пособие',
    ),
  },
  {
    topic: 'gesundheit',
    name: p(
      'Krankenversicherung klären',
      'Sort out health insurance',
      'تسوية التأمين الصحي',
      'روشن کردن وضعیت بیمه درمانی',
      'Sağlık sigortasını netleştirme',
      'Вирішити питання медичного страхування',
      'Решить вопрос медицинской страховки',
    ),
  },
  {
    topic: 'gesundheit',
    name: p(
      'Schuleingangsuntersuchung',
      'School entry health check',
      'الفحص الطبي لدخول المدرسة',
      'معاینه ورود به مدرسه',
      'Okul giriş muayenesi',
      'Медогляд перед школою',
      'Медосмотр перед школой',
    ),
  },
  {
    topic: 'familie',
    name: p(
      'Kindergeld beantragen',
      'Apply for child benefit',
      'طلب إعانة الأطفال',
      'درخواست کمک‌هزینه فرزند',
      'Çocuk parası başvurusu',
      'Подати заяву на допомогу на дітей',
      'Подать заявление на детское пособие',
    ),
  },
  {
    topic: 'familie',
    name: p(
      'Kitaplatz finden',
      'Find a nursery place',
      'إيجاد مكان في الحضانة',
      'پیدا کردن جای مهدکودک',
      'Kreş yeri bulma',
      'Знайти місце в дитсадку',
      'Найти место в детском саду',
    ),
  },
  {
    topic: 'familie',
    name: p(
      'Familiennachzug beantragen',
      'Apply for family reunification',
      'طلب لم شمل الأسرة',
      'درخواست پیوستن خانواده',
      'Aile birleşimi başvurusu',
      "Подати заяву на возз'єднання сім'ї",
      'Подать заявление на воссоединение семьи',
    ),
  },
  {
    topic: 'bildung',
    name: p(
      'Schulplatz für Kinder finden',
      'Find a school place for children',
      'إيجاد مقعد دراسي للأطفال',
      'پیدا کردن جای مدرسه برای کودکان',
      'Çocuklar için okul yeri bulma',
      'Знайти місце в школі для дітей',
      'Найти место в школе для детей',
    ),
  },
  {
    topic: 'bildung',
    name: p(
      'Ausbildungsplatz suchen',
      'Look for an apprenticeship',
      'البحث عن مكان تدريب مهني',
      'جستجوی جای کارآموزی',
      'Meslek eğitimi yeri arama',
      'Шукати місце для профнавчання',
      'Искать место для профобучения',
    ),
  },
  {
    topic: 'anerkennung',
    name: p(
      'Berufsabschluss anerkennen lassen',
      'Have a vocational qualification recognised',
      'الاعتراف بالشهادة المهنية',
      'به رسمیت شناختن مدرک حرفه‌ای',
      'Meslek diplomasını tanıtma',
      'Визнати професійну кваліфікацію',
      'Признать профессиональную квалификацию',
    ),
  },
  {
    topic: 'anerkennung',
    name: p(
      'Schulzeugnis bewerten lassen',
      'Have a school certificate evaluated',
      'تقييم الشهادة المدرسية',
      'ارزیابی مدرک مدرسه',
      'Okul diplomasını değerlendirme',
      'Оцінити шкільний атестат',
      'Оценить школьный аттестат',
    ),
  },
  {
    topic: 'einbuergerung',
    name: p(
      'Einbürgerung beantragen',
      'Apply for naturalisation',
      'طلب التجنس',
      'درخواست تابعیت',
      'Vatandaşlık başvurusu',
      'Подати заяву на громадянство',
      'Подать заявление на гражданство',
    ),
  },
  {
    topic: 'asyl',
    name: p(
      'Leistungen nach dem AsylbLG erhalten',
      'Receive benefits under the AsylbLG',
      'الحصول على مساعدات قانون طالبي اللجوء',
      'دریافت کمک طبق قانون پناهجویان',
      'AsylbLG kapsamında yardım alma',
      'Отримати виплати за AsylbLG',
      'Получить выплаты по AsylbLG',
    ),
  },
  {
    topic: 'asyl',
    name: p(
      'Wohnsitzauflage ändern',
      'Change a residence obligation',
      'تغيير شرط الإقامة',
      'تغییر الزام محل سکونت',
      'İkamet zorunluluğunu değiştirme',
      'Змінити обов’язок щодо місця проживання',
      'Изменить обязательство по месту жительства',
    ),
  },
  {
    topic: 'soziales',
    name: p(
      'Rundfunkbeitrag befreien lassen',
      'Get exempted from the broadcasting fee',
      'الإعفاء من رسوم البث',
      'معافیت از هزینه رادیو و تلویزیون',
      'Yayın ücretinden muafiyet',
      'Звільнення від збору за мовлення',
      'Освобождение от взноса за вещание',
    ),
  },
  {
    topic: 'soziales',
    name: p(
      'Schulden- und Budgetberatung',
      'Debt and budget advice',
      'استشارة الديون والميزانية',
      'مشاوره بدهی و بودجه',
      'Borç ve bütçe danışmanlığı',
      'Консультація з боргів і бюджету',
      'Консультация по долгам и бюджету',
    ),
  },
];

/** Counselling services. */
export const serviceKinds: { programme: string; name: Phrase; ageMin?: number; ageMax?: number }[] = [
  {
    programme: 'mbe',
    ageMin: 27,
    name: p(
      'Migrationsberatung für Erwachsene',
      'Migration counselling for adults',
      'الاستشارة للمهاجرين البالغين',
      'مشاوره مهاجرت برای بزرگسالان',
      'Yetişkinler için göç danışmanlığı',
      'Міграційна консультація для дорослих',
      'Миграционная консультация для взрослых',
    ),
  },
  {
    programme: 'jmd',
    ageMin: 12,
    ageMax: 27,
    name: p(
      'Jugendmigrationsdienst',
      'Youth migration service',
      'خدمة هجرة الشباب',
      'خدمات مهاجرت جوانان',
      'Gençlik göç servisi',
      'Молодіжна міграційна служба',
      'Молодёжная миграционная служба',
    ),
  },
  {
    programme: 'fib',
    name: p(
      'Flüchtlings- und Integrationsberatung',
      'Refugee and integration counselling',
      'استشارة اللاجئين والاندماج',
      'مشاوره پناهندگان و ادغام',
      'Mülteci ve uyum danışmanlığı',
      'Консультація для біженців та з інтеграції',
      'Консультация для беженцев и по интеграции',
    ),
  },
  {
    programme: 'asylsozialberatung',
    name: p(
      'Asylsozialberatung',
      'Social counselling for asylum seekers',
      'الاستشارة الاجتماعية لطالبي اللجوء',
      'مشاوره اجتماعی پناهجویان',
      'Sığınmacılar için sosyal danışmanlık',
      'Соціальна консультація для шукачів притулку',
      'Социальная консультация для просителей убежища',
    ),
  },
  {
    programme: 'iq',
    name: p(
      'Anerkennungs- und Qualifizierungsberatung',
      'Recognition and qualification advice',
      'استشارة الاعتراف والتأهيل',
      'مشاوره شناسایی مدارک و مهارت‌آموزی',
      'Denklik ve nitelik danışmanlığı',
      'Консультація з визнання та кваліфікації',
      'Консультация по признанию и квалификации',
    ),
  },
  {
    programme: 'mbe',
    name: p(
      'Sozialberatung für Zugewanderte',
      'Social counselling for newcomers',
      'الاستشارة الاجتماعية للقادمين الجدد',
      'مشاوره اجتماعی برای تازه‌واردان',
      'Yeni gelenler için sosyal danışmanlık',
      'Соціальна консультація для новоприбулих',
      'Социальная консультация для вновь прибывших',
    ),
  },
];

/** Projects and contact points. */
export const projectNames: Phrase[] = [
  p('Ankommen in', 'Arriving in', 'الوصول إلى', 'رسیدن به', 'Varış:', 'Прибуття до', 'Прибытие в'),
  p('Mentoring Plus', 'Mentoring Plus', 'الإرشاد بلس', 'منتورینگ پلاس', 'Mentorluk Plus', 'Менторство Плюс', 'Менторство Плюс'),
  p('Sprachbrücke', 'Language bridge', 'جسر اللغة', 'پل زبان', 'Dil Köprüsü', 'Мовний міст', 'Языковой мост'),
  p(
    'Job-Lotsen',
    'Job guides',
    'مرشدو العمل',
    'راهنمایان شغلی',
    'İş Rehberleri',
    'Провідники у працевлаштуванні',
    'Проводники в трудоустройстве',
  ),
  p(
    'Gesundheitslotsen',
    'Health guides',
    'مرشدو الصحة',
    'راهنمایان سلامت',
    'Sağlık Rehberleri',
    "Провідники у сфері здоров'я",
    'Проводники в сфере здоровья',
  ),
  p('Stark im Beruf', 'Strong at work', 'قوية في العمل', 'قوی در شغل', 'Meslekte Güçlü', 'Сильні в професії', 'Сильные в профессии'),
  p('Elterncafé', 'Parents’ café', 'مقهى الأهل', 'کافه والدین', 'Veli Kafesi', 'Батьківське кафе', 'Родительское кафе'),
  p(
    'Wohnungslotsen',
    'Housing guides',
    'مرشدو السكن',
    'راهنمایان مسکن',
    'Konut Rehberleri',
    'Провідники з пошуку житла',
    'Проводники по поиску жилья',
  ),
];

/** Networks. */
export const networkNames: Phrase[] = [
  p('Arbeitskreis', 'Working group', 'فريق عمل', 'کارگروه', 'Çalışma Grubu', 'Робоча група', 'Рабочая группа'),
  p('Runder Tisch', 'Round table', 'طاولة مستديرة', 'میز گرد', 'Yuvarlak Masa', 'Круглий стіл', 'Круглый стол'),
  p('Steuerungsgruppe', 'Steering group', 'مجموعة التوجيه', 'گروه راهبری', 'Yönlendirme Grubu', 'Керівна група', 'Руководящая группа'),
  p('Austauschforum', 'Exchange forum', 'منتدى التبادل', 'انجمن تبادل', 'Paylaşım Forumu', 'Форум обміну', 'Форум обмена'),
  p(
    'Stadtteilkonferenz',
    'Neighbourhood conference',
    'مؤتمر الحي',
    'کنفرانس محله',
    'Semt Konferansı',
    'Районна конференція',
    'Районная конференция',
  ),
];

/** Documents for checklists. */
export const documents: Phrase[] = [
  p(
    'Gültiger Reisepass oder Passersatz',
    'Valid passport or substitute passport',
    'جواز سفر ساري المفعول أو بديل',
    'گذرنامه معتبر یا جایگزین آن',
    'Geçerli pasaport veya pasaport yerine geçen belge',
    'Дійсний паспорт або замінний документ',
    'Действующий паспорт или заменяющий документ',
  ),
  p(
    'Biometrisches Passfoto',
    'Biometric passport photo',
    'صورة شخصية بيومترية',
    'عکس بیومتریک',
    'Biyometrik vesikalık fotoğraf',
    'Біометричне фото',
    'Биометрическая фотография',
  ),
  p(
    'Meldebescheinigung',
    'Certificate of registration',
    'شهادة تسجيل السكن',
    'گواهی ثبت محل سکونت',
    'İkamet belgesi',
    'Довідка про реєстрацію',
    'Справка о регистрации',
  ),
  p('Mietvertrag', 'Tenancy agreement', 'عقد الإيجار', 'قرارداد اجاره', 'Kira sözleşmesi', 'Договір оренди', 'Договор аренды'),
  p(
    'Lohnabrechnungen der letzten drei Monate',
    'Payslips for the last three months',
    'كشوف الرواتب لآخر ثلاثة أشهر',
    'فیش حقوقی سه ماه گذشته',
    'Son üç ayın maaş bordroları',
    'Розрахункові листи за останні три місяці',
    'Расчётные листы за последние три месяца',
  ),
  p(
    'Nachweis über die Krankenversicherung',
    'Proof of health insurance',
    'إثبات التأمين الصحي',
    'مدرک بیمه درمانی',
    'Sağlık sigortası belgesi',
    'Підтвердження медичного страхування',
    'Подтверждение медицинской страховки',
  ),
  p(
    'Geburtsurkunden der Kinder',
    'Birth certificates of the children',
    'شهادات ميلاد الأطفال',
    'شناسنامه کودکان',
    'Çocukların doğum belgeleri',
    'Свідоцтва про народження дітей',
    'Свидетельства о рождении детей',
  ),
  p(
    'Bescheid des Jobcenters',
    'Notice from the Jobcenter',
    'قرار مركز العمل',
    'حکم جاب‌سنتر',
    'Jobcenter kararı',
    'Рішення Jobcenter',
    'Решение Jobcenter',
  ),
  p(
    'Zeugnisse mit Übersetzung',
    'Certificates with translation',
    'الشهادات مع الترجمة',
    'مدارک به همراه ترجمه',
    'Tercümeli diplomalar',
    'Атестати з перекладом',
    'Аттестаты с переводом',
  ),
  p(
    'Aufenthaltstitel oder Fiktionsbescheinigung',
    'Residence permit or provisional certificate',
    'تصريح الإقامة أو شهادة الاستمرارية',
    'اجازه اقامت یا گواهی موقت',
    'Oturum izni veya geçici belge',
    'Дозвіл на проживання або тимчасова довідка',
    'Вид на жительство или временная справка',
  ),
  p(
    'Nachweis über Deutschkenntnisse',
    'Proof of German skills',
    'إثبات معرفة اللغة الألمانية',
    'مدرک زبان آلمانی',
    'Almanca bilgisi belgesi',
    'Підтвердження знання німецької',
    'Подтверждение знания немецкого',
  ),
  p(
    'Kontoauszüge',
    'Bank statements',
    'كشوف الحساب البنكي',
    'صورت‌حساب بانکی',
    'Banka hesap dökümleri',
    'Банківські виписки',
    'Банковские выписки',
  ),
];

/** Sentences for descriptions; {topic} and {district} are filled in. */
export const sentences: Phrase[] = [
  p(
    'Wir beraten kostenlos und vertraulich zu allen Fragen rund um {topic}.',
    'We give free and confidential advice on all questions about {topic}.',
    'نقدم استشارة مجانية وسرية في جميع الأسئلة المتعلقة بـ{topic}.',
    'ما به‌طور رایگان و محرمانه درباره همه پرسش‌های مربوط به {topic} مشاوره می‌دهیم.',
    '{topic} ile ilgili tüm sorularda ücretsiz ve gizli danışmanlık veriyoruz.',
    'Ми безкоштовно та конфіденційно консультуємо з усіх питань щодо теми «{topic}».',
    'Мы бесплатно и конфиденциально консультируем по всем вопросам на тему «{topic}».',
  ),
  p(
    'Termine gibt es nach Absprache, auch am Abend.',
    'Appointments are available by arrangement, also in the evening.',
    'المواعيد متاحة بالاتفاق، حتى في المساء.',
    'وقت ملاقات با هماهنگی و حتی عصرها ممکن است.',
    'Randevular anlaşmaya göre, akşamları da verilir.',
    'Зустрічі за домовленістю, також увечері.',
    'Встречи по договорённости, в том числе вечером.',
  ),
  p(
    'Bitte bringen Sie alle Briefe mit, die Sie zu Ihrem Anliegen bekommen haben.',
    'Please bring all letters you have received about your matter.',
    'يرجى إحضار جميع الرسائل التي تلقيتها بخصوص طلبك.',
    'لطفاً همه نامه‌هایی را که درباره موضوع خود دریافت کرده‌اید همراه بیاورید.',
    'Lütfen konunuzla ilgili aldığınız tüm mektupları getirin.',
    'Будь ласка, візьміть із собою всі листи, які ви отримали щодо вашого питання.',
    'Пожалуйста, возьмите с собой все письма, полученные по вашему вопросу.',
  ),
  p(
    'Das Angebot richtet sich an Menschen aus dem Stadtteil {district} und ist barrierefrei erreichbar.',
    'The service is for people from the {district} district and has step-free access.',
    'الخدمة موجهة لسكان حي {district} ويمكن الوصول إليها دون عوائق.',
    'این خدمات برای ساکنان محله {district} است و بدون مانع قابل دسترسی است.',
    'Hizmet {district} semtinde yaşayanlara yöneliktir ve engelsiz ulaşılabilir.',
    'Послуга призначена для мешканців району {district}, вхід без бар’єрів.',
    'Услуга предназначена для жителей района {district}, вход без барьеров.',
  ),
  p(
    'Bei Bedarf organisieren wir eine Sprachmittlung.',
    'If needed, we arrange an interpreter.',
    'عند الحاجة ننظم خدمة الترجمة الشفوية.',
    'در صورت نیاز مترجم فراهم می‌کنیم.',
    'Gerekirse tercüman ayarlıyoruz.',
    'За потреби ми організовуємо перекладача.',
    'При необходимости мы организуем переводчика.',
  ),
  p(
    'Wir arbeiten eng mit der Ausländerbehörde, dem Jobcenter und den Beratungsstellen vor Ort zusammen.',
    'We work closely with the local immigration office, the Jobcenter and the counselling services.',
    'نتعاون بشكل وثيق مع دائرة الأجانب ومركز العمل ومراكز الاستشارة المحلية.',
    'ما از نزدیک با اداره اتباع خارجی، جاب‌سنتر و مراکز مشاوره محلی همکاری می‌کنیم.',
    'Yerel yabancılar dairesi, Jobcenter ve danışma merkezleriyle yakın çalışıyoruz.',
    'Ми тісно співпрацюємо з місцевим відомством у справах іноземців, Jobcenter та консультаційними службами.',
    'Мы тесно сотрудничаем с местным ведомством по делам иностранцев, Jobcenter и консультационными службами.',
  ),
];

/** Summaries per collection; {name}, {topic}, {district}, {matter} are filled in. */
export const summaries: Record<string, Phrase> = {
  organisations: p(
    '{name} in {district}: Beratung und Unterstützung zu {topic}.',
    '{name} in {district}: advice and support on {topic}.',
    '{name} في {district}: استشارة ودعم في مجال {topic}.',
    '{name} در {district}: مشاوره و پشتیبانی در زمینه {topic}.',
    '{district} semtinde {name}: {topic} konusunda danışmanlık ve destek.',
    '{name} у районі {district}: консультації та підтримка з теми «{topic}».',
    '{name} в районе {district}: консультации и поддержка по теме «{topic}».',
  ),
  associations: p(
    'Ehrenamtlicher Verein in {district} mit Angeboten zu {topic}.',
    'Volunteer association in {district} with activities on {topic}.',
    'جمعية تطوعية في {district} تقدم أنشطة في مجال {topic}.',
    'انجمن داوطلبانه در {district} با برنامه‌هایی درباره {topic}.',
    '{district} semtinde {topic} konusunda etkinlikler sunan gönüllü dernek.',
    'Волонтерське об’єднання в районі {district} із заходами на тему «{topic}».',
    'Волонтёрское объединение в районе {district} с мероприятиями на тему «{topic}».',
  ),
  responsibilities: p(
    'Wer ist zuständig, wenn Sie „{matter}“ möchten? Hier finden Sie die Stelle, den Weg zum Termin und was Sie mitbringen.',
    'Who is responsible if you want to “{matter}”? Here you find the office, how to get an appointment and what to bring.',
    'من المسؤول إذا كنت تريد «{matter}»؟ هنا تجد الجهة وطريقة حجز الموعد وما يجب إحضاره.',
    'اگر می‌خواهید «{matter}»، چه کسی مسئول است؟ اینجا اداره، راه گرفتن وقت و مدارک لازم را می‌یابید.',
    '“{matter}” için kim sorumlu? Burada daireyi, randevu almayı ve yanınıza almanız gerekenleri bulursiniz.',
    'Хто відповідає, якщо ви хочете «{matter}»? Тут ви знайдете установу, як записатися та що взяти з собою.',
    'Кто отвечает, если вы хотите «{matter}»? Здесь вы найдёте учреждение, как записаться и что взять с собой.',
  ),
  services: p(
    '{name}: kostenlose Beratung zu {topic}, auch in Ihrer Sprache.',
    '{name}: free advice on {topic}, also in your language.',
    '{name}: استشارة مجانية في {topic}، بلغتك أيضاً.',
    '{name}: مشاوره رایگان درباره {topic}، به زبان شما نیز.',
    '{name}: {topic} konusunda ücretsiz danışmanlık, kendi dilinizde de.',
    '{name}: безкоштовна консультація з теми «{topic}», також вашою мовою.',
    '{name}: бесплатная консультация по теме «{topic}», в том числе на вашем языке.',
  ),
  interpreting: p(
    'Sprachmittlung für Gespräche zu {topic} – vor Ort, per Video oder Telefon.',
    'Interpreting for conversations about {topic} – on site, by video or by phone.',
    'ترجمة شفوية للمحادثات حول {topic} – حضورياً أو بالفيديو أو بالهاتف.',
    'ترجمه شفاهی برای گفتگو درباره {topic} – حضوری، تصویری یا تلفنی.',
    '{topic} ile ilgili görüşmeler için tercümanlık – yüz yüze, görüntülü veya telefonla.',
    'Усний переклад для розмов на тему «{topic}» – на місці, відео або телефоном.',
    'Устный перевод для бесед на тему «{topic}» – на месте, по видео или по телефону.',
  ),
  projects: p(
    'Projekt in {district} zu {topic}: offene Treffen, Begleitung und Kurse.',
    'Project in {district} on {topic}: open meetings, support and courses.',
    'مشروع في {district} حول {topic}: لقاءات مفتوحة ومرافقة ودورات.',
    'پروژه‌ای در {district} درباره {topic}: دیدارهای آزاد، همراهی و دوره‌ها.',
    '{district} semtinde {topic} projesi: açık buluşmalar, refakat ve kurslar.',
    'Проєкт у районі {district} на тему «{topic}»: відкриті зустрічі, супровід і курси.',
    'Проект в районе {district} на тему «{topic}»: открытые встречи, сопровождение и курсы.',
  ),
  networks: p(
    'Netzwerk der Fachstellen zu {topic} in {district}; es tauscht sich regelmäßig aus und stimmt Angebote ab.',
    'Network of services on {topic} in {district}; it meets regularly and coordinates offers.',
    'شبكة الجهات المختصة في {topic} في {district}؛ تجتمع بانتظام وتنسق العروض.',
    'شبکه نهادهای تخصصی {topic} در {district}؛ به‌طور منظم دیدار و خدمات را هماهنگ می‌کند.',
    '{district} semtinde {topic} alanındaki kurumların ağı; düzenli toplanır ve hizmetleri koordine eder.',
    'Мережа фахових служб з теми «{topic}» у районі {district}; регулярно зустрічається й узгоджує пропозиції.',
    'Сеть профильных служб по теме «{topic}» в районе {district}; регулярно встречается и согласует предложения.',
  ),
  agreements: p(
    'Vereinbarung über die Zusammenarbeit der Ausländerbehörde mit {name}.',
    'Agreement on cooperation between the immigration office and {name}.',
    'اتفاقية تعاون بين دائرة الأجانب و{name}.',
    'توافق‌نامه همکاری اداره اتباع خارجی با {name}.',
    'Yabancılar dairesi ile {name} arasındaki işbirliği anlaşması.',
    'Угода про співпрацю відомства у справах іноземців з {name}.',
    'Соглашение о сотрудничестве ведомства по делам иностранцев с {name}.',
  ),
  journeys: p(
    'Schritt für Schritt: {matter} – wer zuständig ist und was Sie wann tun.',
    'Step by step: {matter} – who is responsible and what to do when.',
    'خطوة بخطوة: {matter} – من المسؤول وماذا تفعل ومتى.',
    'گام به گام: {matter} – چه کسی مسئول است و چه زمانی چه کاری انجام دهید.',
    'Adım adım: {matter} – kim sorumlu ve ne zaman ne yapmalısınız.',
    'Крок за кроком: {matter} – хто відповідає і що робити коли.',
    'Шаг за шагом: {matter} – кто отвечает и что делать когда.',
  ),
  faq: p(
    'Kurz gesagt: Für „{matter}“ wenden Sie sich an die zuständige Stelle; die Beratungsstellen helfen beim Antrag.',
    'In short: for “{matter}” contact the responsible office; the counselling services help with the application.',
    'باختصار: من أجل «{matter}» تواصل مع الجهة المختصة؛ ومراكز الاستشارة تساعد في الطلب.',
    'به‌طور خلاصه: برای «{matter}» به اداره مسئول مراجعه کنید؛ مراکز مشاوره در درخواست کمک می‌کنند.',
    'Kısaca: “{matter}” için yetkili daireye başvurun; danışma merkezleri başvuruda yardımcı olur.',
    'Коротко: щодо «{matter}» зверніться до відповідальної установи; консультаційні служби допоможуть із заявою.',
    'Коротко: по вопросу «{matter}» обратитесь в ответственное учреждение; консультационные службы помогут с заявлением.',
  ),
  checklists: p(
    'Diese Unterlagen brauchen Sie für „{matter}“.',
    'You need these documents to “{matter}”.',
    'تحتاج إلى هذه المستندات من أجل «{matter}».',
    'برای «{matter}» به این مدارک نیاز دارید.',
    '“{matter}” için bu belgelere ihtiyacınız var.',
    'Для «{matter}» вам потрібні ці документи.',
    'Для «{matter}» вам понадобятся эти документы.',
  ),
};

/** FAQ titles; {matter} is filled in. */
export const faqQuestion = p(
  'Wo kann ich „{matter}“ erledigen?',
  'Where can I “{matter}”?',
  'أين يمكنني «{matter}»؟',
  'کجا می‌توانم «{matter}» را انجام دهم؟',
  '“{matter}” işlemini nerede yapabilirim?',
  'Де я можу «{matter}»?',
  'Где я могу «{matter}»?',
);

/** Checklist titles; {matter} is filled in. */
export const checklistTitle = p(
  'Mitbringliste: {matter}',
  'Checklist: {matter}',
  'قائمة المستندات: {matter}',
  'فهرست مدارک: {matter}',
  'Getirilecekler listesi: {matter}',
  'Що взяти з собою: {matter}',
  'Что взять с собой: {matter}',
);

/** Journey titles; {matter} is filled in. */
export const journeyTitle = p(
  'Ich möchte: {matter}',
  'I want to: {matter}',
  'أريد: {matter}',
  'می‌خواهم: {matter}',
  'Yapmak istediğim: {matter}',
  'Я хочу: {matter}',
  'Я хочу: {matter}',
);

/** Agreement titles; {name} is the partner. */
export const agreementTitle = p(
  'Kooperationsvereinbarung mit {name}',
  'Cooperation agreement with {name}',
  'اتفاقية تعاون مع {name}',
  'توافق‌نامه همکاری با {name}',
  '{name} ile işbirliği anlaşması',
  'Угода про співпрацю з {name}',
  'Соглашение о сотрудничестве с {name}',
);

/** Plain-language summaries of agreements; {topic} is filled in. */
export const agreementSummary = p(
  'Beide Seiten stimmen sich bei Fällen zu {topic} ab, damit niemand zwischen den Stellen verloren geht.',
  'Both sides coordinate cases on {topic} so that nobody gets lost between offices.',
  'يتنسق الطرفان في الحالات المتعلقة بـ{topic} حتى لا يضيع أحد بين الجهات.',
  'دو طرف در پرونده‌های مربوط به {topic} هماهنگ می‌شوند تا کسی میان ادارات سرگردان نشود.',
  'İki taraf {topic} ile ilgili vakalarda koordinasyon sağlar, böylece kimse daireler arasında kaybolmaz.',
  'Обидві сторони узгоджують випадки на тему «{topic}», щоб ніхто не загубився між установами.',
  'Обе стороны согласовывают случаи по теме «{topic}», чтобы никто не потерялся между учреждениями.',
);

/** Steps of a journey, in their natural order. */
export const journeySteps: { title: Phrase; text: Phrase }[] = [
  {
    title: p(
      'Beratung suchen',
      'Get advice',
      'اطلب الاستشارة',
      'مشاوره بگیرید',
      'Danışmanlık alın',
      'Отримайте консультацію',
      'Получите консультацию',
    ),
    text: p(
      'Lassen Sie sich zuerst beraten, welche Unterlagen Sie brauchen.',
      'First get advice on which documents you need.',
      'احصل أولاً على استشارة حول المستندات التي تحتاجها.',
      'ابتدا درباره مدارک لازم مشاوره بگیرید.',
      'Önce hangi belgelere ihtiyacınız olduğu konusunda danışın.',
      'Спочатку дізнайтеся, які документи вам потрібні.',
      'Сначала узнайте, какие документы вам нужны.',
    ),
  },
  {
    title: p(
      'Termin buchen',
      'Book an appointment',
      'احجز موعداً',
      'وقت بگیرید',
      'Randevu alın',
      'Запишіться на прийом',
      'Запишитесь на приём',
    ),
    text: p(
      'Buchen Sie rechtzeitig einen Termin, am besten online.',
      'Book an appointment in good time, preferably online.',
      'احجز موعداً في الوقت المناسب، ويفضل عبر الإنترنت.',
      'به‌موقع وقت بگیرید، ترجیحاً به‌صورت آنلاین.',
      'Zamanında, tercihen çevrimiçi randevu alın.',
      'Заздалегідь запишіться на прийом, найкраще онлайн.',
      'Заранее запишитесь на приём, лучше всего онлайн.',
    ),
  },
  {
    title: p(
      'Antrag stellen',
      'Submit the application',
      'قدّم الطلب',
      'درخواست را ثبت کنید',
      'Başvuruyu yapın',
      'Подайте заяву',
      'Подайте заявление',
    ),
    text: p(
      'Stellen Sie den Antrag mit allen Unterlagen der Mitbringliste.',
      'Submit the application with all documents from the checklist.',
      'قدّم الطلب مع جميع المستندات المذكورة في القائمة.',
      'درخواست را با همه مدارک فهرست ثبت کنید.',
      'Başvuruyu listedeki tüm belgelerle yapın.',
      'Подайте заяву з усіма документами зі списку.',
      'Подайте заявление со всеми документами из списка.',
    ),
  },
  {
    title: p(
      'Bescheid abwarten',
      'Wait for the decision',
      'انتظر القرار',
      'منتظر تصمیم بمانید',
      'Kararı bekleyin',
      'Дочекайтеся рішення',
      'Дождитесь решения',
    ),
    text: p(
      'Die Bearbeitung dauert oft einige Wochen; fragen Sie nach, wenn Sie nichts hören.',
      'Processing often takes a few weeks; ask if you hear nothing.',
      'غالباً ما تستغرق المعالجة عدة أسابيع؛ استفسر إذا لم تسمع شيئاً.',
      'رسیدگی اغلب چند هفته طول می‌کشد؛ اگر خبری نشد پیگیری کنید.',
      'İşlem genellikle birkaç hafta sürer; haber alamazsanız sorun.',
      'Розгляд часто триває кілька тижнів; якщо немає відповіді, запитайте.',
      'Рассмотрение часто занимает несколько недель; если ответа нет, спросите.',
    ),
  },
];

/** Introduction of journeys and pages (MDX bodies). */
export const introText = p(
  'Diese Seite erklärt, wie Sie vorgehen. Wenn Sie unsicher sind, hilft Ihnen eine Beratungsstelle in Ihrer Nähe.',
  'This page explains what to do. If you are unsure, a counselling service near you will help.',
  'تشرح هذه الصفحة ما عليك فعله. إذا لم تكن متأكداً، فسيساعدك مركز استشارة قريب منك.',
  'این صفحه توضیح می‌دهد چه باید بکنید. اگر مطمئن نیستید، یک مرکز مشاوره نزدیک به شما کمک می‌کند.',
  'Bu sayfa ne yapmanız gerektiğini açıklar. Emin değilseniz, yakınınızdaki bir danışma merkezi size yardımcı olur.',
  'Ця сторінка пояснює, що робити. Якщо ви не впевнені, допоможе найближча консультаційна служба.',
  'Эта страница объясняет, что делать. Если вы не уверены, поможет ближайшая консультационная служба.',
);

/** Street names of the fictional town (the same in every language). */
export const streets = [
  'Hauptstraße',
  'Bahnhofstraße',
  'Lindenweg',
  'Schulstraße',
  'Marktplatz',
  'Gartenstraße',
  'Kirchgasse',
  'Am Anger',
  'Mühlweg',
  'Parkstraße',
  'Rosenstraße',
  'Bergstraße',
  'Ringstraße',
  'Friedensplatz',
  'Goethestraße',
];

/** Valid opening-hours rules in OpenStreetMap syntax. */
export const openingHourRules = [
  'Mo-Fr 08:00-12:00',
  'Mo,Tu,Th 08:00-12:00; We 14:00-18:00; PH off',
  'Mo-Th 09:00-16:00; Fr 09:00-12:00; PH off',
  'Tu,Th 14:00-17:00',
  'Mo-Fr 08:30-12:30; Th 14:00-18:00; PH off',
  'We 16:00-19:00',
  'Mo,We,Fr 10:00-13:00',
  'Sa 10:00-14:00',
];

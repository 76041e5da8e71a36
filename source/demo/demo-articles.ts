// Sample articles for `talkwatch --demo`, written for talkwatch (not taken from any outlet).
// Their times are relative to "now", so the demo always looks current.

export type DemoArticle = {
  slug: string;
  kicker: string;
  title: string;
  /** Hours before now. */
  hoursAgo: number;
  paragraphs: string[];
};

export const demoArticles: readonly DemoArticle[] = [
  {
    slug: 'genf-gespraeche-angekuendigt',
    kicker: 'Verhandlungen über Waffenruhe',
    title: 'Delegationen wollen sich am Samstag in Genf treffen',
    hoursAgo: 1,
    paragraphs: [
      'Vertreter der USA und der Ukraine wollen am Samstag in Genf über einen Rahmen für eine Waffenruhe sprechen. Das teilte das Präsidialamt in Kiew mit.',
      'Der US-Sondergesandte Steve Witkoff soll die amerikanische Delegation leiten. Für die Ukraine reist der Sekretär des Sicherheitsrats, Rustem Umjerow, an.',
      'Präsident Wolodymyr Selenskyj sagte am Abend, man gehe „mit klaren Erwartungen, aber ohne Illusionen“ in die Gespräche. Gebietsabtretungen lehne die Ukraine weiterhin ab.',
    ],
  },
  {
    slug: 'kreml-reagiert-zurueckhaltend',
    kicker: 'Reaktion aus Moskau',
    title: 'Kreml nennt Genfer Treffen „verfrüht“',
    hoursAgo: 3,
    paragraphs: [
      'Kremlsprecher Dmitri Peskow hat sich zurückhaltend zu den geplanten Gesprächen in Genf geäußert. Russland sei nicht eingeladen worden und sehe keinen Anlass, seine Position zu ändern.',
      'Wladimir Putin werde sich in den kommenden Tagen selbst zu möglichen Verhandlungen äußern, sagte Peskow. Ein Telefonat mit US-Präsident Donald Trump sei derzeit nicht geplant.',
    ],
  },
  {
    slug: 'istanbul-rueckblick',
    kicker: 'Analyse',
    title: 'Was vom Treffen in Istanbul übrig blieb',
    hoursAgo: 30,
    paragraphs: [
      'Bei den Gesprächen in Istanbul hatten sich beide Seiten Anfang des Monats auf einen Austausch von Gefangenen verständigt. Weitere Vereinbarungen gab es nicht.',
      'Beobachter sehen in dem Treffen dennoch einen Anfang: Erstmals seit Monaten saßen Delegationen aus Kiew und Moskau an einem Tisch.',
    ],
  },
  {
    slug: 'europa-sicherheitsgarantien',
    kicker: 'Europäische Partner',
    title: 'Merz und Macron beraten über Sicherheitsgarantien',
    hoursAgo: 6,
    paragraphs: [
      'Bundeskanzler Friedrich Merz und Frankreichs Präsident Emmanuel Macron wollen am Dienstag in Paris über Schutzzusagen für Kiew beraten.',
      'Beide betonten, ein Abkommen dürfe nicht über die Köpfe der Europäer hinweg geschlossen werden. Selenskyj soll per Video zugeschaltet werden.',
    ],
  },
  {
    slug: 'energie-angriffe',
    kicker: 'Krieg in der Ukraine',
    title: 'Nächtliche Drohnenangriffe auf Kraftwerke 🔌',
    hoursAgo: 9,
    paragraphs: [
      'In mehreren Regionen der Ukraine ist nach nächtlichen Drohnenangriffen der Strom ausgefallen. Betroffen waren nach Angaben des Netzbetreibers vor allem Charkiw und Poltawa.',
      'Die Angriffe überschatten die Vorbereitungen für die Gespräche in Genf. Selenskyj forderte erneut mehr Flugabwehrsysteme von den Partnern.',
    ],
  },
];

// The words the generated news is made of: the people, places and dates that talkwatch's
// extractor looks for, so the bench exercises the same paths as real n-tv articles do.

export type Person = {name: string; surname: string; role: string};

export const people: readonly Person[] = [
  {name: 'Wolodymyr Selenskyj', surname: 'Selenskyj', role: 'der ukrainische Präsident'},
  {name: 'Wladimir Putin', surname: 'Putin', role: 'Kremlchef'},
  {name: 'Donald Trump', surname: 'Trump', role: 'US-Präsident'},
  {name: 'Steven Witkoff', surname: 'Witkoff', role: 'der US-Sondergesandte'},
  {name: 'Rustem Umerow', surname: 'Umerow', role: 'der ukrainische Chefunterhändler'},
  {name: 'Sergej Lawrow', surname: 'Lawrow', role: 'der russische Außenminister'},
  {name: 'Marco Rubio', surname: 'Rubio', role: 'US-Außenminister'},
  {name: 'Jared Kushner', surname: 'Kushner', role: 'Trumps Schwiegersohn'},
  {name: 'Kirill Dmitrijew', surname: 'Dmitrijew', role: 'der russische Sondergesandte'},
  {name: 'Juri Uschakow', surname: 'Uschakow', role: 'der Kremlberater'},
  {name: 'Andrij Sybiha', surname: 'Sybiha', role: 'der ukrainische Außenminister'},
  {name: 'Friedrich Merz', surname: 'Merz', role: 'Bundeskanzler'},
  {name: 'Emmanuel Macron', surname: 'Macron', role: 'der französische Präsident'},
  {name: 'Recep Tayyip Erdoğan', surname: 'Erdoğan', role: 'der türkische Präsident'},
];

export type Place = {city: string; country: string};

export const places: readonly Place[] = [
  {city: 'Miami', country: 'USA'},
  {city: 'Genf', country: 'Schweiz'},
  {city: 'Istanbul', country: 'Türkei'},
  {city: 'Abu Dhabi', country: 'Vereinigte Arabische Emirate'},
  {city: 'Riad', country: 'Saudi-Arabien'},
  {city: 'Moskau', country: 'Russland'},
  {city: 'Kiew', country: 'Ukraine'},
  {city: 'Berlin', country: 'Deutschland'},
  {city: 'Washington', country: 'USA'},
  {city: 'Anchorage', country: 'USA'},
  {city: 'Budapest', country: 'Ungarn'},
  {city: 'Doha', country: 'Katar'},
];

export const weekdays = ['am Montag', 'am Dienstag', 'am Mittwoch', 'am Donnerstag', 'am Freitag', 'am Samstag', 'am Sonntag'] as const;
export const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;
export const monthParts = ['Anfang', 'Mitte', 'Ende'] as const;
export const relativeDays = ['kommende Woche', 'in der nächsten Woche', 'noch in diesem Monat', 'im Sommer', 'vor Weihnachten', 'bis zum Jahresende'] as const;

/** A meeting word in the cases the templates need; `plural` picks the verb form. */
export type MeetingNoun = {nominative: string; dative: string; plural: boolean};

export const meetingNouns: readonly MeetingNoun[] = [
  {nominative: 'die Gespräche', dative: 'den Gesprächen', plural: true},
  {nominative: 'die Verhandlungen', dative: 'den Verhandlungen', plural: true},
  {nominative: 'ein Gipfeltreffen', dative: 'einem Gipfeltreffen', plural: false},
  {nominative: 'ein Telefonat', dative: 'einem Telefonat', plural: false},
  {nominative: 'eine neue Gesprächsrunde', dative: 'einer neuen Gesprächsrunde', plural: false},
  {nominative: 'ein Dreiertreffen', dative: 'einem Dreiertreffen', plural: false},
];

/** What the talks are about, in the accusative ("über …") and the dative ("zu …"). */
export type Topic = {accusative: string; dative: string};

export const topics: readonly Topic[] = [
  {accusative: 'eine Waffenruhe', dative: 'einer Waffenruhe'},
  {accusative: 'den Austausch von Kriegsgefangenen', dative: 'dem Austausch von Kriegsgefangenen'},
  {accusative: 'Sicherheitsgarantien für die Ukraine', dative: 'Sicherheitsgarantien für die Ukraine'},
  {accusative: 'den Friedensplan der USA', dative: 'dem Friedensplan der USA'},
  {accusative: 'die Kontrolle über das Atomkraftwerk Saporischschja', dative: 'der Kontrolle über das Atomkraftwerk Saporischschja'},
  {accusative: 'den Verlauf der Frontlinie im Donbass', dative: 'dem Verlauf der Frontlinie im Donbass'},
  {accusative: 'die Lockerung von Sanktionen', dative: 'der Lockerung von Sanktionen'},
  {accusative: 'eine entmilitarisierte Zone', dative: 'einer entmilitarisierten Zone'},
];
export const kickers = ['Neue Gesprächsrunde', 'Verhandlungen über Waffenruhe', 'Diplomatie im Ukraine-Krieg', 'Treffen geplant', 'Kreml reagiert', 'Kiew skeptisch', 'Gipfel in Sicht'] as const;

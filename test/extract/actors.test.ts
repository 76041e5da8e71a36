import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {findActors, findArticleActors} from '../../source/extract/actors.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';

const gazetteer = loadGazetteer();
const december = new Date('2025-12-20T21:16:00+01:00');
const names = (text: string, published = december) => findActors(text, published, gazetteer).actors.map(actor => actor.name);

describe('findActors: names', () => {
  it('finds inflected surnames', () => {
    for (const [text, name] of [
      ['Selenskyjs Berater reisten ab.', 'Wolodymyr Selenskyj'],
      ['Das ist Putins Plan.', 'Wladimir Putin'],
      ['Trumps Gesandter kam an.', 'Donald Trump'],
      ['Lawrows Worte waren deutlich.', 'Sergej Lawrow'],
      ['Macrons Vorschlag fand Zustimmung.', 'Emmanuel Macron'],
      ["Merz' Rede wurde gelobt.", 'Friedrich Merz'],
    ]) {
      expect(names(text!), text).toEqual([name]);
    }
  });

  it('counts a compound naming a person as a mention of that person', () => {
    expect(names('Ein Merz-Berater war dabei.')).toEqual(['Friedrich Merz']);
    expect(names('Die Trump-Regierung drängt.')).toEqual(['Donald Trump']);
    expect(names('Der Putin-Vertraute schwieg.')).toEqual(['Wladimir Putin']);
    expect(names('Ein Trump-Putin-Gipfel ist geplant.')).toEqual(['Donald Trump', 'Wladimir Putin']);
  });

  it('treats German and English spellings as one person', () => {
    const {actors} = findActors('Umjerow sprach mit Umerow. Später kam Rustem Umerov.', december, gazetteer);
    expect(actors).toEqual([expect.objectContaining({id: 'umerow', name: 'Rustem Umerow', mentions: 3, side: 'UA'})]);
    expect(names('Zelensky und Selenskij sind derselbe.')).toEqual(['Wolodymyr Selenskyj']);
  });

  it('counts the given name before another listed spelling of the surname as part of the name', () => {
    const found = findActors('Verhandlungsführer Rustem Umerov traf ein.', december, gazetteer);
    expect(found.suggestions).toEqual([]);
    expect(found.hits).toEqual([expect.objectContaining({id: 'umerow', start: 19, via: 'name'})]);
  });

  it('does not match parts of longer words or derived nouns', () => {
    expect(names('In Merzig regnet es. Der Putinismus ist eine Ideologie. Der Trumpismus auch.')).toEqual([]);
  });

  it('matches "Xi" only as a whole, capitalised word', () => {
    expect(names('Xi empfing den Gast.')).toEqual(['Xi Jinping']);
    expect(names('Die Folge XIII und das Wort xi gehören nicht dazu.')).toEqual([]);
  });

  it('needs an introduction for a surname shared with other famous people', () => {
    expect(names('Costa kommt aus Portugal.')).toEqual([]);
    for (const text of ['Pellegrini traf zum 1:0.', 'Cooper spielte im Mittelfeld.', 'Johnson blieb auf der Bank.', 'Breuer verlängerte.']) {
      expect(names(text), text).toEqual([]);
    }
    expect(names('EU-Ratspräsident António Costa reiste an. Costa sagte, es eile.')).toEqual(['António Costa']);
    expect(findActors('Costa sprach lange. Später sagte EU-Ratspräsident Costa etwas.', december, gazetteer).actors).toEqual([
      expect.objectContaining({name: 'António Costa', mentions: 1}),
    ]);
  });

  it('gives offsets into the text and how each mention was found', () => {
    const text = 'Kremlchef Putin traf Witkoff. Der Kremlchef lobte Steven Witkoff.';
    const {hits} = findActors(text, december, gazetteer);
    expect(hits.map(hit => [text.slice(hit.start, hit.end), hit.id, hit.via])).toEqual([
      ['Putin', 'putin', 'surname'],
      ['Witkoff', 'witkoff', 'surname'],
      ['Kremlchef', 'putin', 'role'],
      ['Steven Witkoff', 'witkoff', 'name'],
    ]);
  });

  it('ignores photo credits and source lines', () => {
    expect(names('Putin lächelt. (Foto: picture alliance / Selenskyj-Archiv)\n\nQuelle: ntv.de, Trump/AFP')).toEqual([]);
  });

  it('ignores bylines of the writer, but not a paragraph that starts like one', () => {
    for (const byline of [
      'Eine Analyse von Jonas Beispielmann',
      'Ein Gastbeitrag von Carla Musterfrau, Warschau',
      'Von Hanna Vorlage und Erik Probe, Brüssel',
      'Das Gespräch führte Lotte Fiktiv.',
      'Moderation: Ben Erfunden',
      'Kommentar von Miriam Vorlage',
    ]) {
      expect(names(`${byline}\n\nMerz trifft Selenskyj.`), byline).toEqual(['Friedrich Merz', 'Wolodymyr Selenskyj']);
    }
    expect(names('Von Kiew aus telefonierte Selenskyj mit Merz.')).toEqual(['Wolodymyr Selenskyj', 'Friedrich Merz']);
  });
});

describe('findActors: hosts and mediators of the talks', () => {
  it('knows heads of state and government who host or join talks, in dpa and English spelling', () => {
    for (const [text, name] of [
      ['Der kasachische Präsident bot Astana als Ort an.', 'Kassym-Schomart Tokajew'],
      ['Kassym-Jomart Tokayev rief zur Mäßigung auf.', 'Kassym-Schomart Tokajew'],
      ['In Baku empfing Ilham Alijew die Delegation.', 'Ilham Alijew'],
      ['Ministerpräsident Narendra Modi will vermitteln.', 'Narendra Modi'],
      ['Der ägyptische Präsident lud nach Kairo ein.', 'Abdel Fattah al-Sisi'],
      ['Netanyahu sprach mit den Vermittlern.', 'Benjamin Netanjahu'],
    ]) {
      expect(names(text!), text).toEqual([name]);
    }
  });

  it('takes a title and the particles before an Arab name as one person', () => {
    expect(names('Regierungschef Scheich Mohammed bin Abdulrahman Al Thani lud nach Doha ein.')).toEqual(['Mohammed bin Abdulrahman Al Thani']);
    expect(names('Der Emir von Katar begrüßte die Einigung.')).toEqual(['Tamim bin Hamad Al Thani']);
    expect(names('Mohammed bin Sajid und Mohammed bin Said sind eine Person.')).toEqual(['Mohammed bin Said']);
  });

  it('knows the president of the Emirates by the dpa spelling, the English ones and his office', () => {
    for (const text of [
      'Mohammed bin Zayed Al Nahyan reiste nach Moskau.',
      'Empfangen wurden die Gäste von Mohamed bin Zayed.',
      'Der emiratische Präsident bot Abu Dhabi als Ort an.',
      'Bin Sayed telefonierte mit beiden Seiten.',
    ]) {
      expect(names(text), text).toEqual(['Mohammed bin Said']);
    }
  });

  it('knows foreign ministers, heads of government and other office holders by their office on the day', () => {
    for (const [text, day, name] of [
      ['Der britische Außenminister warb für Sanktionen.', '2025-03-01', 'David Lammy'],
      ['Die britische Außenministerin warb für Sanktionen.', '2025-11-01', 'Yvette Cooper'],
      ['Der französische Premier sprach im Parlament.', '2025-02-01', 'François Bayrou'],
      ['Der französische Premier sprach im Parlament.', '2025-11-01', 'Sébastien Lecornu'],
      ['Ungarns Außenminister reiste nach Minsk.', '2025-11-01', 'Péter Szijjártó'],
      ['Der kanadische Premier sagte Hilfe zu.', '2025-06-01', 'Mark Carney'],
      ['Der russische Botschafter in Berlin wurde einbestellt.', '2025-06-01', 'Sergej Netschajew'],
      ['Der niederländische Regierungschef lud nach Den Haag ein.', '2024-03-01', 'Mark Rutte'],
      ['Der ukrainische Verteidigungsminister besuchte die Front.', '2026-03-01', 'Mychajlo Fedorow'],
      ['Der ukrainische Verteidigungsminister besuchte die Front.', '2025-10-01', 'Denys Schmyhal'],
      ['Kiews Bürgermeister warnte vor Stromausfällen.', '2025-10-01', 'Vitali Klitschko'],
      ['Der Chef des russischen Staatsfonds reiste nach Miami.', '2025-10-01', 'Kirill Dmitrijew'],
      ['Der Kreml-Boss und der russische Machthaber sind eins.', '2025-10-01', 'Wladimir Putin'],
      ['Der Schweizer Bundespräsident lud nach Genf ein.', '2026-03-01', 'Guy Parmelin'],
      ['Die Altkanzlerin verteidigte die Minsker Abkommen.', '2025-10-01', 'Angela Merkel'],
      ['Der britische Premier reiste nach Kiew.', '2022-04-09', 'Boris Johnson'],
      ['Der rumänische Präsident warnte vor Drohnen.', '2025-10-01', 'Nicușor Dan'],
      ['Der US-Präsident verhängte Sanktionen.', '2014-03-20', 'Barack Obama'],
      ['Der EU-Ratspräsident lud zum Gipfel.', '2024-03-20', 'Charles Michel'],
      ['Nach der Flucht von Janukowitsch übernahm das Parlament.', '2014-02-23', 'Viktor Janukowitsch'],
    ] as const) {
      expect(names(text, new Date(`${day}T12:00:00+01:00`)), `${text} ${day}`).toEqual([name]);
    }
  });

  it('keeps a regnal number with the name, written with or without the full stop', () => {
    expect(names('In Amman traf er König Abdullah II. zum Gespräch.')).toEqual(['Abdullah II.']);
    expect(names('In London empfing König Charles III. die Gäste.')).toEqual(['Charles III.']);
    expect(names('Auch Abdullah II sagte Unterstützung zu. Abdullah gilt als Vermittler.')).toEqual(['Abdullah II.']);
  });
});

describe('findActors: role phrases', () => {
  it('resolves a role phrase to the person holding it on the publication date', () => {
    const text = 'Der Kanzler reiste nach Paris.';
    expect(names(text, new Date('2025-05-05T12:00:00+02:00'))).toEqual(['Olaf Scholz']);
    expect(names(text, new Date('2025-05-07T12:00:00+02:00'))).toEqual(['Friedrich Merz']);
    expect(names('Der US-Präsident telefonierte.', new Date('2024-06-01'))).toEqual(['Joe Biden']);
    expect(names('Der US-Präsident telefonierte.', new Date('2025-06-01'))).toEqual(['Donald Trump']);
  });

  it('reads a bare vice president as the US one only in an article about the USA', () => {
    const june2024 = new Date('2024-06-03T10:00:00+02:00');
    expect(names('Washington schickt wohl die Vizepräsidentin nach Genf.', june2024)).toEqual(['Kamala Harris']);
    expect(names('Zur Eröffnung spricht die Vizepräsidentin.', june2024)).toEqual([]);
    expect(names('In Washington sprach die Vizepräsidentin der EU-Kommission.', june2024)).toEqual([]);
    const march2026 = new Date('2026-03-02T10:00:00+01:00');
    expect(names('Das Weiße Haus kündigte an, der Vizepräsident fliege nach Kiew.', march2026)).toEqual(['JD Vance']);
    expect(names('Der Vizepräsident des Parlaments eröffnete die Sitzung in Washington.', march2026)).toEqual([]);
  });

  it('finds declined role phrases', () => {
    expect(names('Ein Sprecher des Kremlchefs äußerte sich.')).toEqual(['Wladimir Putin']);
    expect(names('Man traf den ukrainischen Präsidenten in Kiew.')).toEqual(['Wolodymyr Selenskyj']);
    expect(names('Die Äußerungen des Bundeskanzlers sorgten für Kritik.')).toEqual(['Friedrich Merz']);
  });

  it('counts a role phrase followed by the name once', () => {
    const {actors} = findActors('Der ukrainische Präsident Wolodymyr Selenskyj sprach.', december, gazetteer);
    expect(actors).toEqual([expect.objectContaining({name: 'Wolodymyr Selenskyj', mentions: 1, role: 'Präsident der Ukraine'})]);
  });

  it('knows the other wordings of a head of government, head of state or foreign minister', () => {
    expect(names('Polens Regierungschef lud zu einem Treffen ein.')).toEqual(['Donald Tusk']);
    expect(names('Der polnische Premierminister kam am Abend an.')).toEqual(['Donald Tusk']);
    expect(names('Er sprach lange mit dem Staatschef Frankreichs.')).toEqual(['Emmanuel Macron']);
    expect(names('Russlands Chefdiplomat blieb dem Treffen fern.')).toEqual(['Sergej Lawrow']);
    expect(names('Das Staatsoberhaupt der Ukraine reiste weiter.')).toEqual(['Wolodymyr Selenskyj']);
    expect(names('Moskaus Chefdiplomat und Kiews Außenminister trafen sich nicht.')).toEqual(['Sergej Lawrow', 'Andrij Sybiha']);
    expect(names('Washingtons Chefdiplomat sprach mit Budapests Regierungschef.')).toEqual(['Marco Rubio', 'Viktor Orbán']);
  });

  it('knows who held the main offices in 2024', () => {
    const june2024 = new Date('2024-06-10');
    const text =
      'Die US-Vizepräsidentin, der britische Premier und der Bundeskanzler berieten. ' +
      'Auch der Bundesfinanzminister, der EU-Außenbeauftragte und der Nato-Generalsekretär waren dabei.';
    expect(names(text, june2024).sort()).toEqual(
      ['Christian Lindner', 'Jens Stoltenberg', 'Josep Borrell', 'Kamala Harris', 'Olaf Scholz', 'Rishi Sunak'].sort(),
    );
    expect(names('Der britische Premier reiste ab.', new Date('2024-08-01'))).toEqual(['Keir Starmer']);
    expect(names('Der Bundesfinanzminister reiste ab.', new Date('2024-12-01'))).toEqual(['Jörg Kukies']);
  });

  it('gives a derived wording only to who held the office on that day', () => {
    expect(names('Polens Präsident legte ein Veto ein.', new Date('2025-03-01'))).toEqual(['Andrzej Duda']);
    expect(names('Polens Präsident legte ein Veto ein.', new Date('2025-09-01'))).toEqual(['Karol Nawrocki']);
  });

  it('does not give a role phrase to its holder when it names someone else or another time', () => {
    expect(names('Der frühere Kanzler äußerte sich.')).toEqual([]);
    expect(names('Der österreichische Kanzler kam auch.')).toEqual(['Christian Stocker']);
    expect(names('Der Kanzler Österreichs kam auch.')).toEqual([]);
    expect(names('Der Wiener Bürgermeister und der Schweizer Bundespräsident kamen auch.')).toEqual([]);
    expect(names('Ex-Kanzler und Vizekanzler trafen sich im Kanzleramt.', new Date('2024-01-10'))).toEqual(['Robert Habeck']);
    expect(names('Damals sagte US-Präsident Joe Biden etwas anderes.')).toEqual(['Joe Biden']);
  });
});

describe('findActors: the seed article', () => {
  const page = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
  // The body: between the image caption and the source line.
  const body = page.slice(page.indexOf('\n', page.indexOf('(Foto:')), page.indexOf('Quelle:'));
  const expected = [
    'Wolodymyr Selenskyj', 'Donald Trump', 'Rustem Umerow', 'Marco Rubio', 'Wladimir Putin', 'Nikolai Patruschew',
    'Juri Uschakow', 'Wladimir Medinski', 'Kirill Dmitrijew', 'Friedrich Merz', 'Andrij Hnatow', 'Steven Witkoff',
    'Jared Kushner', 'Günter Sautter',
  ];

  it('finds exactly the fourteen people of the body', () => {
    expect(names(body).sort()).toEqual([...expected].sort());
  });

  it('finds the same people in the whole page, ignoring caption, file name and source line', () => {
    expect(names(page).sort()).toEqual([...expected].sort());
  });

  it('counts Putin by name, inflected and as Kremlchef', () => {
    const putin = findActors(body, december, gazetteer).actors.find(actor => actor.id === 'putin');
    expect(putin?.mentions).toBe(4);
  });
});

describe('findArticleActors', () => {
  it('counts names in the title but keeps offsets into the body', () => {
    const text = 'Er kritisierte das Gesetz. Pistorius widersprach.';
    const found = findArticleActors({title: 'Wehrbeauftragter Hollmann widerspricht Pistorius', text, published: '2025-08-26'}, gazetteer);
    expect(found.actors.map(actor => actor.name).sort()).toEqual(['Boris Pistorius', 'Hollmann']);
    expect(found.hits.map(hit => text.slice(hit.start, hit.end))).toEqual(['Pistorius']);
  });
});

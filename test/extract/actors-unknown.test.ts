import {describe, expect, it} from 'vitest';
import {findActors} from '../../source/extract/actors.js';
import {loadGazetteer} from '../../source/extract/gazetteer.js';

const gazetteer = loadGazetteer();
const published = new Date('2025-11-20T10:00:00+01:00');
const find = (text: string) => findActors(text, published, gazetteer);
const names = (text: string) => find(text).actors.map(actor => actor.name);

describe('findActors: people the gazetteer does not know', () => {
  it('reads a given name that is also a city ("Sofia") as a name, and the city after "in" as a place', () => {
    const found = find('Die Schriftstellerin Sofia Beispielko traf Kanzler Merz in Sofia. Beispielko sprach über die Ukraine.');
    expect(found.suggestions).toEqual([{name: 'Sofia Beispielko', cue: 'Schriftstellerin', mentions: 2}]);
  });

  it('suggests a name after a role cue and counts its later surname mentions', () => {
    const found = find('Der Berater Hans Beispielmann sagte, man sei bereit. Beispielmann reist am Montag nach Genf.');
    expect(found.suggestions).toEqual([{name: 'Hans Beispielmann', cue: 'Berater', mentions: 2}]);
    expect(found.actors).toEqual([
      {id: 'unknown:hans-beispielmann', name: 'Hans Beispielmann', role: 'Berater', side: null, mentions: 2},
    ]);
  });

  it('knows common given names without a role cue, German and Spanish alike', () => {
    expect(names('Erst spät am Abend kam Gerda Brückner dazu. Brückner lachte.')).toEqual(['Gerda Brückner']);
    expect(names('Am Ende lobte Xabi Etxeberria die Mannschaft.')).toEqual(['Xabi Etxeberria']);
  });

  it('reads sports roles as cues, also before a first name it does not know', () => {
    expect(names('Torwart Ilir Hoxhaj hielt den Elfmeter.')).toEqual(['Ilir Hoxhaj']);
    expect(names('Danach traf Stürmer Amadou Kessié zum Ausgleich.')).toEqual(['Amadou Kessié']);
    expect(names('Kapitän Brentrup führte das Team aufs Feld.')).toEqual(['Brentrup']);
  });

  it('takes two names followed by a relative clause with "der" as a man\'s full name', () => {
    expect(names('Im Angriff ruhen die Hoffnungen auf Kwame Oduya, der schon sieben Tore erzielt hat.')).toEqual(['Kwame Oduya']);
    expect(names('Die Regeln kommen vom Deutschen Fußballbund, der sie jedes Jahr anpasst.')).toEqual([]);
  });

  it('reads compound roles and party cues of domestic politicians', () => {
    const text =
      'Wirtschaftsminister Schulze soll antreten. CDU-Generalsekretär Musterberg warb dafür. ' +
      'Linken-Fraktionschefin Exempel widersprach. Die Abgeordnete Petra Probst (SPD) schwieg.';
    expect(names(text).sort()).toEqual(['Exempel', 'Musterberg', 'Petra Probst', 'Schulze']);
  });

  it('accepts a full name starting with a known first name, and an apposition after a role', () => {
    expect(names('Das berichtete Armin Testmann aus Moskau.')).toEqual(['Armin Testmann']);
    expect(names('Dabei war der Berater von Präsident Selenskyj, Gruenwald, der schwieg.').sort()).toEqual(['Gruenwald', 'Wolodymyr Selenskyj']);
  });

  it('reads any party or parliamentary group in brackets as a cue', () => {
    const text = 'Dagegen stimmten Brandhuber (CDU/CSU), Quendt (Bündnis 90/Die Grünen), Obermaier (parteilos) und Wimmelbach (SPD-Fraktion).';
    expect(names(text).sort()).toEqual(['Brandhuber', 'Obermaier', 'Quendt', 'Wimmelbach']);
  });

  it('reads roles of public life beyond politics as cues', () => {
    const text =
      'Der Telegram-Gründer Pawel Durow schwieg. Moderatorin Hella Brandstetter fragte nach. ' +
      'Kardinal Ottavio Benedetti reiste ab. Die Oppositionelle Swetlana Tichanowskaja sprach. Metropolit Onufrij betete.';
    expect(names(text).sort()).toEqual(['Hella Brandstetter', 'Onufrij', 'Ottavio Benedetti', 'Pawel Durow', 'Swetlana Tichanowskaja']);
  });

  it('accepts a speaker named after a verb of saying', () => {
    expect(names('Man wolle regieren, sagte Siegesmund dem Magazin.')).toEqual(['Siegesmund']);
    expect(names('Das sei falsch, entgegnete Brandhuber. Dem widersprach Quendt: Es eile.').sort()).toEqual(['Brandhuber', 'Quendt']);
  });

  it('does not take places, organisations, months or ordinary words for people', () => {
    for (const text of [
      'Laut Kreml ist das unklar. Wie Moskau mitteilte, kommt niemand.',
      'Die russische Delegation reiste im Dezember nach Genf.',
      'Der Kreml und die Nato schwiegen am Montag.',
      'Der Präsident Russlands sprach mit dem Botschafter Deutschlands.',
      'Das sagte Kiew am Abend, erklärte Washington.',
      'Die Minister berieten über die Lage. Nach Angaben der Regierung gab es Fortschritte.',
      'Das berichtete Kommersant, schrieb Handelsblatt.',
      'Tabellenführer Leverkusen gewann, der Reiseführer Lonely Planet lobt die Stadt.',
      'Er spielt in der Premier League, der Staatsanwalt Karlsruhe ermittelt.',
      'Er gab dem Minister Recht, sie verweigerte dem Botschafter Zutritt und zollte dem Präsidenten Respekt.',
      'Der Chef des Staatskonzerns, Rosneft, schwieg, der Chef Rheinmetalls auch.',
    ]) {
      expect(find(text).suggestions, text).toEqual([]);
    }
  });

  it('takes two unknown names after a role as first name and surname', () => {
    expect(names('Präsidentin Maia Sandu reiste nach Brüssel.')).toEqual(['Maia Sandu']);
  });

  it('does not take a genitive place, an organisation or a separable verb for a person', () => {
    for (const text of [
      'Der Ministerpräsident Bayerns schwieg.',
      'Der Chef Wagner-Gruppe ist tot.',
      'Der Kanzler sagte Hilfe zu.',
      'Der Präsident besuchte Sumy, Dnipro.',
      'Der Autobauer General Motors baut Werke.',
    ]) {
      expect(find(text).suggestions, text).toEqual([]);
    }
  });

  it('takes a full name in an apposition after a role and its genitive', () => {
    expect(names('Das bestätigte der Sprecher des Finanzressorts, Quirin Holzapfel, am Abend.')).toEqual(['Quirin Holzapfel']);
    expect(names('Es gebe keinen Termin, so die Sprecherin der Botschaft, Ottilie Brandstätter.')).toEqual(['Ottilie Brandstätter']);
  });

  it('keeps a surname that looks like a German noun after a given name', () => {
    expect(names('Finanzministerin Sabine Kessler widersprach.')).toEqual(['Sabine Kessler']);
    expect(names('Am Abend meldete sich Thomas Zimmerer zu Wort.')).toEqual(['Thomas Zimmerer']);
  });

  it('reads names of three and more words, with particles and non-German letters', () => {
    expect(names('Außenministerin Sigrid Moe Halvorsen sagte, man sei bereit.')).toEqual(['Sigrid Moe Halvorsen']);
    expect(names('Ministerpräsident Aksel Brun Solheim reiste ab.')).toEqual(['Aksel Brun Solheim']);
    expect(names('Gastgeber war Jonas Øyvind Bråten.')).toEqual(['Jonas Øyvind Bråten']);
    expect(names('Außenminister Chalid bin Rashed Al Nuaimi sagte, er sei zuversichtlich.')).toEqual(['Chalid bin Rashed Al Nuaimi']);
    expect(names('Präsident Abdel Karim al-Masri empfing die Gäste.')).toEqual(['Abdel Karim al-Masri']);
    expect(names('Die Kommissarin Marta van der Berg schwieg.')).toEqual(['Marta van der Berg']);
  });

  it('finds a name with a known or hyphenated given name without any role cue', () => {
    expect(names('Danach verwandelte Emre Kaplanoglu den Elfmeter.')).toEqual(['Emre Kaplanoglu']);
    expect(names('Den Ausgleich erzielte Min-jun Park kurz vor Schluss.')).toEqual(['Min-jun Park']);
    expect(names('Auch Karl-Heinz Obermaier war gekommen.')).toEqual(['Karl-Heinz Obermaier']);
    expect(names('Am Rand sprachen Konrad Wimmelbach und Hildegard Ostertag.').sort()).toEqual(['Hildegard Ostertag', 'Konrad Wimmelbach']);
    expect(names('In Jerewan warben Tigran Wardanjan und Schamil Gadschijew für Geduld.').sort()).toEqual(['Schamil Gadschijew', 'Tigran Wardanjan']);
    expect(names('Auch Klaus von Hohenfels und Karl-Theodor zu Brandeck warnten.').sort()).toEqual(['Karl-Theodor zu Brandeck', 'Klaus von Hohenfels']);
    expect(names('Abends war Maria zu Hause, Anna zu Gast bei Freunden.')).toEqual([]);
    expect(names('Nach dem Spiel lobte Trainer Oskar Wendland die Abwehr.')).toEqual(['Oskar Wendland']);
  });

  it('ends a name before a noun that follows it in the clause', () => {
    expect(names('Weil Innenministerin Obermann Grenzkontrollen anordnete, gab es Streit.')).toEqual(['Obermann']);
    expect(names('Der Ministerpräsident Sachsens Michael Kretschmer widersprach.')).toEqual(['Michael Kretschmer']);
  });

  it('does not take newspapers, buildings or organisations named after people for people', () => {
    for (const text of [
      'Das berichtete die Neue Zürcher Zeitung am Montag.',
      'Im Weißen Haus wurde verhandelt, das Rote Kreuz half.',
      'Die Tagung fand im Max-Planck-Institut in der Karl-Marx-Allee statt.',
      'Per Dekret wurde die Sitzung vertagt.',
    ]) {
      expect(find(text).suggestions, text).toEqual([]);
    }
  });

  it('tells relatives and namesakes apart from the gazetteer person', () => {
    expect(names('Melania Trump besuchte eine Schule.')).toEqual(['Melania Trump']);
    expect(names('Der Kiewer Bürgermeister Klitschko warnte. Sein Bruder Wladimir Klitschko half.')).toEqual([
      'Vitali Klitschko',
      'Wladimir Klitschko',
    ]);
  });

  it('knows the gazetteer people and never suggests them', () => {
    const found = find('Der Berater im Kanzleramt, Günter Sautter, war dabei. US-Außenminister Rubio auch.');
    expect(found.suggestions).toEqual([]);
    expect(found.actors.map(actor => actor.name)).toEqual(['Günter Sautter', 'Marco Rubio']);
  });

  it('keeps umlauts and noun-like endings in a surname after a role', () => {
    expect(names('Die Fraktionschefin Wiebke Mähler lehnte ab.')).toEqual(['Wiebke Mähler']);
    expect(names('Jugendtrainer Holger Stößler war zufrieden.')).toEqual(['Holger Stößler']);
    expect(names('Vereinsdirektor Keßler sagte ab, Vorstandschef Brückler schwieg.').sort()).toEqual(['Brückler', 'Keßler']);
  });

  it('reads surnames with inner capitals and apostrophes', () => {
    expect(names("Die Senatorin Siobhan O'Donnell und der Diplomat, Ryan McAllister, sprachen.").sort()).toEqual([
      'Ryan McAllister',
      "Siobhan O'Donnell",
    ]);
    expect(names("Der Gouverneur Tom DeLuca traf Botschafter Massimo D'Avanzo.").sort()).toEqual(["Massimo D'Avanzo", 'Tom DeLuca']);
  });

  it('does not read a plural noun after a surname as part of the name', () => {
    expect(names('Als Vereinschef Brandhuber Spieler aussortierte, gab es Streit.')).toEqual(['Brandhuber']);
  });

  it('takes another spelling of a known person\'s full name for that person', () => {
    const found = find('Der Unterhändler Rustem Umjerov landete am Morgen.');
    expect(found.suggestions).toEqual([]);
    expect(found.actors).toEqual([expect.objectContaining({id: 'umerow', name: 'Rustem Umerow', mentions: 1})]);
    expect(names('Der Chefunterhändler Ruslan Umerenko landete.')).toEqual(['Ruslan Umerenko']);
  });

  it('does not count a given name inside another person\'s name as a surname mention', () => {
    const found = find('Der irische Diplomat Fergal Martin reiste an. Später sprach Sprecher Martin Brauhaus.');
    expect(found.actors.map(actor => [actor.name, actor.mentions])).toEqual([
      ['Fergal Martin', 1],
      ['Martin Brauhaus', 1],
    ]);
  });

  it('keeps a surname that is also a German word after a given name a role or apposition introduced', () => {
    expect(names('Im Saal saß auch Kölns Oberbürgermeister Konrad Jung (CDU).')).toEqual(['Konrad Jung']);
    expect(names('Der Vorstandschef des Chemiekonzerns BASF, Norbert Stern, warnte vor Engpässen.')).toEqual(['Norbert Stern']);
    expect(names('Die Sprecherin Petra Klein widersprach.')).toEqual(['Petra Klein']);
    expect(names('Das bestätigte Klaus Jung am Montag.')).toEqual(['Klaus Jung']);
  });

  it('does not take a place or a word of time after a cued given name for a surname', () => {
    expect(names('Als König Harald Anfang Mai eintraf, wurde gefeiert.')).toEqual(['Harald']);
    expect(names('Sprecher Thomas Berlin zufolge bleibt es dabei.')).not.toContain('Thomas Berlin');
  });

  it('reads academic titles as cues, never as names', () => {
    expect(names('Die Politologin Dr. Ute Probstheide warnte vor Illusionen.')).toEqual(['Ute Probstheide']);
    expect(names('Dazu sprach der Sender mit Prof. Dr. Anselm Wiegmann-Thal.')).toEqual(['Anselm Wiegmann-Thal']);
    expect(names('Prof. Dr. Henrike Maibaum-Ostrowski, die in Kiel lehrt, widerspricht.')).toEqual(['Henrike Maibaum-Ostrowski']);
    expect(names('Auch Dr. h.c. Gerlinde Uhlhorn und Mag. Sieglinde Pichlmayr kamen.').sort()).toEqual(['Gerlinde Uhlhorn', 'Sieglinde Pichlmayr']);
    expect(names('Geprüft hat das Dr.-Ing. Ulrike Brandhuber.')).toEqual(['Ulrike Brandhuber']);
  });

  it('counts an interview\'s speaker label as the interviewee, not as a new person', () => {
    const found = find('Darüber sprachen wir mit dem Historiker Prof. Dr. Anselm Wiegmann.\n\nHerr Wiegmann, wie geht es weiter?\n\nWiegmann: Das weiß niemand.');
    expect(found.actors.map(actor => [actor.name, actor.mentions])).toEqual([['Anselm Wiegmann', 3]]);
  });

  it('takes each name of a list in apposition to a plural role', () => {
    expect(names('Die Verteidigungsminister beider Staaten, Aram Petrosjan und Elchin Gurbanow, unterzeichneten.').sort()).toEqual([
      'Aram Petrosjan',
      'Elchin Gurbanow',
    ]);
    expect(names('Die Unterhändler, Odile Farge, Ines Quadflieg und Bartosz Wielgus, reisten ab.').sort()).toEqual([
      'Bartosz Wielgus',
      'Ines Quadflieg',
      'Odile Farge',
    ]);
    expect(names('Die Präsidenten beider Länder, Moskau und Kiew, schwiegen.')).toEqual([]);
  });

  it('takes full names followed by their role in apposition', () => {
    expect(names('Aram Petrosjan, Verteidigungsminister Armeniens, sagte, man sei bereit.')).toEqual(['Aram Petrosjan']);
    expect(names('Das bestätigte Aram Petrosjan, Armeniens Verteidigungsminister, am Abend.')).toEqual(['Aram Petrosjan']);
    expect(names('Warduhi Sarkissjan, 52, Politologin in Jerewan, hält das für falsch.')).toEqual(['Warduhi Sarkissjan']);
    expect(names('Aram Petrosjan und Elchin Gurbanow, die Unterhändler beider Seiten, reisten ab.').sort()).toEqual(['Aram Petrosjan', 'Elchin Gurbanow']);
  });

  it('does not take a place, an organisation or a role belonging to the next name for a person in apposition', () => {
    for (const text of [
      'Die Gespräche in Nowa Kachowka, Sitz des Gouverneurs, dauerten an.',
      'Human Rights Watch, Generalsekretärin Tirana Hassan zufolge, kritisierte das.',
      'In Nowa Kachowka, Bürgermeister war damals niemand, gab es Streit.',
    ]) {
      expect(find(text).suggestions.map(suggestion => suggestion.name), text).not.toContain(expect.stringMatching(/Kachowka|Human|Watch/));
    }
  });

  it('takes both names of a pair after a plural role, but only the first after a singular one', () => {
    expect(names('Am Abend unterzeichneten die Außenminister Petrosjan und Gurbanow.').sort()).toEqual(['Gurbanow', 'Petrosjan']);
    expect(names('Laut den Politologen Anselm Keller und Ute Brandt ist das falsch.').sort()).toEqual(['Anselm Keller', 'Ute Brandt']);
    expect(names('Die Ministerin Brandhuber und Schultheiß schwiegen.')).toEqual(['Brandhuber']);
    expect(names('Das sagten die Experten Anselm Brandhuber und Co.')).toEqual(['Anselm Brandhuber']);
  });

  it('reads a role with a case ending as a cue ("des Präsidenten X"), but not a country\'s genitive after it', () => {
    expect(names('Nach Ansicht des chilenischen Präsidenten Orrego ist das falsch.')).toEqual(['Orrego']);
    for (const text of [
      'Die Rede des Präsidenten Perus war kurz.',
      'Der Präsident Ecuadors sprach.',
      'Die Präsidentin Mexikos reiste ab.',
      'Die Polizei verweigerte den Diplomaten Zugang zum Gebäude.',
    ]) {
      expect(find(text).suggestions, text).toEqual([]);
    }
  });
});

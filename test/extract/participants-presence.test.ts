import {describe, expect, it} from 'vitest';
import {delegationHeads, findDelegations, headsFor} from '../../source/extract/delegations.js';
import {extract} from '../../source/extract/index.js';

const published = '2025-11-14T18:30:00+01:00';
const meetingsOf = (text: string, title = 'Diplomatie') => extract({title, text, published}).meetings;
const peopleOf = (text: string, title?: string) => meetingsOf(text, title).map(m => [...m.participants].sort());

describe('who stays away', () => {
  it('does not count who "fliegt nicht zu" the talks', () => {
    expect(peopleOf('Kremlchef Putin fliegt am Freitag nicht zu den Verhandlungen der Delegationen in Doha.')).toEqual([[]]);
  });

  it('does not count the people of "weder … noch" who will not take part', () => {
    expect(peopleOf('An den Gesprächen in Wien am Montag nehmen weder Kremlchef Putin noch Präsident Selenskyj teil.')).toEqual([[]]);
  });

  it('does not count who talks are held "ohne"', () => {
    expect(peopleOf('In Riad verhandeln am Dienstag Vertreter beider Staaten ohne Präsident Selenskyj.')).toEqual([[]]);
  });

  it('still counts who is named after "noch" without "weder"', () => {
    expect(peopleOf('Noch am Montag empfängt Putin in Moskau den Gesandten Witkoff.')).toEqual([['Steven Witkoff', 'Wladimir Putin']]);
  });
});

describe('whose meeting a person is, in a headline', () => {
  it('gives the person after a dash to the meeting word after it', () => {
    const meetings = meetingsOf('Am Freitag sprach Selenskyj in Ankara mit Erdoğan.', 'Gipfel in Doha ohne Putin - Selenskyj spricht mit Erdoğan');
    const doha = meetings.find(m => m.place === 'Doha');
    expect(doha?.participants ?? []).not.toContain('Wolodymyr Selenskyj');
  });

  it('gives "mit X" after a compound that names its guest to the verb before it', () => {
    const meetings = meetingsOf('Der Präsident empfängt am Sonntag Gäste.', 'Rubio telefonierte vor Putin-Treffen mit Sybiha');
    const call = meetings.find(m => m.kind === 'call');
    expect([...call!.participants].sort()).toEqual(['Andrij Sybiha', 'Marco Rubio']);
    expect(meetings.filter(m => m.kind !== 'call').every(m => !m.participants.includes('Andrij Sybiha'))).toBe(true);
  });
});

describe('a pair the text points back to', () => {
  it('takes "die beiden Präsidenten" before a meeting noun as the two just named', () => {
    const meetings = meetingsOf('Aus Helsinki hieß es am Donnerstag, Stubb habe Erdoğan nach Turku eingeladen. Die beiden Präsidenten planten ein Treffen noch vor dem Sommer.');
    expect(meetings.some(m => [...m.participants].sort().join() === 'Alexander Stubb,Recep Tayyip Erdoğan')).toBe(true);
  });

  it('takes "die beiden" after "dass X und Y" as that pair, not the speaker before them', () => {
    const meetings = meetingsOf('Außenministerin Cooper erklärte am Donnerstag, dass Starmer und Merz einander im Frühjahr in Warschau sprechen wollten. Im März hatten sich die beiden Regierungschefs schon in London getroffen.');
    const london = meetings.find(m => m.place === 'London');
    expect([...london!.participants].sort()).toEqual(['Friedrich Merz', 'Keir Starmer']);
  });

  it('takes "die Präsidenten … sich" as the last two named, up to three sentences back', () => {
    const meetings = meetingsOf('Merz hatte angekündigt, Macron bald in Rom zu treffen. Ein Datum steht noch nicht fest. Zunächst beraten die Berater. Die Präsidenten hatten sich bereits im Juli in Paris getroffen.');
    const paris = meetings.find(m => m.place === 'Paris');
    expect([...paris!.participants].sort()).toEqual(['Emmanuel Macron', 'Friedrich Merz']);
  });
});

describe('the head of a delegation named elsewhere', () => {
  it('adds the heads the article names to talks of "Delegationen aus" their countries', () => {
    const meetings = meetingsOf('In Istanbul haben am Donnerstag Delegationen aus der Ukraine und Russland Verhandlungen begonnen. Vorrang habe die Rückkehr verschleppter Kinder, erklärte Kiews Delegationsleiter Serhij Kyslyzja. Die Moskauer Seite wird von Chefunterhändler Juri Uschakow geleitet.');
    expect(meetings).toHaveLength(1);
    expect([...meetings[0]!.participants].sort()).toEqual(['Juri Uschakow', 'Serhij Kyslyzja']);
  });

  it('does not take a country named as the topic ("zur Ukraine", "Ukraine-Gespräche") for a side at the table', () => {
    expect(findDelegations('In Wien beraten die Vertreter der Europäer zur Ukraine')).toEqual(['Europa']);
    const text = 'Kiews Chefunterhändler Serhij Kyslyzja';
    const heads = delegationHeads(text, [{id: 'kyslyzja', name: 'Serhij Kyslyzja', start: text.indexOf('Serhij'), end: text.length}], () => 'UA');
    expect(headsFor(heads, 'Neue Ukraine-Gespräche in Wien', ['Ukraine'], []).map(h => h.name)).toEqual([]);
    expect(headsFor(heads, 'Unterhändler der Ukraine verhandeln in Wien', ['Ukraine'], []).map(h => h.name)).toEqual(['Serhij Kyslyzja']);
  });
});

describe('who only tells of the talks or is named for his hopes', () => {
  it('does not count a list of sources after "laut", adjectives and all', () => {
    expect(peopleOf('Laut Kremlberater Uschakow und russischem Außenminister Lawrow brachten die Beratungen in Riad erste Ergebnisse.')).toEqual([[]]);
  });

  it('still counts who meets after a source named with "laut"', () => {
    expect(peopleOf('Laut Kreml werden Witkoff und Kushner am Montag in Moskau erwartet.').flat()).toEqual(expect.arrayContaining(['Jared Kushner', 'Steven Witkoff']));
  });

  it('does not count who "zeigte sich zufrieden" with or "sieht Fortschritte" in talks', () => {
    expect(peopleOf('Selenskyj zeigte sich am Sonntag zufrieden mit den Gesprächen in Genf.')).toEqual([[]]);
    expect(peopleOf('Kanzler Merz sieht Fortschritte in den Verhandlungen in Genf.')).toEqual([[]]);
  });

  it('does not count the one whose hopes a summit crosses', () => {
    expect(peopleOf('Der angekündigte Gipfel in Budapest durchkreuzte die Hoffnungen des ukrainischen Präsidenten Selenskyj.')).toEqual([[]]);
  });
});

describe('the subject before an apposition, when the clause opens with its meeting word', () => {
  it('takes "X und der Berater von Y, Z, bei Gesprächen mit W" as X, Z and W', () => {
    const meetings = meetingsOf('Eine Annäherung erreichten Außenminister Marco Rubio und der Berater von Präsident Trump, Steve Witkoff, bei nächtlichen Gesprächen mit Kremlberater Uschakow in Riad.');
    expect([...meetings[0]!.participants].sort()).toEqual(['Juri Uschakow', 'Marco Rubio', 'Steven Witkoff']);
  });

  it('takes "X und der Schwiegersohn von Y, Z, wollen … treffen" as X and Z, but not for a meeting noun after the verb', () => {
    const meetings = meetingsOf('Außenminister Marco Rubio und der Schwiegersohn des Präsidenten Donald Trump, Jared Kushner, wollen am Donnerstag in Abu Dhabi die russische Delegation treffen.');
    expect([...meetings[0]!.participants].sort()).toEqual(['Jared Kushner', 'Marco Rubio']);
    const planning = meetingsOf('Die Chefdiplomaten beider Staaten, Marco Rubio und Sergej Lawrow, haben am Donnerstag für die Vorbereitung eines Gipfels in Istanbul miteinander telefoniert.');
    expect(planning.find(m => m.kind !== 'call')?.participants ?? []).not.toContain('Marco Rubio');
  });

  it('takes a list between dashes, ages in brackets and all, before "an dem Gipfel teilnehmen"', () => {
    expect(peopleOf('Außerdem wollen die Regierungschefs aus Polen, Großbritannien und Dänemark – Donald Tusk (68), Keir Starmer (63) und Mette Frederiksen (47) – an dem Gipfel in Oslo teilnehmen.')).toEqual([['Donald Tusk', 'Keir Starmer', 'Mette Frederiksen']]);
  });

  it('takes "dass X, der Schwiegersohn von Y, an den Gesprächen teilnehme" as X', () => {
    const meetings = meetingsOf('Rubio reist am Donnerstag nach Istanbul. Er teilte mit, dass Steve Witkoff, der Sondergesandte von Präsident Trump, an den Beratungen teilnehmen werde.');
    const istanbul = meetings.find(m => m.place === 'Istanbul');
    expect(istanbul!.participants).toContain('Steven Witkoff');
    expect(istanbul!.participants).not.toContain('Donald Trump');
  });
});

describe('who sends someone', () => {
  it('does not count who "schickt" envoys to the talks', () => {
    const meetings = meetingsOf('Merz schickt seinen Berater Günter Sautter am Montag zu den Gesprächen nach Genf.');
    expect(meetings.flatMap(m => m.participants)).not.toContain('Friedrich Merz');
  });

  it('reads "er" after "hat X nach Moskau geschickt" as the one sent', () => {
    const meetings = meetingsOf('Kremlchef Putin hat seinen Berater Kirill Dmitrijew nach Washington geschickt. Dort trifft er noch am Mittwoch Außenminister Rubio.');
    expect([...meetings[0]!.participants].sort()).toEqual(['Kirill Dmitrijew', 'Marco Rubio']);
  });
});

describe('a relative clause that says who took part', () => {
  it('takes the list of "…, an dem X, der …, sowie Y beteiligt waren" as the meeting\'s people', () => {
    const meetings = meetingsOf('Am Donnerstag kam es in Riad zu einem geheimen Treffen, an dem Jared Kushner, der lange Immobilien verwaltet hat, sowie Juri Uschakow beteiligt waren.');
    expect([...meetings[0]!.participants].sort()).toEqual(['Jared Kushner', 'Juri Uschakow']);
  });
});

describe('who confirms his taking part', () => {
  it('adds who "bestätigte seine Teilnahme" to the meeting just told', () => {
    const meetings = meetingsOf('In London kamen am Donnerstag Tusk und Starmer zusammen. Auch der finnische Präsident Stubb bestätigte seine Teilnahme an dem Gipfel.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).toContain('Alexander Stubb');
  });
});

describe('a list of company around the meeting clause', () => {
  it('takes "Eine Delegation, bestehend aus A, B und C, wird … teilnehmen" as A, B and C', () => {
    const meetings = meetingsOf('Eine Delegation aus Kiew, bestehend aus dem Berater Andrij Jermak, Außenminister Andrij Sybiha und Minister Rustem Umerow, wird am Montag an den Gesprächen in Paris teilnehmen.');
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Andrij Jermak', 'Andrij Sybiha', 'Rustem Umerow']));
  });

  it('takes "Neben …, unter ihnen auch X, nimmt Y an dem Treffen teil" as X and Y', () => {
    const meetings = meetingsOf('In Rom kamen am Sonntag die Verbündeten der Ukraine zu einem Gipfel zusammen. Neben zwölf Regierungschefs, unter ihnen auch Kanzler Friedrich Merz, nimmt auch Selenskyj an dem Treffen teil.');
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Friedrich Merz', 'Wolodymyr Selenskyj']));
  });

  it('takes "…, ebenso wie X" after the meeting clause as company too', () => {
    expect(peopleOf('Am Montag nimmt Außenminister Sybiha an den Gesprächen in Paris teil, ebenso wie Minister Rustem Umerow.')).toEqual([['Andrij Sybiha', 'Rustem Umerow']]);
  });
});

describe('the people of an earlier meeting that sets the time', () => {
  it('keeps "nach dem Treffen von X mit Y" with that meeting, not with the one after', () => {
    const meetings = meetingsOf('Nach dem Treffen von EU-Vertretern mit Präsident Selenskyj in Kiew wird am Donnerstag eine russische Delegation in Abu Dhabi erwartet.');
    const abuDhabi = meetings.find(m => m.place === 'Abu Dhabi');
    expect(abuDhabi?.participants ?? []).not.toContain('Wolodymyr Selenskyj');
    expect(meetings.find(m => m.place === 'Kiew')?.participants).toContain('Wolodymyr Selenskyj');
  });
});

describe('sides are no pair of people', () => {
  it('does not read "die beiden Seiten" as the two people just named', () => {
    const meetings = meetingsOf('Merz empfing am Montag Macron in Berlin. Die beiden Seiten hatten sich zuletzt im Juli in Paris getroffen.');
    expect(meetings.find(m => m.place === 'Paris')?.participants).toEqual([]);
  });
});

describe('reports as the source, and a list that ends in its own clause', () => {
  it('counts the people named after "laut … Zeitungsberichten": the reports are the source', () => {
    expect(peopleOf('Am Montag sollen laut mehreren Zeitungsberichten Kanzler Friedrich Merz und Premier Keir Starmer an den Gesprächen in Genf teilnehmen.')).toEqual([['Friedrich Merz', 'Keir Starmer']]);
  });

  it('takes "A, der …, B, und C nehmen an den Gesprächen teil" as A, B and C', () => {
    expect(peopleOf('Laut mehreren Zeitungsberichten nehmen für die Europäer Kanzler Friedrich Merz, der Präsident Frankreichs, Emmanuel Macron, und Premier Keir Starmer an den Gesprächen in Genf teil.')).toEqual([['Emmanuel Macron', 'Friedrich Merz', 'Keir Starmer']]);
  });

  it('does not read two main clauses joined by ", und" as one list', () => {
    const meetings = meetingsOf('Merz traf am Montag in Berlin Macron, und Selenskyj nahm an den Gesprächen in Genf teil.');
    expect(meetings.find(m => m.place === 'Genf')?.participants).toEqual(['Wolodymyr Selenskyj']);
  });
});

describe('"er" in what someone said or announced', () => {
  it('reads "X hatte nach dem Telefonat mit Y angekündigt, dass er sich mit Y treffen wolle" as X', () => {
    const meetings = meetingsOf('Merz hatte nach dem Telefonat mit Macron angekündigt, dass er sich mit dem Präsidenten bald in Rom treffen wolle.');
    expect(meetings.find(m => m.place === 'Rom')?.participants).toContain('Friedrich Merz');
  });

  it('does not read "er" in a condition ("wenn er die Verhandlungen für sinnvoll halte") as a participant', () => {
    const meetings = meetingsOf('Kanzler Merz hatte erklärt, nur dann einen Berater zu dem Treffen in Genf zu schicken, wenn er die Verhandlungen für sinnvoll halte.');
    expect(meetings.flatMap(m => m.participants)).not.toContain('Friedrich Merz');
  });
});

describe('more ways to name the company', () => {
  it('adds the names in apposition at the end of the meeting clause\'s sentence', () => {
    const meetings = meetingsOf('In Genf beginnen am Freitag Verhandlungen zwischen Delegationen aus der Ukraine und Russland. Zur Delegation gehören neben Jermak auch Minister Denys Schmyhal und der Geheimdienstchef, Kyrylo Budanow.');
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(['Denys Schmyhal', 'Kyrylo Budanow']));
  });

  it('takes who was "mit der Verhandlungsführung beauftragt" as the head of that side, also spelt "Rußland"', () => {
    const meetings = meetingsOf('Vertreter der Ukraine und Rußlands kommen am Dienstag in Istanbul zusammen. Moskau hat Vizeaußenminister Michail Galusin mit der Verhandlungsführung beauftragt.');
    expect(meetings[0]!.participants).toContain('Michail Galusin');
  });
});

describe('the subject before a relative clause', () => {
  it('takes "X, der …, war an den Verhandlungen beteiligt" as X', () => {
    const meetings = meetingsOf('Lawrow, der seit vielen Jahren das Außenamt leitet und Englisch spricht, war im vergangenen Herbst an den Beratungen in Riad beteiligt.');
    expect(meetings[0]!.participants).toContain('Sergej Lawrow');
  });
});

describe('two meeting verbs joined by "und"', () => {
  it('gives the subject of "X reiste nach … und traf dort Y" to both', () => {
    const meetings = meetingsOf('Merz reiste am Montag in die Schweiz und traf in Genf Präsident Selenskyj.');
    expect([...meetings.find(m => m.place === 'Genf')!.participants].sort()).toEqual(['Friedrich Merz', 'Wolodymyr Selenskyj']);
  });
});

describe('a role phrase that points back to a side', () => {
  it('reads "den Gast aus Kiew" as the Ukrainian named last', () => {
    const meetings = meetingsOf('Selenskyj landete am Montag in Berlin. Kanzler Merz empfing den Gast aus Kiew im Kanzleramt.');
    expect([...meetings[0]!.participants].sort()).toEqual(['Friedrich Merz', 'Wolodymyr Selenskyj']);
  });

  it('does not read "den Ukrainer X" as anyone but X', () => {
    expect(peopleOf('Selenskyj sprach am Sonntag in Kiew. Merz empfing am Montag den Ukrainer Rustem Umerow in Berlin.')).toEqual([['Friedrich Merz', 'Rustem Umerow']]);
  });
});

describe('an expected guest', () => {
  it('takes "…, zu denen auch X erwartet wird" as a participant', () => {
    expect(peopleOf('In Warschau sollen am Freitag Gespräche der Verteidigungsminister stattfinden, zu denen auch der Deutsche Boris Pistorius erwartet wird.')).toEqual([['Boris Pistorius']]);
  });
});

describe('who speaks after a call "mit X"', () => {
  it('takes "Nach einem Telefonat mit X erklärte Y" as a call of X and Y', () => {
    const meetings = meetingsOf('Nach seinem Telefonat mit Präsident Macron sagte Kanzler Merz, Europa stehe zusammen.');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({kind: 'call'});
    expect([...meetings[0]!.participants].sort()).toEqual(['Emmanuel Macron', 'Friedrich Merz']);
  });

  it('still leaves out who speaks after talks named with their place only', () => {
    expect(peopleOf('Nach den Beratungen in Genf am Donnerstag erklärte Präsident Selenskyj in Kiew, nun gehe es um die Einzelheiten.')).toEqual([[]]);
  });
});

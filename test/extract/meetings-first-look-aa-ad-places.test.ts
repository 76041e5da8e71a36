import {describe, expect, it} from 'vitest';
import {extract} from '../../source/extract/index.js';

// Where a meeting is, as the twelfth round's first-look sets AA to AD (test/fixtures/firstlook-aa
// … -ad) showed talkwatch reading it wrong, in sentences of our own. Thursday 05.03.2026 unless a
// test gives another day.
const meetingsOf = (text: string, published = '2026-03-05') => extract({title: 'Diplomatie', text, published}).meetings;

describe('a city with its country', () => {
  it('reads "Antalya in der Türkei" and "in Zürich, Schweiz" as the city, one meeting', () => {
    expect(meetingsOf('Ein Sprecher sagte, dass Antalya in der Türkei der Ort für ein neues Treffen sein könnte.')).toMatchObject([{place: 'Antalya', country: 'Türkei'}]);
    expect(meetingsOf('Rubio traf Lawrow am Montag in Zürich, Schweiz.')).toMatchObject([{place: 'Zürich', country: 'Schweiz'}]);
    expect(meetingsOf('Rubio traf Lawrow am Montag in Zürich in der Schweiz.')).toMatchObject([{place: 'Zürich', country: 'Schweiz'}]);
  });
});

describe('the venue told later', () => {
  it('places the meeting a sentence opens with where the sentence before travels on to ("weiter nach Brüssel"), not a call', () => {
    const text = 'Die Nato-Staaten kommen am Montag in Den Haag zusammen. Im Anschluss geht es für die EU-Vertreter weiter nach Brüssel. Am Mittwoch treffen sie sich mit Costa zu Gesprächen.';
    expect(meetingsOf(text).find(m => m.start === '2026-03-11')).toMatchObject({place: 'Brüssel'});
    expect(meetingsOf('Merz reist am Montag weiter nach Rom. Am Mittwoch telefoniert er mit Trump.').find(m => m.kind === 'call')).toMatchObject({place: null});
  });

  it('reads "das Treffen am Flughafen Busan" in a later sentence as the place of the meeting told', () => {
    expect(meetingsOf('Modi und Xi haben sich am Montag getroffen. Nach indischen Angaben dauerte das Treffen am Flughafen Busan rund eine Stunde.')).toMatchObject([{place: 'Busan', start: '2026-03-02'}]);
  });

  it('places "Der EU-Gipfel beginnt …" where the text placed the EU-Gipfel before, not "der nächste EU-Gipfel"', () => {
    const text = 'Tusk will Merz am Freitag beim EU-Gipfel in Brüssel treffen. Zu den Arbeitssitzungen ist Tusk nicht eingeladen. Der EU-Gipfel beginnt am Donnerstagabend mit einem Abendessen.';
    expect(meetingsOf(text, '2026-03-02').find(m => m.start === '2026-03-05')).toMatchObject({kind: 'summit', place: 'Brüssel'});
    expect(meetingsOf('Der Streit überschattete den EU-Gipfel in Brüssel. Der nächste EU-Gipfel beginnt am 20. Juni.').find(m => m.start === '2026-06-20')).toMatchObject({place: null});
  });
});

describe('places the sets named', () => {
  it('locates an island by "auf" ("auf Zypern", "auf Malta"), but not "Druck auf Kuba"', () => {
    expect(meetingsOf('Die beiden Volksgruppenführer treffen sich am Montag in der Pufferzone auf Zypern zu Verhandlungen.')).toMatchObject([{place: 'Zypern'}]);
    expect(meetingsOf('Die Außenminister kamen am Montag auf Malta zu Gesprächen zusammen.')).toMatchObject([{place: 'Malta'}]);
    expect(meetingsOf('Die USA erhöhen am Montag den Druck auf Kuba und schlagen Gespräche vor.').map(m => m.place)).not.toContain('Kuba');
  });

  it('knows "Süditalien" (as Italien), the Normandie and the Palestinian territories', () => {
    expect(meetingsOf('Meloni traf am Montag die Staatenlenker in Süditalien zu Gesprächen.')).toMatchObject([{place: 'Italien', country: 'Italien'}]);
    expect(meetingsOf('Macron empfängt Biden am Montag in der Normandie zu Gesprächen.')).toMatchObject([{place: 'Normandie', country: 'Frankreich'}]);
    expect(meetingsOf('Wadephul trifft am Montag in den Palästinensischen Gebieten den Regierungschef zu Gesprächen.')).toMatchObject([{place: 'Palästinensergebiete'}]);
  });

  it('knows Putrajaya and the spelling "Priština"', () => {
    expect(meetingsOf('Die Regierungschefs trafen sich am Montag zu Gesprächen in Putrajaya.')).toMatchObject([{place: 'Putrajaya', country: 'Malaysia'}]);
    expect(meetingsOf('Der Gesandte reist am Montag nach Priština.')).toMatchObject([{place: 'Pristina', country: 'Kosovo'}]);
  });
});

describe('framing places', () => {
  it('places the meeting of a sentence that opens with a town and a colon ("Doha: …") in that town, not a call', () => {
    expect(meetingsOf('Doha: Die Gespräche über eine Waffenruhe sollen morgen fortgesetzt werden. Die Delegation reiste ab.')).toMatchObject([{place: 'Doha', start: '2026-03-06'}]);
    expect(meetingsOf('Doha: Biden und Scholz haben am Montag telefoniert.')).toMatchObject([{kind: 'call', place: null}]);
  });
});

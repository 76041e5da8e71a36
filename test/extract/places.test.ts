import {describe, expect, it} from 'vitest';
import {findPlaces} from '../../source/extract/places.js';

const names = (text: string) => findPlaces(text).map(place => place.name);

describe('findPlaces', () => {
  it('reads a city after a locative preposition, with its country', () => {
    expect(findPlaces('Die Unterhändler trafen sich in Genf.')).toMatchObject([{name: 'Genf', country: 'Schweiz', isCity: true}]);
  });

  it('reads inflected country forms and names the country when no city is given', () => {
    expect(names('Gespräche in der Türkei')).toEqual(['Türkei']);
    expect(names('Verhandlungen in den USA')).toEqual(['USA']);
    expect(names('ein Treffen in Saudi-Arabien')).toEqual(['Saudi-Arabien']);
    expect(names('Gipfel in den Vereinigten Arabischen Emiraten')).toEqual(['VAE']);
  });

  it('knows the capitals and the other cities where talks beyond Europe and the Gulf are held', () => {
    expect(findPlaces('am Rande des ASEAN-Treffens in Kuala Lumpur')).toMatchObject([{name: 'Kuala Lumpur', country: 'Malaysia', isCity: true}]);
    expect(findPlaces('Gespräche in Teheran')).toMatchObject([{name: 'Teheran', country: 'Iran'}]);
    expect(findPlaces('beim SOZ-Gipfel in Tianjin')).toMatchObject([{name: 'Tianjin', country: 'China'}]);
    expect(names('Selenskyj empfing Mitsotakis in Odesa.')).toEqual(['Odessa']);
    expect(names('ein Treffen im Iran, eines im Libanon und eines in Bosnien-Herzegowina')).toEqual(['Iran', 'Libanon', 'Bosnien und Herzegowina']);
    expect(names('die Klausur der Regierung im Schloss Meseberg')).toEqual(['Meseberg']);
  });

  it('takes describing words between preposition and name', () => {
    expect(names('beim Gipfel in der saudi-arabischen Stadt Dschidda')).toEqual(['Dschidda']);
    expect(names('beim Forum im schweizerischen Davos')).toEqual(['Davos']);
    expect(names('in der Hauptstadt Riad')).toEqual(['Riad']);
  });

  it('places the Kremlin and the chancellery in their cities', () => {
    expect(findPlaces('Putin empfing die Gesandten im Kreml.')).toMatchObject([{name: 'Moskau', country: 'Russland'}]);
    expect(names('Beratungen im Kanzleramt')).toEqual(['Berlin']);
  });

  it('reads the place visited without a preposition ("besuchte am Dienstag Kiew")', () => {
    expect(names('Merz besuchte am Dienstag Kiew.')).toEqual(['Kiew']);
    expect(names('Die Ministerin besucht erstmals die Ukraine.')).toEqual(['Ukraine']);
    expect(names('Besucher aus aller Welt kamen, Kiew und Moskau schwiegen.')).toEqual([]);
  });

  it('names the travel destination after "nach"', () => {
    expect(names('Witkoff reist nach Moskau.')).toEqual(['Moskau']);
  });

  it('reports a region as its country, since a state is no venue to compare', () => {
    expect(findPlaces('bei ihrem Treffen in Florida')).toMatchObject([{name: 'USA', country: 'USA', isCity: false}]);
  });

  it('ignores place names that stand for governments', () => {
    expect(names('Die Vertreter Kiews und Moskaus sollen direkt sprechen.')).toEqual([]);
    expect(names('Washington will den Druck erhöhen.')).toEqual([]);
    expect(names('Moskau lehnt den Plan ab.')).toEqual([]);
  });

  it('ignores a location that belongs to the war rather than to a meeting', () => {
    expect(names('Beratungen über die Waffenruhe in der Ukraine')).toEqual([]);
    expect(names('Russlands Sondergesandter in den USA')).toEqual([]);
  });

  it('reads a city adjective before a meeting word, or after a preposition, as the city', () => {
    expect(names('Die Wiener Gespräche gingen ohne Ergebnis zu Ende.')).toEqual(['Wien']);
    expect(names('Vor dem Istanbuler Treffen warnte Kiew vor Zugeständnissen.')).toEqual(['Istanbul']);
    expect(names('Die Unterhändler saßen in einem Hotel am Genfer See zusammen.')).toEqual(['Genf']);
    expect(names('Die Moskauer Führung schweigt.')).toEqual([]);
  });

  it('knows the capitals and official residences of the governments in this conflict', () => {
    expect(names('Der Kanzler empfing ihn im Oval Office.')).toEqual(['Washington']);
    expect(names('Gespräche in Astana')).toEqual(['Astana']);
    expect(findPlaces('eine Reise nach Tokio')).toMatchObject([{name: 'Tokio', country: 'Japan'}]);
    expect(names('Der Minister fliegt nach Israel.')).toEqual(['Israel']);
  });

  it('reads a summit venue on a mountain after "auf dem"', () => {
    expect(findPlaces('Auf dem Bürgenstock beraten die Minister.')).toMatchObject([{name: 'Bürgenstock', country: 'Schweiz'}]);
  });

  it('knows the resort towns and venues where regional summits meet', () => {
    expect(findPlaces('Die Vermittler kommen im Badeort Scharm el-Scheich zusammen.')).toMatchObject([{name: 'Scharm el-Scheich', country: 'Ägypten', isCity: true}]);
    expect(names('Gespräche in der jordanischen Hafenstadt Akaba')).toEqual(['Akaba']);
    expect(findPlaces('Der Europarat tagt in Straßburg.')).toMatchObject([{name: 'Straßburg', country: 'Frankreich'}]);
    expect(names('Die Minister tagen in der Hofburg.')).toEqual(['Wien']);
  });

  it('places the foreign office in Berlin', () => {
    expect(names('Der Gast wird im Auswärtigen Amt empfangen.')).toEqual(['Berlin']);
  });

  it('does not read the seat of a source ("nach Angaben des Ministeriums in Kiew") as a venue', () => {
    expect(names('Nach Angaben des Außenministeriums in Kiew reist der Minister nach Warschau.')).toEqual(['Warschau']);
  });

  it('reads "in der polnischen Hauptstadt" as the capital, but not before the capital\'s own name', () => {
    expect(findPlaces('Sie trafen sich in der polnischen Hauptstadt.')).toMatchObject([{name: 'Warschau', country: 'Polen'}]);
    expect(names('Sie trafen sich in der polnischen Hauptstadt Warschau.')).toEqual(['Warschau']);
    expect(names('Raketen trafen die ukrainische Hauptstadt.')).toEqual([]);
  });

  it('places what happened "am Wochenende in Miami" in Miami, while "Kriegsende in der Ukraine" places nothing', () => {
    expect(names('Er hatte am vergangenen Wochenende in Miami mit Witkoff gesprochen.')).toEqual(['Miami']);
    expect(names('Gespräche über ein Kriegsende in der Ukraine')).toEqual([]);
  });
});

import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../source/extract/sentences.js';

const texts = (text: string) => splitSentences(text).map(sentence => sentence.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a capital', () => {
    expect(texts('Die Gespräche beginnen. Wer kommt? Niemand weiß es! Das ist neu.')).toEqual([
      'Die Gespräche beginnen.',
      'Wer kommt?',
      'Niemand weiß es!',
      'Das ist neu.',
    ]);
  });

  it('does not split after abbreviations', () => {
    for (const text of [
      'Prof. Dr. Müller sprach in Genf.',
      'Dr. rer. nat. Anna Probe und Mag. Eva Test sprachen, Dipl.-Ing. Karl Muster schwieg.',
      'Es kamen u. a. Vertreter aus Polen.',
      'Manche Staaten, z. B. Finnland, zögern.',
      'Das kostet ca. 3 Mio. Euro bzw. mehr.',
      'Das Gebäude in der Hauptstr. Nr. 5 ist leer.',
      'Es gab Waffen, Munition etc. Das reicht nicht.',
    ]) {
      expect(texts(text)).toEqual([text]);
    }
  });

  it('knows abbreviations and initials beyond ASCII', () => {
    // The word before a full stop is read back to its first letter: umlauts, and letters written
    // as two UTF-16 units, count.
    expect(texts('Die Zusage ggü. Kiew gilt. Sie kommt am 3. Mär. Nach Genf reist niemand.')).toEqual([
      'Die Zusage ggü. Kiew gilt.',
      'Sie kommt am 3. Mär. Nach Genf reist niemand.',
    ]);
    expect(texts('Unterzeichnet hat 𝔇. Schmidt aus Bonn.')).toEqual(['Unterzeichnet hat 𝔇. Schmidt aus Bonn.']);
  });

  it('does not split at ordinals, dates or initials', () => {
    expect(texts('Am 15. August trafen sich die Präsidenten. Es ging um den 2. Weltkrieg.')).toEqual([
      'Am 15. August trafen sich die Präsidenten.',
      'Es ging um den 2. Weltkrieg.',
    ]);
    expect(texts('Der Vertrag vom 20.12.2025 gilt. Donald J. Trump unterschrieb.')).toEqual([
      'Der Vertrag vom 20.12.2025 gilt.',
      'Donald J. Trump unterschrieb.',
    ]);
  });

  it('splits after a year at the end of a sentence', () => {
    expect(texts('Das war im Jahr 2025. Danach kam nichts.')).toHaveLength(2);
  });

  it('keeps a quotation followed by its speaker together and splits inside long quotes', () => {
    expect(texts('"Wir sind bereit!", sagte er. „Es eilt. Wirklich.“ Dann ging er.')).toEqual([
      '"Wir sind bereit!", sagte er.',
      '„Es eilt.',
      'Wirklich.“',
      'Dann ging er.',
    ]);
  });

  it('ends sentences at line breaks and counts paragraphs at blank lines', () => {
    const text = 'Wen schickt Russland?\n\nErster Satz ohne Punkt\nZweiter Satz.\n\n  \n\nDritter Absatz.';
    expect(splitSentences(text).map(sentence => [sentence.paragraph, sentence.text])).toEqual([
      [0, 'Wen schickt Russland?'],
      [1, 'Erster Satz ohne Punkt'],
      [1, 'Zweiter Satz.'],
      [2, 'Dritter Absatz.'],
    ]);
  });

  it('gives offsets into the original text', () => {
    const text = '  Erster Satz.   Zweiter Satz!\n\nDritter.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

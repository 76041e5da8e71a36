import {describe, expect, it} from 'vitest';
import {sanitizeText, sanitizeUrl} from '../../source/text/sanitize.js';

const esc = '\u001B';
const bel = '\u0007';

describe('sanitizeText', () => {
  it('keeps German text, newlines and tabs as they are', () => {
    const text = '„Wen schickt Russland?“\n\tSelenskyj begrüßt Gespräche in Genf.';
    expect(sanitizeText(text)).toBe(text);
  });

  it('leaves plain Latin text as NFC would: no character below U+0300 changes, alone or beside another', () => {
    const plain = Array.from({length: 0x300}, (_, code) => String.fromCharCode(code)).filter(char => /[\t\n\u0020-\u007E\u00A0-\u02FF]/.test(char));
    for (const first of plain) {
      expect(first.normalize('NFC')).toBe(first);
      for (const second of plain) if ((first + second).normalize('NFC') !== first + second) expect.fail(`${first}${second} changes under NFC`);
    }
    // Decomposed umlauts (a + combining diaeresis) are still composed.
    expect(sanitizeText('Gespra\u0308che in Genf')).toBe('Gespräche in Genf');
    expect(sanitizeText('Kiew\r\nMoskau')).toBe('Kiew\nMoskau');
  });

  it('removes colour codes and cursor movements', () => {
    expect(sanitizeText(`${esc}[31mKiew${esc}[0m meldet ${esc}[2J${esc}[1;1HAngriffe`)).toBe('Kiew meldet Angriffe');
  });

  it('removes an OSC 8 hyperlink but keeps its visible text', () => {
    const link = `${esc}]8;;https://evil.example/${esc}\\Gipfel in Genf${esc}]8;;${esc}\\`;
    expect(sanitizeText(link)).toBe('Gipfel in Genf');
  });

  it('removes an OSC 52 clipboard write terminated by BEL, and a title change', () => {
    expect(sanitizeText(`Treffen${esc}]52;c;cm0gLXJmIH4=${bel} in Miami${esc}]0;pwned${bel}`)).toBe('Treffen in Miami');
  });

  it('removes C1 control sequences and an unterminated control string', () => {
    expect(sanitizeText('Waffen\u009B31mruhe')).toBe('Waffenruhe');
    expect(sanitizeText(`Gespräche${esc}]52;c;geheim`)).toBe('Gespräche');
  });

  it('removes NUL, other control characters and bidi overrides', () => {
    expect(sanitizeText('Put\u0000in\u0008 trifft\u202E Trump\u2066\u2069\u0085')).toBe('Putin trifft Trump');
  });

  it('turns carriage returns into newlines so a line cannot overwrite itself', () => {
    expect(sanitizeText('Zeile eins\r\nZeile zwei\rGefälscht')).toBe('Zeile eins\nZeile zwei\nGefälscht');
  });

  it('normalises decomposed umlauts to NFC', () => {
    expect(sanitizeText('Gespra\u0308che')).toBe('Gespräche');
  });
});

describe('sanitizeUrl', () => {
  it('accepts http and https addresses', () => {
    expect(sanitizeUrl(' https://www.n-tv.de/politik/a-id1.html ')).toBe('https://www.n-tv.de/politik/a-id1.html');
    expect(sanitizeUrl('http://example.org')).toBe('http://example.org/');
  });

  it('refuses other schemes and garbage', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'nicht eine URL', '']) {
      expect(sanitizeUrl(bad)).toBeNull();
    }
  });
});

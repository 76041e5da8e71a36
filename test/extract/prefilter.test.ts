import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {LiteralSet, foldCase, mayMatch, mayMatchAnyOf, mayMatchOf, requiredLiteralSets, requiredLiterals} from '../../source/extract/prefilter.js';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

// Patterns shaped like the extractor's rules: word lists, lookarounds, optional endings, classes,
// case-insensitive ones, and some no literal can filter.
const patterns = [
  /(?<![\p{L}])(?:traf|trafen|trifft|treffen)(?![\p{L}])(?=[^,;:]*?\sein(?=\s*(?:[,.;:!?"“]|$)))/gu,
  /(?<![\p{L}\d])(?:gestern|vorgestern|zuletzt|damals)(?![\p{L}\d])/giu,
  /(?:^|\s)(?:[Nn]ach|[Ss]eit)\s+(?:[\p{L}-]+\s+){0,4}$/u,
  /(?<![\p{L}])(?:kommende[nmrs]?|nächste[nmrs]?)\s+(?:Woche|Monat|Jahr)(?![\p{L}])/u,
  /\d{1,2}\.\s*(?:Januar|Februar|März|Dezember)/u,
  /(?<![\p{L}])(?:Gespräch|Treffen|Gipfel)\p{L}*/giu,
  /STRASSE|Straße/iu,
  /(?<=(?:Ukraine|Russland)\s+)(?:vertritt|vertreten)(?![\p{L}])/u,
  /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
  /(\W|^)(?:in|vor)\s*(\d+)\s*(?:tag|tagen|woche|wochen)(?=\W|$)/i,
  /(?:Selenskyj|Putin|Trump)(?:s|'s)?/u,
  /a{2}b|c(?:d|e){2,3}/u,
  /[^,;:]*\s(?:statt|teil)(?=[\s,.;:]|$)/u,
  /(?:ab|cd)?ef|(?:gh)+/,
];

describe('the prefilter derived from a pattern', () => {
  it('reads the words a match must contain from the pattern itself', () => {
    expect(requiredLiterals(/(?<![\p{L}])(?:trafen|traf|getroffen)(?![\p{L}])/gu)).toEqual(expect.arrayContaining(['traf', 'getroffen']));
    expect(requiredLiterals(/(?<![\p{L}])(?:trafen|traf|getroffen)(?![\p{L}])/gu)).not.toContain('trafen');
    expect(requiredLiterals(/[Vv]or\s+(?:gestern|morgen)/u)?.sort()).toEqual(['gestern', 'morgen']);
    expect(requiredLiterals(/\p{Lu}\p{L}+/u)).toBeNull();
    expect(requiredLiterals(/(?:Gipfel)?/u)).toBeNull();
  });

  it('says no only where the pattern cannot match', () => {
    expect(mayMatch(/(?:trafen|traf)\s+sich/u, 'Die Minister trafen sich in Genf')).toBe(true);
    expect(mayMatch(/(?:trafen|traf)\s+sich/u, 'Die Minister sprachen in Genf')).toBe(false);
    expect(mayMatch(/gipfel/i, 'DER GIPFEL')).toBe(true);
    expect(mayMatch(/Straße/iu, 'STRASSE')).toBe(true);
    expect(mayMatch(/Straße/iu, 'STRAẞE')).toBe(true);
  });

  it('never rules out a match, over every stretch of a real article', () => {
    const texts: string[] = [];
    const words = seed.split(/(?<=\s)/);
    for (let from = 0; from < words.length; from += 3) {
      for (const length of [1, 4, 12, 40]) texts.push(words.slice(from, from + length).join(''));
    }
    texts.push('am 3. Dezember', 'kommenden Monat', 'vor 3 Tagen', 'aab', 'cdde', 'ef', 'ghgh', 'Ukraine vertritt', 'Merz’ Treffen fand statt');
    let checked = 0;
    for (const pattern of patterns) {
      for (const text of texts) {
        pattern.lastIndex = 0;
        const matches = pattern.test(text);
        if (matches) expect(mayMatch(pattern, text), `${pattern} on ${JSON.stringify(text)}`).toBe(true);
        checked++;
      }
    }
    // A pattern's filter looked up once answers as mayMatch does, text by text.
    const filters = patterns.map(mayMatchOf);
    for (const [p, pattern] of patterns.entries()) for (const text of texts) expect(filters[p]!(text), `${pattern} on ${JSON.stringify(text)}`).toBe(mayMatch(pattern, text));
    // Ruling out is what it is for: most stretches lack the words of most patterns.
    const ruledOut = patterns.flatMap(pattern => texts.map(text => mayMatch(pattern, text))).filter(may => !may).length;
    expect(ruledOut).toBeGreaterThan(checked / 3);
  });
});

describe('the prefilter over texts of any case and script', () => {
  it('answers as the case-folded text holds the words, with ß, capitals and other scripts', () => {
    const rules = [/Straße|Maß\s+halten/iu, /(?:ÄNDERUNG|Öl)preis/iu, /Gespräch(?:e|en)?/u, /Путин/iu, /σοφός/iu, /straße/u];
    const texts = ['Die Strasse', 'DIE STRAßE', 'STRAẞE', 'Maß halten', 'MASS halten', 'ÖLPREIS', 'Änderungpreis', 'Ein GESPRÄCH', 'Gespräch mit Путиным', 'ПУТИН', 'ΣΟΦΌΣ', 'σοφός', 'Straße', 'strasse', '„Straße“ – ja'];
    // Asked often enough, the rules' words join the prefilter's automaton, which then answers.
    for (let i = 0; i < 600; i++) for (const rule of rules) mayMatch(rule, 'nichts');
    const holds = (rule: RegExp, text: string) => requiredLiteralSets(rule)!.every(set => set.some(word => foldCase(text).includes(word)));
    for (const rule of rules) for (const text of texts) expect(mayMatch(rule, text), `${rule} on ${text}`).toBe(holds(rule, text));
  });
});

describe('the prefilter for a group of rules', () => {
  it('says no only when no rule of the group may match, once their words are in the automaton', () => {
    const verbs = [/(?<![\p{L}])(?:traf|trafen)(?![\p{L}])/gu, /(?<![\p{L}])(?:verhandelt|verhandelten)\s+(?:in|mit)(?![\p{L}])/gu, /(?:Gipfel)?Treffen/u];
    const anyOf = mayMatchAnyOf(verbs);
    const texts = ['Die Minister trafen sich', 'Sie verhandelten mit Kiew', 'verhandelten lange', 'Das Gipfeltreffen', 'Der Regen fiel', 'TRAF', ''];
    for (let i = 0; i < 600; i++) for (const verb of verbs) mayMatch(verb, 'nichts');
    for (const text of texts) if (!anyOf(text)) expect(verbs.some(verb => mayMatch(verb, text)), text).toBe(false);
    expect(texts.filter(text => !anyOf(text))).toEqual(['Der Regen fiel', '']);
    // "verhandelten" alone holds one of that rule's words: unsure is yes.
    expect(anyOf('verhandelten lange')).toBe(true);
  });
});

describe('a literal set', () => {
  it('finds which of many words a text holds, case-sensitive as String.includes', () => {
    const set = new LiteralSet(['Kanzler', 'Außenminister', 'ukrainische', 'Kremlchef', 'chef']);
    expect([...set.find('Der ukrainische Außenministers und der Kremlchef')]).toEqual([0, 1, 1, 1, 1]);
    expect([...set.find('der kanzler')]).toEqual([0, 0, 0, 0, 0]);
  });

  it('finds them as well when its words need more states than 16 bits can number', () => {
    const words = Array.from({length: 3000}, (_, index) => `Ortsteil${index}Nord-Süd-Verbindungsstraße`);
    const found = new LiteralSet(words).find(`Über die ${words[2999]} und die ${words[7]}, nicht ${words[42]!.slice(1)}`);
    expect([...found.keys()].filter(index => found[index])).toEqual([7, 2999]);
  });
});

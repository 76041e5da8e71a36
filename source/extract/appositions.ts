// Names in apposition to a role, the commonest way German news introduces someone it has not
// named before: the role first ("der Sprecher des Außenamts, Lorenz Achterberg, sagte") or the
// name first ("Ararat Mirsojan, Außenminister Armeniens, sagte"), one name or a list of them.
import {adjacent, looksLikeName, nameAt, roleCue, type Token} from './name-words.js';

export type Apposition = {names: Token[][]; cue: string};

// A constant, not a literal in the functions: the bundle turns a \p{…} literal into `new RegExp`
// built on every call.
const UPPER_START = /^\p{Lu}/u;

/** A role word with a case or plural ending: "Präsidenten", "Regierungschefs", "Expertinnen", "Politologen". */
export const inflectedRole = (word: string) =>
  UPPER_START.test(word) && ['nen', 'en', 'n', 's'].some(ending => word.endsWith(ending) && roleCue(word.slice(0, -ending.length)) !== undefined);

/** A role word, singular or plural: "Außenminister", "Präsidenten", "Regierungschefs". */
const roleOrRoles = (word: string) => (UPPER_START.test(word) && roleCue(word) !== undefined) || inflectedRole(word);

/** A role of several people: "die Außenminister", "beide Unterhändler", "den Präsidenten". */
export function pluralRole(text: string, previous: Token | undefined, role: Token): boolean {
  if (!roleCue(role.word)) return inflectedRole(role.word);
  return previous !== undefined && adjacent(text, previous, role) && /^(?:die|beide|beiden|zwei|drei|vier)$/i.test(previous.word) && !/in$/.test(role.word);
}

/** Names from `tokens[i]` joined by commas and a final "und": "Anna Probe, Eva Test und Erik Muster". */
function nameList(text: string, tokens: Token[], i: number): Token[][] {
  const names = [nameAt(text, tokens, i, true)];
  let j = i + names[0]!.length;
  let closed = false;
  while (!closed && j < tokens.length && names.length < 5) {
    closed = tokens[j]!.word === 'und' && /^\s+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
    if (closed) j++;
    const next = tokens[j];
    if (!next || !/^(?:\s+|,\s+)$/.test(text.slice(tokens[j - 1]!.end, next.start)) || !looksLikeName(next.word)) break;
    if (!closed && !/^,/.test(text.slice(tokens[j - 1]!.end, next.start))) break;
    names.push(nameAt(text, tokens, j, true));
    j += names.at(-1)!.length;
  }
  // A list ends with "und" before its last name; otherwise only the first name is in apposition.
  return closed ? names : names.slice(0, 1);
}

// What may stand between a role and its apposition: "von US-Präsident Trump", "im Kanzleramt",
// "des ukrainischen Präsidenten". A verb ("besuchte Sumy, Dnipro") ends the role's phrase.
const ROLE_PHRASE_WORD = /^(?:von|vom|des|der|dem|den|die|das|im|in|am|an|für|beim|bei|zur|zum|aus|und|mit|beider|beiden|zweier|dreier|aller|seines|seiner|ihres|ihrer|\p{Ll}+(?:isch|lich|ig|al|ell|iv)(?:e|en|er|es|em)|\p{Lu}[\p{L}-]*)$/u;

/** "der Schwiegersohn des Präsidenten Donald Trump", "Jared Kushner": words that only name and describe someone. */
export const namesOnly = (text: string) => text.trim() !== '' && text.trim().split(/\s+/).length <= 12 && text.trim().split(/\s+/).every(namingWord);

// "Friedrich Merz (70)": an age in brackets belongs to the name.
const namingWord = (word: string) => ROLE_PHRASE_WORD.test(word.replace(/[,'’]/g, '')) || /^\(\d{1,3}\),?$/u.test(word);

/** The words at the end of `text` that name and describe someone: "… erreichten der Gesandte Witkoff" → "der Gesandte Witkoff". */
export function namingTail(text: string): string {
  const words = text.trimEnd().split(/(?<=\s)(?=\S)/);
  let from = words.length;
  while (from > 0 && namingWord(words[from - 1]!.trim())) from--;
  return words.slice(from).join('');
}

/** The words at the start of `text` that name and describe someone: "Kanzler Merz und des Premiers Starmer soll …" → "Kanzler Merz und des Premiers Starmer ". */
export function namingHead(text: string): string {
  const words = text.split(/(?<=\s)(?=\S)/);
  let to = 0;
  while (to < words.length && namingWord(words[to]!.trim())) to++;
  return words.slice(0, to).join('');
}

function describesRole(between: string): boolean {
  if (/[.!?;:]\s/.test(between) || (between.match(/,/g) ?? []).length !== 1) return false;
  return between.replace(/,\s*$/, '').split(/\s+/).filter(Boolean).every(word => ROLE_PHRASE_WORD.test(word.replace(/[,'’]/g, '')));
}

/**
 * Names after a role: "der Sprecher von Kanzler Merz, Hansen, war dabei", and after a
 * plural role a list: "die Unterhändler beider Seiten, Anna Probe und Erik Muster, trafen sich".
 * The names stand between commas (or a comma and the end of the sentence), the role before them
 * in the same clause. `all` are the text's tokens, `tokens` those no known person took.
 */
export function appositionBefore(text: string, tokens: Token[], all: Token[], i: number): Apposition | undefined {
  const first = tokens[i]!;
  if (!/,\s+$/.test(text.slice(Math.max(0, first.start - 3), first.start))) return undefined;
  const names = nameList(text, tokens, i);
  const last = names.at(-1)!.at(-1)!;
  if (!/^\s*[,.;]/.test(text.slice(last.end, last.end + 3))) return undefined;
  const clauseStart = first.start - 90;
  // The first word of the clause before the names that is a role and describes them. `all` is in
  // text order, so the words from the names on need not be looked at.
  for (let k = 0; k < all.length && all[k]!.end < first.start; k++) {
    const other = all[k]!;
    if (other.start > clauseStart && describesRole(text.slice(other.end, first.start)) && roleOrRoles(other.word)) return {names, cue: other.word};
  }
  return undefined;
}

// After a preposition or an article a capitalised pair is a place or a thing: "in Nowa Kachowka, ...".
const NOT_BEFORE_A_NAME = /^(?:in|im|nach|aus|von|vom|bei|beim|zu|zum|zur|über|für|mit|gegen|durch|um|an|am|auf|unter|vor|seit|bis|ohne|der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)$/i;
// ", Außenminister Armeniens,", ", die Außenminister beider Länder,", ", früherer Berater Putins,",
// ", Armeniens Außenminister,", with the age first: ", 52, Politologin in Kiew,".
const ROLE_AFTER = /^,\s+(?:\d{1,3},\s+)?(?:(?:der|die|ein|eine)\s+)?(?:\p{Ll}+(?:e|en|er|es)\s+)*(?:\p{Lu}\p{Ll}+s\s+)?(\p{Lu}[\p{L}-]*)(?=\s*[,.;]|\s+\p{Ll}|\s+\p{Lu}\p{Ll}*s\b)/u;

/**
 * Full names followed by their role: "Ararat Mirsojan, Außenminister Armeniens, sagte",
 * "Anna Probe und Erik Muster, die Unterhändler beider Seiten, trafen sich". The role must not
 * go on into a name of its own (", Generalsekretärin Julia Duchrow," belongs to Duchrow).
 */
export function appositionAfter(text: string, tokens: Token[], i: number): Apposition | undefined {
  const previous = tokens[i - 1];
  if (previous && adjacent(text, previous, tokens[i]) && NOT_BEFORE_A_NAME.test(previous.word)) return undefined;
  const names = nameList(text, tokens, i);
  if (names.some(name => name.length < 2)) return undefined;
  const end = names.at(-1)!.at(-1)!.end;
  const role = ROLE_AFTER.exec(text.slice(end, end + 120))?.[1];
  return role && roleOrRoles(role) ? {names, cue: role} : undefined;
}

// Academic titles before a name: "Prof. Dr. Henrike Beispiel", "Dr. h.c. Hans Muster", "Mag.
// Eva Probe", "Dipl.-Ing. Karl Test", "Dr.-Ing. Jan Muster". A title is no part of the name
// (nobody is called "Dr"), but it says that a name follows, as a role word does.

// One title, with the degree suffixes that may follow it ("Dr. med.", "Dr. rer. nat.", "Dr. h.c.").
const TITLE = String.raw`(?:Prof|Dr\.-Ing|Dr|Mag|Ing|Dipl\.-\p{Lu}\p{Ll}*|PD|Priv\.-Doz)\.(?:\s*(?:h\.\s?c|med|phil|jur|rer\.\s?nat|rer\.\s?pol|habil|mult)\.)*`;
// Titles in a row before a capitalised word: "Prof. Dr. Henrike".
const TITLES = new RegExp(String.raw`(?<![\p{L}\p{N}.-])(?:${TITLE}\s+)+(?=\p{Lu})`, 'gu');

export type Titles = {
  /** The text with every title blanked out; offsets stay as they were. */
  text: string;
  /** Where a name right after titles begins, and the titles as written ("Prof. Dr."). */
  names: Map<number, string>;
};

/** Blanks academic titles, so "Dr" is never taken for a name, and notes the names they introduce. */
export function blankTitles(text: string): Titles {
  const names = new Map<number, string>();
  const blanked = text.replace(TITLES, (titles, offset: number) => {
    names.set(offset + titles.length, titles.trim().replace(/\s+/g, ' '));
    return ' '.repeat(titles.length);
  });
  return {text: blanked, names};
}

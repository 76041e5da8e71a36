// n-tv puts its "Dachzeile" (kicker) in front of the headline in feed titles:
// "Korruptionsskandal erschüttert Kiew: Ukrainischer Justizminister … suspendiert".
// Only a short, label-like first part is a kicker; "Putin sagt: Wir verhandeln." is not split
// wrongly too often because a kicker has no sentence of its own.

/** Splits "Dachzeile: Überschrift" at the first ": " when the first part looks like a kicker. */
export function splitKicker(fullTitle: string): {kicker: string | null; title: string} {
  const at = fullTitle.indexOf(': ');
  if (at < 0) return {kicker: null, title: fullTitle};
  const kicker = fullTitle.slice(0, at).trim();
  const title = fullTitle.slice(at + 2).trim();
  return looksLikeKicker(kicker) && title.length > 0 ? {kicker, title} : {kicker: null, title: fullTitle};
}

function looksLikeKicker(text: string): boolean {
  if (text.length < 2 || text.length > 60 || text.split(/\s+/).length > 8) return false;
  // A sentence inside ("Es war knapp. Jetzt…") or a trailing full stop means it is running text;
  // a quoted exclamation like "„Habe ich noch nie erlebt“" is still a kicker.
  return !/[.!?]\s/.test(text) && !/[.,;]$/.test(text);
}

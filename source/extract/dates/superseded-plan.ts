// "Die ursprünglich für den 12. März angesetzte Runde wurde verschoben", "Das Treffen war eigentlich
// für den 3. Juni geplant": a date told as the old plan names the day the meeting was meant for, and
// that day may lie just behind the report. It is the nearest such day, not the next one ahead.
const ORIGINALLY = /(?<![\p{L}])(?:ursprünglich|eigentlich)(?![\p{L}])/iu;
const FOR_BEFORE = /(?<![\p{L}])[Ff]ür\s+(?:den\s+)?$/u;
const CALLED_OFF = /(?<![\p{L}])(?:platzte|platzten|geplatzt|abgesagt|verschoben|gestrichen)(?![\p{L}])/u;

const mayBeSuperseded = (sentence: string) =>
  sentence.includes('rsprünglich') || sentence.includes('igentlich') || sentence.includes('ür ');

/** Whether the date at `index` is the day of a plan that was given up or told as the original one. */
export function isSupersededPlanDay(sentence: string, index: number): boolean {
  if (!mayBeSuperseded(sentence)) return false;
  const before = sentence.slice(0, index);
  return ORIGINALLY.test(before) || (FOR_BEFORE.test(before) && CALLED_OFF.test(sentence));
}

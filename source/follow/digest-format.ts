// The digest written out: plain text for the terminal (bold headings only on a colour terminal),
// Markdown for mail and chat, JSON for scripts. Every piece of feed text goes through `cell`
// (no control characters, one line) and every link through sanitizeUrl (http(s) only).
import {sanitizeUrl} from '../text/sanitize.js';
import {cell} from '../ui/format/display.js';
import {meetingDate} from '../ui/format/meeting.js';
import {countdown, fullTime} from '../ui/format/time.js';
import {changeLine} from './change-lines.js';
import type {Digest, DigestMeeting, DigestPerson} from './digest.js';

export type DigestFormat = 'text' | 'markdown' | 'json';

/** "talks in Genf", or for a meeting without a place "call: Donald Trump, Wladimir Putin". */
export function meetingTitle(meeting: DigestMeeting['meeting']): string {
  const place = cell(meeting.place ?? meeting.country);
  if (place) return `${meeting.kind} in ${place}`;
  return `${meeting.kind}: ${meeting.participants.map(cell).join(', ') || 'place open'}`;
}

const facts = ({meeting}: DigestMeeting, now: Date) =>
  [meetingDate(meeting) + (meeting.start && meeting.shown === 'upcoming' ? ` (${countdown(meeting.start, now)})` : ''), meeting.status, meeting.participants.map(cell).join(', ')].filter(Boolean).join(' · ');

const personText = (person: DigestPerson) => `${cell(person.name)} ${person.mentions}${person.isNew ? ' (new)' : person.rising ? ' (rising)' : ''}`;

type Style = {heading(text: string): string; link(outlet: string, url: string): string; bullet: string; indent: string; escape(text: string): string};

// Markdown's own characters in feed text would turn a title into a link or a heading.
const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

function lines(digest: Digest, style: Style, now: Date): string[] {
  const out: string[] = [];
  const {heading, link, bullet, indent, escape} = style;
  const sourceLines = (entry: DigestMeeting) =>
    entry.sources.flatMap(source => {
      const url = sanitizeUrl(source.url);
      return url ? [`${indent}${link(cell(source.outlet), url)}`] : [];
    });
  out.push(heading(`talkwatch digest since ${fullTime(digest.since)}${digest.summary ? `: ${digest.summary}` : ''}`), '');
  if (digest.nothingNew) out.push('Nothing new.', '');
  if (digest.changed.length > 0) {
    out.push(heading('New and changed meetings'));
    for (const entry of digest.changed) {
      const mark = entry.changes?.isNew ? '✦ new:' : '↻';
      out.push(`${bullet}${mark} ${escape(meetingTitle(entry.meeting))} · ${escape(facts(entry, now))}`);
      for (const change of entry.changes?.changes ?? []) out.push(`${indent}${escape(changeLine(change))}`);
      out.push(...sourceLines(entry));
    }
    out.push('');
  }
  if (digest.upcoming.length > 0) {
    out.push(heading('Upcoming in the next 14 days'));
    for (const entry of digest.upcoming) out.push(`${bullet}${escape(meetingTitle(entry.meeting))} · ${escape(facts(entry, now))}`, ...sourceLines(entry));
    out.push('');
  }
  if (digest.people.length > 0) {
    out.push(heading('Most named'), `${bullet}${escape(digest.people.map(personText).join(' · '))}`);
    if (digest.rising.length > 0) out.push(`${bullet}Rising or new: ${escape(digest.rising.map(personText).join(' · '))}`);
    out.push('');
  }
  if (digest.articles.length > 0) {
    out.push(heading('Articles that reported most'));
    for (const article of digest.articles) {
      const url = article.url ? sanitizeUrl(article.url) : null;
      const what = [article.meetings ? `${article.meetings} meeting${article.meetings === 1 ? '' : 's'}` : '', article.people ? `${article.people} tracked` : ''].filter(Boolean).join(', ');
      out.push(`${bullet}${fullTime(article.published)} ${escape(cell(article.outlet))}: ${escape(cell(article.title))} (${what})`);
      if (url) out.push(`${indent}${link(cell(article.outlet), url)}`);
    }
    out.push('');
  }
  return out;
}

const BOLD = '\u001B[1m';
const RESET = '\u001B[22m';

/** The digest in one of its three forms; `colour` only for text on a terminal without NO_COLOR. */
export function formatDigest(digest: Digest, format: DigestFormat, now: Date, colour = false): string {
  if (format === 'json') return `${JSON.stringify(digest, null, 2)}\n`;
  const style: Style =
    format === 'markdown'
      ? {heading: text => (text.startsWith('talkwatch digest') ? `# ${text}` : `## ${text}`), link: (outlet, url) => `[${escapeMarkdown(outlet)}](<${url}>)`, bullet: '- ', indent: '  - ', escape: escapeMarkdown}
      : {heading: text => (colour ? `${BOLD}${text}${RESET}` : text), link: (_outlet, url) => url, bullet: '  ', indent: '      ', escape: text => text};
  return `${lines(digest, style, now).join('\n').trimEnd()}\n`;
}

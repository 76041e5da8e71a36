// Feed lists move between readers as OPML. Import reads any nesting of outlines (folders);
// export writes a flat OPML 2.0 list.
import {DOMParser} from 'linkedom';
import {sanitizeText} from '../text/sanitize.js';
import {FeedParseError} from './feed-parse-error.js';

export type OpmlFeed = {url: string; name: string | null};

/** Every outline with an xmlUrl, folders flattened, first occurrence of a URL kept. */
export function parseOpml(xml: string): OpmlFeed[] {
  const document = new DOMParser().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml');
  const root = document.documentElement;
  if (root?.tagName.toLowerCase() !== 'opml') throw new FeedParseError('not an OPML file (no <opml> element)');
  if (!root.querySelector('body')) throw new FeedParseError('invalid OPML: no <body> element');
  const feeds = new Map<string, OpmlFeed>();
  for (const outline of Array.from(root.querySelectorAll('outline'))) {
    const url = attribute(outline, 'xmlUrl');
    if (!url || feeds.has(url)) continue;
    feeds.set(url, {url, name: attribute(outline, 'title') ?? attribute(outline, 'text')});
  }
  return [...feeds.values()];
}

/** The feeds as an OPML 2.0 document. */
export function toOpml(feeds: {url: string; name: string}[], now: Date): string {
  const outlines = feeds.map(({url, name}) => {
    const label = escapeXml(name);
    return `    <outline type="rss" text="${label}" title="${label}" xmlUrl="${escapeXml(url)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    '    <title>talkwatch feeds</title>',
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

type Attributes = {getAttribute(name: string): string | null};

/** An attribute, entity-decoded (linkedom leaves "&amp;" as is in XML mode) and sanitised. */
function attribute(element: Attributes, name: string): string | null {
  const raw = element.getAttribute(name) ?? element.getAttribute(name.toLowerCase());
  const value = raw === null ? '' : sanitizeText(decodeXmlEntities(raw)).trim();
  return value || null;
}

const xmlEntities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    if (!entity.startsWith('#')) return xmlEntities[entity.toLowerCase()] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeXml(text: string): string {
  // Control characters are not allowed in XML at all; the sanitiser removes them first.
  return sanitizeText(text).replace(/[&<>"'\n\t]/g, char => `&#${char.charCodeAt(0)};`);
}

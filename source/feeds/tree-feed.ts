// A feed read from the forgiving XML tree (xml-tree.ts), mapped to the same raw item shape
// rss-parser gives, so both readings become FeedItems through one mapping (feed-item.ts).
// Knows RSS 0.90–0.94 and 2.0, RSS 1.0/RDF under any prefix, Atom 0.3 and 1.0; resolves
// xml:base (nested and relative) for links.
import type {RawItem} from './feed-item.js';
import {childNamed, childrenNamed, innerText, type XmlNode} from './xml-tree.js';

export type TreeFeed = {isAtom: boolean; title: string | null; link: string | null; ttl: string | null; items: RawItem[]; truncatedItems: number};

/** The channel and items of a feed document's root element, or null when the root is no feed. */
export function treeFeed(root: XmlNode): TreeFeed | null {
  const kind = root.name.toLowerCase();
  if (kind === 'feed') return atomFeed(root);
  if (kind !== 'rss' && kind !== 'rdf:rdf') return null;
  const channel = childNamed(root, 'channel');
  // RSS 0.90 and 1.0 put items beside the channel; some 0.9x feeds do too, by mistake.
  const itemNodes = [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
  const complete = itemNodes.filter(node => node.complete);
  return {
    isAtom: false,
    title: channel ? textOf(channel, 'title') : null,
    link: channel ? link(channel) : null,
    ttl: channel ? textOf(channel, 'ttl') : null,
    items: complete.map(rssItem),
    truncatedItems: itemNodes.length - complete.length,
  };
}

function rssItem(node: XmlNode): RawItem {
  const enclosure = childNamed(node, 'enclosure');
  return {
    title: textOf(node, 'title') ?? textOf(node, 'dc:title'),
    link: link(node),
    guid: textOf(node, 'guid'),
    'rdf:about': absolute(node.attributes['rdf:about'], node.base),
    pubDate: textOf(node, 'pubdate'),
    date: textOf(node, 'dc:date'),
    content: textOf(node, 'description'),
    'content:encoded': textOf(node, 'content:encoded'),
    rawCategories: childrenNamed(node, 'category').map(innerText),
    enclosure: enclosure ? {url: absolute(enclosure.attributes.url, enclosure.base), type: enclosure.attributes.type} : undefined,
    ...media(node),
  };
}

function atomFeed(root: XmlNode): TreeFeed {
  const entries = childrenNamed(root, 'entry');
  const complete = entries.filter(node => node.complete);
  return {isAtom: true, title: textOf(root, 'title'), link: atomLink(root, 'alternate'), ttl: null, items: complete.map(atomEntry), truncatedItems: entries.length - complete.length};
}

function atomEntry(node: XmlNode): RawItem {
  const enclosure = childrenNamed(node, 'link').find(element => element.attributes.rel === 'enclosure');
  return {
    title: textOf(node, 'title'),
    link: atomLink(node, 'alternate'),
    id: textOf(node, 'id'),
    // Atom 0.3 named them issued, modified and created.
    published: textOf(node, 'published') ?? textOf(node, 'issued') ?? textOf(node, 'created'),
    updated: textOf(node, 'updated') ?? textOf(node, 'modified'),
    content: textOf(node, 'content'),
    summary: textOf(node, 'summary'),
    rawCategories: childrenNamed(node, 'category').map(category => ({$: category.attributes})),
    enclosure: enclosure ? {url: absolute(enclosure.attributes.href, enclosure.base), type: enclosure.attributes.type} : undefined,
    ...media(node),
  };
}

/** RSS <link> text, resolved against xml:base; an <atom:link href="…"/> beside it (rel="self") has no text and is passed over. */
function link(node: XmlNode): string | null {
  const element = childrenNamed(node, 'link').find(candidate => innerText(candidate).trim());
  return element ? absolute(innerText(element), element.base) : null;
}

/** The href of the Atom link with this rel (a link without rel is "alternate"), else of the first link. */
function atomLink(node: XmlNode, rel: string): string | null {
  const links = childrenNamed(node, 'link').filter(element => element.attributes.href);
  const chosen = links.find(element => (element.attributes.rel ?? 'alternate') === rel) ?? links.find(element => element.attributes.rel !== 'enclosure');
  return chosen ? absolute(chosen.attributes.href, chosen.base) : null;
}

function media(node: XmlNode): Pick<RawItem, 'mediaContent' | 'mediaThumbnail'> {
  const attributes = (name: string) => childrenNamed(node, name).map(element => ({$: {...element.attributes, url: absolute(element.attributes.url, element.base)}}));
  return {mediaContent: attributes('media:content'), mediaThumbnail: attributes('media:thumbnail')};
}

function textOf(node: XmlNode, name: string): string | null {
  const element = childNamed(node, name);
  const text = element ? innerText(element).trim() : '';
  return text || null;
}

/** A link made absolute against its xml:base (itself the feed's address unless the document says otherwise). */
function absolute(value: string | undefined, base: string): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  return URL.canParse(trimmed, base) ? new URL(trimmed, base).href : trimmed;
}

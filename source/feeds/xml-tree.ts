// A forgiving reading of feed XML, for documents the strict parser refuses or maps badly:
// htmlparser2 in XML mode reads on past an unescaped "&", an undefined entity, an unclosed tag
// or a cut-off end, the way newsboat's libxml2 "recover" mode does. Entities: only XML's five
// and numeric references are decoded (a DTD is never read, so nothing expands: no billion
// laughs, no external entity); any other stays as literal text.
import {Parser} from 'htmlparser2';

export type XmlNode = {
  /** Namespace-resolved name: "title" for RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 elements whatever their prefix, "dc:date", "content:encoded", "media:content", "rdf:RDF"; other prefixes as written. */
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlNode | string>;
  /** The element's xml:base, resolved against its ancestors' and the document's address. */
  base: string;
  /** False when the document ended inside it (a truncated download). */
  complete: boolean;
};

/** Namespaces whose elements are the feed's own; their prefix (if any) is dropped. */
const feedNamespaces = new Set([
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://www.w3.org/2005/Atom',
  'http://purl.org/atom/ns#',
  'http://backend.userland.com/rss2',
  'http://www.w3.org/1999/xhtml',
]);
const knownPrefixes: Record<string, string> = {
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
};

type Open = {node: XmlNode; namespaces: Map<string, string>};

/**
 * Deeper elements are read as text of the element at this depth. A feed needs about ten levels
 * (XHTML content a few more); a damaged or hostile document can open thousands without closing
 * any, and a tree that deep would overflow the stack of whatever walks it.
 */
const maxDepth = 64;

/** The document's root element (the first one), or null when there is none. */
export function readXmlTree(xml: string, documentUrl: string): XmlNode | null {
  const root: XmlNode = {name: '#document', attributes: {}, children: [], base: documentUrl, complete: true};
  const stack: Open[] = [{node: root, namespaces: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])}];
  let ending = false;
  // Elements opened below maxDepth, not in the tree; their closing tags are skipped too.
  let ignored = 0;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (stack.length > maxDepth) {
          ignored++;
          return;
        }
        const parent = stack.at(-1)!;
        const namespaces = new Map(parent.namespaces);
        for (const [key, value] of Object.entries(attributes)) {
          if (key === 'xmlns') namespaces.set('', value);
          else if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), value);
        }
        const node: XmlNode = {name: resolveName(tag, namespaces), attributes, children: [], base: resolveBase(attributes['xml:base'], parent.node.base), complete: true};
        parent.node.children.push(node);
        stack.push({node, namespaces});
      },
      onclosetag() {
        if (ignored > 0) {
          ignored--;
          return;
        }
        const closed = stack.pop();
        if (closed && ending) closed.node.complete = false;
      },
      ontext(text) {
        const children = stack.at(-1)!.node.children;
        if (typeof children.at(-1) === 'string') children[children.length - 1] += text;
        else children.push(text);
      },
    },
    {xmlMode: true, decodeEntities: true, recognizeCDATA: true, recognizeSelfClosing: true},
  );
  parser.write(xml);
  // Elements still open now are closed by the end of the document: they were cut off.
  ending = true;
  parser.end();
  return root.children.find((child): child is XmlNode => typeof child !== 'string') ?? null;
}

function resolveName(tag: string, namespaces: Map<string, string>): string {
  const colon = tag.indexOf(':');
  const prefix = colon < 0 ? '' : tag.slice(0, colon);
  const local = colon < 0 ? tag : tag.slice(colon + 1);
  const uri = namespaces.get(prefix);
  // RSS 0.9x/2.0 has no namespace; its element names are matched in lower case (pubDate, pubdate).
  if (uri === undefined) return prefix ? tag : tag.toLowerCase();
  if (feedNamespaces.has(uri)) return local.toLowerCase();
  const known = knownPrefixes[uri];
  return known ? `${known}:${local}` : tag;
}

function resolveBase(base: string | undefined, parentBase: string): string {
  if (!base) return parentBase;
  return URL.canParse(base.trim(), parentBase) ? new URL(base.trim(), parentBase).href : parentBase;
}

/** The element's child elements with the given name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child): child is XmlNode => typeof child !== 'string' && child.name === name);
}

export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return childrenNamed(node, name)[0];
}

/** The element's text; child elements (markup the wrapping pass left, or XHTML) come back as HTML. */
export function innerText(node: XmlNode): string {
  const elements = node.children.some(child => typeof child !== 'string');
  return node.children.map(child => (typeof child === 'string' ? (elements ? escapeHtml(child) : child) : outerHtml(child))).join('');
}

function outerHtml(node: XmlNode): string {
  const name = node.name.includes(':') ? node.name.slice(node.name.indexOf(':') + 1) : node.name;
  const attributes = Object.entries(node.attributes)
    .filter(([key]) => !key.startsWith('xmlns'))
    .map(([key, value]) => ` ${key}="${escapeHtml(value).replaceAll('"', '&quot;')}"`)
    .join('');
  const inner = node.children.map(child => (typeof child === 'string' ? escapeHtml(child) : outerHtml(child))).join('');
  return `<${name}${attributes}>${inner}</${name}>`;
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

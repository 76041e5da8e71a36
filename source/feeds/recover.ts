// The recovering reading, loaded only when the strict parse fails or cannot map a document:
// a poll of well-formed feeds, and the dashboard's start-up, never load it.
import {treeFeed, type TreeFeed} from './tree-feed.js';
import {readXmlTree} from './xml-tree.js';

export type {TreeFeed} from './tree-feed.js';

/** The feed as the forgiving parser reads it, or null when the document has no feed root. */
export function recoverFeed(xml: string, feedUrl: string): TreeFeed | null {
  const root = readXmlTree(xml, feedUrl);
  return root ? treeFeed(root) : null;
}

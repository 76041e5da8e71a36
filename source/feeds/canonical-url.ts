// One article often reaches us under several addresses (from two feeds, with campaign tags);
// the canonical form is what the cache deduplicates on.
import {sanitizeUrl} from '../text/sanitize.js';

const trackingParameters = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|wt_mc|wt_zmc|xtor)$/i;
// n-tv.de appends these to links in its feeds and newsletters; they never change the article.
const ntvParameters = /^(rss|ref|an|source|campaign)$/i;

/**
 * The article's canonical http(s) URL: resolved against `base`, tracking parameters and the
 * fragment removed, host lower-cased. Null when the link is not a usable http(s) address.
 */
export function canonicalUrl(link: string, base?: string): string | null {
  const trimmed = link.trim();
  if (!trimmed) return null;
  const resolved = base && URL.canParse(trimmed, base) ? new URL(trimmed, base).href : trimmed;
  const safe = sanitizeUrl(resolved);
  if (!safe) return null;
  const url = new URL(safe);
  url.hash = '';
  const isNtv = /(^|\.)n-tv\.de$/.test(url.hostname);
  for (const name of [...url.searchParams.keys()]) {
    if (trackingParameters.test(name) || (isNtv && ntvParameters.test(name))) url.searchParams.delete(name);
  }
  return url.href;
}

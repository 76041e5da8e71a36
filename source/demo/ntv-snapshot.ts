// The n-tv front page feed as it was on 12 November 2025: real items for the demo, bundled
// into dist/ as text so `talkwatch --demo` needs neither the network nor the source tree.
import snapshot from './ntv-startseite-2025-11-12.xml' with {type: 'text'};

export const ntvSnapshot: string = snapshot;

// The feeds of a seeded cache. They point at a closed port on 127.0.0.1: should a dashboard poll
// them anyway, it fails fast and never leaves the machine.
export const seedFeeds = Array.from({length: 10}, (_, feed) => feed);
export const seedFeedUrl = (feed: number) => `http://127.0.0.1:9/bench/${feed}.xml`;

import packageJson from '../../package.json' with {type: 'json'};

/** Identifies talkwatch to publishers, so they can tell us apart from scrapers and reach us. */
export const userAgent = `talkwatch/${packageJson.version} (+https://github.com/talkwatch)`;

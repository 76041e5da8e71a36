import {fileURLToPath} from 'node:url';

/** The path of a feed file of our own in test/fixtures/wild/: damaged, old, sparse or oddly linked. */
export const wildFixture = (name: string) => fileURLToPath(new URL(`../fixtures/wild/${name}`, import.meta.url));

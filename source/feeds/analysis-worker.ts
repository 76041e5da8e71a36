// The analysis stage on a worker thread, with its own connection to the cache: the main thread
// reads and stores while this one extracts. Started by WorkerAnalyser (worker-analyser.ts);
// bundled as dist/analysis-worker.js.
import {parentPort, workerData} from 'node:worker_threads';
import {readUserActors} from '../config/user-actors.js';
import {loadGazetteer} from '../extract/gazetteer.js';
import {extract} from '../extract/index.js';
import {isSameMeeting} from '../extract/merge.js';
import {Cache} from '../store/cache.js';
import {Analyser} from './analyser.js';

const {cacheFile, configDir} = workerData as {cacheFile: string; configDir: string};
const cache = Cache.open(cacheFile, isSameMeeting);
const gazetteer = loadGazetteer(readUserActors(configDir));
const analyser = new Analyser(
  {store: async () => cache, extract: input => extract(input, gazetteer), now: () => new Date()},
  {onProgress: progress => parentPort!.postMessage({type: 'progress', progress})},
);

parentPort!.on('message', (message: 'wake' | 'finish') => {
  analyser.wake();
  if (message === 'finish')
    void analyser.done().then(report => {
      cache.close();
      parentPort!.postMessage({type: 'done', report});
    });
});

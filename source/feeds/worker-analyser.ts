// The analysis stage on a second core: the same Analyser, run by analysis-worker.ts on a worker
// thread with its own connection. Measured against the in-process analyser in docs/benchmarks.md.
import {Worker} from 'node:worker_threads';
import type {AnalysisProgress, AnalysisReport} from './analyser.js';

export class WorkerAnalyser {
  private readonly worker: Worker;
  private readonly finished: Promise<AnalysisReport>;

  constructor(paths: {cacheFile: string; configDir: string}, onProgress: (progress: AnalysisProgress) => void) {
    this.worker = new Worker(new URL('./analysis-worker.js', import.meta.url), {workerData: paths});
    this.finished = new Promise((resolve, reject) => {
      this.worker.on('message', (message: {type: 'progress'; progress: AnalysisProgress} | {type: 'done'; report: AnalysisReport}) => {
        if (message.type === 'progress') onProgress(message.progress);
        else resolve(message.report);
      });
      this.worker.once('error', reject);
    });
  }

  wake(): void {
    this.worker.postMessage('wake');
  }

  async done(): Promise<AnalysisReport> {
    this.worker.postMessage('finish');
    const report = await this.finished;
    await this.worker.terminate();
    return report;
  }
}

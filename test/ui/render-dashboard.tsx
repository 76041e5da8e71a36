// Renders the dashboard with ink-testing-library at a fixed terminal size.
import {render} from 'ink-testing-library';
import {App} from '../../source/ui/App.js';
import type {Services} from '../../source/ui/services.js';
import {NOW} from './sample-data.js';

export const tick = (ms = 20) => new Promise(resolve => setTimeout(resolve, ms));

export const keys = {down: '\u001B[B', up: '\u001B[A', enter: '\r', escape: '\u001B', tab: '\t', shiftTab: '\u001B[Z', pageDown: '\u001B[6~', backspace: '\u007F'};

export async function renderDashboard(services: Services, {columns = 80, rows = 24, noColor = true} = {}) {
  const instance = render(<App services={services} now={() => NOW} noColor={noColor} />);
  const resize = async (width: number, height: number) => {
    // ink-testing-library's stdout is always 100 columns wide; a real terminal is what we say.
    Object.defineProperty(instance.stdout, 'columns', {configurable: true, get: () => width});
    Object.defineProperty(instance.stdout, 'rows', {configurable: true, get: () => height});
    instance.stdout.emit('resize');
    await tick();
  };
  /** Waits until no new frame was drawn for a while: a busy machine renders late, not never. */
  const settle = async () => {
    const end = Date.now() + 2000;
    let count = -1;
    while (count !== instance.frames.length && Date.now() < end) {
      count = instance.frames.length;
      await tick(40);
    }
  };
  await resize(columns, rows);
  // As the dashboard stands once open: Latest's counts follow its first frame.
  await settle();
  /** Sends keys one at a time, as a person types them. */
  const press = async (...sequence: string[]) => {
    for (const key of sequence) {
      instance.stdin.write(key);
      await settle();
    }
  };
  const frame = () => instance.lastFrame() ?? '';
  /** The frame once it shows `text` (or the last one after two seconds, for the assertion to report). */
  const frameWith = async (text: string) => {
    const end = Date.now() + 2000;
    while (!frame().includes(text) && Date.now() < end) await tick(20);
    return frame();
  };
  return {...instance, resize, press, frame, frameWith};
}

import type {ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';
export async function benchStartup(_context: SectionContext): Promise<ResultRow[]> {
  return [];
}

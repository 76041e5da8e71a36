import type {ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';
export async function benchScale(_context: SectionContext): Promise<ResultRow[]> {
  return [];
}

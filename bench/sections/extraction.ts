import type {ResultRow} from '../report/result.js';
import type {SectionContext} from './context.js';
export async function benchExtraction(_context: SectionContext): Promise<ResultRow[]> {
  return [];
}

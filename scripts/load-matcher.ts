// Node-side construction of the same matcher the extension ships: validated dataset -> index ->
// matcher. Scripts and tests use this; the extension gets the index from the Vite plugin.
import { loadDataset } from '../lib/dataset/load';
import { buildIndex } from '../lib/matching/build-index';
import { createMatcher, type Matcher } from '../lib/matching/matcher';

let cached: Matcher | undefined;
export function loadMatcher(): Matcher {
  return (cached ??= createMatcher(buildIndex(loadDataset())));
}

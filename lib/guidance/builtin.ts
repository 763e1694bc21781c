import pack from './builtin-pack.json';
import type { Pack } from './schema';

/**
 * The built-in guidance: the four rules every team gets (post-now, go-viral, new-network, roi), in
 * French and English, as data in the same pack format managers write. Not parsed at runtime, so zod
 * stays out of the content script: tests/unit/guidance/builtin-pack.test.ts proves the JSON is a valid
 * pack that parses to itself and that its examples and corpora behave.
 */
export const BUILTIN_PACK: Pack = pack as Pack;

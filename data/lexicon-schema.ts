// The JD-autopsy lexicon: corporate phrases job descriptions really use, each with its variants and
// an original Otiose translation. One file per kind under data/lexicon/<kind>.json. Validated at
// build and test time like the dossiers; the page receives a compiled matcher table only.
import { z } from 'zod';

export const PHRASE_KINDS = ['workload', 'pay', 'culture', 'process', 'hype'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

export const phraseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  /** The phrase as job descriptions print it, lower case. */
  phrase: z.string().trim().min(3).max(80),
  /** Other spellings: inflections, hyphenation, British spelling. Lower case; may be empty. */
  variants: z.array(z.string().trim().min(3).max(80)),
  /** What it really means, in the Otiose voice. Never reused. */
  translation: z.string().trim().min(15).max(240),
});

export const lexiconFileSchema = z.array(phraseSchema).min(1);
export type Phrase = z.infer<typeof phraseSchema> & { kind: PhraseKind };

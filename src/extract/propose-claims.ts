/**
 * The claim proposer: reads a pasted article (Chinese or English) and proposes one candidate claim per
 * figure of every sentence, for a person to check, edit and accept. Pure: no DOM, no clock.
 */
import type { ArticleProposals, ProposeOptions } from './proposal';
import { proposeInSentence } from './sentence-proposals';
import { detectLanguage, splitSentences } from './sentences';
import { latestYear, yearOf } from './years';

/** Proposes candidate claims for every figure of `text`, in reading order. */
export function proposeClaims(text: string, options: ProposeOptions = {}): ArticleProposals {
  const language = detectLanguage(text);
  const sentences = splitSentences(text, language);
  const ctx = { language, asOfYear: yearOf(options.asOf) ?? latestYear(text), readings: options.readings ?? [] };
  // Republished pages often repeat a paragraph; its figures are proposed once, at the first copy.
  const seen = new Set<string>();
  const proposals = sentences.flatMap((sentence, index) => {
    if (seen.has(sentence.text)) return [];
    seen.add(sentence.text);
    return proposeInSentence(sentence, index, ctx);
  });
  return { language, sentences, proposals };
}

/**
 * An article: the decoded text exactly as read (every offset in tarikh points into it), where its body starts, its
 * publication date and where that came from.
 */
import { TarikhError } from '../errors.js';
import type { TemporalLexicon } from '../temporal/lexicon.js';
import { readFrontMatter } from './front-matter.js';
import { findPublished, type PublishedFrom } from './published.js';

export interface Article {
  id: string;
  /** The path as given, or "-" for standard input. */
  source: string;
  text: string;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  published: string;
  published_from: PublishedFrom;
  title?: string;
  url?: string;
}

export interface ArticleInput {
  id: string;
  source: string;
  text: string;
  /** --published, which overrides anything in the text. */
  published?: string;
  /** A date supplied with the input itself (JSON Lines corpora), used before looking in the text. */
  metaPublished?: string;
  title?: string;
  url?: string;
}

export function makeArticle(input: ArticleInput, lex: TemporalLexicon): Article {
  const text = input.text;
  if (text.trim() === '') throw new TarikhError('BAD_INPUT', `${input.source}: empty article`, { source: input.source, hint: 'the file has no text' });
  const fm = readFrontMatter(text);
  const bodyStart = fm?.bodyStart ?? (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text.slice(bodyStart).trim() === '') throw new TarikhError('BAD_INPUT', `${input.source}: empty article (front matter only)`, { source: input.source });
  const pub = findPublished(text, bodyStart, lex, { override: input.published, frontMatter: fm?.fields, metadata: input.metaPublished, source: input.source });
  const title = input.title ?? (typeof fm?.fields.title === 'string' ? fm.fields.title : undefined);
  const url = input.url ?? (typeof fm?.fields.url === 'string' ? fm.fields.url : undefined);
  return { id: input.id, source: input.source, text, bodyStart, published: pub.date, published_from: pub.from, title, url };
}

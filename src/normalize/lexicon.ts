/**
 * A phrase lexicon over tokens: one- or many-word phrases (normalized) mapped to entries, matched longest-first at a
 * token position. The first word may carry proclitics (و، ف، ب، ل، ك and the لل contraction of ل + ال), which the
 * matcher strips only when the whole word is not itself in the lexicon, so "بحث" stays "بحث" and "وفي" finds "في".
 * Lookups are hash-map hits per token: linear in the text whatever the lexicon size.
 */
import { normalizeWord } from './arabic.js';
import type { Token } from './tokens.js';

export interface TrieNode<T> {
  entries: T[];
  next: Map<string, TrieNode<T>> | null;
}

export interface LexMatch<T> {
  entries: T[];
  /** Token range [first, last) covered by the phrase. */
  first: number;
  last: number;
  /** Normalized offset where the phrase starts, after any clitic. */
  s: number;
  e: number;
  /** The clitic letters stripped from the first word ('' when none). */
  clitic: string;
}

const CONJ = new Set(['و', 'ف']);
const NONE: ReadonlyArray<never> = [];
const START_CACHE_CAP = 200_000;
const PREP = new Set(['ب', 'ل', 'ك']);

/**
 * Readings are asked for every token by every lexicon, and news vocabulary repeats: they are cached per word
 * (bounded, so memory stays flat over an archive).
 */
const READINGS = new Map<string, ReadonlyArray<readonly [string, string]>>();
const READINGS_CAP = 200_000;

/** The readings of a word with its proclitics removed, most literal first: [stem, clitic]. */
export function cliticReadings(w: string): ReadonlyArray<readonly [string, string]> {
  let r = READINGS.get(w);
  if (r === undefined) {
    if (READINGS.size >= READINGS_CAP) READINGS.clear();
    r = computeReadings(w);
    READINGS.set(w, r);
  }
  return r;
}

function computeReadings(w: string): Array<[string, string]> {
  const out: Array<[string, string]> = [[w, '']];
  const consider = (stem: string, clitic: string) => {
    if (stem.length < 2) return;
    out.push([stem, clitic]);
  };
  const firstLevel: Array<[string, string]> = [[w, '']];
  if (w.length > 2 && CONJ.has(w[0])) {
    consider(w.slice(1), w[0]);
    firstLevel.push([w.slice(1), w[0]]);
  }
  for (const [stem, cl] of firstLevel) {
    if (stem.length > 3 && stem.startsWith('لل')) consider('ال' + stem.slice(2), cl + 'ل');
    if (stem.length > 2 && PREP.has(stem[0])) consider(stem.slice(1), cl + stem[0]);
  }
  return out;
}

/**
 * A lexicon as JSON: its distinct entries, and its trie with entries by index, so that entries shared by several
 * phrases stay one object. The build writes the data's lexicons so; a run rebuilds them without deriving a form.
 */
export interface PackedLexicon<T> {
  entries: T[];
  trie: PackedLevel;
}

/** One level of a packed trie: [word, indices of the entries of the phrase ending here, the next level or 0]. */
export type PackedLevel = Array<[string, number[], PackedLevel | 0]>;

export class PhraseLexicon<T> {
  private readonly root = new Map<string, TrieNode<T>>();

  /** Adds a phrase (any spelling: it is normalized here). Empty phrases are ignored. */
  add(phrase: string, entry: T): void {
    const words = normalizeWord(phrase).split(' ').filter(Boolean);
    if (words.length === 0) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (let k = 0; k < words.length; k++) {
      node = level.get(words[k]);
      if (!node) {
        node = { entries: [], next: null };
        level.set(words[k], node);
      }
      if (k < words.length - 1) {
        if (!node.next) node.next = new Map();
        level = node.next;
      }
    }
    if (node && !node.entries.includes(entry)) node.entries.push(entry);
    // The phrase starts cached so far may lack this phrase.
    this.startCache.clear();
  }

  /**
   * Replaces every entry by f(entry), in place: an entry shared by several phrases stays one object. For a caller that
   * wants its entries in another form than the one the data or a snapshot gave.
   */
  mapEntries(f: (entry: T) => T): void {
    const mapped = new Map<T, T>();
    const visit = (m: Map<string, TrieNode<T>>) => {
      for (const node of m.values()) {
        for (let k = 0; k < node.entries.length; k++) {
          const e = node.entries[k];
          let to = mapped.get(e);
          if (to === undefined) mapped.set(e, (to = f(e)));
          node.entries[k] = to;
        }
        if (node.next) visit(node.next);
      }
    };
    visit(this.root);
    this.startCache.clear();
  }

  pack(): PackedLexicon<T> {
    const index = new Map<T, number>();
    const entries: T[] = [];
    const indexOf = (e: T) => {
      let k = index.get(e);
      if (k === undefined) {
        k = entries.length;
        entries.push(e);
        index.set(e, k);
      }
      return k;
    };
    const level = (m: Map<string, TrieNode<T>>): PackedLevel => [...m].map(([w, n]) => [w, n.entries.map(indexOf), n.next ? level(n.next) : 0]);
    return { entries, trie: level(this.root) };
  }

  static unpack<T>(p: PackedLexicon<T>): PhraseLexicon<T> {
    const L = new PhraseLexicon<T>();
    const level = (packed: PackedLevel, into: Map<string, TrieNode<T>>) => {
      for (const [w, es, next] of packed) {
        const node: TrieNode<T> = { entries: es.map((k) => p.entries[k]), next: next ? new Map() : null };
        into.set(w, node);
        if (next) level(next, node.next!);
      }
    };
    level(p.trie, L.root);
    return L;
  }

  /**
   * The readings of a surface word that start a phrase here, with their trie nodes. Most words start none, and news
   * repeats its words, so the answer is cached per word (bounded, so memory stays flat over an archive). Public so
   * that a caller that handles most answers itself (a word that is a phrase on its own) looks the word up once.
   */
  private readonly startCache = new Map<string, ReadonlyArray<PhraseStart<T>>>();

  startsOf(word: string): ReadonlyArray<PhraseStart<T>> {
    let r = this.startCache.get(word);
    if (r !== undefined) return r;
    const found: Array<PhraseStart<T>> = [];
    for (const [stem, clitic] of cliticReadings(word)) {
      const node = this.root.get(stem);
      if (node) found.push(phraseStart(clitic, node));
    }
    r = found.length ? found : NONE;
    if (this.startCache.size >= START_CACHE_CAP) this.startCache.clear();
    this.startCache.set(word, r);
    return r;
  }

  /** Whether a single normalized word (no clitic stripping) is a one-word phrase here. */
  hasWord(word: string): boolean {
    return (this.root.get(word)?.entries.length ?? 0) > 0;
  }

  /**
   * The longest phrase starting at token i, or null. Words of a phrase must be adjacent word tokens (a punctuation
   * mark breaks a phrase); `allowClitic` false forbids stripping proclitics from the first word.
   */
  longestAt(tokens: readonly Token[], i: number, allowClitic = true): LexMatch<T> | null {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return null;
    if (!allowClitic) {
      const node = this.root.get(t.text);
      return node ? longestFrom(tokens, i, phraseStart('', node), null) : null;
    }
    return this.longestWith(tokens, i, this.startsOf(t.text));
  }

  /** longestAt for a word token whose starts (startsOf of its text) the caller already has. */
  longestWith(tokens: readonly Token[], i: number, starts: ReadonlyArray<PhraseStart<T>>): LexMatch<T> | null {
    // Indexed loops, no destructuring: this runs for every word of every text, twice (events and dates).
    let best: LexMatch<T> | null = null;
    for (let k = 0; k < starts.length; k++) best = longestFrom(tokens, i, starts[k], best);
    return best;
  }
}

/**
 * A reading of a word that starts a phrase: the clitic stripped for it, and what the walk needs of the phrase's first
 * trie node, kept here so that a word that ends there costs no visit to the node (news repeats such words).
 */
export interface PhraseStart<T> {
  readonly clitic: string;
  /** The entries of the first word alone, or null when it is no phrase by itself. */
  readonly entries: T[] | null;
  /** The words that may follow in a longer phrase; null when none can (the word's phrase is then decided). */
  readonly next: Map<string, TrieNode<T>> | null;
}

function phraseStart<T>(clitic: string, node: TrieNode<T>): PhraseStart<T> {
  return { clitic, entries: node.entries.length ? node.entries : null, next: node.next };
}

/**
 * The longest phrase through the trie from `start` (a reading of token i), if longer than `best`; else `best`. An
 * earlier reading keeps a tie.
 */
function longestFrom<T>(tokens: readonly Token[], i: number, start: PhraseStart<T>, best: LexMatch<T> | null): LexMatch<T> | null {
  let found = start.entries;
  let foundJ = i;
  let next = start.next;
  for (let j = i + 1; next && j < tokens.length; j++) {
    const nt = tokens[j];
    if (nt.kind !== 'word') break;
    const node = next.get(nt.text);
    if (!node) break;
    if (node.entries.length) {
      found = node.entries;
      foundJ = j;
    }
    next = node.next;
  }
  if (!found || (best && foundJ + 1 <= best.last)) return best;
  return {
    entries: found,
    first: i,
    last: foundJ + 1,
    // For the لل contraction the phrase starts at the second ل, which stands for the ل of ال.
    s: tokens[i].s + start.clitic.length,
    e: tokens[foundJ].e,
    clitic: start.clitic,
  };
}

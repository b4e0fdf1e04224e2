/**
 * A phrase lexicon over tokens: one- or many-word phrases (normalized) mapped to entries, matched longest-first at a
 * token position. The first word may carry proclitics (و، ف، ب، ل، ك and the لل contraction of ل + ال), which the
 * matcher strips only when the whole word is not itself in the lexicon, so "بحث" stays "بحث" and "وفي" finds "في".
 * Lookups are hash-map hits per token: linear in the text whatever the lexicon size.
 */
import { normalizeWord } from './arabic.js';
import { WORD_NUMBERS, wordNumberOf, type Token } from './tokens.js';

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
 * A lexicon in memory as a tree of plain values: its distinct entries, and its trie with entries by index, so that
 * entries shared by several phrases stay one object. For comparing lexicons, and the source of a LexiconSnapshot.
 */
export interface PackedLexicon<T> {
  entries: T[];
  trie: PackedLevel;
}

/** One level of a packed trie: [word, indices of the entries of the phrase ending here, the next level or 0]. */
export type PackedLevel = Array<[string, number[], PackedLevel | 0]>;

/**
 * A lexicon as the build-time data snapshot keeps it: a handful of long strings, which JSON parses at the speed of a
 * copy, where the trie as nested arrays (some 12,000 nodes and their entries) cost more than anything else at
 * start-up, and rebuilding all of it as maps as much again. A run unpacks only the first words, into one map, and a
 * first word's node and the entries it holds when a text first reaches them: the seed touches a few percent.
 */
export interface LexiconSnapshot<T> {
  /** The distinct entries, each as JSON, one a line (indexed as in PackedLexicon). */
  entries: string;
  /** The first word of every phrase, one a line, in the order of the trie's first level. */
  words: string;
  /** For each first word, one a line: its node as JSON, [indices of its entries, its next level (a PackedLevel) or 0]. */
  nodes: string;
  /** Ties the snapshot to its entry type; never set. */
  readonly entryType?: T;
}

/** A line break: JSON text holds none, and snapshot() refuses a phrase word that does. */
const SEP = '\n';

/** What of a lexicon read from a snapshot is still packed: see LexiconSnapshot. */
interface Packed<T> {
  /** The first words, by line. */
  readonly words: readonly string[];
  /** First word → its line. */
  readonly firstWords: Map<string, number>;
  readonly nodesText: string;
  nodes: string[] | null;
  readonly entriesText: string;
  entryTexts: string[] | null;
  /** Entries already revived, by index: one object per index, however many nodes hold it. */
  readonly entries: Array<T | undefined>;
  readonly revive: (entry: T) => T;
}

export class PhraseLexicon<T> {
  private root = new Map<string, TrieNode<T>>();
  /** Of a lexicon read from a snapshot, what no lookup has unpacked yet; null once all is in `root`. */
  private packed: Packed<T> | null = null;

  /** Adds a phrase (any spelling: it is normalized here). Empty phrases are ignored. */
  add(phrase: string, entry: T): void {
    const words = normalizeWord(phrase).split(' ').filter(Boolean);
    if (words.length === 0) return;
    this.unpackAll();
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
    this.clearStarts();
  }

  /**
   * Replaces every entry by f(entry), in place: an entry shared by several phrases stays one object. For a caller that
   * wants its entries in another form than the one the data gave (a snapshot's are revived as they are unpacked).
   */
  mapEntries(f: (entry: T) => T): void {
    this.unpackAll();
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
    this.clearStarts();
  }

  pack(): PackedLexicon<T> {
    this.unpackAll();
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

  /** The lexicon as the build-time snapshot keeps it (see LexiconSnapshot). */
  snapshot(): LexiconSnapshot<T> {
    const { entries, trie } = this.pack();
    const lines = (xs: string[]) => {
      if (xs.some((x) => x.includes(SEP))) throw new Error('a phrase lexicon snapshot line holds a line break');
      return xs.join(SEP);
    };
    return { entries: lines(entries.map((e) => JSON.stringify(e))), words: lines(trie.map(([w]) => w)), nodes: lines(trie.map(([, es, next]) => JSON.stringify([es, next]))) };
  }

  /**
   * The lexicon of a snapshot, unpacked as lookups reach it. `revive` turns each entry as JSON gave it back into the
   * entry the lexicon had (JSON drops undefined fields, for one).
   */
  static fromSnapshot<T>(s: LexiconSnapshot<T>, revive: (entry: T) => T = (e) => e): PhraseLexicon<T> {
    const L = new PhraseLexicon<T>();
    const words = s.words === '' ? [] : s.words.split(SEP);
    const firstWords = new Map<string, number>();
    for (let k = 0; k < words.length; k++) firstWords.set(words[k], k);
    L.packed = { words, firstWords, nodesText: s.nodes, nodes: null, entriesText: s.entries, entryTexts: null, entries: [], revive };
    return L;
  }

  /** The node of a first word, unpacked on first use. */
  private first(word: string): TrieNode<T> | undefined {
    const node = this.root.get(word);
    if (node !== undefined || this.packed === null) return node;
    const line = this.packed.firstWords.get(word);
    return line === undefined ? undefined : this.unpackFirst(word, line);
  }

  private unpackFirst(word: string, line: number): TrieNode<T> {
    const p = this.packed!;
    p.nodes ??= p.nodesText.split(SEP);
    const [es, next] = JSON.parse(p.nodes[line]) as [number[], PackedLevel | 0];
    const node = this.unpackNode(es, next);
    this.root.set(word, node);
    return node;
  }

  private unpackNode(es: number[], next: PackedLevel | 0): TrieNode<T> {
    const node: TrieNode<T> = { entries: es.map((k) => this.entry(k)), next: next ? new Map() : null };
    if (next) for (const [w, wes, wnext] of next) node.next!.set(w, this.unpackNode(wes, wnext));
    return node;
  }

  private entry(k: number): T {
    const p = this.packed!;
    let e = p.entries[k];
    if (e === undefined) {
      p.entryTexts ??= p.entriesText.split(SEP);
      p.entries[k] = e = p.revive(JSON.parse(p.entryTexts[k]) as T);
    }
    return e;
  }

  /** Unpacks what is still packed, the first level in the snapshot's order, for a caller that needs the whole trie. */
  private unpackAll(): void {
    const p = this.packed;
    if (p === null) return;
    const root = new Map<string, TrieNode<T>>();
    for (let line = 0; line < p.words.length; line++) {
      const w = p.words[line];
      root.set(w, this.root.get(w) ?? this.unpackFirst(w, line));
    }
    this.root = root;
    this.packed = null;
  }

  /**
   * The readings of a surface word that start a phrase here, with their trie nodes (startsOf; startsAt for a token).
   * Most words start none, and news repeats its words, so the answer is cached per word (bounded, so memory stays
   * flat over an archive). Public so that a caller that handles most answers itself (a word that is a phrase on its
   * own) looks the word up once.
   */
  private readonly startCache = new Map<string, ReadonlyArray<PhraseStart<T>>>();

  /**
   * The same answers by word id (Token.id), for the tokens of a text: per word number (wordNumberOf), the id whose
   * answer it holds, and the answer. A Map lookup per word of every text, for each lexicon, was the front's hottest
   * line; a compare of numbers is cheaper than even one of strings. Ids are never reused, so an answer kept for a word
   * the table has since dropped is never given to another word.
   */
  private readonly idOfNumber = new Float64Array(WORD_NUMBERS).fill(-1);
  private readonly startsOfNumber: Array<ReadonlyArray<PhraseStart<T>>> = new Array<ReadonlyArray<PhraseStart<T>>>(WORD_NUMBERS).fill(NONE);

  /** Words read only as written, never as proclitic + word (see keepWhole). */
  private whole: ReadonlySet<string> = new Set();

  /**
   * Reads these words only as written: a name that is also a proclitic and a verb ("فيصل" is ف + "يصل", "كيلي" is
   * ك + "يلي") must not date a sentence with the verb's tense or make a visit out of a minister's name.
   */
  keepWhole(words: ReadonlySet<string>): void {
    this.whole = words;
    this.clearStarts();
  }

  /** The words keepWhole was given. */
  keptWhole(): ReadonlySet<string> {
    return this.whole;
  }

  private clearStarts(): void {
    this.startCache.clear();
    this.idOfNumber.fill(-1);
  }

  /** startsOf of a token's word, through its id when it has one. */
  startsAt(t: Token): ReadonlyArray<PhraseStart<T>> {
    const id = t.id;
    if (id < 0) return this.startsOf(t.text);
    const n = wordNumberOf(id);
    if (this.idOfNumber[n] === id) return this.startsOfNumber[n];
    const r = this.startsOf(t.text);
    this.idOfNumber[n] = id;
    this.startsOfNumber[n] = r;
    return r;
  }

  startsOf(word: string): ReadonlyArray<PhraseStart<T>> {
    let r = this.startCache.get(word);
    if (r !== undefined) return r;
    const found: Array<PhraseStart<T>> = [];
    const whole = this.whole.has(word);
    for (const [stem, clitic] of cliticReadings(word)) {
      if (whole && clitic !== '') continue;
      const node = this.first(stem);
      if (node) found.push(phraseStart(clitic, node));
    }
    r = found.length ? found : NONE;
    if (this.startCache.size >= START_CACHE_CAP) this.startCache.clear();
    this.startCache.set(word, r);
    return r;
  }

  /** Whether a single normalized word (no clitic stripping) is a one-word phrase here. */
  hasWord(word: string): boolean {
    return (this.first(word)?.entries.length ?? 0) > 0;
  }

  /**
   * The longest phrase starting at token i, or null. Words of a phrase must be adjacent word tokens (a punctuation
   * mark breaks a phrase); `allowClitic` false forbids stripping proclitics from the first word.
   */
  longestAt(tokens: readonly Token[], i: number, allowClitic = true): LexMatch<T> | null {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return null;
    if (!allowClitic) {
      const node = this.first(t.text);
      return node ? longestFrom(tokens, i, phraseStart('', node), null) : null;
    }
    return this.longestWith(tokens, i, this.startsAt(t));
  }

  /** longestAt for a word token whose starts (startsAt of the token) the caller already has. */
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

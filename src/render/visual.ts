/**
 * `--bidi visual`: for terminals that print characters in memory order (xterm, many Windows and macOS terminals),
 * an Arabic field is reordered so that it reads right to left on screen. A small subset of the Unicode bidi
 * algorithm for one right-to-left paragraph: strong runs, numbers kept left to right, neutrals taking the direction
 * of their neighbours when both agree, mirrored brackets. Combining marks stay with their letter.
 */

type Dir = 'R' | 'L' | 'N' | 'EN';

function dirOf(c: number): Dir {
  if ((c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return 'EN';
    return 'R';
  }
  if (c >= 0x30 && c <= 0x39) return 'EN';
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'L';
  return 'N';
}

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0300 && c <= 0x036f);
}

/** Grapheme-ish clusters: a base character and the combining marks after it. */
function clusters(s: string): string[] {
  const out: string[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isMark(c) && out.length) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

export function visualOrder(s: string): string {
  const cl = clusters(s);
  const dirs: Dir[] = cl.map((x) => dirOf(x.codePointAt(0)!));
  // Separators between digits belong to the number ("2017/05/31", "3.5").
  for (let i = 1; i + 1 < cl.length; i++) if (dirs[i] === 'N' && /[./,:-]/.test(cl[i]) && dirs[i - 1] === 'EN' && dirs[i + 1] === 'EN') dirs[i] = 'EN';
  // Resolve neutrals: between two runs of one direction they take it, otherwise the paragraph's (right to left).
  const strong = (d: Dir) => (d === 'EN' ? 'L' : d);
  for (let i = 0; i < cl.length; i++) {
    if (dirs[i] !== 'N') continue;
    let j = i;
    while (j < cl.length && dirs[j] === 'N') j++;
    const before = i > 0 ? strong(dirs[i - 1]) : 'R';
    const after = j < cl.length ? strong(dirs[j]) : 'R';
    const d: Dir = before === after ? before : 'R';
    for (let k = i; k < j; k++) dirs[k] = d;
  }
  // Runs, reversed as a whole; characters reversed inside right-to-left runs only.
  const runs: Array<{ rtl: boolean; text: string[] }> = [];
  for (let i = 0; i < cl.length; i++) {
    const rtl = dirs[i] === 'R';
    const last = runs[runs.length - 1];
    if (last && last.rtl === rtl) last.text.push(cl[i]);
    else runs.push({ rtl, text: [cl[i]] });
  }
  return runs
    .reverse()
    .map((r) => (r.rtl ? r.text.reverse().map((x) => MIRROR[x] ?? x).join('') : r.text.join('')))
    .join('');
}

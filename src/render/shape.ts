/**
 * Arabic contextual shaping for `--bidi visual`. Terminals that print characters in memory order usually do not
 * join Arabic letters either, so reordered text would show isolated letters; here each letter takes its
 * presentation form (isolated, final, initial, medial) and lam + alef become one ligature.
 *
 * The table comes from Unicode itself: in the Arabic Presentation Forms-B block each letter's forms are consecutive
 * (isolated, final, initial, medial), so the number of forms a letter has is also its joining type: four forms join
 * on both sides, two only to the letter before, one to neither.
 */

interface Forms {
  isolated: number;
  final: number;
  initial?: number;
  medial?: number;
}

const FORMS = new Map<string, Forms>();
const LAM_ALEF = new Map<string, Forms>();

(function build() {
  let prev = '';
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const f: Forms = { isolated: run[0], final: run[1] ?? run[0], initial: run.length === 4 ? run[2] : undefined, medial: run.length === 4 ? run[3] : undefined };
    if (prev.length === 2 && prev[0] === 'ل') LAM_ALEF.set(prev[1], f);
    else if (prev.length === 1) FORMS.set(prev, f);
    run = [];
  };
  for (let c = 0xfe80; c <= 0xfefc; c++) {
    const base = String.fromCharCode(c).normalize('NFKD').normalize('NFC');
    if (base !== prev) {
      flush();
      prev = base;
    }
    run.push(c);
  }
  flush();
})();

const TATWEEL = 'ـ';

function isMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
}

/** Joins to the letter after it. */
function joinsForward(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch === TATWEEL) return true;
  const f = FORMS.get(ch);
  return f !== undefined && f.initial !== undefined;
}

/** Accepts a join from the letter before it. */
function joinsBack(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch === TATWEEL || FORMS.has(ch);
}

/** Shapes a string in logical order; non-Arabic characters pass through. */
export function shapeArabic(s: string): string {
  const chars = [...s];
  // Neighbours skip combining marks, which are transparent to joining.
  const letterAt = (i: number, dir: 1 | -1): string | undefined => {
    for (let k = i + dir; k >= 0 && k < chars.length; k += dir) if (!isMark(chars[k])) return chars[k];
    return undefined;
  };
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const f = FORMS.get(ch);
    if (!f) {
      out += ch;
      continue;
    }
    const before = joinsForward(letterAt(i, -1));
    // Lam followed by an alef is one ligature, which joins only backwards.
    if (ch === 'ل') {
      let k = i + 1;
      while (k < chars.length && isMark(chars[k])) k++;
      const lig = LAM_ALEF.get(chars[k]);
      if (lig) {
        out += String.fromCharCode(before ? lig.final : lig.isolated) + chars.slice(i + 1, k).join('');
        i = k;
        continue;
      }
    }
    const after = f.initial !== undefined && joinsBack(letterAt(i, 1));
    const code = before && after ? f.medial! : before ? f.final : after ? f.initial! : f.isolated;
    out += String.fromCharCode(code);
  }
  return out;
}

/**
 * "Did you mean": the word a mistyped one was meant to be, by edit distance (insertions, deletions,
 * substitutions and swaps of two neighbours each cost 1), among a small list of known words.
 */

/** A replacement for one term of a query: `text` instead of [from, to). */
export interface QueryFix {
  from: number;
  to: number;
  text: string;
}

/** Optimal string alignment distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from the one meant: short words must be nearly right to be guessed at. */
function allowance(word: string): number {
  if (word.length < 3) return 0;
  return word.length <= 5 ? 1 : 2;
}

/**
 * The known word nearest to `word` (any letter case), when one is near enough and `word` is not one
 * already; the first listed wins a tie.
 */
export function closestWord(word: string, known: readonly string[]): string | null {
  const typed = word.toLowerCase();
  const max = allowance(typed);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const distance = editDistance(typed, candidate.toLowerCase(), bestDistance - 1);
    if (distance === 0) return null;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

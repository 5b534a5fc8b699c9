/**
 * A count that has stopped changing: the same value twice, `gapMs` apart (at most `tries` times). The painter draws the
 * clauses near the viewport first and the rest in later tasks, so "some highlights exist" is not "all are drawn"; a test
 * comparing the count before and after an event must start from the finished count, or the painter's own progress
 * reads as the event's effect.
 */
export async function settledCount(count: () => Promise<number>, gapMs = 300, tries = 40): Promise<number> {
  let last = await count();
  for (let i = 0; i < tries; i++) {
    await new Promise((r) => setTimeout(r, gapMs));
    const now = await count();
    if (now === last) return now;
    last = now;
  }
  return last;
}

import { startTransition, useEffect, useState } from "react";

/**
 * How many of a long list's `count` items to draw now: `step` at first, `step` more in each
 * task after, in renders React may interrupt, until all are drawn. Drawn at once, a list of
 * a thousand elements is laid out and painted in one frame; in steps, each frame takes a part.
 * A new `list` starts again from the first step.
 */
export function useDrawnInSteps(list: unknown, count: number, step: number): number {
  const [drawn, setDrawn] = useState({ list, count: step });
  const now = drawn.list === list ? drawn.count : step;
  useEffect(() => {
    if (now >= count) return;
    const next = setTimeout(() => {
      startTransition(() => setDrawn({ list, count: now + step }));
    }, 0);
    return () => clearTimeout(next);
  }, [list, now, count, step]);
  return Math.min(now, count);
}

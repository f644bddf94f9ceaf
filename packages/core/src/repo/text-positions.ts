export interface Position {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

/**
 * 1-based line and column of character offsets in `text`, with CRLF, LF and CR line ends. A
 * leading byte-order mark (U+FEFF) is invisible in editors, so columns on the first line start
 * after it.
 */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = lineStarts(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    const skipped = low === 0 ? Math.min(bom, offset) : 0;
    return { line: low + 1, column: offset - starts[low]! - skipped + 1 };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

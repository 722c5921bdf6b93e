// SVG has no text wrapping, so the pictures lay their labels out themselves. They draw labels in a
// monospace face: every character has the same advance (about 0.6em), which makes a character
// count a reliable stand-in for width without measuring anything in the DOM (the component tests
// run in happy-dom, which has no layout).

/** Advance of one monospace character, as a share of the font size. */
export const MONO_ADVANCE = 0.6;

/** How many characters of a `fontSize` monospace label fit in `width` user units. */
export const charsThatFit = (width: number, fontSize: number) => Math.max(1, Math.floor(width / (fontSize * MONO_ADVANCE)));

/** Width of `text` in a monospace face of `fontSize`. */
export const monoWidth = (text: string, fontSize: number) => text.length * fontSize * MONO_ADVANCE;

/** Cuts `text` to at most `max` characters, ending with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return max <= 1 ? '…' : text.slice(0, max - 1).trimEnd() + '…';
}

/**
 * Greedy word wrap to lines of at most `perLine` characters and at most `maxLines` lines; the last
 * line ends with an ellipsis when the text did not fit. A single word longer than a line is split.
 */
export function wrapWords(text: string, perLine: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.trim().split(/\s+/).filter(Boolean)) {
    while (word.length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= perLine) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = clip(kept[maxLines - 1]! + ' ' + lines[maxLines]!, perLine);
  if (!kept[maxLines - 1]!.endsWith('…')) kept[maxLines - 1] = clip(kept[maxLines - 1]! + '…', perLine);
  return kept;
}

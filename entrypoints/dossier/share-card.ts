// The share card: the dossier's headline, translation and flight risk drawn on a <canvas> and
// saved as a PNG through an <a download> with a blob URL. Everything happens in the page; the
// image goes to the user's downloads folder and nowhere else.
import type { Dossier, RiskLevel } from '../../data/schema';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630; // the size link previews use, so the image shares well

const INK = '#1d1b16';
const PAPER = '#fffdf5';
const MUTED = '#5f594d';
const ACCENT = '#7a2e0e';
const LEVEL_COLOURS: Record<RiskLevel, string> = { LOW: '#2f7d32', MODERATE: '#9a5b00', HIGH: '#b3261e', CRITICAL: '#8e0000' };
const SERIF = 'Georgia, "DejaVu Serif", serif';
const MONO = 'ui-monospace, "DejaVu Sans Mono", monospace';

/**
 * Greedy word wrap by measured width, at most `maxLines` lines; the last line ends with an
 * ellipsis when the text did not fit. `measure` is the canvas's measureText in the page and a
 * stand-in in the tests.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines) {
    if (line) lines.push(line);
    return lines;
  }
  // Out of lines with words left over: end the last line with an ellipsis that fits.
  let last = lines[maxLines - 1]!;
  while (last.includes(' ') && measure(`${last}…`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  lines[maxLines - 1] = `${last}…`;
  return lines;
}

export type ShareCardData = Pick<Dossier, 'id' | 'title' | 'translation'> & { percent: number; level: RiskLevel };

export function shareCardData(d: Dossier): ShareCardData {
  return { id: d.id, title: d.title, translation: d.translation, percent: d.flightRisk.percent, level: d.flightRisk.level };
}

export const shareCardFileName = (id: string) => `otiose-${id}.png`;

/** Draws the card on a 2D context of CARD_WIDTH x CARD_HEIGHT. */
export function drawShareCard(ctx: CanvasRenderingContext2D, data: ShareCardData): void {
  const margin = 72;
  const width = CARD_WIDTH - 2 * margin;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, CARD_WIDTH, 10);
  ctx.textBaseline = 'alphabetic';

  // Brand: every copy of the image says what it is.
  ctx.font = `600 24px ${MONO}`;
  ctx.fillStyle = ACCENT;
  ctx.fillText('OTIOSE · satire', margin, 72);

  // Headline: as large as fits in two lines.
  let size = 64;
  let title: string[];
  for (;;) {
    ctx.font = `700 ${size}px ${SERIF}`;
    title = wrapText(data.title, width, (s) => ctx.measureText(s).width, 2);
    if (!title.some((l) => l.endsWith('…')) || size <= 40) break;
    size -= 4;
  }
  ctx.fillStyle = INK;
  let y = 150;
  for (const line of title) {
    ctx.fillText(line, margin, y);
    y += size * 1.15;
  }

  // Translation: the joke, in italics, up to five lines.
  ctx.font = `italic 30px ${SERIF}`;
  ctx.fillStyle = INK;
  y += 14;
  for (const line of wrapText(`“${data.translation}”`, width, (s) => ctx.measureText(s).width, 5)) {
    ctx.fillText(line, margin, y);
    y += 40;
  }

  // Flight risk: a bar in the level's colour, with the number spelled out beside it.
  const barY = CARD_HEIGHT - 92;
  const barW = 520;
  const p = Math.min(100, Math.max(0, data.percent));
  ctx.fillStyle = '#e6dfcc';
  ctx.fillRect(margin, barY, barW, 22);
  ctx.fillStyle = LEVEL_COLOURS[data.level];
  ctx.fillRect(margin, barY, (barW * p) / 100, 22);
  ctx.font = `700 30px ${MONO}`;
  ctx.fillText(`FLIGHT RISK ${p}% · ${data.level}`, margin + barW + 28, barY + 21);
  ctx.font = `20px ${MONO}`;
  ctx.fillStyle = MUTED;
  ctx.fillText('Aimed at corporate process and hype, never at the people doing the job.', margin, CARD_HEIGHT - 30);
}

/** Draws the card and downloads it as a PNG; resolves with the file name. */
export async function saveShareCard(data: ShareCardData, doc: Document = document): Promise<string> {
  const canvas = doc.createElement('canvas');
  canvas.width = CARD_WIDTH;
  canvas.height = CARD_HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  drawShareCard(ctx, data);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the canvas gave no image');
  const url = URL.createObjectURL(blob);
  const name = shareCardFileName(data.id);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}

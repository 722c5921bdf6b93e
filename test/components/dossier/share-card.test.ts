// The share card's text layout and drawing, with the canvas replaced by a recorder (happy-dom has
// no 2D canvas; the real PNG is checked end to end in Chromium).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_WIDTH, drawShareCard, saveShareCard, shareCardFileName, wrapText } from '../../../entrypoints/dossier/share-card';

const tenPerChar = (s: string) => s.length * 10;
afterEach(() => vi.restoreAllMocks());

describe('wrapText', () => {
  it('wraps at the width', () => {
    expect(wrapText('one two three four five', 90, tenPerChar)).toEqual(['one two', 'three', 'four five']);
  });
  it('ends the last allowed line with an ellipsis that fits', () => {
    const lines = wrapText('one two three four five six', 100, tenPerChar, 2);
    expect(lines).toEqual(['one two', 'three…']);
    for (const l of lines) expect(tenPerChar(l)).toBeLessThanOrEqual(100);
  });
  it('leaves text that fits alone, and a word too long for a line on its own line', () => {
    expect(wrapText('short', 100, tenPerChar, 1)).toEqual(['short']);
    expect(wrapText('a extraordinarily b', 50, tenPerChar)).toEqual(['a', 'extraordinarily', 'b']);
    expect(wrapText('   ', 50, tenPerChar)).toEqual([]);
  });
});

/** A 2D context that records what was written, measuring text at 0.5em a character. */
function recorder() {
  const texts: string[] = [];
  let font = '10px serif';
  const ctx = {
    set font(f: string) {
      font = f;
    },
    get font() {
      return font;
    },
    fillStyle: '',
    textBaseline: '',
    fillRect: vi.fn(),
    fillText: (t: string) => texts.push(t),
    measureText: (t: string) => ({ width: t.length * 0.5 * Number(/(\d+)px/.exec(font)![1]) }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
}

const data = {
  id: 'staff-machine-learning-engineer',
  title: 'Staff Machine Learning Engineer',
  translation: "Oversee junior engineers' attempts to glue together open-source libraries, then claim 'ownership' of the resultant Frankenstein model.",
  percent: 85,
  level: 'HIGH' as const,
};

describe('drawShareCard', () => {
  it('draws the brand, the headline, the translation and the flight risk', () => {
    const { ctx, texts } = recorder();
    drawShareCard(ctx, data);
    expect(texts[0]).toBe('OTIOSE · satire');
    expect(texts).toContain('Staff Machine Learning Engineer');
    expect(texts.join(' ')).toContain('glue together open-source libraries');
    expect(texts).toContain('FLIGHT RISK 85% · HIGH');
  });

  it('shrinks a long headline to two lines instead of running off the card', () => {
    const { ctx, texts } = recorder();
    const long = 'Senior Principal Distinguished Vice President of Strategic Synergy Operations and Alignment';
    drawShareCard(ctx, { ...data, title: long });
    const titleLines = texts.slice(1, texts.findIndex((t) => t.startsWith('“')));
    expect(titleLines.length).toBeLessThanOrEqual(2);
    expect(titleLines.join(' ').replace('…', '')).toBe(long.slice(0, titleLines.join(' ').replace('…', '').length));
  });

  it('draws risk 0 and 100 without overflowing the bar', () => {
    for (const percent of [0, 100]) {
      const { ctx, texts } = recorder();
      drawShareCard(ctx, { ...data, percent, level: percent ? 'CRITICAL' : 'LOW' });
      expect(texts).toContain(`FLIGHT RISK ${percent}% · ${percent ? 'CRITICAL' : 'LOW'}`);
      const widths = (ctx.fillRect as ReturnType<typeof vi.fn>).mock.calls.map((c) => c[2] as number);
      expect(Math.max(...widths)).toBeLessThanOrEqual(CARD_WIDTH);
    }
  });
});

describe('saveShareCard', () => {
  it('downloads a PNG blob through an <a download> and names the file after the dossier', async () => {
    const { ctx } = recorder();
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const canvas = { width: 0, height: 0, getContext: () => ctx, toBlob: (cb: (b: Blob | null) => void, type: string) => cb(type === 'image/png' ? png : null) };
    const realCreate = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation(((tag: string) => (tag === 'canvas' ? canvas : realCreate(tag))) as typeof document.createElement);
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:otiose/1');
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    expect(await saveShareCard(data)).toBe(shareCardFileName(data.id));
    expect(created).toHaveBeenCalledWith(png);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('otiose-staff-machine-learning-engineer.png');
    expect(clicks[0]!.getAttribute('href')).toBe('blob:otiose/1');
    expect(document.querySelector('a[download]')).toBeNull(); // removed again
  });
});

// The day-in-the-life timeline: an hour scale from the entries' times, one bar per entry.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DayTimeline, dayScale, placeEntries } from '../../../components/dossier/DayTimeline';

afterEach(cleanup);

const day = [
  { start: '10:00', end: '11:00', title: 'Architectural Review Board Meeting' },
  { start: '13:00', end: '14:00', title: 'Cross-Functional Alignment Session' },
  { start: '15:00', end: '16:00', title: 'Mentorship & Code Review' },
];
const bars = (c: Element) => [...c.querySelectorAll('.day-bar')].map((b) => [Number(b.getAttribute('x')), Number(b.getAttribute('width'))]);

describe('DayTimeline', () => {
  it('lists every entry with its times in the label, and draws one bar each', () => {
    const { container } = render(<DayTimeline entries={day} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Day timeline, 3 entries: 10:00 to 11:00, Architectural Review Board Meeting; ' +
        '13:00 to 14:00, Cross-Functional Alignment Session; 15:00 to 16:00, Mentorship & Code Review.',
    );
    // 10:00 to 16:00 over x 24..696: 112 units an hour.
    expect(bars(container)).toEqual([
      [24, 112],
      [360, 112],
      [584, 112],
    ]);
    expect([...container.querySelectorAll('.day-hour')].map((t) => t.textContent)).toEqual([
      '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00',
    ]);
  });

  it('gives a single entry a readable scale of at least four hours around it', () => {
    const { container } = render(<DayTimeline entries={[{ start: '10:00', end: '11:00', title: 'The only meeting' }]} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Day timeline, 1 entry: 10:00 to 11:00, The only meeting.');
    expect(dayScale(placeEntries([{ start: '10:00', end: '11:00', title: 'x' }]))).toEqual({ from: 8 * 60, to: 12 * 60 });
    const [[x, w]] = bars(container) as [[number, number]];
    expect(x).toBe(24 + 2 * 168);
    expect(w).toBe(168);
    expect(container.querySelector('.day-caption')!.textContent).toBe('10:00–11:00 The only meeting');
  });

  it('keeps the scale inside the day at midnight and at the end of the day', () => {
    expect(dayScale(placeEntries([{ start: '00:00', end: '00:30', title: 'x' }]))).toEqual({ from: 0, to: 240 });
    expect(dayScale(placeEntries([{ start: '23:00', end: '23:59', title: 'x' }]))).toEqual({ from: 20 * 60, to: 24 * 60 });
  });

  it('keeps the log order and gives overlapping entries their own rows', () => {
    const { container } = render(
      <DayTimeline
        entries={[
          { start: '09:00', end: '12:00', title: 'Long' },
          { start: '11:00', end: '14:30', title: 'Overlapping' },
          { start: '14:00', end: '15:00', title: 'Later' },
        ]}
      />,
    );
    const captions = [...container.querySelectorAll('.day-caption')].map((t) => t.textContent);
    expect(captions).toEqual(['09:00–12:00 Long', '11:00–14:30 Overlapping', '14:00–15:00 Later']);
    const ys = [...container.querySelectorAll('.day-bar')].map((b) => Number(b.getAttribute('y')));
    expect(new Set(ys).size).toBe(3);
    const [long, overlapping] = bars(container) as [[number, number], [number, number]];
    expect(overlapping[0]).toBeLessThan(long[0] + long[1]); // the second starts before the first ends
  });

  it('reads a night shift on past midnight instead of moving its last hours to the morning', () => {
    const night = [
      { start: '18:00', end: '18:30', title: 'Roll Call' },
      { start: '22:00', end: '23:59', title: 'One Arrest, Many Forms' },
      { start: '00:00', end: '06:00', title: 'Holdover' },
    ];
    expect(placeEntries(night).map((e) => [e.from, e.to, e.nextDay])).toEqual([
      [18 * 60, 18 * 60 + 30, false],
      [22 * 60, 23 * 60 + 59, false],
      [24 * 60, 30 * 60, true],
    ]);
    const { container } = render(<DayTimeline entries={night} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('00:00 to 06:00 (next day), Holdover');
    const hours = [...container.querySelectorAll('.day-hour')].map((t) => t.textContent);
    expect(hours[0]).toBe('18:00');
    expect(hours.at(-1)).toBe('06:00');
    expect(hours).toContain('00:00');
    const drawn = bars(container) as Array<[number, number]>;
    const xs = drawn.map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b)); // left to right, in the log's order
    const [lastX, lastW] = drawn.at(-1)!;
    expect(lastX + lastW).toBe(696); // ends at the right edge, 06:00
  });

  it.each([720, 380])('keeps a long caption inside a picture %i wide', (width) => {
    const title = 'An extraordinarily long meeting title that goes on and on about synergy and alignment';
    const { container } = render(<DayTimeline width={width} entries={[{ start: '08:00', end: '09:00', title }, { start: '17:00', end: '18:00', title }]} />);
    expect(screen.getByRole('img').getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${width} `));
    for (const t of container.querySelectorAll('.day-caption')) {
      const x = Number(t.getAttribute('x'));
      const w = t.textContent!.length * 12 * 0.6;
      if (t.getAttribute('text-anchor') === 'end') expect(x - w).toBeGreaterThanOrEqual(0);
      else expect(x + w).toBeLessThanOrEqual(width);
    }
  });

  it('spaces the hour labels out on a narrow picture of a long day', () => {
    const { container } = render(<DayTimeline width={380} entries={[{ start: '06:00', end: '07:00', title: 'Early' }, { start: '21:00', end: '23:30', title: 'Late' }]} />);
    const xs = [...container.querySelectorAll('.day-hour')].map((t) => Number(t.getAttribute('x')));
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(56);
  });
});

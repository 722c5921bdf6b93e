// [09] The day in the life as a timeline: an hour scale across the top and one row per entry, in
// the log's order, its bar running from start to end. One row each, because some days double-book
// themselves and overlapping bars on one line would hide the joke.
import { clip, charsThatFit, monoWidth } from './svg-text';

export interface DayEntry {
  /** "HH:MM" */
  start: string;
  end: string;
  title: string;
}

export interface DayTimelineProps {
  entries: readonly DayEntry[];
  /** Width of the picture in its own units (a narrow copy keeps its labels readable on phones). */
  width?: number;
}

const LEFT = 24;
const AXIS = 22; // height of the hour labels
const ROW = 40;
const BAR = 12;
const FONT = 12;
/** Captions keep this far from the picture's edges. */
const EDGE = 4;
/** A short day still gets a readable scale: at least this many hours are shown. */
const MIN_SPAN_HOURS = 4;
const DAY = 24 * 60;

export const minutes = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export interface PlacedEntry extends DayEntry {
  /** Minutes from midnight of the first day; a night shift runs past 24:00. */
  from: number;
  to: number;
  nextDay: boolean;
}

/**
 * Puts the log's entries on one clock. The log is in order, so an entry that starts before the
 * one above it began has crossed midnight: night shifts (22:00, 23:15, then 02:00) read on.
 */
export function placeEntries(entries: readonly DayEntry[]): PlacedEntry[] {
  let offset = 0;
  let previous = -1;
  return entries.map((e) => {
    if (minutes(e.start) + offset < previous) offset += DAY;
    const from = minutes(e.start) + offset;
    previous = from;
    return { ...e, from, to: Math.max(from, minutes(e.end) + offset), nextDay: offset > 0 };
  });
}

/** The hours the scale covers: whole hours around the entries, at least MIN_SPAN_HOURS wide,
 *  never before the first midnight nor past the last one the log reaches. */
export function dayScale(entries: readonly PlacedEntry[]): { from: number; to: number } {
  if (!entries.length) return { from: 9 * 60, to: 17 * 60 };
  let from = Math.floor(Math.min(...entries.map((e) => e.from)) / 60) * 60;
  let to = Math.ceil(Math.max(...entries.map((e) => e.to)) / 60) * 60;
  const limit = Math.ceil(to / DAY) * DAY;
  const missing = MIN_SPAN_HOURS * 60 - (to - from);
  if (missing > 0) {
    from -= Math.ceil(missing / 120) * 60;
    to += Math.floor(missing / 120) * 60;
    if (from < 0) [from, to] = [0, to - from];
    if (to > limit) [from, to] = [Math.max(0, from - (to - limit)), limit];
  }
  return { from, to };
}

/** "02:00" for 26:00; the last midnight of a scale that ends on one reads "24:00". */
const hh = (m: number, end: boolean) => {
  const day = end && m % DAY === 0 && m > 0 ? DAY : m % DAY;
  return `${String(Math.floor(day / 60)).padStart(2, '0')}:${String(day % 60).padStart(2, '0')}`;
};

export function dayLabel(entries: readonly DayEntry[]): string {
  if (!entries.length) return 'Day timeline: nothing scheduled.';
  const list = placeEntries(entries)
    .map((e) => `${e.start} to ${e.end}${e.nextDay ? ' (next day)' : ''}, ${e.title}`)
    .join('; ');
  return `Day timeline, ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: ${list}.`;
}

export function DayTimeline({ entries, width = 720 }: DayTimelineProps) {
  const RIGHT = width - LEFT;
  const label = dayLabel(entries);
  const placed = placeEntries(entries);
  const { from, to } = dayScale(placed);
  const x = (m: number) => Math.round((LEFT + ((m - from) / (to - from)) * (RIGHT - LEFT)) * 10) / 10;
  // Hour labels at least 56 units apart, so they never run into each other.
  const hours = (to - from) / 60;
  const step = ([1, 2, 3, 4, 6].find((h) => ((RIGHT - LEFT) / hours) * h >= 56) ?? 6) * 60;
  const ticks: number[] = [];
  for (let m = from; m <= to; m += step) ticks.push(m);
  const height = AXIS + Math.max(1, placed.length) * ROW + 6;

  return (
    <svg class="day-timeline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      {ticks.map((m) => (
        <g key={m}>
          <line class="day-grid" x1={x(m)} x2={x(m)} y1={AXIS - 4} y2={height - 4} />
          <text class="day-hour" x={x(m)} y={12} text-anchor={m === from ? 'start' : m === to ? 'end' : 'middle'}>
            {hh(m, m === to)}
          </text>
        </g>
      ))}
      {placed.map((e, i) => {
        const x0 = x(e.from);
        // A zero-length entry would vanish; give it a sliver so it can be seen.
        const x1 = Math.max(x(e.to), x0 + 3);
        const y = AXIS + i * ROW;
        // The caption starts at the bar if it fits there, else ends at the bar's end; failing both
        // it takes the whole row, cut to fit (the full text is in the list below the picture).
        const text = `${e.start}–${e.end} ${e.title}`;
        const need = monoWidth(text, FONT);
        const at: { x: number; anchor: 'start' | 'end' } =
          x0 + need <= width - EDGE ? { x: x0, anchor: 'start' } : x1 - need >= EDGE ? { x: x1, anchor: 'end' } : { x: LEFT, anchor: 'start' };
        const caption = at.anchor === 'end' ? text : clip(text, charsThatFit(width - EDGE - at.x, FONT));
        return (
          <g key={i} class="day-entry">
            <text class="day-caption" x={at.x} y={y + 16} text-anchor={at.anchor}>
              {caption}
            </text>
            <rect class="day-bar" x={x0} y={y + 22} width={Math.round((x1 - x0) * 10) / 10} height={BAR} rx={3} />
          </g>
        );
      })}
    </svg>
  );
}

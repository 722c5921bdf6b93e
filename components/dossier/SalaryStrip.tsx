// [03] This role's salary against the spread of every dossier's salary: a histogram of all the
// averages with a marker at this one. The spread is passed in, so the component does not care
// where it came from (the dossier page has every record already).
import { formatSalary } from '../../lib/format';
import { monoWidth } from './svg-text';

export interface SalaryStripProps {
  /** This dossier's average salary. */
  value: number;
  approximate: boolean;
  /** Every dossier's average salary, this one included. */
  all: readonly number[];
  /** Width of the picture in its own units: the page draws a narrow copy for small screens, so
   *  the labels keep their size instead of shrinking with the whole picture. */
  width?: number;
}

const LEFT = 16;
const BASE = 84;
const BAR_MAX = 46;
const BINS = 28;
const FONT = 13; // the largest label size the stylesheet uses here

/** "$28k", "$1.2M": short enough for axis labels. */
export function compactUsd(n: number): string {
  if (n >= 1_000_000) return `$${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
  return `$${Math.round(n / 1000)}k`;
}

export interface SalarySpread {
  min: number;
  max: number;
  median: number;
  count: number;
  /** Share (0..100, rounded) of the dossiers paid less than this one. */
  above: number;
  bins: number[];
}

export function salarySpread(value: number, all: readonly number[]): SalarySpread {
  const sorted = [...all].filter(Number.isFinite).sort((a, b) => a - b);
  const count = sorted.length;
  if (!count) return { min: value, max: value, median: value, count: 0, above: 0, bins: [] };
  const min = Math.min(sorted[0]!, value);
  const max = Math.max(sorted[count - 1]!, value);
  const mid = count >> 1;
  const median = count % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const bins = new Array<number>(BINS).fill(0);
  for (const s of sorted) bins[max === min ? 0 : Math.min(BINS - 1, Math.floor(((s - min) / (max - min)) * BINS))]! += 1;
  const lower = sorted.filter((s) => s < value).length;
  return { min, max, median, count, above: Math.round((lower / count) * 100), bins };
}

export function salaryLabel(value: number, approximate: boolean, s: SalarySpread): string {
  const own = formatSalary(value, approximate);
  if (!s.count) return `Salary ${own}.`;
  const usd = (n: number) => formatSalary(Math.round(n), false);
  return (
    `Salary ${own} against ${s.count} dossiers ranging from ${usd(s.min)} to ${usd(s.max)}, median ${usd(s.median)}: ` +
    `higher than ${s.above}% of them.`
  );
}

/** Centres a label on `x` unless that would push it out of the picture at either end. */
function placeLabel(x: number, text: string, width: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = monoWidth(text, FONT) / 2;
  if (x - half < 0) return { x: Math.max(0, x - 6), anchor: 'start' };
  if (x + half > width) return { x: Math.min(width, x + 6), anchor: 'end' };
  return { x, anchor: 'middle' };
}

export function SalaryStrip({ value, approximate, all, width = 720 }: SalaryStripProps) {
  const RIGHT = width - LEFT;
  const s = salarySpread(value, all);
  const label = salaryLabel(value, approximate, s);
  // With no spread (one salary, or all equal) the marker sits in the middle.
  const x = (n: number) => (s.max === s.min ? (LEFT + RIGHT) / 2 : LEFT + ((n - s.min) / (s.max - s.min)) * (RIGHT - LEFT));
  const round = (n: number) => Math.round(n * 10) / 10;
  const tallest = Math.max(1, ...s.bins);
  const binW = (RIGHT - LEFT) / BINS;
  const mx = round(x(value));
  const valueText = formatSalary(value, approximate);
  const valueAt = placeLabel(mx, valueText, width);
  const medianText = `median ${compactUsd(s.median)}`;
  const medianAt = placeLabel(round(x(s.median)), medianText, width);

  return (
    <svg class="salary-strip" viewBox={`0 0 ${width} 128`} role="img" aria-label={label} data-x={mx}>
      <title>{label}</title>
      {s.bins.map((n, i) =>
        n ? (
          <rect
            key={i}
            class="salary-bin"
            x={round(LEFT + i * binW + 1)}
            y={round(BASE - (n / tallest) * BAR_MAX)}
            width={round(binW - 2)}
            height={round((n / tallest) * BAR_MAX)}
          />
        ) : null,
      )}
      <line class="salary-axis" x1={LEFT} x2={RIGHT} y1={BASE} y2={BASE} />
      {s.count > 0 && (
        <>
          <line class="salary-median" x1={round(x(s.median))} x2={round(x(s.median))} y1={BASE} y2={BASE + 22} />
          <text class="salary-tick" x={LEFT} y={BASE + 16}>
            {compactUsd(s.min)}
          </text>
          <text class="salary-tick" x={RIGHT} y={BASE + 16} text-anchor="end">
            {compactUsd(s.max)}
          </text>
          <text class="salary-tick" x={medianAt.x} y={BASE + 36} text-anchor={medianAt.anchor}>
            {medianText}
          </text>
        </>
      )}
      <line class="salary-marker" x1={mx} x2={mx} y1={24} y2={BASE + 4} />
      <path class="salary-marker-head" d={`M ${mx - 6} 24 L ${mx + 6} 24 L ${mx} 32 Z`} />
      <text class="salary-value" x={valueAt.x} y={17} text-anchor={valueAt.anchor}>
        {valueText}
      </text>
    </svg>
  );
}

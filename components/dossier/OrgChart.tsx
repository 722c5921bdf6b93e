// [01] The org chart: who sits above the role, beside it and below it, as boxes joined by
// connectors. Reporting lines are solid; peers are joined by a dashed line because they do not
// report to each other. Two layouts of the same chart: "wide" (rows, the usual org chart) and
// "tall" (one column, for phones, where a wide chart would shrink its labels to nothing).
import { charsThatFit, wrapWords } from './svg-text';

export interface OrgChartProps {
  /** The role itself, drawn in the middle. */
  title: string;
  above: readonly string[];
  beside: readonly string[];
  below: readonly string[];
  layout?: 'wide' | 'tall';
}

const FONT = 12;
const LINE = 15;
const PAD = 9;
const MAX_LINES = 4;

interface Box {
  label: string;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
  kind: 'above' | 'beside' | 'self' | 'below' | 'empty';
}
interface Drawing {
  width: number;
  height: number;
  boxes: Box[];
  lines: Array<{ d: string; dashed: boolean }>;
  labels: Array<{ text: string; x: number; y: number }>;
}
type Item = { label: string; kind: Box['kind'] };

const r = (n: number) => Math.round(n * 10) / 10;
const midX = (b: Box) => b.x + b.w / 2;
const midY = (b: Box) => b.y + b.h / 2;
const boxed = (it: Item, x: number, y: number, w: number, lines: string[]): Box => ({ ...it, lines, x, y, w, h: lines.length * LINE + 2 * PAD });

/** Items of one tier, or the "nobody" box when a tier is empty. */
function tier(labels: readonly string[], kind: 'above' | 'below'): Item[] {
  if (labels.length) return labels.map((label) => ({ label, kind }));
  return [{ label: kind === 'below' ? 'Nobody reports here' : 'Answers to nobody', kind: 'empty' }];
}

// Wide: three rows, centred right of a gutter for the row labels. Above and below hang off a bus
// line half-way between the rows; peers sit either side of the role, the odd one out on the right.
const WIDE = { width: 760, gutter: 64, gap: 12, maxBox: 210, rowGap: 44 };

function wideRow(items: Item[], y: number): Box[] {
  const n = Math.max(1, items.length);
  const span = WIDE.width - WIDE.gutter;
  const w = Math.min(WIDE.maxBox, (span - (n - 1) * WIDE.gap) / n);
  const wrapped = items.map((it) => wrapWords(it.label, charsThatFit(w - 2 * PAD, FONT), MAX_LINES));
  const lines = Math.max(...wrapped.map((l) => l.length));
  const left = WIDE.gutter + (span - (n * w + (n - 1) * WIDE.gap)) / 2;
  // Every box of a row gets the row's height, so the row reads as one level.
  return items.map((it, i) => ({ ...boxed(it, left + i * (w + WIDE.gap), y, w, wrapped[i]!), h: lines * LINE + 2 * PAD }));
}

function bus(upper: Box[], lower: Box[]): string {
  const top = upper[0]!.y + upper[0]!.h;
  const bottom = lower[0]!.y;
  const y = r((top + bottom) / 2);
  const xs = [...upper, ...lower].map(midX);
  const parts = [`M ${r(Math.min(...xs))} ${y} H ${r(Math.max(...xs))}`];
  for (const b of upper) parts.push(`M ${r(midX(b))} ${r(top)} V ${y}`);
  for (const b of lower) parts.push(`M ${r(midX(b))} ${y} V ${r(bottom)}`);
  return parts.join(' ');
}

function wide({ title, above, beside, below }: OrgChartProps): Drawing {
  const left = beside.slice(0, Math.floor(beside.length / 2));
  const right = beside.slice(left.length);
  const top = wideRow(tier(above, 'above'), 8);
  const middle = wideRow(
    [...left.map((label) => ({ label, kind: 'beside' as const })), { label: title, kind: 'self' as const }, ...right.map((label) => ({ label, kind: 'beside' as const }))],
    top[0]!.y + top[0]!.h + WIDE.rowGap,
  );
  const bottom = wideRow(tier(below, 'below'), middle[0]!.y + middle[0]!.h + WIDE.rowGap);
  const self = middle.find((b) => b.kind === 'self')!;
  const peers = middle.filter((b) => b.kind === 'beside');
  const lines = [{ d: bus(top, [self]), dashed: !above.length }];
  if (peers.length) {
    const xs = [...peers, self].map(midX);
    lines.push({ d: `M ${r(Math.min(...xs))} ${r(midY(self))} H ${r(Math.max(...xs))}`, dashed: true });
  }
  lines.push({ d: bus([self], bottom), dashed: !below.length });
  const rowLabel = (text: string, b: Box) => ({ text, x: 4, y: r(midY(b) + 4) });
  return {
    width: WIDE.width,
    height: bottom[0]!.y + bottom[0]!.h + 8,
    boxes: [...top, ...middle, ...bottom],
    lines,
    labels: [rowLabel('ABOVE', top[0]!), rowLabel('BESIDE', self), rowLabel('BELOW', bottom[0]!)],
  };
}

// Tall: one column. A solid spine on the left carries the reporting line from the bosses through
// the role to its reports; the peers hang, indented, off a dashed spine of their own.
const TALL = { width: 360, spine: 12, x: 28, peerSpine: 38, peerX: 48, gap: 8, label: 18 };

function tall({ title, above, beside, below }: OrgChartProps): Drawing {
  let y = 4;
  const labels: Drawing['labels'] = [];
  const label = (text: string, x: number) => {
    labels.push({ text, x, y: y + 12 });
    y += TALL.label;
  };
  const stack = (items: Item[], x: number) =>
    items.map((it) => {
      const w = TALL.width - x - 4;
      const b = boxed(it, x, y, w, wrapWords(it.label, charsThatFit(w - 2 * PAD, FONT), MAX_LINES));
      y += b.h + TALL.gap;
      return b;
    });
  label('ABOVE', TALL.x);
  const top = stack(tier(above, 'above'), TALL.x);
  y += 8;
  const [self] = stack([{ label: title, kind: 'self' }], TALL.x) as [Box];
  let peers: Box[] = [];
  if (beside.length) {
    label('BESIDE', TALL.peerX);
    peers = stack(beside.map((l) => ({ label: l, kind: 'beside' as const })), TALL.peerX);
  }
  y += 8;
  label('BELOW', TALL.x);
  const bottom = stack(tier(below, 'below'), TALL.x);
  const spine = (from: Box, to: Box, boxes: Box[]) =>
    [`M ${TALL.spine} ${r(midY(from))} V ${r(midY(to))}`, ...boxes.map((b) => `M ${TALL.spine} ${r(midY(b))} H ${b.x}`)].join(' ');
  const lines = [
    { d: spine(top[0]!, self, [...top, self]), dashed: !above.length },
    { d: spine(self, bottom[bottom.length - 1]!, bottom), dashed: !below.length },
  ];
  if (peers.length) {
    const last = peers[peers.length - 1]!;
    const ticks = peers.map((p) => `M ${TALL.peerSpine} ${r(midY(p))} H ${p.x}`);
    lines.push({ d: [`M ${TALL.peerSpine} ${r(self.y + self.h)} V ${r(midY(last))}`, ...ticks].join(' '), dashed: true });
  }
  return { width: TALL.width, height: y - TALL.gap + 4, boxes: [...top, self, ...peers, ...bottom], lines, labels };
}

export function orgChartLabel({ title, above, beside, below }: OrgChartProps): string {
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'nobody');
  return `Org chart for ${title}. Above: ${list(above)}. Beside: ${list(beside)}. Below: ${list(below)}.`;
}

export function OrgChart(props: OrgChartProps) {
  const layout = props.layout ?? 'wide';
  const label = orgChartLabel(props);
  const { width, height, boxes, lines, labels } = layout === 'wide' ? wide(props) : tall(props);
  return (
    <svg class={`org-chart org-${layout}`} viewBox={`0 0 ${width} ${r(height)}`} role="img" aria-label={label}>
      <title>{label}</title>
      {lines.map((l, i) => (
        <path key={i} class={l.dashed ? 'org-line org-line-dashed' : 'org-line'} d={l.d} />
      ))}
      {labels.map((l) => (
        <text key={l.text} class="org-row-label" x={l.x} y={l.y}>
          {l.text}
        </text>
      ))}
      {boxes.map((b, i) => (
        <g key={i} class={`org-box org-${b.kind}`}>
          <rect x={r(b.x)} y={r(b.y)} width={r(b.w)} height={r(b.h)} rx={6} />
          <text x={r(midX(b))} y={r(b.y + (b.h - b.lines.length * LINE) / 2 + LINE - 3)} text-anchor="middle">
            {b.lines.map((line, j) => (
              <tspan key={j} x={r(midX(b))} dy={j === 0 ? 0 : LINE}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}

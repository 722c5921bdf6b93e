// [04] The flight risk as a semicircle gauge: 0 on the left, 100 on the right, the filled arc in
// the colour of the level. A thin outer ring shows the four bands, so the reader sees how close
// the role is to the next one. The numbers are also in the label, for anyone not seeing the arc.
import type { RiskLevel } from '../../data/schema';

export interface FlightRiskGaugeProps {
  percent: number;
  level: RiskLevel;
}

const CX = 120;
const CY = 122;
const R = 92;
/** The bands exactly as data/schema.ts defines them (riskLevelFor). */
const BANDS: Array<[RiskLevel, number, number]> = [
  ['LOW', 0, 30],
  ['MODERATE', 30, 60],
  ['HIGH', 60, 90],
  ['CRITICAL', 90, 100],
];

/** The point at `percent` along the upper semicircle of radius `r`. */
function at(percent: number, r: number): [number, number] {
  const angle = Math.PI * (1 - percent / 100);
  const round = (n: number) => Math.round(n * 100) / 100;
  return [round(CX + r * Math.cos(angle)), round(CY - r * Math.sin(angle))];
}

/** Arc from `from` to `to` percent. Never more than half a circle, so the large-arc flag is 0. */
function arc(from: number, to: number, r: number): string {
  const [x0, y0] = at(from, r);
  const [x1, y1] = at(to, r);
  return `M ${x0} ${y0} A ${r} ${r} 0 0 1 ${x1} ${y1}`;
}

export function gaugeLabel(percent: number, level: RiskLevel): string {
  return `Flight risk gauge: ${percent} out of 100, ${level} risk.`;
}

export function FlightRiskGauge({ percent, level }: FlightRiskGaugeProps) {
  // The schema keeps percent in 0..100; clamping here keeps a bad prop from drawing a loop.
  const p = Math.round(Math.min(100, Math.max(0, Number.isFinite(percent) ? percent : 0)));
  const label = gaugeLabel(p, level);
  const [kx, ky] = at(p, R);
  return (
    <svg class="gauge" viewBox="0 0 240 150" role="img" aria-label={label} data-percent={p}>
      <title>{label}</title>
      {BANDS.map(([band, from, to]) => (
        <path key={band} class={`gauge-band band-${band.toLowerCase()}`} d={arc(from, to, R + 16)} />
      ))}
      <path class="gauge-track" d={arc(0, 100, R)} />
      {/* At 0% there is nothing to fill; a zero-length arc would still draw a round cap. */}
      {p > 0 && <path class={`gauge-value risk-${level.toLowerCase()}`} d={arc(0, p, R)} pathLength={100} />}
      <circle class={`gauge-knob risk-${level.toLowerCase()}`} cx={kx} cy={ky} r={7} />
      <text class="gauge-percent" x={CX} y={CY - 20} text-anchor="middle">
        {p}%
      </text>
      <text class="gauge-level" x={CX} y={CY + 4} text-anchor="middle">
        {level}
      </text>
      <text class="gauge-scale" x={at(0, R)[0]} y={CY + 22} text-anchor="middle">
        0
      </text>
      <text class="gauge-scale" x={at(100, R)[0]} y={CY + 22} text-anchor="middle">
        100
      </text>
    </svg>
  );
}

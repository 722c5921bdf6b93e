// The flight-risk gauge at its edges: empty at 0%, a full half circle at 100%, the level's colour.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FlightRiskGauge } from '../../../components/dossier/FlightRiskGauge';

afterEach(cleanup);

/** The end point of the value arc's path ("M x0 y0 A r r 0 0 1 x1 y1"). */
const arcEnd = (path: Element) => path.getAttribute('d')!.split(' ').slice(-2).map(Number);

describe('FlightRiskGauge', () => {
  it('states the number and the level in its text alternative', () => {
    render(<FlightRiskGauge percent={85} level="HIGH" />);
    const img = screen.getByRole('img', { name: 'Flight risk gauge: 85 out of 100, HIGH risk.' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.querySelector('title')!.textContent).toBe('Flight risk gauge: 85 out of 100, HIGH risk.');
    expect(img.querySelector('.gauge-value')!.getAttribute('class')).toContain('risk-high');
    expect(img.querySelector('.gauge-percent')!.textContent).toBe('85%');
  });

  it('draws no value arc at 0%, and puts the knob at the left end', () => {
    const { container } = render(<FlightRiskGauge percent={0} level="LOW" />);
    expect(container.querySelector('.gauge-value')).toBeNull();
    const knob = container.querySelector('.gauge-knob')!;
    expect(Number(knob.getAttribute('cx'))).toBeCloseTo(28);
    expect(Number(knob.getAttribute('cy'))).toBeCloseTo(122);
    expect(knob.getAttribute('class')).toContain('risk-low');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Flight risk gauge: 0 out of 100, LOW risk.');
  });

  it('fills the whole half circle at 100%, ending at the right end', () => {
    const { container } = render(<FlightRiskGauge percent={100} level="CRITICAL" />);
    const value = container.querySelector('.gauge-value')!;
    const [x, y] = arcEnd(value);
    expect(x).toBeCloseTo(212);
    expect(y).toBeCloseTo(122);
    expect(value.getAttribute('d')).toMatch(/^M 28 122 A 92 92 0 0 1/);
    expect(value.getAttribute('class')).toContain('risk-critical');
    expect(container.querySelector('.gauge-percent')!.textContent).toBe('100%');
  });

  it('puts 50% at the top of the arc', () => {
    const { container } = render(<FlightRiskGauge percent={50} level="MODERATE" />);
    const [x, y] = arcEnd(container.querySelector('.gauge-value')!);
    expect(x).toBeCloseTo(120);
    expect(y).toBeCloseTo(30);
  });

  it('clamps values outside 0..100 instead of drawing a loop', () => {
    render(<FlightRiskGauge percent={140} level="CRITICAL" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('100 out of 100');
    cleanup();
    render(<FlightRiskGauge percent={-3} level="LOW" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain(' 0 out of 100');
  });

  it('draws the four bands as the schema defines them', () => {
    const { container } = render(<FlightRiskGauge percent={30} level="MODERATE" />);
    expect([...container.querySelectorAll('.gauge-band')].map((b) => b.getAttribute('class'))).toEqual([
      'gauge-band band-low',
      'gauge-band band-moderate',
      'gauge-band band-high',
      'gauge-band band-critical',
    ]);
  });
});

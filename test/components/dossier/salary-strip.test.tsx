// The salary strip: this salary against every dossier's, at the ends of the spread too.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SalaryStrip, compactUsd, salarySpread } from '../../../components/dossier/SalaryStrip';

afterEach(cleanup);

const all = [28000, 40000, 55000, 80000, 80000, 120000, 190980, 300000];
const markerX = () => Number(screen.getByRole('img').getAttribute('data-x'));

describe('SalaryStrip', () => {
  it('states the salary, the spread and where it falls', () => {
    render(<SalaryStrip value={190980} approximate all={all} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      'Salary ≈ $190,980 against 8 dossiers ranging from $28,000 to $300,000, median $80,000: higher than 75% of them.',
    );
    expect(img.querySelector('title')!.textContent).toBe(img.getAttribute('aria-label'));
    expect(img.querySelector('.salary-value')!.textContent).toBe('≈ $190,980');
    expect([...img.querySelectorAll('.salary-tick')].map((t) => t.textContent)).toEqual(['$28k', '$300k', 'median $80k']);
  });

  it('at the minimum: marker on the left edge, label kept inside, higher than nobody', () => {
    render(<SalaryStrip value={28000} approximate={false} all={all} />);
    expect(markerX()).toBe(16);
    const label = screen.getByRole('img').querySelector('.salary-value')!;
    expect(label.getAttribute('text-anchor')).toBe('start');
    expect(Number(label.getAttribute('x'))).toBeGreaterThanOrEqual(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/higher than 0% of them\.$/);
  });

  it('at the maximum: marker on the right edge, label kept inside, higher than all the others', () => {
    render(<SalaryStrip value={300000} approximate={false} all={all} />);
    expect(markerX()).toBe(704);
    const label = screen.getByRole('img').querySelector('.salary-value')!;
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(Number(label.getAttribute('x'))).toBeLessThanOrEqual(720);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/higher than 88% of them\.$/);
  });

  it('fits the maximum inside a narrow copy too', () => {
    render(<SalaryStrip value={300000} approximate all={all} width={380} />);
    expect(markerX()).toBe(364);
    const label = screen.getByRole('img').querySelector('.salary-value')!;
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(Number(label.getAttribute('x'))).toBeLessThanOrEqual(380);
  });

  it('draws a histogram whose bars count every salary', () => {
    const spread = salarySpread(190980, all);
    expect(spread.bins.reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(spread.median).toBe(80000);
    const { container } = render(<SalaryStrip value={190980} approximate all={all} />);
    expect(container.querySelectorAll('.salary-bin').length).toBe(spread.bins.filter(Boolean).length);
  });

  it('copes with no spread at all: one salary, or none', () => {
    render(<SalaryStrip value={50000} approximate={false} all={[50000]} />);
    expect(markerX()).toBe(360);
    cleanup();
    render(<SalaryStrip value={50000} approximate={false} all={[]} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Salary $50,000.');
  });

  it('shortens axis labels', () => {
    expect(compactUsd(28000)).toBe('$28k');
    expect(compactUsd(1_200_000)).toBe('$1.2M');
    expect(compactUsd(2_000_000)).toBe('$2M');
  });
});

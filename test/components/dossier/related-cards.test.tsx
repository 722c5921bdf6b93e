// Related specimens: one card per relative, linking to its dossier on the same page, with the
// system match drawn as a ring.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RelatedCards } from '../../../components/dossier/RelatedCards';

afterEach(cleanup);

const items = [
  { id: 'enterprise-architect', title: 'Enterprise Architect', match: 91, line: 'Preside over an endless cycle of abstract discussions.', risk: { percent: 40, level: 'MODERATE' as const } },
  { id: 'sdet', title: 'SDET', match: 100, line: 'Craft intricate machines of automated checks.' },
  { id: 'gone-missing', match: 1, line: 'A relative the dataset no longer has.' },
];

describe('RelatedCards', () => {
  it('links each card to #<id> and names it by match and title', () => {
    render(<RelatedCards items={items} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#enterprise-architect', '#sdet', '#gone-missing']);
    expect(screen.getByRole('link', { name: /Enterprise Architect/ }).textContent).toContain('Flight risk 40% · MODERATE');
  });

  it('draws the match as a ring whose label states it, at the ends of the scale too', () => {
    const { container } = render(<RelatedCards items={items} />);
    const rings = screen.getAllByRole('img');
    expect(rings.map((r) => r.getAttribute('aria-label'))).toEqual(['System match 91%', 'System match 100%', 'System match 1%']);
    const dash = [...container.querySelectorAll('.match-value')].map((c) => c.getAttribute('stroke-dasharray')!.split(' ').map(Number));
    const circumference = 2 * Math.PI * 20;
    expect(dash[0]![0]).toBeCloseTo(circumference * 0.91, 1);
    expect(dash[1]![0]).toBeCloseTo(circumference, 1);
    expect(dash[2]![0]).toBeCloseTo(circumference * 0.01, 1);
  });

  it('falls back to the id when the relative is not in the dataset', () => {
    render(<RelatedCards items={items} />);
    expect(screen.getByRole('link', { name: /gone-missing/ })).toBeTruthy();
  });

  it('takes another address scheme when given one', () => {
    render(<RelatedCards items={items.slice(0, 1)} href={(id) => `dossier.html#${id}`} />);
    expect(screen.getByRole('link').getAttribute('href')).toBe('dossier.html#enterprise-architect');
  });
});

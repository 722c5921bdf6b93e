// The org chart: every name in a box, connectors between the rows, and an empty "below" drawn
// (and said) as nobody rather than left out.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OrgChart } from '../../../components/dossier/OrgChart';

afterEach(cleanup);

const seed = {
  title: 'Staff Machine Learning Engineer',
  above: ['Director of Machine Learning', 'VP of Engineering'],
  beside: ['Staff Software Engineer', 'Group Product Manager'],
  below: ['Senior Machine Learning Engineer', 'Machine Learning Engineer', 'Data Scientist'],
};
/** A box's label: its wrapped lines joined again. */
const label = (g: Element) => [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
const boxText = (c: Element, kind: string) => [...c.querySelectorAll(`.org-${kind}`)].map(label);

describe('OrgChart', () => {
  it('draws above, beside and below as boxes around the role, and says so in its label', () => {
    const { container } = render(<OrgChart {...seed} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe(
      'Org chart for Staff Machine Learning Engineer. Above: Director of Machine Learning, VP of Engineering. ' +
        'Beside: Staff Software Engineer, Group Product Manager. ' +
        'Below: Senior Machine Learning Engineer, Machine Learning Engineer, Data Scientist.',
    );
    expect(img.querySelector('title')!.textContent).toBe(img.getAttribute('aria-label'));
    expect(boxText(container, 'above')).toEqual(['Director of Machine Learning', 'VP of Engineering']);
    expect(boxText(container, 'self')).toEqual(['Staff Machine Learning Engineer']);
    expect(boxText(container, 'below')).toHaveLength(3);
    // Peers either side of the role: one left, one right.
    const middle = [...container.querySelectorAll('.org-beside, .org-self')].map((g) => g.getAttribute('class'));
    expect(middle).toEqual(['org-box org-beside', 'org-box org-self', 'org-box org-beside']);
    // Connectors: the reporting lines above and below (solid), and the dashed peer line.
    expect([...container.querySelectorAll('path.org-line')].map((p) => p.getAttribute('class'))).toEqual([
      'org-line',
      'org-line org-line-dashed',
      'org-line',
    ]);
  });

  it('draws an empty "below" as a dashed "nobody" box and says nobody', () => {
    const { container } = render(<OrgChart {...seed} below={[]} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/Below: nobody\.$/);
    expect(container.querySelectorAll('.org-below')).toHaveLength(0);
    expect(boxText(container, 'empty')).toEqual(['Nobody reports here']);
    // The line down to nobody is dashed.
    expect([...container.querySelectorAll('path.org-line')].pop()!.getAttribute('class')).toBe('org-line org-line-dashed');
  });

  it('wraps long names inside their boxes and keeps every box inside the picture', () => {
    const long = 'Senior Principal Distinguished Vice President of Strategic Synergy Operations';
    const { container } = render(<OrgChart title="Chief Everything Officer" above={[long, long, long, long]} beside={['A', 'B', 'C', 'D']} below={[long]} />);
    const width = Number(screen.getByRole('img').getAttribute('viewBox')!.split(' ')[2]);
    for (const rect of container.querySelectorAll('.org-box rect')) {
      expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(width);
    }
    const lines = [...container.querySelectorAll('.org-above')[0]!.querySelectorAll('tspan')].map((t) => t.textContent!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(4);
    // Four peers: two on each side of the role.
    const middle = [...container.querySelectorAll('.org-beside, .org-self')].map(label);
    expect(middle).toEqual(['A', 'B', 'Chief Everything Officer', 'C', 'D']);
  });

  it('draws the tall layout as one column: bosses, the role, its peers indented, its reports', () => {
    const { container } = render(<OrgChart {...seed} layout="tall" />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('class')).toBe('org-chart org-tall');
    expect(svg.getAttribute('aria-label')).toContain('Below: Senior Machine Learning Engineer');
    const groups = [...container.querySelectorAll('.org-box')];
    expect(groups.map(label)).toEqual([...seed.above, seed.title, ...seed.beside, ...seed.below]);
    const ys = groups.map((g) => Number(g.querySelector('rect')!.getAttribute('y')));
    expect(ys).toEqual([...ys].sort((a, b) => a - b)); // top to bottom in that order
    const xs = groups.map((g) => Number(g.querySelector('rect')!.getAttribute('x')));
    expect(xs).toEqual([28, 28, 28, 48, 48, 28, 28, 28]); // the peers indented
    for (const rect of container.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBeLessThanOrEqual(360);
    }
  });

  it('draws an empty "below" in the tall layout too', () => {
    const { container } = render(<OrgChart {...seed} below={[]} layout="tall" />);
    expect(boxText(container, 'empty')).toEqual(['Nobody reports here']);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/Below: nobody\.$/);
  });

  it('puts a single peer on the right', () => {
    const { container } = render(<OrgChart title="Role" above={['Boss']} beside={['Peer']} below={['Report']} />);
    const middle = [...container.querySelectorAll('.org-beside, .org-self')].map(label);
    expect(middle).toEqual(['Role', 'Peer']);
  });
});

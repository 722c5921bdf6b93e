// The popup in happy-dom: search as you type, keyboard choice, the two switches.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../components/Popup';
import { loadMatcher } from '../../scripts/load-matcher';

const matcher = loadMatcher();
afterEach(cleanup);
const props = (over: Partial<PopupProps> = {}): PopupProps => ({
  matcher,
  site: 'linkedin.com',
  settings: { paused: false, autopsy: true, sites: {}, corrections: {} },
  stats: null,
  onSiteToggle: vi.fn(),
  onPauseToggle: vi.fn(),
  onUndoCorrection: vi.fn(),
  dossierUrl: (id) => `dossier.html#${id}`,
  ...over,
});

describe('Popup', () => {
  it('searches as you type; arrows move, Enter shows the dossier summary', () => {
    render(<Popup {...props()} />);
    const box = screen.getByRole('combobox', { name: 'Search roles' });
    fireEvent.input(box, { target: { value: 'machine learn' } });
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe('role-option-1');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    const summary = screen.getByRole('region', { name: /Dossier summary/ });
    expect(summary.textContent).toContain('Flight risk');
    expect(screen.getByRole('link', { name: 'Open the full dossier' }).getAttribute('href')).toMatch(/^dossier\.html#/);
  });

  it('says so when nothing matches', () => {
    render(<Popup {...props()} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'zzqxv' } });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByText(/No role matches/)).toBeTruthy();
  });

  it('switches the current site and pauses everywhere', () => {
    const p = props({ settings: { paused: false, autopsy: true, sites: { 'linkedin.com': false }, corrections: {} } });
    render(<Popup {...p} />);
    const site = screen.getByRole('switch', { name: 'Overlays on linkedin.com' }) as HTMLInputElement;
    expect(site.checked).toBe(false);
    fireEvent.click(site);
    expect(p.onSiteToggle).toHaveBeenCalledWith('linkedin.com', true);
    fireEvent.click(screen.getByRole('switch', { name: 'Pause Otiose everywhere' }));
    expect(p.onPauseToggle).toHaveBeenCalledWith(true);
  });

  it('cannot switch a page Otiose does not run on', () => {
    render(<Popup {...props({ site: null })} />);
    expect((screen.getByRole('switch', { name: /not available/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('lists corrections and undoes one', () => {
    const p = props({ settings: { paused: false, autopsy: true, sites: {}, corrections: { '|data engineer': { title: 'Data Engineer', id: 'recruiter', at: 1 } } } });
    render(<Popup {...p} />);
    expect(screen.getByRole('region', { name: 'Your corrections' }).textContent).toContain('"Data Engineer" → Recruiter');
    fireEvent.click(screen.getByRole('button', { name: 'Undo the correction for Data Engineer' }));
    expect(p.onUndoCorrection).toHaveBeenCalledWith('|data engineer');
  });

  it('says plainly when a job page shows no titles, and copies diagnostics on request', async () => {
    const getDiagnostics = vi.fn(async () => 'Otiose diagnostics\nskeleton:\n<main>');
    render(<Popup {...props({ stats: { adapter: 'LinkedIn', jobPage: true, active: true, found: 0, matched: 0, byTarget: {} }, getDiagnostics })} />);
    expect(screen.getByRole('status').textContent).toContain('found no job titles');
    fireEvent.click(screen.getByRole('button', { name: 'Copy diagnostics' }));
    await vi.waitFor(() => expect((screen.getByRole('textbox', { name: /Diagnostics/ }) as HTMLTextAreaElement).value).toContain('skeleton'));
  });

  it('shows the health line it is given', () => {
    render(<Popup {...props({ stats: { adapter: 'LinkedIn', jobPage: true, active: true, found: 25, matched: 24, byTarget: {} } })} />);
    expect(screen.getByRole('status').textContent).toBe('LinkedIn: 25 titles found, 24 matched.');
  });
});

// The overlay chip and card in happy-dom: what a user sees and does with the keyboard and mouse.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../components/Overlay';
import { loadMatcher } from '../../scripts/load-matcher';

const matcher = loadMatcher();
afterEach(cleanup);

describe('Overlay', () => {
  it('shows the flight risk and translation in a chip that opens into a card', () => {
    const m = matcher.match('Staff ML Engineer, Ads')!;
    const open = vi.fn();
    render(<Overlay title="Staff ML Engineer, Ads" match={m} onOpenDossier={open} />);
    const chip = screen.getByRole('button', { name: /Otiose satire for Staff ML Engineer, Ads/ });
    expect(chip.textContent).toContain('85%');
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(chip);
    const card = screen.getByRole('dialog');
    expect(card.textContent).toContain('SATIRE');
    expect(card.textContent).toContain(m.dossier.translation);
    expect(card.textContent).toContain('$190,980');
    expect(card.textContent).toContain('Model Deployment Velocity');
    fireEvent.click(screen.getByRole('button', { name: 'Open the full dossier' }));
    expect(open).toHaveBeenCalledWith('staff-machine-learning-engineer');
  });

  it('closes on Escape and gives focus back to the chip', () => {
    render(<Overlay title="Data Engineer" match={matcher.match('Data Engineer')} onOpenDossier={() => {}} />);
    const chip = screen.getByRole('button', { name: /Otiose satire/ });
    fireEvent.click(chip);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(chip);
  });

  it('says plainly when the match is only a family of work', () => {
    const m = { ...matcher.match('Data Engineer')!, level: 'family' as const, via: 'family' as const };
    render(<Overlay title="Data Whisperer" match={m} onOpenDossier={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /Otiose satire/ }));
    expect(screen.getByRole('dialog').textContent).toContain('Closest family');
  });

  it('shows a quiet "unfiled" chip, with no flight risk, when nothing matched', () => {
    render(<Overlay title="Chief Vibes Curator" match={null} onOpenDossier={() => {}} />);
    const chip = screen.getByRole('button', { name: /no dossier for Chief Vibes Curator/ });
    expect(chip.textContent).toContain('unfiled');
    expect(chip.textContent).not.toMatch(/%/);
  });

  it('renders a hostile title as text, never as markup', () => {
    const title = '<img src=x onerror="globalThis.pwned=1"><b>Data Engineer</b>';
    const { container } = render(<Overlay title={title} match={null} onOpenDossier={() => {}} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('Overlay: wrong match?', () => {
  it('lets the user search and file the title under another dossier, or none', () => {
    const onCorrect = vi.fn();
    render(
      <Overlay title="Data Engineer" match={matcher.match('Data Engineer')} onOpenDossier={() => {}} search={(q) => matcher.search(q)} onCorrect={onCorrect} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Otiose satire/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Wrong match?' }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'recruit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Recruiter' }));
    expect(onCorrect).toHaveBeenCalledWith('recruiter');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('files an unmatched title from its quiet chip', () => {
    const onCorrect = vi.fn();
    render(<Overlay title="Chief Vibes Curator" match={null} onOpenDossier={() => {}} search={(q) => matcher.search(q)} onCorrect={onCorrect} />);
    fireEvent.click(screen.getByRole('button', { name: /no dossier for Chief Vibes Curator/ }));
    fireEvent.click(screen.getByRole('button', { name: /None of them/ }));
    expect(onCorrect).toHaveBeenCalledWith(null);
  });
});

// LinkedIn: where its titles are. Dates are when each selector was last seen on the live site.
// Public (guest) pages use stable BEM classes; the signed-in classic UI (Ember) uses semantic
// classes with a hidden " with verification" copy inside the title link; the 2025-26 signed-in
// UI ("SDUI") hashes every class weekly, so it is read through data-* attributes, ARIA labels and
// the document title only.
import { visibleText } from './read-text';
import type { SiteAdapter } from './types';

const SDUI_DETAILS = '[data-sdui-screen$="JobDetails"], [data-sdui-screen$="SearchResults"], [data-sdui-screen$="JobSearch"]';
const ALERT_PREFIX = 'Set alert for similar jobs as ';

/** The classic list link carries the title twice: visibly (in aria-hidden > strong) and for screen
 *  readers with " with verification" appended. Read the visible copy, never the whole link. */
function readClassicLink(el: Element): string | null {
  const strong = el.querySelector('span[aria-hidden="true"] strong, strong');
  if (strong) return visibleText(strong);
  const label = el.getAttribute('aria-label');
  if (label) return label.replace(/\s+with verification\s*$/i, '').trim();
  return visibleText(el);
}

/** SDUI cards print the title in a span[aria-hidden] next to an empty screen-reader span. */
function readSduiCardTitle(el: Element): string | null {
  const visible = el.querySelector('span[aria-hidden="true"]');
  return visibleText(visible ?? el);
}

/** The SDUI job title: the alert switch's label names it; the document title starts with it. */
function sduiDetailsTitleText(doc: Document, screen: Element): string {
  const sw = screen.querySelector(`[role="switch"][aria-label^="${ALERT_PREFIX}"]`);
  const fromSwitch = sw?.getAttribute('aria-label')?.slice(ALERT_PREFIX.length).trim();
  if (fromSwitch) return fromSwitch;
  const parts = doc.title.split(' | ');
  return parts.length >= 3 ? parts[0]!.trim() : '';
}

// The details screen, once found: looking it up again means a suffix-attribute query over the
// whole page, which on a long results list costs more than everything else a batch of cards needs.
let knownScreen: Element | null = null;
function detailsScreen(doc: Document, within?: readonly Element[]): Element | null {
  if (knownScreen?.isConnected && knownScreen.ownerDocument === doc && knownScreen.matches(SDUI_DETAILS)) return knownScreen;
  knownScreen = null;
  if (!within) return (knownScreen = doc.querySelector(SDUI_DETAILS));
  // A screen that was not there before can only have come with what the page just added.
  for (const r of within) {
    const s = r.closest(SDUI_DETAILS) ?? r.querySelector(SDUI_DETAILS);
    if (s) return (knownScreen = s);
  }
  return null;
}

function findSduiDetailsTitle(doc: Document, within?: readonly Element[]): Element[] {
  const screen = detailsScreen(doc, within);
  if (!screen) return [];
  const title = sduiDetailsTitleText(doc, screen);
  if (!title) return [];
  // The top card's title is the first heading-like text equal to the title, outside the modules
  // that repeat it (alert toggle, similar jobs).
  for (const el of screen.querySelectorAll('main h1, main h2, main p, h1, p')) {
    if (el.closest('[data-sdui-component$="jobAlertToggle"], [data-sdui-component$="similarJobs"], a[href*="currentJobId="], [data-view-name]')) continue;
    if (visibleText(el) === title) return [el];
  }
  return [];
}

const SDUI_CARDS = [
  '[data-view-name="job-card"]',
  '[data-view-name="job-search-job-card"]',
  '[data-view-name="jobs-search-results-list-item"]',
  '[data-sdui-component$="similarJobs"] a[href*="currentJobId="]',
].join(', ');

/** Cards on the page, or only those inside (or around) what the page just added. */
function sduiCards(doc: Document, within?: readonly Element[]): Iterable<Element> {
  if (!within) return doc.querySelectorAll(SDUI_CARDS);
  const cards = new Set<Element>();
  for (const r of within) {
    const around = r.closest(SDUI_CARDS);
    if (around) cards.add(around);
    for (const c of r.querySelectorAll(SDUI_CARDS)) cards.add(c);
  }
  return cards;
}

function findSduiCardTitles(doc: Document, within?: readonly Element[]): Element[] {
  const out = new Set<Element>();
  for (const card of sduiCards(doc, within)) {
    // A list item may wrap a card: take the innermost card's title once.
    const p = card.querySelector('p:has(span[aria-hidden="true"])') ?? card.querySelector('p');
    if (p && !p.closest('otiose-overlay, [data-otiose-host]')) out.add(p);
  }
  return [...out];
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com'],
  isJobPage: (url) => /^\/(?:jobs(?:-guest)?\/|jobs-tracker|preload\/|my-items\/saved-jobs)/.test(url.pathname),
  targets: [
    {
      name: 'public search card',
      selectors: [
        { css: 'h3.base-search-card__title', seen: '2026-06' },
        { css: '.job-search-card .base-search-card__info h3', seen: '2026-06' },
      ],
    },
    {
      // "Similar jobs" and "People also viewed" on the public job view.
      name: 'public related-job card',
      selectors: [{ css: 'h3.base-main-card__title', seen: '2026-06' }],
    },
    {
      name: 'public job view',
      describes: true,
      selectors: [
        { css: 'h1.top-card-layout__title', seen: '2026-06' },
        { css: 'h2.top-card-layout__title', seen: '2026-08' },
        { css: 'h1.topcard__title', seen: '2025-10' },
      ],
    },
    {
      name: 'signed-in list card (classic)',
      selectors: [
        { css: 'a.job-card-list__title--link', seen: '2025-10' },
        { css: 'a.job-card-container__link', seen: '2025-10' },
        { css: '.artdeco-entity-lockup__title a', seen: '2025-10' },
      ],
      read: readClassicLink,
      place: 'after',
    },
    {
      name: 'signed-in details pane (classic)',
      describes: true,
      selectors: [
        { css: '.job-details-jobs-unified-top-card__job-title h1', seen: '2025-10' },
        { css: 'h1.job-details-jobs-unified-top-card__job-title', seen: '2025-03' },
        { css: '.jobs-unified-top-card__job-title', seen: '2024-06' },
      ],
    },
    {
      name: 'signed-in job details (new UI)',
      describes: true,
      selectors: [],
      find: findSduiDetailsTitle,
    },
    {
      name: 'signed-in job cards (new UI)',
      selectors: [],
      find: findSduiCardTitles,
      read: readSduiCardTitle,
    },
  ],
  description: [
    { css: '.show-more-less-html__markup', seen: '2026-06' },
    { css: '.jobs-description__content', seen: '2025-10' },
    { css: '#job-details', seen: '2025-10' },
    { css: '[data-sdui-component$="aboutTheJob"] [data-testid="expandable-text-box"]', seen: '2026-09' },
  ],
};

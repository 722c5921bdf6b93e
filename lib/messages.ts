// Messages between the extension's contexts. Nothing here ever leaves the browser.
export type RuntimeMessage =
  | { type: 'otiose:open-dossier'; id: string }
  | { type: 'otiose:page-stats' }
  | { type: 'otiose:diagnostics' };

export interface PageStats {
  adapter: string | null;
  jobPage: boolean;
  /** Whether overlays are switched on for this page. */
  active: boolean;
  found: number;
  matched: number;
  byTarget: Record<string, number>;
}

// Messages between the extension's contexts. Nothing here ever leaves the browser.
export type RuntimeMessage =
  | { type: 'otiose:open-dossier'; id: string }
  | { type: 'otiose:page-stats' };

export interface PageStats {
  adapter: string | null;
  jobPage: boolean;
  found: number;
  matched: number;
  byTarget: Record<string, number>;
}

// Small display helpers shared by the overlay, the popup and the dossier page.
import type { RiskLevel } from '../data/schema';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$190,980", or "≈ $190,980" when the figure is an estimate. */
export function formatSalary(amount: number, approximate: boolean): string {
  return (approximate ? '≈ ' : '') + usd.format(amount);
}

export function riskLabel(level: RiskLevel): string {
  return `${level} RISK`;
}

/** The URL of a dossier's full page inside the extension. */
export const dossierPath = (id: string) => `/dossier.html#${encodeURIComponent(id)}`;

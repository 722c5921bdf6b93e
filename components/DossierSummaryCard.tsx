// A dossier's summary (translation, flight risk, salary, metrics): the popup's answer to a search.
import type { DossierSummary } from '../lib/matching/types';
import { formatSalary, riskLabel } from '../lib/format';

export function DossierSummaryCard({ dossier, dossierUrl }: { dossier: DossierSummary; dossierUrl: string }) {
  const d = dossier;
  return (
    <section class="summary" aria-label={`Dossier summary: ${d.title}`}>
      <h2>{d.kind === 'family' ? `Family: ${d.title}` : d.title}</h2>
      <p class="translation">{d.translation}</p>
      <p class={`risk risk-${d.riskLevel.toLowerCase()}`}>
        Flight risk <strong>{d.risk}%</strong> {riskLabel(d.riskLevel)}
      </p>
      <p>
        Market average <strong>{formatSalary(d.salary, d.approximate)}</strong>
        {d.approximate && <span class="muted"> (approximate, US)</span>}
      </p>
      <p class="muted small">Bullshit metrics: {d.metrics.join(' · ')}</p>
      <a class="button" href={dossierUrl} target="_blank" rel="noopener">
        Open the full dossier
      </a>
    </section>
  );
}

// The full record, laid out as the seed's "FILE RECORD": all eleven sections in the seed's order,
// each its own landmark with a heading so it can be read by a screen reader and linked to.
import type { Dossier } from '../data/schema';
import { formatSalary, riskLabel } from '../lib/format';

const kebab = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '');

function Section({ n, id, title, children }: { n: string; id: string; title: string; children: preact.ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} class="section">
      <h2 id={`${id}-h`}>
        <span class="num">[{n}]</span> {title}
      </h2>
      {children}
    </section>
  );
}

export function DossierPage({ dossier: d, related }: { dossier: Dossier; related: (id: string) => Dossier | undefined }) {
  const invented = d.source === 'otiose';
  return (
    <article class="dossier" aria-labelledby="dossier-title">
      <header class="file-head">
        <p class="file-id">FILE RECORD: {kebab(d.title)}</p>
        <p class="question">{d.question.toUpperCase()}</p>
        <h1 id="dossier-title">{d.title}</h1>
        <p class="translation">{d.translation}</p>
        <p class="satire-note">Satire. Aimed at corporate process, hype and incentives, never at the people doing the job.</p>
      </header>

      <Section n="01" id="org-chart" title="The org-chart architecture">
        <p class="caption">The organizational hierarchy defining the pressure flow for this role.</p>
        <div class="org">
          <div><h3>Above</h3><ul>{d.orgChart.above.map((r) => <li key={r}>{r}</li>)}</ul></div>
          <div><h3>Beside</h3><ul>{d.orgChart.beside.map((r) => <li key={r}>{r}</li>)}</ul></div>
          <div><h3>Below</h3>{d.orgChart.below.length ? <ul>{d.orgChart.below.map((r) => <li key={r}>{r}</li>)}</ul> : <p class="muted">Nobody. The buck stops, and so does the delegation.</p>}</div>
        </div>
        <h3>Known aliases / disguises</h3>
        {d.aliases.length ? <ul class="aliases">{d.aliases.map((a) => <li key={a}>{a}</li>)}</ul> : <p class="muted">A whole family of work: see its keywords.</p>}
      </Section>

      <Section n="02" id="habitat" title="The habitat (natural range)">
        <ul>{d.habitat.map((h) => <li key={h}>{h}</li>)}</ul>
      </Section>

      <Section n="03" id="salary" title="Salary delusion">
        <p class="big">
          Market average <strong>{formatSalary(d.salary.average, d.salary.approximate)}</strong> {d.salary.currency}
        </p>
        {d.salary.approximate && <p class="muted">Approximate US figure, rounded; real offers vary widely by place and employer.</p>}
        <p>{d.salary.note}</p>
        <blockquote>"{d.salary.quote}"</blockquote>
      </Section>

      <Section n="04" id="flight-risk" title="The flight risk">
        <p class={`big risk-${d.flightRisk.level.toLowerCase()}`}>
          FLIGHT RISK: <strong>{d.flightRisk.percent}%</strong> {riskLabel(d.flightRisk.level)}
        </p>
        <p>
          <strong>[DIAGNOSIS]</strong> {d.flightRisk.diagnosis}
        </p>
      </Section>

      <Section n="05" id="metrics" title="The bullshit metrics">
        <dl>{d.metrics.map((m) => [<dt key={m.name}>{m.name}</dt>, <dd key={m.name + '-d'}>{m.description}</dd>])}</dl>
      </Section>

      <Section n="06" id="weaponry" title="Signature weaponry">
        <dl>{d.weapons.map((m) => [<dt key={m.name}>{m.name}</dt>, <dd key={m.name + '-d'}>{m.description}</dd>])}</dl>
      </Section>

      <Section n="07" id="survival" title="Survival / encounter guide">
        {d.survival.map((s) => (
          <p key={s.when}>
            <strong>[{s.when}:]</strong> {s.advice}
          </p>
        ))}
      </Section>

      <Section n="08" id="jd-autopsy" title="The JD autopsy: what do they actually do?">
        {d.autopsy.map((a, i) => (
          <div class="autopsy" key={i}>
            <div>
              <h3>LinkedIn illusion</h3>
              <p class="muted">[SOURCE REDACTED]</p>
              <blockquote>"{a.illusion}"</blockquote>
            </div>
            <div>
              <h3>Otiose translation</h3>
              <p>{a.translation}</p>
            </div>
          </div>
        ))}
      </Section>

      <Section n="09" id="day-in-the-life" title="Day-in-the-life log">
        <ol class="timeline">
          {d.day.map((e) => (
            <li key={e.start}>
              <time>
                [{e.start} - {e.end}]
              </time>
              <strong>{e.title}</strong>
              <p>{e.text}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section n="10" id="burn-ward" title="The burn ward (unfiltered complaints)">
        <p class="caption">
          {invented
            ? 'Composite complaints written by Otiose in the voice of the role. Not quotes from real people.'
            : 'The stark reality of the role, as collected in the original record.'}
        </p>
        {d.burnWard.map((q) => (
          <blockquote key={q.text}>
            "{q.text}"{q.attribution && <footer>— {q.attribution}</footer>}
          </blockquote>
        ))}
      </Section>

      <Section n="11" id="related" title="Related specimens">
        <ul class="related">
          {d.related.map((r) => (
            <li key={r.id}>
              <a href={`#${r.id}`}>
                <span class="match">SYSTEM MATCH: {r.match}%</span>
                <strong>{related(r.id)?.title ?? r.id}</strong>
                <span>{r.line}</span>
              </a>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

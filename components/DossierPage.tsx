// The full record, laid out as the seed's "FILE RECORD": all eleven sections in the seed's order,
// each its own landmark with a heading so it can be read by a screen reader and linked to. The
// pictures (components/dossier/) state their data in their labels; the text stays beside them,
// so nothing is only in a picture.
import type { ComponentChildren } from 'preact';
import type { Dossier } from '../data/schema';
import type { DossierSummary } from '../lib/matching/types';
import { formatSalary, riskLabel } from '../lib/format';
import { DayTimeline } from './dossier/DayTimeline';
import { FlightRiskGauge } from './dossier/FlightRiskGauge';
import { OrgChart } from './dossier/OrgChart';
import { RelatedCards } from './dossier/RelatedCards';
import { SalaryStrip, salarySpread } from './dossier/SalaryStrip';
import { ShareButton } from './dossier/ShareButton';

const kebab = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-|-$/g, '');

export interface DossierPageProps {
  dossier: Dossier;
  /** Looks a related specimen up, for its title and flight risk on the card (its summary is
   *  enough: the page never loads another full record to draw a card). */
  related: (id: string) => Pick<DossierSummary, 'title' | 'risk' | 'riskLevel'> | undefined;
  /** A readable name for the dossier's family. (Not looked up here: the names live beside the
   *  zod schema, and importing them would put zod in the page.) */
  familyName?: string;
  /** Every dossier's average salary: the spread the salary strip draws this one against. */
  salaries: readonly number[];
  /** The taxonomy page, or its view of one family. */
  taxonomyHref: (family?: string) => string;
  /** Draws the share card and downloads it; resolves with the file name. No button without it. */
  onSaveImage?: () => Promise<string>;
}

function Section({ n, id, title, children }: { n: string; id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} class="section">
      <h2 id={`${id}-h`}>
        <span class="num">[{n}]</span> {title}
      </h2>
      {children}
    </section>
  );
}

/** A picture drawn for wide screens and again for narrow ones; the stylesheet shows one. */
function Responsive({ wide, narrow }: { wide: ComponentChildren; narrow: ComponentChildren }) {
  return (
    <>
      <div class="only-wide">{wide}</div>
      <div class="only-narrow">{narrow}</div>
    </>
  );
}

/** The bar above every dossier: where you are, the way to the taxonomy, and the share button. */
function TopBar({ taxonomyHref, onSaveImage }: Pick<DossierPageProps, 'taxonomyHref' | 'onSaveImage'>) {
  return (
    <header class="topbar">
      <p class="brand">
        OTIOSE <span class="tag">satire</span>
      </p>
      <nav aria-label="Otiose">
        <a href={taxonomyHref()}>View full taxonomy</a>
      </nav>
      {onSaveImage && <ShareButton onSave={onSaveImage} />}
    </header>
  );
}

export function DossierPage({ dossier: d, related, familyName, salaries, taxonomyHref, onSaveImage }: DossierPageProps) {
  const invented = d.source === 'otiose';
  const spread = salarySpread(d.salary.average, salaries);
  const level = d.flightRisk.level;
  return (
    <>
      <TopBar taxonomyHref={taxonomyHref} onSaveImage={onSaveImage} />
      <main>
        <article class="dossier" aria-labelledby="dossier-title">
          <header class="file-head">
            <p class="file-id">FILE RECORD: {kebab(d.title)}</p>
            <p class="question">{d.question.toUpperCase()}</p>
            {/* Focus moves here when a related specimen is opened, so it is announced. */}
            <h1 id="dossier-title" tabIndex={-1}>
              {d.title}
            </h1>
            <p class="translation">{d.translation}</p>
            <p class="meta">
              {d.kind === 'family' ? 'The fallback for its family: ' : 'Family: '}
              <a href={taxonomyHref(d.family)}>{familyName ?? `O*NET-SOC major group ${d.family}`}</a> · O*NET-SOC{' '}
              {d.soc.join(', ')}
            </p>
            <p class="satire-note">Satire. Aimed at corporate process, hype and incentives, never at the people doing the job.</p>
          </header>

          <Section n="01" id="org-chart" title="The org-chart architecture">
            <p class="caption">The organizational hierarchy defining the pressure flow for this role.</p>
            <Responsive
              wide={<OrgChart title={d.title} {...d.orgChart} layout="wide" />}
              narrow={<OrgChart title={d.title} {...d.orgChart} layout="tall" />}
            />
            <h3>Known aliases / disguises</h3>
            {d.aliases.length ? (
              <ul class="aliases">
                {d.aliases.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ) : (
              <p class="muted">A whole family of work: it goes by every title its keywords cover.</p>
            )}
          </Section>

          <Section n="02" id="habitat" title="The habitat (natural range)">
            <ul>
              {d.habitat.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </Section>

          <Section n="03" id="salary" title="Salary delusion">
            <p class="big">
              Market average <strong>{formatSalary(d.salary.average, d.salary.approximate)}</strong> {d.salary.currency}
            </p>
            <Responsive
              wide={<SalaryStrip value={d.salary.average} approximate={d.salary.approximate} all={salaries} />}
              narrow={<SalaryStrip value={d.salary.average} approximate={d.salary.approximate} all={salaries} width={380} />}
            />
            {spread.count > 0 && (
              <p class="caption">
                Each bar counts the dossiers on file ({spread.count} of them) paid about that much. This one pays more
                than {spread.above}% of them.
              </p>
            )}
            {d.salary.approximate && <p class="muted">Approximate US figure, rounded; real offers vary widely by place and employer.</p>}
            <p>{d.salary.note}</p>
            <blockquote>"{d.salary.quote}"</blockquote>
          </Section>

          <Section n="04" id="flight-risk" title="The flight risk">
            <div class="risk">
              <FlightRiskGauge percent={d.flightRisk.percent} level={level} />
              <div>
                <p class={`big risk-${level.toLowerCase()}`}>
                  FLIGHT RISK: <strong>{d.flightRisk.percent}%</strong> {riskLabel(level)}
                </p>
                <p>
                  <strong>[DIAGNOSIS]</strong> {d.flightRisk.diagnosis}
                </p>
              </div>
            </div>
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
            <Responsive wide={<DayTimeline entries={d.day} />} narrow={<DayTimeline entries={d.day} width={380} />} />
            <ol class="timeline">
              {d.day.map((e) => (
                <li key={e.start + e.title}>
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
            <RelatedCards
              items={d.related.map((r) => {
                const other = related(r.id);
                return { ...r, title: other?.title, risk: other && { percent: other.risk, level: other.riskLevel } };
              })}
            />
          </Section>
        </article>
      </main>
    </>
  );
}

/** dossier.html#<id> with an id nothing is filed under. */
export function DossierNotFound({ id, taxonomyHref }: { id: string; taxonomyHref: (family?: string) => string }) {
  return (
    <>
      <TopBar taxonomyHref={taxonomyHref} />
      <main class="dossier">
        <h1 id="dossier-title" tabIndex={-1}>
          No dossier on file
        </h1>
        <p>
          Nothing is filed under “{id}”. The <a href={taxonomyHref()}>full taxonomy</a> lists every dossier there is.
        </p>
      </main>
    </>
  );
}

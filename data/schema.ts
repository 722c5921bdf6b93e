// The dossier format. This schema is the type: everything else uses `Dossier` from here and
// nothing re-declares it. It mirrors the eleven sections of the seed record
// (data/dossiers/staff-machine-learning-engineer.json), in the seed's order.
//
// Validation runs at build time (scripts/vite-plugin-otiose-data.ts) and in the tests, never in
// the page: the content script receives a compact index built from already-validated data.
import { z } from 'zod';

const text = (min = 3, max = 1200) => z.string().trim().min(min).max(max);

/** Dossier ids are kebab-case and equal the file name without `.json`. */
export const dossierId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');

/** O*NET-SOC code, e.g. 15-2051.00 (the .00 suffix is optional). */
export const socCode = z.string().regex(/^\d{2}-\d{4}(?:\.\d{2})?$/, 'O*NET-SOC code like 15-2051.00');

/** O*NET-SOC major groups: the families every title falls back to. */
export const SOC_MAJOR_GROUPS = {
  '11': 'Management',
  '13': 'Business and Financial Operations',
  '15': 'Computer and Mathematical',
  '17': 'Architecture and Engineering',
  '19': 'Life, Physical, and Social Science',
  '21': 'Community and Social Service',
  '23': 'Legal',
  '25': 'Educational Instruction and Library',
  '27': 'Arts, Design, Entertainment, Sports, and Media',
  '29': 'Healthcare Practitioners and Technical',
  '31': 'Healthcare Support',
  '33': 'Protective Service',
  '35': 'Food Preparation and Serving Related',
  '37': 'Building and Grounds Cleaning and Maintenance',
  '39': 'Personal Care and Service',
  '41': 'Sales and Related',
  '43': 'Office and Administrative Support',
  '45': 'Farming, Fishing, and Forestry',
  '47': 'Construction and Extraction',
  '49': 'Installation, Maintenance, and Repair',
  '51': 'Production',
  '53': 'Transportation and Material Moving',
  '55': 'Military Specific',
} as const;
export type SocMajorGroup = keyof typeof SOC_MAJOR_GROUPS;
const majorGroup = z.enum(Object.keys(SOC_MAJOR_GROUPS) as [SocMajorGroup, ...SocMajorGroup[]]);

/** Flight-risk bands. The level is stated in each file and must agree with the percent. */
export const RISK_LEVELS = ['LOW', 'MODERATE', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export function riskLevelFor(percent: number): RiskLevel {
  if (percent < 30) return 'LOW';
  if (percent < 60) return 'MODERATE';
  if (percent < 90) return 'HIGH';
  return 'CRITICAL';
}

const namedItem = z.strictObject({ name: text(3, 80), description: text(20, 600) });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');

export const dossierSchema = z
  .strictObject({
    id: dossierId,
    /** `specimen`: one role. `family`: the fallback for a whole O*NET-SOC major group. */
    kind: z.enum(['specimen', 'family']),
    /** `seed`: the user's own record, transcribed. `otiose`: written by the Otiose team, whose
     * burn-ward quotes are invented composites and are labelled so wherever they are shown. */
    source: z.enum(['seed', 'otiose']),
    title: text(2, 90),
    /** The headline question, e.g. "What does a Staff Machine Learning Engineer actually do?" */
    question: text(10, 160),
    /** One line: what the job really is. Shown in the overlay chip and on related-specimen cards. */
    translation: text(20, 260),
    family: majorGroup,
    soc: z.array(socCode).min(1),
    // [01] The org-chart architecture: who sits above, beside and below the role.
    orgChart: z.strictObject({
      above: z.array(text(2, 80)).min(1),
      beside: z.array(text(2, 80)).min(1),
      below: z.array(text(2, 80)),
    }),
    /** Known aliases / disguises: real variants of the title as boards print them. */
    aliases: z.array(text(2, 90)),
    /** Family dossiers only: the words that mark a title as belonging to the family. */
    keywords: z.array(text(2, 40)).optional(),
    // [02] The habitat (natural range).
    habitat: z.array(text(10, 300)).min(2),
    // [03] Salary delusion.
    salary: z.strictObject({
      average: z.number().int().min(15000).max(2000000),
      currency: z.enum(['USD']),
      /** True when the figure is a rounded estimate of the US market, not a published statistic. */
      approximate: z.boolean(),
      note: text(20, 600),
      quote: text(20, 400),
    }),
    // [04] The flight risk.
    flightRisk: z.strictObject({
      percent: z.number().int().min(0).max(100),
      level: z.enum(RISK_LEVELS),
      diagnosis: text(30, 600),
    }),
    // [05] The bullshit metrics.
    metrics: z.array(namedItem).min(3),
    // [06] Signature weaponry.
    weapons: z.array(namedItem).min(3),
    // [07] Survival / encounter guide.
    survival: z.array(z.strictObject({ when: text(3, 60), advice: text(20, 600) })).min(1),
    // [08] The JD autopsy: a line of the job description beside its translation.
    autopsy: z.array(z.strictObject({ illusion: text(20, 700), translation: text(20, 700) })).min(3),
    // [09] Day-in-the-life log.
    day: z
      .array(z.strictObject({ start: clock, end: clock, title: text(3, 90), text: text(20, 600) }))
      .min(3),
    // [10] The burn ward: complaints. `attribution` says where a quote comes from; the team's
    // own dossiers mark theirs as invented composites so no quote passes for a real person's words.
    burnWard: z.array(z.strictObject({ text: text(10, 500), attribution: text(3, 120).optional() })).min(3),
    // [11] Related specimens.
    related: z
      .array(z.strictObject({ id: dossierId, match: z.number().int().min(1).max(100), line: text(20, 300) }))
      .min(1),
  })
  .superRefine((d, ctx) => {
    if (d.flightRisk.level !== riskLevelFor(d.flightRisk.percent)) {
      ctx.addIssue({
        code: 'custom',
        path: ['flightRisk', 'level'],
        message: `level ${d.flightRisk.level} does not agree with ${d.flightRisk.percent}% (expected ${riskLevelFor(d.flightRisk.percent)})`,
      });
    }
    if (d.kind === 'family' && !(d.keywords && d.keywords.length >= 5)) {
      ctx.addIssue({ code: 'custom', path: ['keywords'], message: 'a family dossier needs at least 5 keywords' });
    }
    if (d.kind === 'specimen' && d.keywords) {
      ctx.addIssue({ code: 'custom', path: ['keywords'], message: 'keywords are for family dossiers only' });
    }
    d.day.forEach((entry, i) => {
      if (entry.end <= entry.start) {
        ctx.addIssue({ code: 'custom', path: ['day', i, 'end'], message: `ends (${entry.end}) before it starts (${entry.start})` });
      }
    });
  });

export type Dossier = z.infer<typeof dossierSchema>;

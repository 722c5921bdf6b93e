// Title normalisation: turns what a board prints ("Sr. Staff ML Engineer II - Autonomy (Remote)")
// into role tokens ("machine learning engineer"), the seniority tiers it named ("senior", "staff")
// and the other segments worth trying ("autonomy"). Pure, allocation-light, never throws.
//
// The same function normalises dossier names at build time and page titles at run time, so any
// over-eager rule (stemming "sales" to "sale") is harmless: both sides get it.

/** Longest input considered. No real title comes close; a 100 KB "title" is cut, not scanned. */
export const MAX_TITLE_CHARS = 240;

export interface NormalizedSegment {
  /** Role tokens, in order, seniority and noise removed, abbreviations expanded. */
  tokens: string[];
  /** Seniority tiers named in this segment, strongest first (see TIER_RANK). */
  tiers: string[];
}

export interface NormalizedTitle {
  /** The title cleaned as one piece (brackets dropped), then each separated segment. */
  segments: NormalizedSegment[];
}

// Seniority words and the tier each one stands for. "Principal" and "Distinguished" sit with
// "Staff": the dossiers distinguish the staff-plus tier from the rest, not rungs within it.
const SENIORITY: Record<string, string> = {
  senior: 'senior', sr: 'senior', snr: 'senior', experienced: 'senior',
  staff: 'staff', principal: 'staff', distinguished: 'staff', fellow: 'staff',
  lead: 'lead',
  junior: 'junior', jr: 'junior', graduate: 'junior', grad: 'junior', trainee: 'junior',
  apprentice: 'junior',
  intern: 'intern', internship: 'intern', coop: 'intern', interns: 'intern',
  associate: 'associate', assistant: 'assistant',
  chief: '', // never a seniority word: "chief" makes the role (Chief of Staff, CFO)
};
delete SENIORITY.chief;
/** Tiers in the order lookups try them: the most specific first. */
export const TIER_RANK = ['staff', 'lead', 'senior', 'associate', 'assistant', 'junior', 'intern'];
// "Associate" and "Assistant" are roles in their own right at the end of a title ("Sales
// Associate", "Medical Assistant") and a tier in front of one ("Associate Product Manager").
// "Intern", "Trainee" and "Apprentice" are always a tier, unless the title says nothing else.
const HEAD_ONLY_WHEN_LAST = new Set(['associate', 'assistant', 'lead', 'staff', 'principal', 'fellow']);
const ALWAYS_TIER = new Set(['intern', 'internship', 'interns', 'coop', 'trainee', 'apprentice']);

// Levels carry no meaning for the role: "II", "L5", "Level 3", "IC4", "E6", "Grade 7".
const LEVEL_TOKEN = /^(?:i{1,3}|iv|v|vi|[1-9]|l[1-9]|ic[1-9]|e[1-9]|m[1-9]|p[1-9]|t[1-9]|level|grade|tier|band)$/;

// Words that say how, where or for how long, never what the job is.
const NOISE = new Set([
  'remote', 'hybrid', 'onsite', 'on-site', 'in-office', 'office-based', 'wfh', 'telecommute', 'telework',
  // Not "contract", "benefits", "shift", "visa" or "relocation": they name roles too (Contract
  // Manager, Benefits Specialist, Shift Supervisor); alone in a segment they match nothing anyway.
  'fulltime', 'full-time', 'parttime', 'part-time', 'ft', 'pt', 'temporary', 'temp',
  'seasonal', 'permanent', 'perm', 'w2', '1099', 'c2c', 'freelance', 'fixed-term', 'prn', 'per-diem', 'diem',
  'new', 'summer', 'fall', 'spring', 'winter', 'autumn', 'urgent', 'urgently', 'hiring', 'immediate', 'immediately',
  'needed', 'wanted', 'opening', 'openings', 'opportunity', 'position', 'role', 'job', 'jobs', 'req', 'requisition',
  'id', 'ref', 'us', 'usa', 'uk', 'eu', 'emea', 'apac', 'latam', 'nationwide', 'anywhere', 'days', 'nights', 'weekend',
  'weekends', 'overnight', 'evening', 'evenings', 'day', 'night', 'bonus', 'sign-on', 'signon', 'pay', 'salary',
  'weekly', 'daily', 'hourly', 'annual', 'sponsorship', 'hrs', 'hour', 'hours',
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'k', 'usd', 'to', 'up', 'plus', 'the', 'a', 'an', 'of', 'for', 'in',
  'and', 'with', 'at', 'on', 'or', 'our', 'your', 'we', 're', 'is', 'are', 'be',
]);
// Pay ("$30/hr") is cut out before words are split, so a lone "hr" is the department, not noise.

// Phrases rewritten before splitting into words (order matters: longest first).
const PHRASES: Array<[RegExp, string]> = [
  [/\bsoftware (?:development |dev )?engineer(?:ing)? in test\b|\bsoftware developer in test\b|\bsoftware design engineer in test\b|\bsdet\b/g, ' sdet '],
  [/\bsoftware (?:development|dev) engineer\b|\bsde\b|\bswe\b/g, ' software engineer '],
  [/\bsoftware engineering\b/g, ' software engineer '],
  [/\bentry[\s-]+level\b/g, ' junior '], // "entry" alone is a word of the role: Data Entry Clerk
  [/\bfp\s*&\s*a\b|\bfp and a\b/g, ' fpa '],
  [/\br\s*&\s*d\b/g, ' research development '],
  [/\bl\s*&\s*d\b/g, ' learning development '],
  [/\bm\s*&\s*a\b/g, ' mergers acquisitions '],
  [/\bp\s*&\s*l\b/g, ' pnl '],
  [/\bc\+\+/g, ' cplusplus '],
  [/\bc#/g, ' csharp '],
  [/(?:^|\s)\.net\b|\bdot ?net\b|\basp\.net\b/g, ' dotnet '],
  [/\b(node|react|vue|next|angular)\.?js\b/g, ' $1 '],
  [/\bfront[\s-]*end\b/g, ' frontend '],
  [/\bback[\s-]*end\b/g, ' backend '],
  [/\bfull[\s-]*stack\b/g, ' fullstack '],
  [/\bdev[\s-]*ops\b/g, ' devops '],
  [/\bdev[\s-]*sec[\s-]*ops\b/g, ' devsecops '],
  [/\bml[\s-]*ops\b/g, ' mlops '],
  [/\be[\s-]*commerce\b/g, ' ecommerce '],
  [/\bco[\s-]*op\b/g, ' coop '],
  [/\bpost[\s-]*doc(?:toral)?\b/g, ' postdoctoral '],
  [/\bvice[\s-]+president\b|\b[sea]vp\b/g, ' vp '],
  [/\bhuman resources?\b/g, ' hr '],
  [/\binformation technology\b/g, ' it '],
  [/\bquality assurance\b/g, ' qa '],
  [/\bquality control\b/g, ' qc '],
  [/\buser experience\b/g, ' ux '],
  [/\buser interface\b/g, ' ui '],
  [/\bsite reliability\b/g, ' sre '],
  [/\bmachine[\s-]+learning\b/g, ' ml '],
  [/\bartificial intelligence\b|\bgen(?:erative)?[\s-]*ai\b/g, ' ai '],
  [/\bbusiness intelligence\b/g, ' bi '],
  [/\bsearch engine optimi[sz]ation\b/g, ' seo '],
  [/\bchief executive officer\b/g, ' ceo '],
  [/\bchief technology officer\b|\bchief technical officer\b/g, ' cto '],
  [/\bchief financial officer\b/g, ' cfo '],
  [/\bchief operating officer\b/g, ' coo '],
  [/\bchief marketing officer\b/g, ' cmo '],
  [/\bchief information officer\b/g, ' cio '],
  [/\bchief product officer\b/g, ' cpo '],
  [/\bchief revenue officer\b/g, ' cro '],
  [/\bchief information security officer\b/g, ' ciso '],
  [/\bchief (?:ai|artificial intelligence) officer\b/g, ' caio '],
  [/\bnurse practitioner\b/g, ' np '],
  [/\bregistered nurse\b/g, ' rn '],
  [/\blicen[sc]ed practical nurse\b|\blicen[sc]ed vocational nurse\b|\blvn\b/g, ' lpn '],
  [/\bcertified nurs(?:ing|e) (?:assistant|aide)\b|\bnurse aide\b/g, ' cna '],
  [/\bcommercial driver'?s? licen[sc]e\b/g, ' cdl '],
  [/\bcustomer service representative\b|\bcsr\b/g, ' customer service rep '],
  [/\bsales development representative\b|\bsdr\b/g, ' sales development rep '],
  [/\bbusiness development representative\b|\bbdr\b/g, ' business development rep '],
];

// Single-word abbreviations and spellings, expanded after splitting.
const WORDS: Record<string, string[]> = {
  ml: ['machine', 'learning'], ai: ['ai'], pm: ['product', 'manager'], tpm: ['technical', 'program', 'manager'],
  apm: ['associate', 'product', 'manager'], sre: ['sre'], qa: ['qa'], ux: ['ux'], ui: ['ui'],
  dev: ['developer'], devs: ['developer'], developers: ['developer'], eng: ['engineer'], engr: ['engineer'],
  engineers: ['engineer'], mgr: ['manager'], mngr: ['manager'], mgmt: ['management'], assoc: ['associate'],
  asst: ['assistant'], admin: ['admin'], administrator: ['admin'], administrative: ['admin'], administration: ['admin'],
  rep: ['representative'], reps: ['representative'], acct: ['account'], exec: ['executive'], ops: ['operation'],
  mktg: ['marketing'], biz: ['business'], bd: ['business', 'development'],
  ae: ['account', 'executive'], csm: ['customer', 'success', 'manager'], gm: ['general', 'manager'],
  dba: ['database', 'admin'], sysadmin: ['system', 'admin'], sys: ['system'], systems: ['system'],
  js: ['javascript'], k8s: ['kubernetes'], tech: ['technician'], techs: ['technician'],
  cx: ['customer', 'experience'], ea: ['executive', 'assistant'], hrbp: ['hr', 'business', 'partner'],
  ta: ['talent', 'acquisition'], swe: ['software', 'engineer'], sde: ['software', 'engineer'],
  analyst: ['analyst'], analysts: ['analyst'], specialist: ['specialist'], specialists: ['specialist'],
  programme: ['program'], organisation: ['organization'], optimisation: ['optimization'],
  centre: ['center'], labour: ['labor'], behaviour: ['behavior'], behavioural: ['behavioral'],
  cybersecurity: ['cyber', 'security'], infosec: ['information', 'security'], secops: ['security', 'operations'],
  fullstack: ['fullstack'], emt: ['emt'], vp: ['vp'], svp: ['vp'], evp: ['vp'], avp: ['vp'],
};

// Internships and new-grad roles are named by their field ("Data Science Intern", "Product
// Management Co-op"): a field at the head of a title stands for the role that practises it.
const FIELD_TO_ROLE: Array<[string[], string[]]> = [
  [['product', 'management'], ['product', 'manager']],
  [['project', 'management'], ['project', 'manager']],
  [['program', 'management'], ['program', 'manager']],
  [['software', 'development'], ['software', 'developer']],
  [['data', 'science'], ['data', 'scientist']],
  [['data', 'engineering'], ['data', 'engineer']],
  [['data', 'analytic'], ['data', 'analyst']],
  [['data', 'analytics'], ['data', 'analyst']],
  [['business', 'analytics'], ['business', 'analyst']],
  [['machine', 'learning'], ['machine', 'learning', 'engineer']],
  [['cyber', 'security'], ['security', 'analyst']],
  [['information', 'security'], ['security', 'analyst']],
  [['quantitative', 'research'], ['quantitative', 'researcher']],
  [['supply', 'chain'], ['supply', 'chain', 'analyst']],
  [['ux', 'research'], ['ux', 'researcher']],
  [['user', 'research'], ['ux', 'researcher']],
  [['product', 'design'], ['product', 'designer']],
  [['graphic', 'design'], ['graphic', 'designer']],
  [['marketing'], ['marketing', 'specialist']],
  [['finance'], ['financial', 'analyst']],
  [['accounting'], ['accountant']],
  [['hr'], ['hr', 'generalist']],
];

function fieldToRole(tokens: string[]): string[] {
  for (const [field, role] of FIELD_TO_ROLE) {
    if (tokens.length < field.length) continue;
    const at = tokens.length - field.length;
    if (field.every((f, i) => tokens[at + i] === f)) return [...tokens.slice(0, at), ...role];
  }
  return tokens;
}

// Characters that must never reach a match key: zero-width and bidi controls, soft hyphen.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const PAY = /(?:[$£€]\s*\d[\d,.]*\s*[km]?(?:\s*(?:\/|per|an|a)\s*(?:yr|year|annum|hour|hr|h|month|mo|week|wk))?)|(?:\b\d[\d,.]*\s*k?\s*(?:\/|per)\s*(?:yr|year|annum|hour|hr|h|month|mo|week|wk)\b)|(?:\b\d[\d,.]*\s*(?:usd|eur|gbp)\b)/g;
// Requisition-style codes: R12345, REQ-2231, JR-00421, #4412, 2025-1123, 123456.
const REQ = /(?:#\s*\d+)|\b(?:req|jr|job|id|ref|r|p)?[-_ ]?\d{3,}(?:[-_]\d+)*\b/g;
// Separators between the role and its team, place or qualifier.
const SEGMENT_SPLIT = /\s[-–—]+\s|[|•·;:,\u3001\uFF0C\uFF1A]|\s\/\s|\s@\s|\s+(?:at|for|in|with)\s+(?=[a-z])/;
const BRACKETS = /[([{\uFF08【][^)\]}\uFF09】]*[)\]}\uFF09】]?/g;

function tokenizeSegment(text: string): NormalizedSegment {
  const tokens: string[] = [];
  const tiers: string[] = [];
  const words = text.replace(/&/g, ' ').replace(/[^a-z0-9+#'\-]+/g, ' ').split(' ');
  // First pass: plain words, with apostrophes and hyphens resolved.
  const plain: string[] = [];
  for (let w of words) {
    if (!w) continue;
    w = w.replace(/'s$/, '').replace(/'/g, '');
    if (w.includes('-')) {
      if (NOISE.has(w)) continue;
      for (const part of w.split('-')) if (part) plain.push(part);
    } else plain.push(w);
  }
  for (let i = 0; i < plain.length; i++) {
    const w = plain[i]!;
    const isLast = i === plain.length - 1;
    if (LEVEL_TOKEN.test(w) && !(isLast && plain.length === 1)) continue;
    if (/\d/.test(w) && !/^(?:3d|2d|5g|b2b|b2c|c2c|[a-z]+\d[a-z]*)$/.test(w)) continue;
    const tier = SENIORITY[w];
    const keepAsHead = isLast && (HEAD_ONLY_WHEN_LAST.has(w) || (ALWAYS_TIER.has(w) && tokens.length === 0 && plain.length === 1));
    if (tier !== undefined && !keepAsHead) {
      if (tier && !tiers.includes(tier)) tiers.push(tier);
      continue;
    }
    if (NOISE.has(w)) continue;
    const expansion = WORDS[w];
    if (expansion) {
      for (const e of expansion) tokens.push(stem(e));
      continue;
    }
    tokens.push(stem(w));
  }
  tiers.sort((a, b) => TIER_RANK.indexOf(a) - TIER_RANK.indexOf(b));
  return { tokens: fieldToRole(tokens), tiers };
}

/** Light stemming: plurals only. Consistent on both sides, so "sales" -> "sale" is harmless. */
export function stem(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !/(?:ss|us|is|ics|ops|as)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Unicode-folds, lower-cases and strips what no title needs. Exported for the scanner's reads. */
export function cleanTitleText(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .slice(0, MAX_TITLE_CHARS * 2)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TITLE_CHARS);
}

/** Lower-cases, cuts pay and requisition codes, and rewrites known phrases to single tokens. */
function prepare(raw: unknown): string {
  let s = ' ' + cleanTitleText(raw).toLowerCase().replace(PAY, ' ').replace(REQ, ' ') + ' ';
  for (const [re, rep] of PHRASES) s = s.replace(re, rep);
  return s.trim();
}

export function normalizeTitle(raw: unknown): NormalizedTitle {
  const cleaned = prepare(raw);
  const segments: NormalizedSegment[] = [];
  const seen = new Set<string>();
  const push = (text: string) => {
    const seg = tokenizeSegment(text);
    const key = seg.tiers.join(' ') + '|' + seg.tokens.join(' ');
    if (seg.tokens.length && !seen.has(key)) {
      seen.add(key);
      segments.push(seg);
    }
  };
  const outside = cleaned.replace(BRACKETS, ' , ');
  const parts = outside.split(SEGMENT_SPLIT);
  // The first part is usually the role; try it alone before the whole.
  push(parts[0] ?? '');
  push(outside.replace(new RegExp(SEGMENT_SPLIT.source, 'g'), ' '));
  for (const p of parts.slice(1)) push(p);
  for (const m of cleaned.match(BRACKETS) ?? []) push(m.slice(1, -1));
  // Seniority said in one segment applies to the role found in another ("Staff - ML Engineer").
  const allTiers = [...new Set(segments.flatMap((s) => s.tiers))].sort((a, b) => TIER_RANK.indexOf(a) - TIER_RANK.indexOf(b));
  for (const s of segments) if (!s.tiers.length) s.tiers = allTiers;
  return { segments };
}

/** The normalised form of a dossier name: one segment, the whole name. */
export function normalizeName(name: string): NormalizedSegment {
  return tokenizeSegment(prepare(name));
}

// Title normalisation: turns what a board prints ("Sr. Staff ML Engineer II - Autonomy (Remote)")
// into role tokens ("machine learning engineer"), the seniority tiers it named ("senior", "staff")
// and the other segments worth trying ("autonomy"). Pure, allocation-light, never throws.
//
// The same function normalises dossier names at build time and page titles at run time, so any
// over-eager rule (stemming "sales" to "sale") is harmless: both sides get it.

/** Role tokens kept per segment. The matcher reads a dozen at most; abbreviations expand ("ml"
 *  is two words), so a page's "ml ml ml ..." must not grow past what it handed over. */
const MAX_SEGMENT_TOKENS = 24;

/** Longest input considered. No real title comes close; a 100 KB "title" is cut, not scanned. */
export const MAX_TITLE_CHARS = 240;

export interface NormalizedSegment {
  /** Role tokens, in order, seniority and noise removed, abbreviations expanded. */
  tokens: string[];
  /** Seniority tiers named in this segment, strongest first (see TIER_RANK). */
  tiers: string[];
  /** True for the readings that speak for the role (the first part, the whole title, the
   *  reversed "Engineer, DevOps" form); false for the later parts (team, place, qualifier). */
  primary?: boolean;
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
  intern: 'intern', internship: 'intern', internships: 'intern', coop: 'intern', interns: 'intern',
  associate: 'associate', assistant: 'assistant', asst: 'assistant',
  chief: '', // never a seniority word: "chief" makes the role (Chief of Staff, CFO)
};
delete SENIORITY.chief;
/** Tiers in the order lookups try them: the most specific first. */
export const TIER_RANK = ['staff', 'lead', 'senior', 'associate', 'assistant', 'junior', 'intern'];
// "Associate" and "Assistant" are roles in their own right at the end of a title ("Sales
// Associate", "Medical Assistant") and a tier in front of one ("Associate Product Manager").
// "Intern", "Trainee" and "Apprentice" are always a tier, unless the title says nothing else.
const HEAD_ONLY_WHEN_LAST = new Set(['associate', 'assistant', 'asst', 'lead', 'staff', 'principal', 'fellow']);
const ROLE_AFTER_WORD = new Set(['associate', 'assistant', 'asst']);
const ALWAYS_TIER = new Set(['intern', 'internship', 'internships', 'interns', 'coop', 'trainee', 'apprentice']);

// Levels carry no meaning for the role: "II", "L5", "IC4", "E6", and "Level 3", "Grade 7" (the word
// only before a number: a Level Designer designs levels).
const LEVEL_TOKEN = /^(?:i{1,3}|iv|v|vi|[1-9]|l[1-9]|ic[1-9]|e[1-9]|m[1-9]|p[1-9]|t[1-9])$/;
const LEVEL_WORD = /^(?:level|grade|tier|band|step)$/;

// Words that say how, where or for how long, never what the job is.
const NOISE = new Set([
  'remote', 'hybrid', 'onsite', 'on-site', 'in-office', 'office-based', 'wfh', 'telecommute', 'telework',
  // Not "contract", "benefits", "shift", "visa" or "relocation": they name roles too (Contract
  // Manager, Benefits Specialist, Shift Supervisor); alone in a segment they match nothing anyway.
  'fulltime', 'full-time', 'parttime', 'part-time', 'ft', 'pt', 'temporary', 'temp',
  'seasonal', 'permanent', 'perm', 'w2', '1099', 'c2c', 'freelance', 'fixed-term', 'prn', 'per-diem', 'diem',
  'summer', 'fall', 'spring', 'winter', 'autumn', 'urgent', 'urgently', 'hiring', 'immediate', 'immediately',
  'needed', 'wanted', 'opening', 'openings', 'opportunity', 'position', 'role', 'job', 'jobs', 'req', 'requisition',
  'id', 'ref', 'us', 'usa', 'uk', 'eu', 'emea', 'apac', 'latam', 'nationwide', 'anywhere', 'days', 'nights', 'weekend',
  'weekends', 'overnight', 'evening', 'evenings', 'day', 'night', 'bonus', 'sign-on', 'signon', 'pay', 'salary',
  'weekly', 'daily', 'hourly', 'annual', 'sponsorship', 'hrs', 'hour', 'hours', 'interim', 'supervisory', 'traveling',
  'travelling',
  // A fractional executive is the same executive, part of the week (Fractional CFO).
  'fractional',
  // A language the job wants says nothing about what the job is (Bilingual Cashier is a cashier).
  'bilingual',
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'k', 'usd', 'to', 'up', 'plus', 'the', 'a', 'an', 'of', 'for', 'in',
  'and', 'with', 'at', 'on', 'or', 'our', 'your', 'we', 're', 'is', 'are', 'be',
]);
// Pay ("$30/hr") is cut out before words are split, so a lone "hr" is the department, not noise.

// Phrases rewritten before splitting into words (order matters: longest first).
const PHRASES: Array<[RegExp, string]> = [
  // A common misspelling two letters short of the word, past what spelling repair mends.
  [/\bpractioner(s?)\b/g, 'practitioner$1'],
  [/\bsoftware (?:development |dev )?engineer(?:ing)? in test\b|\bsoftware developer in test\b|\bsoftware design engineer in test\b|\bsdet\b/g, ' sdet '],
  [/\bsoftware (?:development|dev) engineer\b|\bsde\b|\bswe\b/g, ' software engineer '],
  [/\bsoftware engineering\b/g, ' software engineer '],
  // "Staff" here names no seniority: it is how some companies say "engineer".
  [/\bmember of (?:the )?technical staff\b|\bmts\b/g, ' mts '],
  [/\beng(?:ineering)? (?:mgr|manager)\b/g, ' engineering manager '],
  [/\bchief of staff\b/g, ' chiefofstaff '],
  [/\bvp,? eng\b/g, ' vp engineering '],
  [/\b(head|director|dir)(\s+of|\s*,)?\s+eng\b/g, ' $1 of engineering '],
  // "Pre-Sales", "Presales" and "Pre Sales" are one word, however a board spells it.
  [/\bpre[\s-]?sales?\b/g, ' presales '],
  // Trust & Safety polices a platform's users; its Safety Manager is no occupational-safety one.
  [/\btrust\s*(?:&|and)\s*safety\b|\bt\s*&\s*s\b/g, ' trustsafety '],
  [/\bentry[\s-]+level\b/g, ' junior '], // "entry" alone is a word of the role: Data Entry Clerk
  [/\bnew[\s-]+grad(?:uate)?s?\b/g, ' junior '], // "new" alone is the role's: New Accounts Clerk
  [/\bearly[\s-]+careers?\b/g, ' junior '],
  // Hours said in two words ("Part Time Cashier", "Cashier - Full Time") are noise like "part-time";
  // left as words, "time" made a timekeeper of every part-time clerk.
  [/\b(?:part|full)[\s-]+time\b/g, ' parttime '],
  // A shift named by its time is noise ("Cashier 2nd Shift"); "Shift" alone is a role's word
  // (Shift Supervisor, Night Shift Lead), so it stays there.
  [/\b(?:1st|2nd|3rd|4th|first|second|third|day|night|swing|graveyard|overnight|evening|weekend|rotating)[\s-]+shifts?\b(?![\s-]*(?:supervisor|lead|leader|manager|coordinator|captain))/g, ' '],
  [/\bwork(?:ing)?[\s-]+(?:from|at)[\s-]+home\b/g, ' remote '],
  // "Software Engineer at Salesforce": the employer after "at" is no part of the job (an Attorney
  // at Law keeps his).
  [/\s(?:at|@)\s+(?!law\b|home\b)(?:(?!\s[-–—]\s)[^,|;:()[\]])*/g, ' '],
  // "Assistant to the CEO" assists the CEO; what is left after the split must not become the CEO.
  [/\b(?:executive |personal |administrative )?(?:assistant|asst|pa) to (?:the )?(?=[a-z])/g, ' executive assistant , '],
  // Naukri's boilerplate: "Immediate Joiners" wants someone who can start now, not a carpenter.
  [/\bimmediate(?:ly)?[\s-]+(?:joiners?|joining|start)\b/g, ' '],
  // "Analyst Program", "Associate Development Program": a graduate scheme, not a Program Analyst.
  [/\b(analyst|associate|internship|intern|development|rotational|leadership|graduate|college|career|trainee|apprentice(?:ship)?)\s+program(?:me)?s?\b/g, ' $1 '],
  // Times of day and the time zone of a remote job are when and where, not who: "5:00 PM EST" is
  // no product manager, "(Remote, CST)" no surgical technologist.
  [/\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/g, ' '],
  [/\b(remote|hybrid)\s*,?\s*(?:cst|est|pst|mst|edt|cdt|pdt|et|ct|pt|mt)\b/g, ' $1 '],
  [/\bmid[\s-]+level\b/g, ' '],
  // The insurer's agency offices post as "State Farm Agent Team Member": insurance, not farming.
  [/\bstate farm\b/g, ' insurance '],
  // "Job" is noise ("Job Opening"), but a Job Superintendent runs a construction job.
  [/\bjob superintendent\b/g, ' construction superintendent '],
  [/\binfo\.?\s+tech(?:nology)?\b/g, ' it '],
  // UK and Commonwealth phrases whose small word would split or vanish.
  [/\bassistant in nursing\b/g, ' nursing assistant '],
  [/\bcheck[\s-]in\b/g, ' checkin '],
  [/\bfront of house\b/g, ' frontofhouse '],
  [/\bnight porter\b/g, ' nightporter '],
  // Britain's 1st/2nd/3rd line is the tier of IT support, not a number to drop (a First Line
  // Supervisor keeps his line).
  [/\b(?:1st|2nd|3rd|first|second|third)[\s-]+line(?=[\s-]+(?:it\s+)?(?:support|analyst|engineer|technician|service desk|help ?desk)\b)/g, ' it '],
  [/\be-mail\b/g, ' email '],
  // A Manager in Training is a trainee manager, not a Training Manager.
  [/\bin[\s-]+training\b/g, ' trainee '],
  [/\bstaff development\b/g, ' employee development '], // a Staff Development Manager develops staff
  // "Urgent" and "day" are noise alone; an Urgent Care or a Day Care is a place of work.
  [/\burgent[\s-]+care\b/g, ' urgentcare '],
  [/\bday[\s-]+care\b/g, ' daycare '],
  [/\bpre[\s-]?k\b/g, ' prek '], // "k" alone is noise (pay in thousands)
  [/\bper[\s-]+diem\b/g, ' '],
  [/\bacting (?!coach|teacher|instructor)/g, ' '], // "Acting Registrar" is a registrar
  [/\bu\.\s?s\.?(?=\s|$)/g, ' us '],
  [/\b(?:travel|relocation) required\b|\bpaid (?:cdl )?training\b|\b(?:cdl )?training (?:provided|available)\b/g, ' '],
  // USAJOBS's 2210 series names the job in brackets: "IT Specialist (INFOSEC)" is security work.
  [/\b(?:it|information technology) specialist\s*[(,:–-]\s*(?:infosec|info sec|cybersecurity|information security)\)?/g, ' security analyst '],
  [/\b(?:it|information technology) specialist\s*[(,:–-]\s*(?:sysadmin|systems? administration)\)?/g, ' systems administrator '],
  [/\b(?:it|information technology) specialist\s*[(,:–-]\s*(?:network|network services)\)?/g, ' network engineer '],
  [/\b(?:it|information technology) specialist\s*[(,:–-]\s*(?:appsw|application software)\)?/g, ' software engineer '],
  [/\b(?:it|information technology) specialist\s*[(,:–-]\s*(?:datamgt|data management)\)?/g, ' database administrator '],
  // "Accounts Executive", "Manager - Accounts": accounting staff in the UK, India and Singapore,
  // not sales (Account Executive). Accounts payable/receivable and Key Accounts keep their sense.
  [/(?<!\b(?:key|national|strategic|global|major|enterprise|regional|named|corporate|new|house)\s)\baccounts (?=(?:executive|manager|officer|assistant|head|associate|supervisor|lead)\b)/g, 'accounting '],
  [/\b(executive|manager|officer|assistant|head|associate|supervisor)(\s*[-–—,:]\s*|\s+of\s+|\s+)accounts\b(?!\s+(?:payable|receivable))/g, '$1$2accounting'],
  // A Tech Lead leads engineers; "tech" alone is a technician.
  [/\btech(?:nical)?[\s-]+lead\b/g, ' lead software engineer '],
  // "Night" is a shift, except for the hotel's night auditor, who is a front-desk clerk.
  [/\bnight[\s-]+audit(?:or)?s?\b/g, ' nightauditor '],
  // "3rd Grade Teacher", "Fifth Grade": the grade taught, not a role word.
  [/\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[\s-]+grade\b/g, ' '],
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
  // British and Commonwealth spellings of the same words.
  adviser: ['advisor'], advisers: ['advisor'], counsellor: ['counselor'], counselling: ['counseling'],
  labourer: ['laborer'], labourers: ['laborer'], vet: ['veterinary'], elem: ['elementary'],
  organisational: ['organizational'],
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
  helpdesk: ['help', 'desk'], scrummaster: ['scrum', 'master'], frontdesk: ['front', 'desk'], whse: ['warehouse'], wh: ['warehouse'], maint: ['maintenance'], mfg: ['manufacturing'], accts: ['account'],
  cust: ['customer'], svc: ['service'], svcs: ['service'], med: ['medical'], dir: ['director'], proj: ['project'],
  coord: ['coordinator'], supv: ['supervisor'], supvr: ['supervisor'], mech: ['mechanical'], elec: ['electrical'],
  acctg: ['accounting'], mkt: ['marketing'], govt: ['government'], intl: ['international'], pgm: ['program'],
  cybersecurity: ['cyber', 'security'], infosec: ['information', 'security'], secops: ['security', 'operations'],
  fullstack: ['fullstack'], emt: ['emt'], vp: ['vp'], svp: ['vp'], evp: ['vp'], avp: ['vp'],
  anlst: ['analyst'], rsch: ['research'], sw: ['software'], mgmnt: ['management'], marcomm: ['marcom'],
  desenvolvedor: ['developer'], desenvolvedora: ['developer'], maintanence: ['maintenance'], maintainence: ['maintenance'], revops: ['revenue', 'operation'], bizops: ['business', 'operation'],
  abm: ['account', 'based', 'marketing'],
};

// Internships and new-grad roles are named by their field ("Data Science Intern", "Product
// Management Co-op", "Platform Engineering Intern"): in such a title the field stands for the role
// that practises it. Applied only when the title carries an intern or junior tier.
const FIELD_TO_ROLE: Array<[string[], string[]]> = [
  [['quantitative', 'research'], ['quantitative', 'researcher']],
  [['product', 'management'], ['product', 'manager']],
  [['project', 'management'], ['project', 'manager']],
  [['program', 'management'], ['program', 'manager']],
  [['data', 'science'], ['data', 'scientist']],
  [['machine', 'learning'], ['machine', 'learning', 'engineer']],
  [['computer', 'vision'], ['computer', 'vision', 'engineer']],
  [['cyber', 'security'], ['security', 'analyst']],
  [['information', 'security'], ['security', 'analyst']],
  [['supply', 'chain'], ['supply', 'chain', 'analyst']],
  [['investment', 'banking'], ['investment', 'banking', 'analyst']],
  [['human', 'resource'], ['hr', 'generalist']],
  [['ux', 'research'], ['ux', 'researcher']],
  [['user', 'research'], ['ux', 'researcher']],
  [['business', 'analysis'], ['business', 'analyst']],
  [['computer', 'science'], ['software', 'engineer']],
  [['product', 'line', 'management'], ['product', 'line', 'manager']],
  // Product development makes physical products (appliances, food, apparel): no software developer.
  [['product', 'development'], ['product', 'development']],
];
/** A one-word field at the head of an internship title, and the role it stands for. */
const FIELD_WORD: Record<string, string[]> = {
  software: ['software', 'engineer'], hardware: ['hardware', 'engineer'], firmware: ['firmware', 'engineer'],
  product: ['product', 'manager'], robotic: ['robotics', 'engineer'], robotics: ['robotics', 'engineer'],
  marketing: ['marketing', 'specialist'], finance: ['financial', 'analyst'], accounting: ['accountant'],
  hr: ['hr', 'generalist'], data: ['data', 'analyst'], audit: ['auditor'], research: ['research', 'assistant'],
  operation: ['operations', 'analyst'], communication: ['communications', 'specialist'], cloud: ['cloud', 'engineer'],
  security: ['security', 'analyst'], devops: ['devops', 'engineer'], ux: ['ux', 'designer'], ui: ['ui', 'designer'],
  web: ['web', 'developer'], frontend: ['frontend', 'engineer'], backend: ['backend', 'engineer'],
  fullstack: ['fullstack', 'engineer'], mobile: ['mobile', 'engineer'], ios: ['ios', 'engineer'],
  android: ['android', 'engineer'], qa: ['qa', 'engineer'], ai: ['ai', 'engineer'], sale: ['sale', 'representative'],
  procurement: ['procurement', 'specialist'], recruiting: ['recruiter'], it: ['it', 'support', 'specialist'],
  actuarial: ['actuary'],
};
/** "<x> engineering" -> "<x> engineer", and the like. */
const FIELD_SUFFIX: Record<string, string> = {
  engineering: 'engineer', development: 'developer', analytic: 'analyst', analytics: 'analyst', design: 'designer',
  science: 'scientist', consulting: 'consultant', analysis: 'analyst',
};

function fieldToRole(tokens: string[]): string[] {
  for (const [field, role] of FIELD_TO_ROLE) {
    if (tokens.length < field.length) continue;
    const at = tokens.length - field.length;
    if (field.every((f, i) => tokens[at + i] === f)) return [...tokens.slice(0, at), ...role];
  }
  const last = tokens[tokens.length - 1];
  if (last === undefined) return tokens;
  const word = FIELD_WORD[last];
  if (word) return [...tokens.slice(0, -1), ...word];
  const suffix = FIELD_SUFFIX[last];
  if (suffix && tokens.length > 1) return [...tokens.slice(0, -1), suffix];
  return tokens;
}

// Characters that must never reach a match key: zero-width and bidi controls, soft hyphen.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const PAY = /(?:[$£€₹]\s*\d[\d,.]*\s*[km]?(?:\s*(?:\/|per|an|a)\s*(?:yr|year|annum|hour|hr|h|month|mo|week|wk))?)|(?:\b\d[\d,.]*\s*k?\s*(?:\/|per)\s*(?:yr|year|annum|hour|hr|h|month|mo|week|wk)\b)|(?:\b\d[\d,.]*\s*(?:usd|eur|gbp|inr|aed|sgd|zar|lpa|lakhs?|lacs?|pm|pa)\b)/g;
// Requisition-style codes: R12345, REQ-2231, JR-00421, #4412, 2025-1123, 123456.
const REQ = /(?:#\s*\d+)|\b(?:req|jr|job|id|ref|r|p)?[-_ ]?\d{3,}(?:[-_]\d+)*\b/g;
// Separators between the role and its team, place or qualifier.
// Two roles joined by a slash ("Cashier/Cook", "CNA/HHA") are two readings; short pairs stay one
// ("AI/ML", "UI/UX", "RN/LPN" are read whole).
const SEGMENT_SPLIT = /\s[-–—]+\s|(?<=[a-z])[-–—]+\s|[|•·;:,\u3001\uFF0C\uFF1A]|\s\/\s?|\/\s|(?<=[a-z]{3})\/(?=[a-z]{3})|\s@\s|\s+(?:at|for|in|with|to|of)\s+(?=[a-z])/;
/** The same separators without the prepositions: "Director of Nursing - SNF" is first read as
 *  "Director of Nursing", a name some dossier may carry whole. */
const STRONG_SPLIT = /\s[-–—]+\s|(?<=[a-z])[-–—]+\s|[|•·;:,\u3001\uFF0C\uFF1A]|\s\/\s?|\/\s|(?<=[a-z]{3})\/(?=[a-z]{3})|\s@\s/;
const SEGMENT_SPLIT_ALL = new RegExp(SEGMENT_SPLIT.source, 'g');
const BRACKETS = /[([{\uFF08【][^)\]}\uFF09】]*[)\]}\uFF09】]?/g;

// Pages repeat the same parts of titles ("Senior Software Engineer", "Remote", a team name) across
// their cards: each distinct part is tokenised once. Bounded, since a page may invent text forever.
const segmentCache = new Map<string, NormalizedSegment>();
function tokenizeSegment(text: string): NormalizedSegment {
  let seg = segmentCache.get(text);
  if (!seg) {
    if (segmentCache.size >= 4000) segmentCache.clear();
    segmentCache.set(text, (seg = tokenizeUncached(text)));
  }
  // Callers own what they get: copies, never the cached arrays.
  return { tokens: seg.tokens.slice(), tiers: seg.tiers.slice() };
}

function tokenizeUncached(text: string): NormalizedSegment {
  const tokens: string[] = [];
  const tiers: string[] = [];
  const words = text.replace(/&/g, ' ').replace(/[^a-z0-9+#'\-]+/g, ' ').replace(/\+/g, ' ').split(' ');
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
  // Second pass: drop levels and numbers first, so "Research Assistant II" still ends on its head.
  const kept: string[] = [];
  for (let i = 0; i < plain.length; i++) {
    const w = plain[i]!;
    const next = plain[i + 1];
    if (LEVEL_WORD.test(w) && next !== undefined && (LEVEL_TOKEN.test(next) || /^\d/.test(next))) continue;
    if (LEVEL_TOKEN.test(w) && plain.length > 1) continue;
    if (/\d/.test(w) && !/^(?:3d|2d|5g|b2b|b2c|c2c|[a-z]+\d[a-z]*)$/.test(w)) continue;
    if (NOISE.has(w) && plain.length > 1) continue;
    kept.push(w);
  }
  // The head is the last word before any trailing "Intern", "Trainee" or "Apprentice": a Medical
  // Assistant Intern is an intern medical assistant, not an intern medical something.
  let lastRole = kept.length - 1;
  while (lastRole > 0 && ALWAYS_TIER.has(kept[lastRole]!)) lastRole--;
  for (let i = 0; i < kept.length && tokens.length < MAX_SEGMENT_TOKENS; i++) {
    const w = kept[i]!;
    const isLast = i === lastRole;
    const tier = SENIORITY[w];
    // "Associate" and "Assistant" are a level before the role ("Associate Product Manager") and
    // part of it after a role word ("Teacher Assistant - High School" assists a teacher).
    const partOfRole = tokens.length > 0 && ROLE_AFTER_WORD.has(w);
    const keepAsHead = partOfRole || (isLast && (HEAD_ONLY_WHEN_LAST.has(w) || (ALWAYS_TIER.has(w) && tokens.length === 0 && kept.length === 1)));
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
  // Only an internship or entry-level title names its role by field; elsewhere "Marketing" after a
  // comma is the team.
  const early = tiers.includes('intern') || tiers.includes('junior');
  return { tokens: early ? fieldToRole(tokens) : tokens, tiers };
}

/** Light stemming: plurals only. Consistent on both sides, so "sales" -> "sale" is harmless. */
export function stem(w: string): string {
  if (w.length <= 3 || w === 'securities') return w; // a Securities Analyst is no Security Analyst
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

// "Columbia, MD", "Boston, MA": a state after a city names a place, not a Doctor of Medicine or a
// Medical Assistant. Only the capitalised code after a comma, at the end of a part of the title.
const US_STATE = /,\s*(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b(?=\s*(?:$|[-–—|(),/;]|\d))/g;
// US federal and state pay plans and grades ("GS-0511-12", "WG-10", "SG-18") say nothing of the
// job; cut before requisition numbers, which would leave the plan's letters behind.
const PAY_PLAN = /\b(?:gs|gm|wg|wl|ws|gl|nf|nh|nt|gg|sg|vn|fv|sv|es)[\s-]?\d{1,4}(?:[-/]\d{1,4})*\b/g;
// Canada's federal group-levels ("PM-04", "AS-02") and Australia's APS and EL levels, likewise.
const PUBLIC_SERVICE_LEVEL = /\b(?:pm|cr|as|ec|fi|pe|ro|cs|ad|ex|pg)-0?\d{1,2}\b|\baps\s?[1-6]\b|\bel\s?[12]\b/g;
// Pay with its unit written on: "$22hr", "$18.50hour".
const PAY_ATTACHED = /[$£€]\d[\d,.]*[km]?(?:hr|hour|yr|h)\b/gi;
// A clinic's own shorthand for the role, as the whole first part of the title ("OT - Inpatient",
// "MA - Dermatology"). Capitals only and only there: elsewhere MA is a state. Not PT: "PT - Sales
// Associate" is part-time as often as "PT - Home Health" is a physical therapist.
const LEADING_ROLE_CODE = /^(OT|MA|DSP)(?=\s*(?:[-–—|:,(/]|$))/;
const ROLE_CODES: Record<string, string> = {
  OT: 'Occupational Therapist',
  MA: 'Medical Assistant',
  DSP: 'Direct Support Professional',
};
// "Mt. Laurel", "Mt.Vernon": a place, not a medical technologist (MT).
const MOUNT = /\bMt\.\s?(?=[A-Z])/g;

/** Lower-cases, cuts pay and requisition codes, and rewrites known phrases to single tokens. */
function prepare(raw: unknown): string {
  // Numbers go with requisition codes, but a 911 Dispatcher is an emergency one.
  let s = ' ' + cleanTitleText(raw).replace(LEADING_ROLE_CODE, (code) => ROLE_CODES[code]!).replace(MOUNT, 'Mount ').replace(US_STATE, ' ').replace(PAY_ATTACHED, ' ').toLowerCase().replace(/\b(?:911|999)\b/g, 'emergency').replace(PAY, ' ').replace(PAY_PLAN, ' ').replace(PUBLIC_SERVICE_LEVEL, ' ').replace(REQ, ' ') + ' ';
  return rewritePhrases(s).trim();
}

// Most titles hold none of the phrases: one test of them all, instead of some sixty replacements.
// Exact, since a phrase can only appear after a rewrite if some phrase was there to rewrite.
const ANY_PHRASE = new RegExp(PHRASES.map(([re]) => `(?:${re.source})`).join('|'));

function rewritePhrases(text: string): string {
  if (!ANY_PHRASE.test(text)) return text;
  let s = text;
  for (const [re, rep] of PHRASES) s = s.replace(re, rep);
  return s;
}

export function normalizeTitle(raw: unknown): NormalizedTitle {
  const cleaned = prepare(raw);
  const segments: NormalizedSegment[] = [];
  const seen = new Set<string>();
  const push = (text: string, primary: boolean, maxTokens = Infinity) => {
    const seg = tokenizeSegment(text);
    if (seg.tokens.length > maxTokens) return;
    const key = seg.tiers.join(' ') + '|' + seg.tokens.join(' ');
    if (seg.tokens.length && !seen.has(key)) {
      seen.add(key);
      segments.push({ ...seg, primary });
    }
  };
  const outside = cleaned.replace(BRACKETS, ' , ');
  const parts = outside.split(SEGMENT_SPLIT);
  // The first part is usually the role; try it alone before the whole.
  const strongFirst = outside.split(STRONG_SPLIT)[0] ?? '';
  // Only when it could be a name: past a dozen words it is page text, and the parts will do.
  if (strongFirst !== parts[0]) push(strongFirst, true, 12);
  push(parts[0] ?? '', true);
  if (parts.length > 1) push(outside.replace(SEGMENT_SPLIT_ALL, ' '), true);
  // Workday and HR systems write titles head first: "Engineer, DevOps", "Assistant, Medical".
  // Not across a preposition: a Manager in Training is no Training Manager.
  const firstSplit = outside.match(SEGMENT_SPLIT)?.[0] ?? '';
  if (parts.length > 1 && !/^\s+[a-z]+\s+$/.test(firstSplit) && tokenizeSegment(parts[0] ?? '').tokens.length <= 2)
    push(rewritePhrases(` ${parts[1]} ${parts[0]} `), true); // "Nurse, Licensed Practical" is an LPN
  for (const p of parts.slice(1)) push(p, false);
  for (const m of cleaned.match(BRACKETS) ?? []) push(m.slice(1, -1), false);
  // Seniority said in one segment applies to the role found in another ("Staff - ML Engineer").
  const allTiers = [...new Set(segments.flatMap((s) => s.tiers))].sort((a, b) => TIER_RANK.indexOf(a) - TIER_RANK.indexOf(b));
  for (const s of segments) if (!s.tiers.length) s.tiers = allTiers;
  return { segments };
}

/** The normalised form of a dossier name: one segment, the whole name. */
export function normalizeName(name: string): NormalizedSegment {
  return tokenizeSegment(prepare(name));
}

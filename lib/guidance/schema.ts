import { z } from 'zod/mini';
import { isSafeLink } from './links';

// zod/mini, not zod: the full API's objects compile a parser with the Function constructor (eval),
// which extension stores refuse to review (web-ext lint); zod/mini's objects never do. Its messages
// are the same once the English locale is set (the pack issues quote some of them).
z.config(z.locales.en());

/**
 * The guidance pack format, version 1. Defined once here; the TypeScript types, the runtime
 * validation and the published JSON Schema (public/pack.schema.json) all come from it.
 */
export const SCHEMA_VERSION = 1;

const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes, at most 64'));

/** A string of `min` to `max` characters. */
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
/** An array of at most `max` items (and at least `min`). */
const list = <T extends z.ZodMiniType>(item: T, max: number, min = 0) =>
  z.array(item).check(...(min > 0 ? [z.minLength(min)] : []), z.maxLength(max));

/** Every user-facing string exists in both languages. Strings are text, never HTML. */
export const localized = z.strictObject({ en: text(1, 2000), fr: text(1, 2000) });

const perLang = <T extends z.ZodMiniType>(item: T) => z.strictObject({ en: item, fr: item });

const patternList = list(text(1, 300), 50);

/** Links a manager writes: web pages or mail addresses only (z.url() alone would let javascript: through). */
export const safeLink = z
  .string()
  .check(z.maxLength(2000), z.refine(isSafeLink, 'must be an http(s) or mailto link'));

export const examplesSchema = z.strictObject({
  match: list(text(1, 1000), 200),
  noMatch: list(text(1, 1000), 200),
});

export const ruleSchema = z.strictObject({
  id,
  title: localized,
  patterns: z.strictObject({ en: patternList, fr: patternList }),
  exceptions: z.optional(z.strictObject({ en: patternList, fr: patternList })),
  why: localized,
  /** Better ways to ask. May use the pattern's slots, e.g. "What do you think of {network}?" */
  rewrites: perLang(list(text(1, 1000), 10, 1)),
  /** Ids of reports of the same team (or of the built-in pack) this rule points to. */
  reports: z._default(list(id, 20), []),
  examples: perLang(examplesSchema),
});

export const REPORT_PERIODS = ['weekly', 'monthly', 'quarterly', 'yearly', 'campaign'] as const;

export const reportSchema = z.strictObject({
  id,
  title: localized,
  url: safeLink,
  /** How often a new one comes out; a report older than its period is shown as out of date. */
  period: z.enum(REPORT_PERIODS),
  /** ISO date (YYYY-MM-DD) the report covers from or was published. */
  date: z.iso.date(),
  tags: z._default(list(text(1, 40), 10), []),
});

/** Short texts (labels, names) in both languages. */
const localizedLabel = z.strictObject({ en: text(1, 200), fr: text(1, 200) });

/** What the brief builder can fill in from the draft before the colleague answers. */
export const BRIEF_PREFILLS = ['what', 'network', 'date', 'report'] as const;

/** One question of a brief: its label is also how the answer is introduced in the brief's text. */
export const briefQuestionSchema = z.strictObject({
  id,
  label: localizedLabel,
  required: z._default(z.boolean(), false),
  /** A box of several lines instead of one. */
  long: z._default(z.boolean(), false),
  /**
   * Filled in before the colleague answers: from the draft, the words around the request, the network
   * named, the date mentioned; from the rule, its first report.
   */
  prefill: z.optional(z.enum(BRIEF_PREFILLS)),
});

/** The brief a rule calls for: an opening request, then the questions in order. */
export const briefTemplateSchema = z.strictObject({
  /** Opens the brief, e.g. "Could we plan a post together?" */
  intro: localizedLabel,
  /** Subject of the email the popup opens; the rule's title when absent. */
  subject: z.optional(localizedLabel),
  questions: list(briefQuestionSchema, 12, 1),
});

/** What the social media team tells colleagues about how it works (shown in the popup). */
export const howWeWorkSchema = z.strictObject({
  /** This quarter's goals. */
  goals: z.optional(localized),
  /** The networks the team is on, and why. */
  networks: z.optional(list(z.strictObject({ name: text(1, 60), why: localized }), 20)),
  /** How long before publication the team needs a request, e.g. "5 working days". */
  leadTime: z.optional(localizedLabel),
  /** A request form or calendar: http(s) or mailto only. */
  requestLink: z.optional(z.strictObject({ label: localizedLabel, url: safeLink })),
});

export const teamSchema = z.strictObject({
  id,
  name: localized,
  contact: z.optional(z.strictObject({ name: text(1, 200), link: safeLink })),
  /** When false, the built-in rules do not apply to this team. */
  useBuiltinRules: z._default(z.boolean(), true),
  /** Built-in rule ids switched off for this team. A team rule with a built-in id overrides it. */
  disabledRules: z._default(list(id, 100), []),
  rules: z._default(list(ruleSchema, 200), []),
  reports: z._default(list(reportSchema, 100), []),
  /** Words for named slots, e.g. { network: ["TikTok", "Bluesky"] }, added to the built-in lists. */
  slots: z._default(z.record(id, list(text(1, 60), 200)), {}),
  /** The brief each rule's "Write a brief instead" asks for, by rule id (built-in or the team's own). */
  briefTemplates: z.optional(z.record(id, briefTemplateSchema)),
  howWeWork: z.optional(howWeWorkSchema),
  settings: z._default(
    z.strictObject({
      sendNudge: z._default(z.boolean(), true),
      /**
       * Also catch reworded requests: the learned classifier adds, for the built-in rules in force,
       * the requests their patterns miss. Team rules stay pattern-based.
       */
      rewordedRequests: z._default(z.boolean(), true),
      /** Default site ids switched off for this team. */
      disabledSites: z._default(list(z.string(), 20), []),
      /** Extra sites, as match patterns like https://intranet.example.com/* */
      extraSites: z._default(
        list(z.string().check(z.regex(/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?\/\*$/)), 20),
        [],
      ),
    }),
    { sendNudge: true, rewordedRequests: true, disabledSites: [], extraSites: [] },
  ),
});

export const packSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: text(1, 200),
  /** Free-form version the manager bumps, e.g. "2026-11". */
  version: text(1, 40),
  teams: list(teamSchema, 20, 1),
});

export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Localized = z.infer<typeof localized>;
export type BriefQuestion = z.infer<typeof briefQuestionSchema>;
export type BriefTemplate = z.infer<typeof briefTemplateSchema>;
export type HowWeWork = z.infer<typeof howWeWorkSchema>;
export type BriefPrefill = (typeof BRIEF_PREFILLS)[number];

import { z } from 'zod';
import { isSafeLink } from './links';

/**
 * The guidance pack format, version 1. Defined once here; the TypeScript types, the runtime
 * validation and the published JSON Schema (public/pack.schema.json) all come from it.
 */
export const SCHEMA_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes, at most 64');

/** Every user-facing string exists in both languages. Strings are text, never HTML. */
export const localized = z.strictObject({ en: z.string().min(1).max(2000), fr: z.string().min(1).max(2000) });

const perLang = <T extends z.ZodType>(item: T) => z.strictObject({ en: item, fr: item });

const patternList = z.array(z.string().min(1).max(300)).max(50);

/** Links a manager writes: web pages or mail addresses only (z.url() alone would let javascript: through). */
export const safeLink = z.string().max(2000).refine(isSafeLink, 'must be an http(s) or mailto link');

export const examplesSchema = z.strictObject({
  match: z.array(z.string().min(1).max(1000)).max(200),
  noMatch: z.array(z.string().min(1).max(1000)).max(200),
});

export const ruleSchema = z.strictObject({
  id,
  title: localized,
  patterns: z.strictObject({ en: patternList, fr: patternList }),
  exceptions: z.strictObject({ en: patternList, fr: patternList }).optional(),
  why: localized,
  /** Better ways to ask. May use the pattern's slots, e.g. "What do you think of {network}?" */
  rewrites: perLang(z.array(z.string().min(1).max(1000)).min(1).max(10)),
  /** Ids of reports of the same team (or of the built-in pack) this rule points to. */
  reports: z.array(id).max(20).default([]),
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
  tags: z.array(z.string().min(1).max(40)).max(10).default([]),
});

export const teamSchema = z.strictObject({
  id,
  name: localized,
  contact: z.strictObject({ name: z.string().min(1).max(200), link: safeLink }).optional(),
  /** When false, the built-in rules do not apply to this team. */
  useBuiltinRules: z.boolean().default(true),
  /** Built-in rule ids switched off for this team. A team rule with a built-in id overrides it. */
  disabledRules: z.array(id).max(100).default([]),
  rules: z.array(ruleSchema).max(200).default([]),
  reports: z.array(reportSchema).max(100).default([]),
  /** Words for named slots, e.g. { network: ["TikTok", "Bluesky"] }, added to the built-in lists. */
  slots: z.record(id, z.array(z.string().min(1).max(60)).max(200)).default({}),
  settings: z
    .strictObject({
      sendNudge: z.boolean().default(true),
      /** Default site ids switched off for this team. */
      disabledSites: z.array(z.string()).max(20).default([]),
      /** Extra sites, as match patterns like https://intranet.example.com/* */
      extraSites: z
        .array(z.string().regex(/^https:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?\/\*$/))
        .max(20)
        .default([]),
    })
    .default({ sendNudge: true, disabledSites: [], extraSites: [] }),
});

export const packSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id,
  name: z.string().min(1).max(200),
  /** Free-form version the manager bumps, e.g. "2026-11". */
  version: z.string().min(1).max(40),
  teams: z.array(teamSchema).min(1).max(20),
});

export type Pack = z.infer<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type Report = z.infer<typeof reportSchema>;
export type Localized = z.infer<typeof localized>;

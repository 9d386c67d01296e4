// A playbook as a document: the zod schema every playbook passes — the bundled ones in tests, a
// remote one (a signed update) before it is used. Pure data only: strings, numbers, booleans,
// lists and records; every text match compiles. Imported by the background and tests, never by
// content scripts (they receive a playbook already checked).
import { z } from 'zod';
import type { Condition, Locator, Playbook } from './playbook';
import { compileMatch } from './text';

const MAX_TEXT = 2_000;

const Text = z.string().max(MAX_TEXT);
const Match = z
  .string()
  .min(1)
  .max(MAX_TEXT)
  .superRefine((match, ctx) => {
    try {
      compileMatch(match);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `Not a valid pattern: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
const Id = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]{0,79}$/);
const Role = z.enum(['button', 'link', 'menuitem', 'tab', 'checkbox', 'radio', 'option', 'heading', 'dialog', 'row', 'cell', 'textbox', 'combobox', 'listitem', 'img']);

export const LocatorSchema: z.ZodType<Locator> = z.lazy(() => {
  const within = { within: LocatorSchema.optional() };
  return z.union([
    z.strictObject({ role: Role, name: Match.optional(), primary: z.literal(true).optional(), ...within }),
    z.strictObject({ label: Match, ...within }),
    z.strictObject({ text: Match, ...within }),
    z.strictObject({ value: Match, ...within }),
    z.strictObject({ rowContaining: Match, ...within }),
    z.strictObject({ cell: z.strictObject({ row: Match, column: Match }), control: Role.optional(), ...within }),
    z.strictObject({ css: z.string().min(1).max(MAX_TEXT), ...within }),
  ]);
});
const Targets = z.union([LocatorSchema, z.array(LocatorSchema).min(1).max(20)]);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ present: Targets }),
    z.strictObject({ absent: Targets }),
    z.strictObject({ url: Match }),
    z.strictObject({ param: z.string().min(1).max(100), equals: Text.optional(), matches: Match.optional() }),
    z.strictObject({ checked: Targets }),
    z.strictObject({ oauth: z.enum(['idle', 'waiting', 'connected', 'failed']) }),
    z.strictObject({ captured: Id }),
    z.strictObject({ sent: Id }),
    z.strictObject({ unsent: Id }),
    z.strictObject({ rejected: Id }),
    z.strictObject({ settingsSaved: z.literal(true) }),
    z.strictObject({ verified: z.literal(true) }),
    z.strictObject({ all: z.array(ConditionSchema).max(30) }),
    z.strictObject({ any: z.array(ConditionSchema).max(30) }),
    z.strictObject({ atLeast: z.number().int().min(1).max(30), of: z.array(ConditionSchema).max(30) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

const CaptureSpec = z.strictObject({
  labels: z.array(Match).min(1).max(20),
  row: Match.optional(),
  prefersRow: Match.optional(),
  pageShows: Targets.optional(),
});

const Field = z.strictObject({
  key: Id,
  verifiedBy: z.array(z.string().max(80)).max(10).optional(),
  label: Text,
  secret: z.boolean(),
  format: z.strictObject({ pattern: Match, description: Text }),
  detect: Match.optional(),
  sendTo: z.enum(['connection', 'settings']),
  capture: CaptureSpec.optional(),
  hosts: z.array(z.string().max(300)).max(20).optional(),
  shownOnce: z.boolean().optional(),
  readOnly: z.boolean().optional(),
});

const FillValue = z.union([
  z.strictObject({ text: Text }),
  z.strictObject({ setting: Id }),
  z.strictObject({ check: z.boolean() }),
  z.strictObject({ choose: Match }),
]);

const Step = z.strictObject({
  id: Id,
  guideStep: z.string().max(40),
  title: Text,
  place: Text,
  when: ConditionSchema.optional(),
  done: ConditionSchema.optional(),
  hint: Text,
  target: Targets.optional(),
  fill: z.array(z.strictObject({ target: Targets, value: FillValue, name: Text })).max(60).optional(),
  checks: z
    .array(
      z.strictObject({
        name: Text,
        failName: Text.optional(),
        passWhen: ConditionSchema,
        failWhen: ConditionSchema.optional(),
        failMessage: Text,
        severity: z.literal('danger').optional(),
      }),
    )
    .max(10)
    .optional(),
  troubles: z.array(z.strictObject({ when: ConditionSchema, message: Text, target: Targets.optional() })).max(10).optional(),
  guards: z.array(z.strictObject({ click: LocatorSchema, field: Id.optional(), message: Text })).max(10).optional(),
  captures: z.array(Id).max(20).optional(),
  requires: z.array(Id).max(40).optional(),
  opens: z.strictObject({ url: z.url({ protocol: /^https$/ }), label: Text }).optional(),
});

const SettingInput = z.union([
  z.strictObject({ kind: z.literal('multi'), optionsFrom: z.enum(['jobStageNames', 'appointmentResultOptions', 'modules']) }),
  z.strictObject({ kind: z.literal('module'), optionsFrom: z.literal('modules'), usually: Text.optional() }),
  z.strictObject({
    kind: z.literal('choice'),
    choices: z.array(z.strictObject({ value: Id.or(z.string().regex(/^[a-z_]{1,60}$/)), label: Text, help: Text })).min(1).max(20),
    default: z.string().max(60).optional(),
  }),
  z.strictObject({ kind: z.literal('emails'), max: z.number().int().min(1).max(100) }),
  z.strictObject({ kind: z.literal('field'), field: Id }),
]);

const FactSource = z.union([
  z.strictObject({ host: z.record(z.string(), Text) }),
  z.strictObject({ param: z.string().min(1).max(100), map: z.record(z.string(), Text).optional(), otherwise: Text.optional() }),
  z.strictObject({ text: Match }),
]);

const OAuth = z.strictObject({
  provider: Text,
  label: Text,
  help: Text,
  endpoint: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
  regionParam: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/),
  regionLabel: Text,
  regionWord: Text,
  regions: z
    .array(z.strictObject({ value: z.string().regex(/^[a-z0-9-]{1,20}$/), label: Text, detail: Text.optional(), expect: z.record(z.string(), Text) }))
    .min(1)
    .max(40),
  fields: z.array(Id).min(1).max(10),
  fieldsNote: Text,
  returnPage: ConditionSchema,
  // name → 'region', 'error' or a field's key; never the grant code.
  returnParams: z.record(
    z.string().regex(/^[a-z][a-z-]{0,39}$/).refine((name) => name !== 'code', 'The grant code is never read.'),
    z.union([z.literal('region'), z.literal('error'), Id]),
  ),
  waitSeconds: z.number().int().min(10).max(600),
  retry: Text,
});

export const PlaybookSchema: z.ZodType<Playbook> = z.strictObject({
  crm: z.string().regex(/^[a-z][a-z0-9]{1,31}$/),
  name: Text,
  guide: Text,
  pages: z.array(z.string().max(300)).min(1).max(40),
  fields: z.array(Field).min(1).max(20),
  steps: z.array(Step).min(1).max(80),
  settings: z.array(z.strictObject({ key: Id, label: Text, help: Text, required: z.boolean(), input: SettingInput })).max(20),
  fillDefaults: z.record(Id, Text).optional(),
  facts: z.array(z.strictObject({ label: Text, from: FactSource, when: ConditionSchema.optional() })).max(20).optional(),
  places: z.array(z.strictObject({ name: Text, when: ConditionSchema })).max(40).optional(),
  oauth: OAuth.optional(),
  start: z.union([z.strictObject({ label: Text, url: z.url({ protocol: /^https$/ }) }), z.strictObject({ label: Text, oauth: z.literal(true) })]).optional(),
  popupTroubles: z
    .array(
      z.strictObject({
        when: z.enum(['rejected', 'optionsEmpty', 'notConnected']),
        message: Text,
        checks: z.array(Id).max(20).optional(),
        fields: z.array(Id).max(20).optional(),
      }),
    )
    .max(10),
});

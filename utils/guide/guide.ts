// The guide on one page: watches it, captures values, resolves the step and describes the
// overlay. UI-agnostic and WXT-agnostic (run.ts wires it); knows no CRM by name.
import type { FieldSpec, Locator, Playbook, StepSpec } from './playbook';
import type { GuideState } from '../messages';
import type { ask as askFn } from '../ask';
import type { OverlayActions, OverlayView, RingView } from '../../components/overlay/types';
import { watchPage, type Lifecycle } from './watch';
import { findValue, scopeFilter } from './capture';
import { classifyValue } from './values';
import { progressOf } from './steps';
import { holds, mutationsMatter, type ConditionEnv } from './conditions';
import { locate, locateAll, selectorOf } from './locate';
import { closestDeep, deepContains, isElement } from './dom';
import { fillForMe } from './fill';
import { readFacts } from './facts';
import { returnedParams } from './oauth-return';

export type Ask = typeof askFn;

export interface GuideDeps {
  playbook: Playbook;
  doc: Document;
  life: Lifecycle & { requestAnimationFrame?(cb: FrameRequestCallback): number };
  ask: Ask;
  render(view: OverlayView, actions: OverlayActions): void;
  /** Per-tab memory (sessionStorage) for the minimised state. */
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  now?: () => number;
}

/** Troubles and checks wait until they have not changed for this long (no flicker while the SPA renders). */
export const STABLE_MS = 800;
/** While HeavySet is awaited after an OAuth redirect, the state is read again this often. */
export const OAUTH_POLL_MS = 2_000;

const EMPTY_STATE: GuideState = { captured: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };

/** Page address without query string (may hold secrets): origin + path + hash route. */
export function sourceOf(location: Location): string {
  return location.origin + location.pathname + location.hash.split('?')[0];
}

function ringLabel(el: Element): string {
  return el.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]),textarea,[role=textbox],[contenteditable]')
    ? 'Type here'
    : 'Click here';
}

/**
 * Could text changed inside an element reveal a value? Only inside a container some capture
 * rule reads within (a dialog); absent when a rule reads anywhere.
 */
export function textRevealFilter(playbook: Playbook): ((el: Element) => boolean) | undefined {
  const rules = playbook.fields.filter((f) => !f.readOnly).flatMap((f) => f.capture);
  const selectors = rules.map((r) => (r.within ? selectorOf(r.within) : undefined));
  if (!rules.length || selectors.some((s) => s === undefined)) return undefined;
  const union = [...new Set(selectors)].join(',');
  return (el) => closestDeep(el, union) !== null;
}

export function startGuide(deps: GuideDeps) {
  const { playbook, doc, life } = deps;
  const now = deps.now ?? (() => Date.now());
  const minimisedKey = `heavyset-assistant:minimised:${playbook.crm}`;
  let state: GuideState = EMPTY_STATE;
  const sentValues = new Map<string, Set<string>>();
  const captures = new Map<string, string>();
  let problems: string[] = [];
  let fill: { step: string; filled: string[]; missed: string[]; elements: Element[] } | undefined;
  let guard: { message: string; element: Element } | undefined;
  let replaying = false;
  let minimised = deps.storage?.getItem(minimisedKey) === '1';
  let reportedDone = '';
  let shownSignature = '';
  let signatureSince = 0;
  let stableTimer = false;
  let view: OverlayView | undefined;
  let ringTargets: { el: Element; label: string; tone: RingView['tone'] }[] = [];

  const env = (): ConditionEnv => ({ root: doc, url: doc.location.href, state });

  const addProblem = (message: string): void => {
    problems = [message, ...problems.filter((p) => p !== message)].slice(0, 2);
  };

  const refreshState = async (): Promise<void> => {
    try {
      state = (await deps.ask({ type: 'guide/state', crm: playbook.crm })) ?? EMPTY_STATE;
    } catch {
      addProblem('The assistant is not answering: reload this page (or the extension) and try again.');
    }
  };

  const send = async (field: FieldSpec, value: string): Promise<void> => {
    try {
      const result = await deps.ask({ type: 'capture', crm: playbook.crm, field: field.key, value, source: sourceOf(doc.location) });
      if (result.ok) {
        captures.set(field.label, result.lastFour);
        problems = problems.filter((p) => !p.startsWith(field.label));
      } else {
        addProblem(`${field.label}: ${result.problem}`);
      }
      await refreshState();
    } catch {
      sentValues.get(field.key)?.delete(value); // not stored: try again when it is seen next
      addProblem(`${field.label} could not be stored: reload this page (or the extension) and try again.`);
    }
    settle();
  };

  const mayHoldValue = scopeFilter(playbook.fields);
  const canReveal = textRevealFilter(playbook);
  const scan = (all: ParentNode[]): void => {
    const scopes = all.filter(mayHoldValue);
    if (!scopes.length) return;
    for (const field of playbook.fields) {
      if (field.readOnly) continue;
      for (const scope of scopes) {
        const value = findValue(field, scope);
        if (!value) continue;
        const looksLike = classifyValue(value, playbook.fields);
        if (looksLike && looksLike.key !== field.key) continue;
        const seen = sentValues.get(field.key) ?? new Set<string>();
        sentValues.set(field.key, seen);
        if (seen.has(value)) continue;
        seen.add(value);
        void send(field, value);
      }
    }
  };

  const stepRings = (step: StepSpec | undefined, troubleTargets: Locator[]): typeof ringTargets => {
    const rings: typeof ringTargets = [];
    const target = step?.target ? locate(step.target, doc) : null;
    if (target) rings.push({ el: target, label: ringLabel(target), tone: 'accent' });
    for (const loc of troubleTargets) {
      const el = locate(loc, doc);
      if (el) rings.push({ el, label: 'Look here', tone: 'amber' });
    }
    if (fill && fill.step === step?.id) for (const el of fill.elements) rings.push({ el, label: 'Fill by hand', tone: 'amber' });
    return rings;
  };

  let shownRings = '';
  const ringViews = (): RingView[] =>
    ringTargets
      .filter((r) => r.el.isConnected)
      .map((r) => {
        const rect = r.el.getBoundingClientRect();
        return { rect: { top: rect.top, left: rect.left, width: rect.width, height: rect.height }, label: r.label, tone: r.tone };
      });

  const actions: OverlayActions = {
    onFill() {
      const { step } = progressOf(playbook, env());
      if (!step?.fill) return;
      const result = fillForMe(step.fill, { ...playbook.fillDefaults, ...state.fillValues }, doc);
      fill = {
        step: step.id,
        filled: [...result.filled, ...result.unchanged],
        missed: result.missed.map((m) => m.name),
        elements: result.missed.flatMap((m) => (m.element ? [m.element] : [])),
      };
      settle();
    },
    onToggleMinimised() {
      minimised = !minimised;
      deps.storage?.setItem(minimisedKey, minimised ? '1' : '0');
      settle();
    },
    onGuardContinue() {
      const element = guard?.element;
      guard = undefined;
      if (element?.isConnected) {
        replaying = true;
        try {
          (element as HTMLElement).click();
        } finally {
          replaying = false;
        }
      }
      settle();
    },
    onGuardCancel() {
      guard = undefined;
      settle();
    },
  };

  function settle(): void {
    const e = env();
    const { step, index, done } = progressOf(playbook, e);
    const doneKey = [...done].sort().join(',');
    if (doneKey !== reportedDone) {
      reportedDone = doneKey;
      deps.ask({ type: 'guide/done', crm: playbook.crm, stepIds: done }).catch(() => undefined);
    }
    const troubles = (step?.troubles ?? []).filter((t) => holds(t.when, e));
    const checks = (step?.checks ?? []).flatMap((c) => {
      if (holds(c.passWhen, e)) return [{ name: c.name, ok: true }];
      if (c.failWhen && holds(c.failWhen, e))
        return [{ name: c.failName ?? c.name, ok: false, message: c.failMessage, ...(c.severity === 'danger' ? { danger: true } : {}) }];
      return [];
    });
    const signature = JSON.stringify([step?.id, troubles.map((t) => t.message), checks]);
    if (signature !== shownSignature) {
      shownSignature = signature;
      signatureSince = now();
    }
    const stable = now() - signatureSince >= STABLE_MS;
    if (!stable && !stableTimer) {
      stableTimer = true;
      life.setTimeout(() => {
        stableTimer = false;
        settle();
      }, STABLE_MS - (now() - signatureSince) + 10);
    }
    if (fill && fill.step !== step?.id) fill = undefined;
    ringTargets = stepRings(step, stable ? troubles.flatMap((t) => (t.target ? [t.target] : [])) : []);
    const allDone = new Set([...done, ...state.done]);
    view = {
      playbookName: playbook.name,
      stepNumber: index + 1,
      stepCount: playbook.steps.length,
      doneCount: playbook.steps.filter((s) => allDone.has(s.id)).length,
      title: step?.title ?? 'All steps done',
      hint: step?.hint ?? 'Everything the guide asks for is done.',
      canFill: !!step?.fill?.length,
      fill: fill && { filled: fill.filled, missed: fill.missed },
      checks: stable ? checks : [],
      facts: readFacts(playbook.facts, e),
      status: oauthStatus(),
      troubles: stable ? troubles.map((t) => t.message) : [],
      captures: [...captures].map(([label, four]) => ({ label, lastFour: four })),
      problems,
      guard: guard?.message,
      minimised,
      rings: ringViews(),
    };
    shownRings = JSON.stringify(view.rings);
    deps.render(view, actions);
  }

  let framePending = false;
  /** Rings follow their targets; rendered again only when one moved (read in a frame, after the page's changes). */
  const reposition = (): void => {
    if (framePending || !view || !ringTargets.length) return;
    framePending = true;
    const frame = deps.life.requestAnimationFrame?.bind(deps.life) ?? ((cb: FrameRequestCallback) => life.setTimeout(() => cb(now()), 16));
    frame(() => {
      framePending = false;
      if (!view) return;
      const rings = ringViews();
      const key = JSON.stringify(rings);
      if (key === shownRings) return;
      shownRings = key;
      view = { ...view, rings };
      deps.render(view, actions);
    });
  };

  const onGuardClick = (event: Event): void => {
    if (replaying) return;
    const target = event.composedPath()[0];
    if (!target || !isElement(target)) return;
    for (const step of playbook.steps) {
      for (const g of step.guards ?? []) {
        if (g.field && !state.captured.includes(g.field) && !state.sent.includes(g.field)) continue;
        const hit = locateAll(g.click, doc).find((el) => deepContains(el, target));
        if (!hit) continue;
        event.preventDefault();
        event.stopImmediatePropagation();
        guard = { message: g.message, element: hit };
        minimised = false;
        settle();
        return;
      }
    }
  };

  const onReturnPage = (): boolean => !!playbook.oauth && holds(playbook.oauth.returnPage, env());

  function oauthStatus(): OverlayView['status'] {
    const oauth = state.oauth;
    if (!onReturnPage() || !oauth) return undefined;
    const tone = oauth.state === 'connected' ? 'ok' : oauth.state === 'failed' ? 'danger' : 'wait';
    return { tone, text: oauth.message };
  }

  /** Back from the OAuth consent: tell the background (region parameters only) and follow it. */
  async function reportReturn(): Promise<void> {
    const spec = playbook.oauth;
    if (!spec || !onReturnPage()) return;
    try {
      const answer = await deps.ask({ type: 'oauth/returned', crm: playbook.crm, params: returnedParams(doc.location.href, spec) });
      await refreshState();
      if (answer.ok) state = { ...state, oauth: answer.data };
    } catch {
      addProblem('The assistant is not answering: reload this page (or the extension) and try again.');
    }
    const until = now() + (spec.waitSeconds + 30) * 1000;
    const poll = (): void => {
      if (state.oauth?.state !== 'waiting' || now() > until) return;
      life.setTimeout(() => {
        void refreshState().then(() => {
          settle();
          poll();
        });
      }, OAUTH_POLL_MS);
    };
    poll();
  }

  const win = doc.defaultView ?? window;
  // Registered before the watcher's listener: a guarded click is stopped before anything else.
  life.addEventListener(win, 'click', onGuardClick, { capture: true });
  watchPage(life, doc, { scan, settle, matters: mutationsMatter(playbook), canReveal, moved: reposition });
  life.addEventListener(win, 'scroll', reposition, { capture: true, passive: true });
  life.addEventListener(win, 'resize', reposition, { passive: true });
  life.addEventListener(win, 'wxt:locationchange', () => {
    scan([doc]);
    settle();
  });

  return {
    /** Loads the background's state, scans what is already on the page and renders. */
    async start(): Promise<void> {
      await refreshState();
      scan([doc]);
      settle();
      if (onReturnPage()) {
        await reportReturn();
        settle();
      }
    },
    settle,
    scan,
  };
}

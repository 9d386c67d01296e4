// The guide on one page: watches it, captures values, resolves the step and describes the card
// as a view (view.ts) that the UI renders. UI-agnostic and WXT-agnostic (the content-script
// wiring passes its ports); knows no CRM by name.
import type { GuideState } from '../messages';
import type { Ask, Lifecycle, TabMemory } from './ports';
import type { Locator, Playbook, StepSpec } from './playbook';
import type { ConditionEnv } from './conditions';
import type { GuideActions, GuideView, RingView } from './view';
import { watchPage } from './watch';
import { mutationsMatter } from './relevance';
import { readPage, signatureOf } from './present';
import { createCaptureSender } from './capture-sender';
import { guardClicks } from './guards';
import { followOAuthReturn } from './oauth-return';
import { holds } from './conditions';
import { locate } from './locate';
import { textRevealFilter } from './capture';
import { fillForMe } from './fill';

export type { Ask };

export interface GuideDeps {
  playbook: Playbook;
  doc: Document;
  lifecycle: Lifecycle;
  ask: Ask;
  render(view: GuideView, actions: GuideActions): void;
  /** Per-tab memory for the minimised state. */
  memory?: TabMemory;
  now?: () => number;
}

/** Troubles and checks wait until they have not changed for this long (no flicker while the SPA renders). */
export const STABLE_MS = 800;

const EMPTY_STATE: GuideState = { captured: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };

/** Page address without query string (may hold secrets): origin + path + hash route. */
export function sourceOf(location: Location): string {
  return location.origin + location.pathname + location.hash.split('?')[0];
}

function ringLabel(el: Element): string {
  return el.matches('input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]),textarea,[role=textbox],[contenteditable]')
    ? 'Type here'
    : 'Click here';
}

export function startGuide(deps: GuideDeps) {
  const { playbook, doc, lifecycle } = deps;
  const now = deps.now ?? (() => Date.now());
  const minimisedKey = `heavyset-assistant:minimised:${playbook.crm}`;
  let state: GuideState = EMPTY_STATE;
  let alerts: string[] = [];
  let fill: { step: string; filled: string[]; missed: string[]; elements: Element[] } | undefined;
  let minimised = deps.memory?.getItem(minimisedKey) === '1';
  let reportedDone = '';
  let shownSignature = '';
  let signatureSince = 0;
  let stableTimerSet = false;
  let view: GuideView | undefined;
  let ringTargets: { el: Element; label: string; tone: RingView['tone'] }[] = [];
  let shownRings = '';

  const env = (): ConditionEnv & { state: GuideState } => ({ page: { root: doc, url: doc.location.href }, state });

  const alert = (message: string): void => {
    alerts = [message, ...alerts.filter((a) => a !== message)].slice(0, 2);
  };

  const refreshState = async (): Promise<GuideState> => {
    const answer = await deps.ask({ type: 'guide/state', crm: playbook.crm });
    if (answer.ok) state = answer.value;
    else alert(answer.problem);
    return state;
  };

  const sender = createCaptureSender({
    playbook,
    ask: deps.ask,
    source: () => sourceOf(doc.location),
    alert,
    clearAlerts: (prefix) => (alerts = alerts.filter((a) => !a.startsWith(prefix))),
    async stored() {
      await refreshState();
      render();
    },
  });

  const guards = guardClicks({
    playbook,
    doc,
    lifecycle,
    state: () => state,
    asked() {
      minimised = false;
      render();
    },
  });

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

  const ringViews = (): RingView[] =>
    ringTargets
      .filter((r) => r.el.isConnected)
      .map((r) => {
        const rect = r.el.getBoundingClientRect();
        return { rect: { top: rect.top, left: rect.left, width: rect.width, height: rect.height }, label: r.label, tone: r.tone };
      });

  const actions: GuideActions = {
    onFill() {
      const { step } = readPage(playbook, env());
      if (!step?.fill) return;
      const result = fillForMe(step.fill, { ...playbook.fillDefaults, ...state.fillValues }, doc);
      fill = {
        step: step.id,
        filled: [...result.filled, ...result.unchanged],
        missed: result.missed.map((m) => m.name),
        elements: result.missed.flatMap((m) => (m.element ? [m.element] : [])),
      };
      render();
    },
    onToggleMinimised() {
      minimised = !minimised;
      deps.memory?.setItem(minimisedKey, minimised ? '1' : '0');
      render();
    },
    onGuardContinue() {
      guards.proceed();
      render();
    },
    onGuardCancel() {
      guards.dismiss();
      render();
    },
    onDecide(field, use) {
      void deps.ask({ type: 'value/decide', crm: playbook.crm, field, use }).then(async (answer) => {
        if (!answer.ok) alert(answer.problem);
        await refreshState();
        render();
      });
    },
  };

  /** Reads the page and renders the card. */
  function render(): void {
    const reading = readPage(playbook, env());
    const doneKey = [...reading.done].sort().join(',');
    if (doneKey !== reportedDone) {
      reportedDone = doneKey;
      void deps.ask({ type: 'guide/done', crm: playbook.crm, stepIds: reading.done });
    }
    const signature = signatureOf(reading);
    if (signature !== shownSignature) {
      shownSignature = signature;
      signatureSince = now();
    }
    const stable = now() - signatureSince >= STABLE_MS;
    if (!stable && !stableTimerSet) {
      stableTimerSet = true;
      lifecycle.setTimeout(() => {
        stableTimerSet = false;
        render();
      }, STABLE_MS - (now() - signatureSince) + 10);
    }
    if (fill && fill.step !== reading.step?.id) fill = undefined;
    ringTargets = stepRings(reading.step, stable ? reading.troubles.flatMap((t) => (t.target ? [t.target] : [])) : []);
    view = {
      ...reading.view,
      fill: fill && { filled: fill.filled, missed: fill.missed },
      checks: stable ? reading.checks : [],
      troubles: stable ? reading.troubles.map((t) => t.message) : [],
      status: oauthStatus(),
      captures: sender.captures(),
      alerts,
      guard: guards.question(),
      proposals: state.proposed.map((p) => ({ ...p, label: playbook.fields.find((f) => f.key === p.field)?.label ?? p.field })),
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
    const frame = lifecycle.requestAnimationFrame?.bind(lifecycle) ?? ((cb: FrameRequestCallback) => lifecycle.setTimeout(() => cb(now()), 16));
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

  const onReturnPage = (): boolean => !!playbook.oauth && holds(playbook.oauth.returnPage, env());

  function oauthStatus(): GuideView['status'] {
    const oauth = state.oauth;
    if (!onReturnPage() || !oauth) return undefined;
    const tone = oauth.state === 'connected' ? 'ok' : oauth.state === 'failed' ? 'danger' : 'wait';
    return { tone, text: oauth.message };
  }

  const win = doc.defaultView ?? window;
  watchPage(lifecycle, doc, {
    scan: sender.scan,
    pageChanged: () => (doc.location.href === shownUrl ? render() : onLocation()),
    matters: mutationsMatter(playbook),
    canReveal: textRevealFilter(playbook.fields),
    moved: reposition,
  });
  lifecycle.addEventListener(win, 'scroll', reposition, { capture: true, passive: true });
  lifecycle.addEventListener(win, 'resize', reposition, { passive: true });
  // Another page of a single-page app: everything is read again.
  let shownUrl = doc.location.href;
  const onLocation = (): void => {
    if (doc.location.href === shownUrl) return;
    shownUrl = doc.location.href;
    sender.scan([doc]);
    render();
  };
  lifecycle.addEventListener(win, 'popstate', onLocation);
  lifecycle.addEventListener(win, 'hashchange', onLocation);

  return {
    /** Loads the background's state, scans what is already on the page and renders. */
    async start(): Promise<void> {
      await refreshState();
      sender.scan([doc]);
      render();
      const oauth = playbook.oauth;
      if (oauth && onReturnPage()) {
        await followOAuthReturn({ playbook: { ...playbook, oauth }, url: doc.location.href, ask: deps.ask, lifecycle, now, refresh: refreshState, changed: render, alert });
      }
    },
    render,
    scan: sender.scan,
  };
}

// The guide on one page: watches it, captures values, resolves the step and describes the card
// as a view (view.ts) that the UI renders. UI-agnostic and WXT-agnostic (the content-script
// wiring passes its ports); knows no CRM by name. What it follows on the page besides the DOM is
// guide-follow-page.ts; troubles wait for a still page (guide-stability.ts).
import { i18n } from '#i18n';
import type { GuideState } from '../messages';
import type { Ask, Lifecycle } from './ports';
import type { Playbook } from './playbook';
import type { ConditionEnv } from './conditions';
import type { GuideActions, GuideView } from './view';
import { readPage, signatureOf } from './present';
import { createCaptureSender } from './capture-sender';
import { guardClicks } from './guards';
import { followReturn, loadOAuthReturn, oauthStatus, type FollowOAuthReturn } from './oauth-return-loader';
import { holds } from './conditions';
import { locate } from './locate';
import { loadFill, type Fill } from './fill-loader';
import { byText } from './locate-text';
import { dialogAvoidRects, followRings, lookingRects, ringViews, stepRings, type RingTarget } from './rings';
import { openDialogs } from './dialogs';
import { lookInTasks, lookThenDraw } from './look-in-tasks';
import { loadPicker, type StartPicking } from './picker-loader';
import { followPage, nextTask } from './guide-follow-page';
import { sourceOf } from './guide-location';
import { stabilityOf } from './guide-stability';
export type { Ask };

export interface GuideDeps {
  playbook: Playbook;
  doc: Document;
  lifecycle: Lifecycle;
  ask: Ask;
  render(view: GuideView, actions: GuideActions): void;
  now?: () => number;
  /** Loaded from the extension when first needed (tests hand them over): "Fill for me", "Pick on page", the OAuth return page's follower. */
  fill?: () => Promise<Fill>;
  picker?: () => Promise<StartPicking>;
  oauthReturn?: () => Promise<FollowOAuthReturn>;
  /** A look's time in one task, on a big page (the rest in the next); absent: one task. */
  lookMs?: number;
}

const EMPTY_STATE: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };

export function startGuide(deps: GuideDeps) {
  const { playbook, doc, lifecycle } = deps;
  const now = deps.now ?? (() => Date.now());
  let state: GuideState = EMPTY_STATE;
  let alerts: string[] = [];
  let fill: { step: string; filled: string[]; missed: string[]; elements: Element[] } | undefined;
  let reportedDone = '';
  let view: GuideView | undefined;
  let ringTargets: RingTarget[] = [];
  let shownRings = '';
  let picking: { field: string; stop(): void; hovered: Element | null } | undefined;

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
    ...deps, // its playbook, doc, ask and look time
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
    asked: () => render(),
  });

  let pickAsked = 0;
  async function pick(key?: string): Promise<void> {
    picking?.stop();
    const asked = ++pickAsked;
    if (!key) return;
    const field = playbook.fields.find((f) => f.key === key && f.capture && !f.readOnly);
    if (!field) return;
    let startPicking: StartPicking;
    try {
      startPicking = await (deps.picker ?? loadPicker)();
    } catch {
      alert(i18n.t('card.pickFailed', { field: field.label }));
      render();
      return;
    }
    if (asked !== pickAsked) return; // cancelled, or another field asked for, while it loaded
    const session = startPicking({
      doc,
      lifecycle,
      field,
      fields: playbook.fields,
      hover(el) {
        if (picking) picking.hovered = el;
        reposition();
        render();
      },
      picked: (value) => sender.picked(field, value),
      refused: (problem) => {
        alert(problem);
        render();
      },
      stopped() {
        picking = undefined;
        render();
      },
    });
    picking = { field: field.key, stop: session.stop, hovered: null };
    render();
  }

  const actions: GuideActions = {
    onFill() {
      const { step } = readPage(playbook, env());
      if (!step?.fill) return;
      const values = { ...playbook.fillDefaults, ...state.fillValues };
      const items = step.fill;
      void (deps.fill ?? loadFill)()
        .then((fillForCard) => fillForCard(items, values, doc, { locate, byText }))
        // Not loaded (the extension was just updated): nothing filled, every field left to the person.
        .catch(() => ({ filled: [], missed: items.map((item) => item.name), elements: [] }))
        .then((result) => {
          fill = { step: step.id, ...result };
          render();
        });
    },
    onPick(field) {
      void pick(picking && (!field || picking.field === field) ? undefined : (field ?? readPage(playbook, env()).step?.captures?.[0]));
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
  const render = lookThenDraw(lifecycle, look, () => deps.render(view!, actions), deps.lookMs);
  const heldStill = stabilityOf(lifecycle, now, render);

  // The background's state changed (another tab, an answer): read it again.
  const refresh = async (): Promise<void> => {
    await refreshState();
    render();
  };

  /** The view of the page as it is now (dialogs read once for the whole look). */
  function look(): void {
    const reading = readPage(playbook, env());
    const doneKey = [...reading.done].sort().join(',');
    if (doneKey !== reportedDone) {
      reportedDone = doneKey;
      void deps.ask({ type: 'guide/done', crm: playbook.crm, stepIds: reading.done });
    }
    const stable = heldStill(signatureOf(reading));
    if (fill && fill.step !== reading.step?.id) fill = undefined;
    ringTargets = stepRings(doc, reading.step, stable ? reading.troubles.flatMap((t) => (t.target ? [t.target] : [])) : [], fill, picking);
    const rings = ringViews(ringTargets); // measured once per look: drawn, and kept clear by the card
    view = {
      ...reading.view,
      fill: fill && { filled: fill.filled, missed: fill.missed },
      checks: stable ? reading.checks : [],
      troubles: stable ? reading.troubles.map((t) => t.message) : [],
      status: oauthStatus(state.oauth, onReturnPage()),
      captures: sender.captures(),
      alerts,
      guard: guards.question(),
      proposals: state.proposed.map((p) => ({ ...p, label: playbook.fields.find((f) => f.key === p.field)?.label ?? p.field })),
      picking: picking && playbook.fields.find((f) => f.key === picking!.field)?.label,
      attention: !!guards.question() || state.proposed.length > 0 || !!picking || reading.checks.some((c) => c.danger && !c.ok),
      avoid: [...rings.map((r) => r.rect), ...dialogAvoidRects(openDialogs(doc), !!reading.step?.captures?.length), ...lookingRects(doc, reading.step, ringTargets, sender.shown)],
      rings,
    };
    shownRings = JSON.stringify(view.rings);
  }

  const { follow: reposition, followChange } = followRings(lifecycle, now, () => ringTargets, () => shownRings, (rings, key) => {
    if (!view) return;
    shownRings = key;
    view = { ...view, rings, avoid: [...rings.map((r) => r.rect), ...view.avoid.slice(view.rings.length)] };
    deps.render(view, actions);
  });

  const onReturnPage = (): boolean => !!playbook.oauth && holds(playbook.oauth.returnPage, env());

  const discover = followPage(deps, sender, render, { reposition, followChange }, refresh);

  return {
    /** Loads the background's state, scans what is already on the page and renders. */
    async start(): Promise<void> {
      await refreshState();
      // Its shadow roots, what it shows, the look, the card: short tasks on a big page, not one long.
      const pause = nextTask(lifecycle);
      await discover(pause);
      await sender.arrive(pause, state.pressedBefore);
      await pause();
      await lookInTasks(look, pause, deps.lookMs);
      await pause();
      deps.render(view!, actions);
      const oauth = playbook.oauth;
      if (oauth && onReturnPage()) {
        await followReturn(deps.oauthReturn ?? loadOAuthReturn, { playbook: { ...playbook, oauth }, url: doc.location.href, ask: deps.ask, lifecycle, now, refresh: refreshState, changed: render, alert });
      }
    },
    render,
    /** The background's state changed (another tab captured or sent a value): read it again. */
    refresh,
    scan: sender.scan,
    /** Pick on page for this field (asked from the popup); none: stop. */
    pick,
  };
}

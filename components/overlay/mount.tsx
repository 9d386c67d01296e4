// Mounts the guide on a CRM page: the engine's view rendered as the card in a closed shadow root
// of <heavyset-assistant> (the page can neither read nor rewrite it), with the assistant's own
// lifecycle (no page event can stop it). Called by each CRM's content-script entry.
import { render } from 'preact';
import type { GuideActions, GuideView } from '../../utils/guide/view';
import { startGuide } from '../../utils/guide/guide';
import { createLifecycle, type ContentLifecycle } from '../../utils/lifecycle';
import { ask } from '../../utils/ask';
import { ext } from '../../utils/ext';
import { playbookInUse } from '../../utils/guide/held-playbook';
import { answerSnapshotRequests } from '../../utils/guide/report-listener';
import { answerPickRequests } from '../../utils/guide/pick-listener';
import { Overlay } from './Overlay';
import { answerFocusRequests, focusCard } from './focus';
import { hostElement } from './host';
import { readCardMemory, writeCardMemory, type CardMemory } from './card-memory';
import overlayCss from './overlay.css?inline';

export async function mountAssistant(crm: string): Promise<void> {
  const inUse = await playbookInUse(crm, ask); // from the background: a signed update it holds, else the bundled one
  if (!inUse) return;
  const { playbook, version } = inUse;
  const lifecycle = createLifecycle();
  const host = hostElement(document, overlayCss, lifecycle);
  const site = location.host;
  let memory: CardMemory = await readCardMemory(site);
  // The browser loads the card's words on their first use, holding the page's thread meanwhile: in
  // this task, not in the card's first render (two tasks of ours, neither long).
  ext().i18n.getMessage('card_captured');
  let last: { view: GuideView; actions: GuideActions } | undefined;
  const remember = (next: CardMemory): void => {
    memory = next;
    void writeCardMemory(site, next);
    paint();
  };
  const paint = (): void => {
    if (!last) return;
    host.place();
    render(<Overlay view={last.view} actions={last.actions} memory={memory} remember={remember} />, host.container);
  };
  lifecycle.onInvalidated(() => {
    render(null, host.container);
    host.remove();
  });
  answerSnapshotRequests(lifecycle, { playbook, version, view: () => last?.view }); // "Report this page"
  answerFocusRequests(lifecycle, () => focusCard(host.container)); // the card's keyboard shortcut
  const guide = startGuide({
    playbook, // its words already in the person's language (the background's guide/playbook answer)
    doc: document,
    lifecycle: lifecycle satisfies ContentLifecycle,
    ask,
    lookMs: 8, // no long task of ours on a big page
    render(view, actions) {
      last = { view, actions };
      paint();
    },
  });
  await guide.start();
  answerPickRequests(lifecycle, playbook, (field) => guide.pick(field)); // Pick on page, from the popup
  followStateChanges(lifecycle, () => void guide.refresh());
}

/** Keys the background writes when what the card shows changes (only their names are looked at). */
const STATE_KEYS = ['vault', 'progress', 'server-view', 'oauth-watch'];

/** Another tab captured or sent a value, HeavySet answered: the card reads the state again (once per burst). */
function followStateChanges(lifecycle: ContentLifecycle, refresh: () => void): void {
  let pending = false;
  const changed = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local' || pending || !Object.keys(changes).some((key) => STATE_KEYS.includes(key))) return;
    pending = true;
    lifecycle.setTimeout(() => {
      pending = false;
      refresh();
    }, 150);
  };
  ext().storage.onChanged.addListener(changed);
  lifecycle.onInvalidated(() => ext().storage.onChanged.removeListener(changed));
}

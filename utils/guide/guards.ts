// A click that would destroy a captured value (regenerating a secret, rejecting a consent) is
// stopped before the page sees it and asked about; Continue replays it.
import type { GuideState } from '../messages';
import type { Lifecycle } from './ports';
import type { Playbook } from './playbook';
import { locateAll } from './locate';
import { deepContains, isElement } from './dom';

export interface Guarding {
  /** The question standing, if any. */
  question(): string | undefined;
  /** Continue: the click goes through. */
  proceed(): void;
  dismiss(): void;
}

export function guardClicks(deps: {
  playbook: Playbook;
  doc: Document;
  lifecycle: Lifecycle;
  state(): GuideState;
  /** A guarded click was stopped: show the question. */
  asked(): void;
}): Guarding {
  let pending: { message: string; element: Element } | undefined;
  let replaying = false;

  const onClick = (event: Event): void => {
    if (replaying) return;
    const target = event.composedPath()[0];
    if (!target || !isElement(target)) return;
    const state = deps.state();
    for (const step of deps.playbook.steps) {
      for (const guard of step.guards ?? []) {
        if (guard.field && !state.captured.includes(guard.field) && !state.sent.includes(guard.field)) continue;
        const hit = locateAll(guard.click, deps.doc).find((el) => deepContains(el, target));
        if (!hit) continue;
        event.preventDefault();
        event.stopImmediatePropagation();
        pending = { message: guard.message, element: hit };
        deps.asked();
        return;
      }
    }
  };
  // Registered before the page watcher's listener: a guarded click is stopped before anything else.
  deps.lifecycle.addEventListener(deps.doc.defaultView ?? window, 'click', onClick, { capture: true });

  return {
    question: () => pending?.message,
    proceed() {
      const element = pending?.element;
      pending = undefined;
      if (!element?.isConnected) return;
      replaying = true;
      try {
        (element as HTMLElement).click();
      } finally {
        replaying = false;
      }
    },
    dismiss() {
      pending = undefined;
    },
  };
}

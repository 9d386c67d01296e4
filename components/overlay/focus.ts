// The card's keyboard shortcut, content-script side: the background sends `card/focus` to the tab the
// person pressed it on (utils/background/card-focus.ts), and the card takes the focus — the card itself
// (its name is read out; Tab then reaches its controls), the pill when folded, the bar in a short window.
import { i18n } from '#i18n';
import { answerExtension } from '../../utils/ext';
import type { CardFocusRequest, Reply } from '../../utils/messages';

/** Marks what the shortcut focused so its focus ring shows (a programmatic focus may not count as
 *  :focus-visible); it goes with the focus. */
export const CALLED = 'data-called';

/** Focuses the card in `container` (the closed shadow root's); false when there is no card to focus. */
export function focusCard(container: HTMLElement): boolean {
  const target = container.querySelector<HTMLElement>('.card, .barline, .pill');
  if (!target) return false;
  target.setAttribute(CALLED, '');
  target.addEventListener('blur', () => target.removeAttribute(CALLED), { once: true });
  target.focus();
  return (container.getRootNode() as ShadowRoot).activeElement === target;
}

/** Answers `card/focus` from the extension itself (the background), never from a page or another extension. */
export function answerFocusRequests(lifecycle: { onInvalidated(callback: () => void): () => void }, focus: () => boolean): void {
  answerExtension(lifecycle.onInvalidated, (message): Promise<Reply<null>> | undefined =>
    (message as CardFocusRequest | null)?.type === 'card/focus' ? Promise.resolve(focus() ? { ok: true, value: null } : { ok: false, problem: i18n.t('card.notShown') }) : undefined,
  );
}

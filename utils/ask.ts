// Typed request → answer from the background. Never throws: a background that does not answer
// (stopped, reloaded, or the extension updated under this page) is a problem in words too.
// Imports types only, so content scripts stay small.
import { i18n } from '#i18n';
import { ext } from './ext';
import type { AnyRequest, ResponseOf } from './messages';

/** The words when the background does not answer. */
export const notAnswering = (): string => i18n.t('errors.notAnswering');

export async function ask<T extends AnyRequest>(request: T): Promise<ResponseOf<T['type']>> {
  try {
    const reply = (await ext().runtime.sendMessage(request)) as ResponseOf<T['type']> | undefined;
    if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
  } catch {
    // answered below
  }
  return { ok: false, problem: notAnswering() };
}

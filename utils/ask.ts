// Typed request → response to the background. Imports types only, so content scripts stay small.
import { browser } from 'wxt/browser';
import type { AnyRequest, ResponseOf } from './messages';

export async function ask<T extends AnyRequest>(request: T): Promise<ResponseOf<T['type']>> {
  return (await browser.runtime.sendMessage(request)) as ResponseOf<T['type']>;
}

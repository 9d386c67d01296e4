// The few extension APIs the content scripts use, straight from the browser (Chrome's `chrome`
// and Firefox's `browser` both answer with promises in MV3), so the content scripts carry no
// polyfill. Listeners answer through `sendResponse` (what both browsers accept).

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined;
interface Event<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export interface ContentExtensionApi {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: Event<Listener>;
  };
  i18n: { getMessage(name: string, substitutions?: string[]): string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: Event<(changes: Record<string, unknown>, area: string) => void>;
  };
}

export function ext(): ContentExtensionApi {
  const g = globalThis as { browser?: ContentExtensionApi; chrome?: ContentExtensionApi };
  return (g.browser?.runtime ? g.browser : g.chrome)!;
}

/** Answers messages from the extension itself (never a page or another extension) that `take` accepts. */
export function answerExtension(onInvalidated: (callback: () => void) => unknown, take: (message: unknown) => Promise<unknown> | undefined): void {
  const listener: Listener = (message, sender, sendResponse) => {
    if (sender.id !== ext().runtime.id || sender.tab) return undefined;
    const answer = take(message);
    if (!answer) return undefined;
    void answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  ext().runtime.onMessage.addListener(listener);
  onInvalidated(() => ext().runtime.onMessage.removeListener(listener));
}

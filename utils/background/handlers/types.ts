import type { AnyRequest, Reply, Responses } from '../../messages';

/** Where a content script's request came from (checked by the router): its tab and page. */
export interface From {
  tabId?: number;
  url: string;
}

/** One function per message type: the request (parsed, sender checked) → its answer. */
export type Handlers = {
  [T in AnyRequest['type']]: (request: Extract<AnyRequest, { type: T }>, from?: From) => Promise<Reply<Responses[T]>>;
};

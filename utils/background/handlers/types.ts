import type { AnyRequest, Reply, Responses } from '../../messages';

/** One function per message type: the request (parsed, sender checked) → its answer. */
export type Handlers = {
  [T in AnyRequest['type']]: (request: Extract<AnyRequest, { type: T }>) => Promise<Reply<Responses[T]>>;
};

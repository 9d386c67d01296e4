// API failures in words a person can act on.
import type { ApiFailure } from './client';

export const NEW_CODE_HOWTO =
  'Get a new connect code in the HeavySet platform (Connections → CRM → Edit Config → Connect code) and paste it in the assistant’s Settings.';

export function describeFailure(failure: ApiFailure, fieldLabels: Record<string, string> = {}): string {
  switch (failure.kind) {
    case 'offline':
      return 'HeavySet cannot be reached (offline or the server is down).';
    case 'timeout':
      return 'HeavySet did not answer in time.';
    case 'malformed':
      return failure.message;
    case 'http':
      return describeHttp(failure, fieldLabels);
  }
}

const CHECK_URL = 'If it keeps happening, check the HeavySet API URL in Settings.';

function describeHttp(failure: Extract<ApiFailure, { kind: 'http' }>, fieldLabels: Record<string, string>): string {
  switch (failure.code) {
    case 'unauthorized':
      // HeavySet's own words: an expired, a revoked and a mistyped code need different care. An answer
      // that is not HeavySet's (an HTML page, a proxy) has none: say what it may be, and where else to look.
      return failure.foreign
        ? `HeavySet refused the connect code (answer ${failure.status}): it may have expired or been revoked. ${NEW_CODE_HOWTO} ${CHECK_URL}`
        : `HeavySet refused the connect code: “${failure.message}” ${NEW_CODE_HOWTO}`;
    case 'forbidden':
      return failure.foreign
        ? `HeavySet refused the connect code (answer ${failure.status}): it is not valid for this CRM configuration, or has expired. ${NEW_CODE_HOWTO} ${CHECK_URL}`
        : `This connect code is for another CRM configuration. ${NEW_CODE_HOWTO}`;
    case 'unexpected_answer':
      return `The server at the HeavySet API URL answered ${failure.status}, not as HeavySet does: check the HeavySet API URL in Settings (leave the default unless HeavySet told you otherwise).`;
    case 'validation_failed': {
      const fields = Object.entries(failure.fields ?? {}).map(
        ([key, why]) => `${fieldLabels[key] ?? key}: ${why}`,
      );
      return fields.length ? `HeavySet refused ${fields.join('; ')}` : `HeavySet refused the values: ${failure.message}`;
    }
    case 'crm_type_mismatch':
      return `This connect code belongs to a different CRM type. ${NEW_CODE_HOWTO}`;
    case 'not_connected':
      return 'HeavySet has no working credentials for this CRM yet: send them first.';
    case 'payload_too_large':
      return 'The values are too large for HeavySet (over 64 KiB): check that a whole page was not pasted into a field.';
    case 'rate_limited':
      return `HeavySet asked us to slow down${failure.retryAfterSeconds ? ` for ${failure.retryAfterSeconds} s` : ''}.`;
    case 'not_found':
      return `HeavySet does not know this CRM configuration any more. ${NEW_CODE_HOWTO}`;
    case 'idempotency_conflict':
      return 'HeavySet saw a different request under the same key; the assistant will send it again as a new request.';
    default:
      return failure.status >= 500
        ? `HeavySet had a problem (${failure.status}).`
        : `HeavySet refused the request: ${failure.message}`;
  }
}

/** A failure saying the connect code itself is refused (only a new code helps): a headline and
 *  HeavySet's own words (where to get a new code is NEW_CODE_HOWTO). */
export function codeRefusal(failure: ApiFailure): { title: string; message: string } | null {
  if (failure.kind !== 'http') return null;
  // An answer that is not HeavySet's (an HTML page) has no words of its own: ours, with where to look.
  const message = failure.foreign ? describeHttp(failure, {}) : failure.message;
  switch (failure.code) {
    case 'unauthorized': {
      const title = /expired/i.test(failure.message)
        ? 'Connect code expired'
        : /revoked/i.test(failure.message)
          ? 'Connect code revoked'
          : /not known|unknown|invalid/i.test(failure.message)
            ? 'Connect code not recognised'
            : 'Connect code refused';
      return { title, message };
    }
    case 'forbidden':
    case 'crm_type_mismatch':
      return { title: 'Connect code is for another configuration', message };
    case 'not_found':
      return { title: 'Configuration no longer known', message };
    default:
      return null;
  }
}

// API failures in words a person can act on.
import { i18n } from '#i18n';
import type { ApiFailure } from './client';

/** Where a new connect code comes from. */
export const newCodeHowTo = (): string => i18n.t('errors.newCode');

export function describeFailure(failure: ApiFailure, fieldLabels: Record<string, string> = {}): string {
  switch (failure.kind) {
    case 'offline':
      return i18n.t('errors.offline');
    case 'timeout':
      return i18n.t('errors.timeout');
    case 'malformed':
      return failure.message;
    case 'http':
      return describeHttp(failure, fieldLabels);
  }
}


function describeHttp(failure: Extract<ApiFailure, { kind: 'http' }>, fieldLabels: Record<string, string>): string {
  switch (failure.code) {
    case 'unauthorized':
      // HeavySet's own words: an expired, a revoked and a mistyped code need different care. An answer
      // that is not HeavySet's (an HTML page, a proxy) has none: say what it may be, and where else to look.
      return failure.foreign
        ? i18n.t('errors.unauthorizedForeign', { status: failure.status, howTo: newCodeHowTo(), checkUrl: i18n.t('errors.checkUrl') })
        : i18n.t('errors.unauthorized', { message: failure.message, howTo: newCodeHowTo() });
    case 'forbidden':
      return failure.foreign
        ? i18n.t('errors.forbiddenForeign', { status: failure.status, howTo: newCodeHowTo(), checkUrl: i18n.t('errors.checkUrl') })
        : i18n.t('errors.forbidden', { howTo: newCodeHowTo() });
    case 'unexpected_answer':
      return i18n.t('errors.unexpectedAnswer', { status: failure.status });
    case 'validation_failed': {
      const fields = Object.entries(failure.fields ?? {}).map(([key, why]) => i18n.t('errors.fieldWhy', { field: fieldLabels[key] ?? key, why }));
      return fields.length ? i18n.t('errors.refusedFields', { fields: fields.join('; ') }) : i18n.t('errors.refusedValues', { message: failure.message });
    }
    case 'crm_type_mismatch':
      return i18n.t('errors.otherCrmType', { howTo: newCodeHowTo() });
    case 'not_connected':
      return i18n.t('errors.notConnected');
    case 'payload_too_large':
      return i18n.t('errors.tooLarge');
    case 'rate_limited':
      return failure.retryAfterSeconds ? i18n.t('errors.slowDownFor', { seconds: failure.retryAfterSeconds }) : i18n.t('errors.slowDown');
    case 'not_found':
      return i18n.t('errors.configGone', { howTo: newCodeHowTo() });
    case 'idempotency_conflict':
      return i18n.t('errors.conflict');
    default:
      return failure.status >= 500 ? i18n.t('errors.serverProblem', { status: failure.status }) : i18n.t('errors.refused', { message: failure.message });
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
        ? i18n.t('errors.titleExpired')
        : /revoked/i.test(failure.message)
          ? i18n.t('errors.titleRevoked')
          : /not known|unknown|invalid/i.test(failure.message)
            ? i18n.t('errors.titleUnknown')
            : i18n.t('errors.titleRefused');
      return { title, message };
    }
    case 'forbidden':
    case 'crm_type_mismatch':
      return { title: i18n.t('errors.titleOtherConfig'), message };
    case 'not_found':
      return { title: i18n.t('errors.titleConfigGone'), message };
    default:
      return null;
  }
}

// Small formatting helpers shared by the popup and the options page; times in the catalogue's language.
import { i18n } from '#i18n';
import { uiLocale } from '../utils/words';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export { uiLocale };

const relative = (): Intl.RelativeTimeFormat => new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });

/** "just now", "2 minutes ago", "3 hours ago", "yesterday", "2 days ago" (in the catalogue's language). */
export function ago(iso: string, now = Date.now()): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return i18n.t('time.unknown');
  if (ms < MINUTE) return i18n.t('time.justNow');
  if (ms < HOUR) return relative().format(-Math.floor(ms / MINUTE), 'minute');
  if (ms < DAY) return relative().format(-Math.floor(ms / HOUR), 'hour');
  return relative().format(-Math.floor(ms / DAY), 'day');
}

/** "in 30 seconds", "in 5 minutes", "in 23 hours", "in 3 days"; "now" once past. */
export function inTime(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  if (!Number.isFinite(ms)) return i18n.t('time.unknown');
  if (ms <= 0) return relative().format(0, 'second');
  if (ms < MINUTE) return relative().format(Math.ceil(ms / SECOND), 'second');
  if (ms < HOUR) return relative().format(Math.ceil(ms / MINUTE), 'minute');
  if (ms < 2 * DAY) return relative().format(Math.round(ms / HOUR), 'hour');
  return relative().format(Math.round(ms / DAY), 'day');
}

export function masked(lastFour: string | undefined): string {
  return `••••••••${lastFour ?? ''}`;
}

/** "jobprogress.com/app/#/settings/developers", cut to fit a popup row. */
export function shortSource(source: string, max = 42): string {
  let text = source;
  try {
    const url = new URL(source);
    const path = url.hash ? url.pathname : url.pathname.replace(/\/$/, '');
    text = url.hostname.replace(/^www\./, '') + path + url.hash;
  } catch {
    // Not a URL: show it as given.
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** The host a value came from, e.g. "crm.example.com" (the full address goes in a tooltip). */
export function hostOf(source: string): string {
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return shortSource(source, 30);
  }
}

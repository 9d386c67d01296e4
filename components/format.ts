// Small, pure formatting helpers shared by the popup and the options page.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "2 min ago", "3 h ago", "2 days ago". */
export function ago(iso: string, now = Date.now()): string {
  const ms = now - Date.parse(iso);
  if (!Number.isFinite(ms)) return 'at an unknown time';
  if (ms < MINUTE) return 'just now';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h ago`;
  const days = Math.floor(ms / DAY);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

/** "in 30 s", "in 5 min", "in 23 h", "in 3 days"; "now" once past. */
export function inTime(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  if (!Number.isFinite(ms)) return 'at an unknown time';
  if (ms <= 0) return 'now';
  if (ms < MINUTE) return `in ${Math.ceil(ms / 1000)} s`;
  if (ms < HOUR) return `in ${Math.ceil(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `in ${Math.ceil(ms / HOUR)} h`;
  return `in ${Math.round(ms / DAY)} days`;
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
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The host a value came from, e.g. "crm.example.com" (the full address goes in a tooltip). */
export function hostOf(source: string): string {
  try {
    return new URL(source).hostname.replace(/^www\./, '');
  } catch {
    return shortSource(source, 30);
  }
}

// "Report this page": the page as a redacted HTML snapshot HeavySet can read to fix a playbook.
// Kept: the structure (elements, roles, aria-*, labels, headings, classes, ids), open shadow roots
// (as <template shadowrootmode="open">) and same-origin frames (inlined, marked data-heavyset-frame).
// Replaced by placeholders: every input's value ([input]); every word that matches a field's
// `detect` pattern, or its `format` pattern when the word holds a digit and 4+ characters ([value]:
// formats such as "digits" or "any unbroken string" would otherwise take every word); anything long
// and token-like ([token]); e-mail addresses ([email]). Dropped: scripts, styles' contents, comments,
// event handler and style attributes, every address's query and fragment. Bounded below the report's
// 1 MiB limit. Pure: a Document in, text out. Loaded only when a report is asked for
// (entrypoints/page-report.ts, imported on demand by report-listener.ts): content scripts stay small.
import type { PageSnapshotAnswer, PageSnapshotRequest } from '../messages';
import type { Playbook } from './playbook';
import type { GuideView } from './view';
import { regexOf } from './text';

/** Where entrypoints/page-report.ts leaves `redactedSnapshot` (the content script's own global scope). */
export const PAGE_REPORT_GLOBAL = '__heavysetPageReport';

export interface RedactionPatterns {
  /** Fields' `detect` patterns (TextMatch strings), of every playbook. */
  detect: string[];
  /** Fields' `format.pattern`s. */
  formats: string[];
}

export interface PageSnapshotText {
  html: string;
  /** Values replaced by placeholders. */
  replaced: number;
  /** Cut at the size limit. */
  truncated: boolean;
}

/**
 * At most this many UTF-16 units: once in a JSON string each takes at most 3 bytes (control
 * characters other than tab and line breaks are dropped), so the snapshot stays under 1 MiB with
 * room for the rest of the report.
 */
export const MAX_SNAPSHOT_CHARS = 330_000;

const SKIPPED = /^(script|noscript|template|object|embed|applet)$/;
const EMPTIED = /^(style|svg|math|canvas|video|audio)$/;
const VOID = /^(area|base|br|col|hr|img|input|link|meta|source|track|wbr)$/;
const URL_ATTRIBUTE = /^(href|src|action|formaction|poster|cite|data|xlink:href|background)$/;
const DROPPED_ATTRIBUTE = /^(on.*|style|srcdoc|srcset|imagesrcset|nonce|integrity|ping|value|checked|selected)$/;
const TOKEN_RUN = /[\w.~+/=-]{16,}/g;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/** Long and token-like: 16+ of [A-Za-z0-9._~+/=-] mixing letters and digits, or mixed case switching often. */
export function isTokenLike(run: string): boolean {
  if (run.length < 16 || !/^[\w.~+/=-]+$/.test(run)) return false;
  return (/[a-z]/i.test(run) && /\d/.test(run)) || (run.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) >= 6;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function redactedSnapshot(
  doc: Document,
  patterns: RedactionPatterns,
  options: { skip?: (el: Element) => boolean; maxChars?: number } = {},
): PageSnapshotText {
  const compile = (list: string[]) =>
    list.flatMap((pattern) => {
      try {
        return [regexOf(pattern)];
      } catch {
        return [];
      }
    });
  const detect = compile(patterns.detect);
  const formats = compile(patterns.formats);
  const max = options.maxChars ?? MAX_SNAPSHOT_CHARS;
  let html = '<!doctype html><!-- HeavySet page report, redacted: [input] [value] [token] [email] replace values. -->';
  let replaced = 0;
  let full = false;
  const put = (text: string) => {
    if (html.length + text.length > max) full = true;
    else html += text;
  };
  const mark = (name: string) => (replaced++, `[${name}]`);

  const kind = (word: string): string | null =>
    detect.some((re) => re.test(word))
      ? 'value'
      : EMAIL.test(word)
        ? 'email'
        : isTokenLike(word)
          ? 'token'
          : word.length > 3 && /\d/.test(word) && formats.some((re) => re.test(word))
            ? 'value'
            : null;

  const redactWord = (word: string): string => {
    const whole = kind(word);
    if (whole) return mark(whole);
    const [, before, core, after] = /^(\W*)(.*?)(\W*)$/s.exec(word)!;
    const found = core && kind(core);
    return found ? before + mark(found) + after : word.replace(TOKEN_RUN, (run) => (isTokenLike(run) ? mark('token') : run));
  };
  // Control characters other than tab and line breaks would take 6 bytes each in JSON.
  const redact = (text: string, limit = 4_000): string => {
    // eslint-disable-next-line no-control-regex -- dropping them is the point
    const clean = text.replace(/[\0-\x08\v\f\x0e-\x1f\x7f]/g, '').replace(/\S+/g, redactWord);
    return clean.length > limit ? `${clean.slice(0, limit)}…` : clean;
  };

  /** Scheme, host and path only (host and segments redacted like words); script and data addresses dropped. */
  const cleanUrl = (raw: string, base: string): string | null => {
    try {
      const url = new URL(raw, base);
      if (!/^https?:$/.test(url.protocol)) return null;
      const host = redactWord(url.host);
      return `${url.protocol}//${host}${url.pathname.replace(/[^/]+/g, (segment) => redactWord(decodeURIComponent(segment)))}`;
    } catch {
      return null;
    }
  };

  const openTag = (el: Element, tag: string, base: string): string => {
    let text = `\n<${tag}`;
    for (const { name, value } of Array.from(el.attributes)) {
      if (DROPPED_ATTRIBUTE.test(name)) continue;
      const kept = URL_ATTRIBUTE.test(name) ? cleanUrl(value, base) : redact(value, 500);
      if (kept !== null) text += kept ? ` ${name}="${escapeAttribute(kept)}"` : ` ${name}`;
    }
    // The control's state: its value replaced (a button's value is its label), a tick, a choice.
    const control = el as HTMLInputElement & HTMLOptionElement;
    if (tag === 'input' && /^(checkbox|radio)$/i.test(control.type)) text += control.checked ? ' checked' : '';
    else if (tag === 'input' && control.value)
      text += ` value="${/^(submit|button|reset|image)$/i.test(control.type) ? escapeAttribute(redact(control.value, 500)) : mark('input')}"`;
    if (tag === 'option' && control.selected) text += ' selected';
    return `${text}>`;
  };

  const walk = (node: Node, base: string, depth: number): void => {
    if (full || depth > 400) return;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      // Indentation between elements: the snapshot has its own line breaks.
      return /^\s*\n\s*$/.test(data) ? undefined : put(escapeText(redact(data)));
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.test(tag) || options.skip?.(el)) return;
    let frame: Document | null = null;
    try {
      frame = /^i?frame$/.test(tag) ? (el as HTMLIFrameElement).contentDocument : null;
    } catch {
      // Another origin.
    }
    const open = openTag(el, tag, base);
    put(/^i?frame$/.test(tag) ? `${open.slice(0, -1)} data-heavyset-frame="${frame ? 'inlined' : 'not included'}">` : open);
    if (VOID.test(tag)) return;
    const editable = (el.getAttribute('contenteditable') ?? 'false') !== 'false';
    if (tag === 'textarea' || editable) put((el as HTMLTextAreaElement).value || (editable && el.textContent?.trim()) ? mark('input') : '');
    else if (frame?.documentElement) walk(frame.documentElement, frame.baseURI, depth + 1);
    else if (!EMPTIED.test(tag)) {
      if (el.shadowRoot) {
        put('\n<template shadowrootmode="open">');
        for (const child of Array.from(el.shadowRoot.childNodes)) walk(child, base, depth + 1);
        put('</template>');
      }
      for (const child of Array.from(el.childNodes)) walk(child, base, depth + 1);
    }
    put(`</${tag}>`);
  };

  if (doc.documentElement) walk(doc.documentElement, doc.baseURI, 0);
  // The limit leaves room for this line.
  if (full) html += '\n<!-- HeavySet page report: cut here, the page is larger than a report takes. -->';
  return { html, replaced, truncated: full };
}

/** What the content script knows of its guide: the playbook in use, its version, the card's view. */
export interface SnapshotSource {
  playbook: Playbook;
  version: number | null;
  view(): GuideView | undefined;
}

/** The answer to the background's `page/snapshot`: the redacted page (our card left out), the card's step, the playbook version. */
export function snapshotAnswer(doc: Document, request: PageSnapshotRequest, source: SnapshotSource): PageSnapshotAnswer {
  const { html, replaced } = redactedSnapshot(doc, request, { skip: (el) => el.localName === 'heavyset-assistant' });
  const step = source.view() && source.playbook.steps[source.view()!.stepNumber - 1];
  return { snapshot: html, stepId: step?.id ?? null, playbookVersion: source.version, replaced, crm: source.playbook.crm, pageUrl: doc.location.origin + doc.location.pathname };
}

// Words with elements inside them (a <strong> path, a <code> value): the catalogue's sentence keeps its
// order for translators, and the elements go where its {name} slots are.
import type { ComponentChild } from 'preact';

const OPEN = '\uE000';
const CLOSE = '\uE001';

/** The value to give a named substitution that `rich` fills with an element. */
export const slot = (name: string): string => `${OPEN}${name}${CLOSE}`;

/** `text` (from i18n.t with slot(name) for each element) as children: the elements in their slots. */
export function rich(text: string, elements: Record<string, ComponentChild>): ComponentChild[] {
  return text.split(new RegExp(`${OPEN}(\\w+)${CLOSE}`)).map((part, i) => (i % 2 === 1 ? (elements[part] ?? part) : part));
}

// Loads "Fill for me" (entrypoints/fill.ts) from the extension the first time the person asks for it.
import { loadExtensionModule } from './extension-module';
import type { fillForCard } from './fill';

export const FILL_GLOBAL = '__heavysetFill';
export type Fill = typeof fillForCard;

export const loadFill = (): Promise<Fill> => loadExtensionModule<Fill>('/fill.js', FILL_GLOBAL);

// Loads "Fill for me" (entrypoints/fill.ts) from the extension the first time the person asks for it.
import { loadExtensionModule } from './extension-module';
import type { fillForMe } from './fill';

export const FILL_GLOBAL = '__heavysetFill';
export type Fill = typeof fillForMe;

export const loadFill = (): Promise<Fill> => loadExtensionModule<Fill>('/fill.js', FILL_GLOBAL);

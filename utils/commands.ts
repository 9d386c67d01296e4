// The manifest's keyboard commands (wxt.config.ts reads this file at build time: keep it free of imports).

/** Moves the keyboard focus to the card on the CRM page (utils/background/card-focus.ts). */
export const FOCUS_CARD_COMMAND = 'focus-card';

// The port a popup keeps open while it is shown (the background then leaves notifications to it).
// Apart from messages.ts, whose zod schemas the popup does not load (utils/popup-snapshot.ts).
export const POPUP_PORT = 'popup';

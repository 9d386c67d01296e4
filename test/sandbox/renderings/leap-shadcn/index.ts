// Leap (JobProgress) as a React app built with shadcn/ui (Radix primitives, Tailwind, lucide icons,
// Sonner) renders it, the DOM reproduced by hand in plain JS (no React, Radix or Tailwind package):
// History API routes under /app/ (React Router), the avatar's Radix DropdownMenu portaled to the end
// of <body> (div[data-radix-popper-content-wrapper] > div[role=menu], only in the DOM while open),
// Settings with a sidebar nav of links, Developers with a DataTable of tokens (a real <table>, rows
// `data-state`, masked previews "••••1a2b"), Generate Token → a Radix Dialog portaled to <body>
// (overlay + div[role=dialog][aria-labelledby][aria-describedby], the rest aria-hidden, body
// pointer-events:none, focus trapped, a pointer-down outside closes it while it asks for the name),
// whose content switches to the token view (read-only type=password input, "Show token" eye, icon-only
// Copy, "You won't be able to see this token again."), Sonner toasts. Both Leap hosts serve the same app.
import { fileSite, LEAP_HOSTS } from '../serve';

export const leapShadcnSites = [
  fileSite({
    crm: 'leap',
    hosts: LEAP_HOSTS,
    dir: new URL('.', import.meta.url),
    routes: { '/app/assets/index-DkT3q9Ls.js': 'shadcn-app.js', '/app/assets/index-BvW2xk7n.css': 'shadcn.css' },
    pagesUnder: [{ prefix: '/app', file: 'app.html' }],
  }),
];

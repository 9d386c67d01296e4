// Values planted on a page to check that "Report this page" sends none of them: one per field of
// every playbook, each of that field's shape (the unit test checks them against the playbooks).
/** One planted value per field, each of that field's shape (format, and detect when it has one). */
export const SAMPLES: Record<string, string> = {
  apiToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkLTQ0In0.c2lnbmF0dXJlLXBsYW50ZWQtOTg3NjU0',
  tenantId: '4719302856',
  clientId: 'cid.k3j9x2m4p7q8r1t5v6w0y2z4a',
  clientSecret: 'cs1.q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3j2k1l0z9x8c7v6b5n4',
  applicationKey: 'ak1.m2n4b6v8c0x2z4l6k8j0h2g4f',
  bookingProviderId: '568589504',
  refreshToken: '1000.7f3c9a2e4b1d8f6a0c5e3b7d9f1a2c4e.5b8d0f2a4c6e8a1b3d5f7a9c1e3b5d7f',
  // Zoho's domains are public host names; planted here as a value only this page holds.
  apiDomain: 'https://acme-7f3k9q2x.zohoapis.eu',
  accountsDomain: 'https://accounts-9q2x7f3k.zoho.eu',
};

/** What must not appear: each value, and its longest run of letters and digits holding a digit (a value cut in two still leaks). */
export function leaks(text: string): string[] {
  return Object.entries(SAMPLES).flatMap(([key, value]) => {
    const core = value
      .split(/[^A-Za-z0-9]+/)
      .filter((run) => /\d/.test(run))
      .sort((a, b) => b.length - a.length)[0]!;
    return [value, encodeURIComponent(value), core].filter((needle) => text.includes(needle)).map((needle) => `${key}: ${needle}`);
  });
}


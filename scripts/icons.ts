// `npm run icons`: draws the HeavySet Setup Assistant mark as SVG and renders public/icon/<size>.png
// (16, 32, 48, 128; WXT lists them in the manifest) with headless Chromium, the store pictures in
// docs/store/ (Edge Add-ons' 300 px logo, the Chrome Web Store's 440×280 promo tile) and a preview
// sheet of every size on light and dark toolbars in artifacts/icons/preview.png.
//
// The mark: a blue rounded square (its own contrast on light and dark toolbars) holding a white
// "H" drawn as a dumbbell seen from the side — two plates joined by an amber bar: HeavySet, and
// the link the assistant makes between a CRM and HeavySet. It is drawn on a 32-unit grid with even
// coordinates, so at 16 px (×0.5), 48 px (×1.5) and 128 px (×3 inside Chrome Web Store's 16 px
// padding) every straight edge falls on a whole pixel.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer';

const BLUE_TOP = '#3b7bff';
const BLUE_BOTTOM = '#1a44c2';
const AMBER = '#ffb21e';

/** Each size: the side of the square in pixels and the transparent padding around it. */
const SIZES = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  // Chrome Web Store: a 128 px icon is 96 px of art with 16 px of transparent padding.
  { size: 128, padding: 16 },
] as const;

export function markSvg(size: number, padding: number): string {
  const art = size - 2 * padding;
  const scale = art / 32;
  // Collars outside the plates read as a dumbbell from 32 px up; at 16 px they would be noise.
  const collars = art >= 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${BLUE_TOP}"/>
      <stop offset="1" stop-color="${BLUE_BOTTOM}"/>
    </linearGradient>
  </defs>
  <g transform="translate(${padding} ${padding}) scale(${scale})">
    <rect x="0" y="0" width="32" height="32" rx="7" fill="url(#bg)"/>
    ${collars ? `<rect x="2" y="14" width="4" height="4" rx="1" fill="${AMBER}"/><rect x="26" y="14" width="4" height="4" rx="1" fill="${AMBER}"/>` : ''}
    <rect x="12" y="14" width="8" height="4" fill="${AMBER}"/>
    <rect x="6" y="6" width="6" height="20" rx="${collars ? 1.5 : 0.5}" fill="#ffffff"/>
    <rect x="20" y="6" width="6" height="20" rx="${collars ? 1.5 : 0.5}" fill="#ffffff"/>
  </g>
</svg>`;
}

const STORE_PICTURES = [
  { file: 'logo-300.png', width: 300, height: 300, html: `<body style="margin:0">${markSvg(300, 0)}</body>` },
  {
    file: 'promo-440x280.png',
    width: 440,
    height: 280,
    html: `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;box-sizing:border-box;
      background:linear-gradient(160deg,#10204a,#1a44c2);font-family:system-ui,sans-serif;color:#fff">
      ${markSvg(96, 0)}
      <div style="white-space:nowrap"><div style="font-size:26px;font-weight:700;line-height:1.15">HeavySet<br>Setup Assistant</div>
      <div style="margin-top:12px;font-size:14px;line-height:1.4;color:#cfe0ff">Leap CRM, ServiceTitan and Zoho<br>connected to HeavySet, step by step</div></div>
    </body>`,
  },
];

const TOOLBARS = [
  { name: 'light', color: '#f9f9fb' },
  { name: 'dark', color: '#2b2a33' },
];

function previewHtml(pngs: Map<number, string>): string {
  const img = (size: number, zoom = 1) =>
    `<img src="data:image/png;base64,${pngs.get(size)}" width="${size * zoom}" height="${size * zoom}" style="image-rendering:pixelated;margin:8px">`;
  const rows = TOOLBARS.map(
    (t) =>
      `<div style="background:${t.color};padding:8px;display:flex;align-items:center">${SIZES.map((s) => img(s.size)).join('')}${img(16, 6)}${img(32, 3)}</div>`,
  ).join('');
  return `<body style="margin:0">${rows}</body>`;
}

async function main(): Promise<void> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
  });
  try {
    const page = await browser.newPage();
    const dir = resolve('public/icon');
    await mkdir(dir, { recursive: true });
    const pngs = new Map<number, string>();
    for (const { size, padding } of SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      await page.setContent(`<body style="margin:0;background:transparent">${markSvg(size, padding)}</body>`);
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true, encoding: 'base64' });
      await writeFile(resolve(dir, `${size}.png`), Buffer.from(png, 'base64'));
      pngs.set(size, png);
      console.log(`public/icon/${size}.png`);
    }
    const store = resolve('docs/store');
    await mkdir(store, { recursive: true });
    for (const { file, width, height, html } of STORE_PICTURES) {
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.setContent(html);
      await page.screenshot({ path: resolve(store, file), clip: { x: 0, y: 0, width, height } });
      console.log(`docs/store/${file}`);
    }
    await page.setViewport({ width: 520, height: 240, deviceScaleFactor: 1 });
    await page.setContent(previewHtml(pngs));
    await mkdir(resolve('artifacts/icons'), { recursive: true });
    await page.screenshot({ path: resolve('artifacts/icons/preview.png'), fullPage: true });
    console.log('artifacts/icons/preview.png (every size on a light and a dark toolbar)');
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// Puppeteer's own browser download cannot reach its host here: tests use Debian's Chromium.
module.exports = { skipDownload: true };

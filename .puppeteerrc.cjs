// Browser downloads are not possible here (and not wanted in CI): the suite launches Debian's
// /usr/bin/chromium or PUPPETEER_EXECUTABLE_PATH instead.
module.exports = { skipDownload: true };

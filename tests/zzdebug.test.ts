import { it } from 'vitest';
import { browserSuite } from './harness/suite';
const suite = browserSuite({ extension: true, welcome: true });
it('debug', async () => {
  for (let i = 0; i < 10; i++) {
    await new Promise((r) => setTimeout(r, 1500));
    const pages = await suite.browser().pages();
    console.log('T', i, JSON.stringify(suite.browser().targets().map((t) => [t.type(), t.url()])), JSON.stringify(await Promise.all(pages.map(async (p) => [p.url(), await p.evaluate(() => location.href).catch((e) => String(e).slice(0, 80))]))));
  }
});

// Drives the explorer in Debian's chromium through playwright-core (no browser download): deep link, the relations
// list, the date slider, the evidence panel, search with suggestions, GraphiQL, and strings from a hostile article.
// Usage: node explorer.mjs http://127.0.0.1:PORT SCREENSHOT.png
import { chromium } from 'playwright-core';
import { check, summary } from './check.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const screenshot = process.argv[3] ?? 'explorer.png';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  // The machine's network is closed: without these, chromium keeps trying to reach Google's hosts.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const outside = [];
page.on('request', (request) => { if (!request.url().startsWith(base)) outside.push(request.url()); });
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
const members = page.locator('#relations [data-group="MEMBER_OF-incoming"] li');
const assert = (condition, message) => { if (!condition) throw new Error(message); };

await check('a deep link to an alias opens the alliance with its seven members listed', async () => {
  const started = Date.now();
  await page.goto(`${base}/?focus=Army%20of%20Conquest`);
  await members.first().waitFor({ timeout: 15000 });
  console.log(`     first list shown ${Date.now() - started} ms after navigation`);
  assert(await members.count() === 7, `expected 7 members, saw ${await members.count()}`);
  const names = await members.locator('button.other').allTextContents();
  for (const name of ['Ahrar al-Sham', 'Nusra Front', 'Jund al-Aqsa', 'Liwa al-Haqq', 'Suqour al-Sham', 'Faylaq al-Sham', 'Ajnad al-Sham'])
    assert(names.includes(name), `${name} missing from ${names.join(', ')}`);
  assert((await page.locator('#relations-title').textContent()) === 'Relations of Jaysh al-Fath', 'heading names the canonical name');
  assert((await page.locator('#graph canvas').count()) > 0, 'the graph is drawn on a canvas');
  assert(/Jaysh al-Fath: 8 factions, 7 relations/.test(await page.locator('#status').textContent()), 'status counts the drawing');
});

await check('moving the date to 2014-01-01 removes the memberships, and the address keeps the date', async () => {
  await page.locator('#date').fill('2014-01-01');
  await page.locator('#date').dispatchEvent('change');
  await page.locator('#relations .empty').waitFor({ timeout: 10000 });
  assert(await members.count() === 0, 'members are gone before they joined');
  await page.locator('#status', { hasText: 'Jaysh al-Fath: 1 faction, 0 relations' }).waitFor({ timeout: 10000 });
  assert(page.url().includes('asOf=2014-01-01'), `address is ${page.url()}`);
  await page.locator('#all-time').check();
  await members.nth(6).waitFor({ timeout: 10000 });
});

await check('a deep link with asOf opens the graph as of that day', async () => {
  await page.goto(`${base}/?focus=jaysh-al-fath&asOf=2015-06-01`);
  await members.nth(6).waitFor({ timeout: 10000 });
  assert(await page.locator('#date').inputValue() === '2015-06-01', 'the date field shows the day');
  assert(!(await page.locator('#all-time').isChecked()), 'not all time');
});

await check('play steps through time: from before the alliance to its seven members', async () => {
  await page.goto(`${base}/?focus=jaysh-al-fath`);
  await members.nth(6).waitFor({ timeout: 10000 });
  await page.locator('#play').click();
  await page.locator('#relations .empty').waitFor({ timeout: 10000 });
  await members.nth(6).waitFor({ timeout: 15000 });
  await page.locator('#play').click();
  assert(await page.locator('#play').getAttribute('aria-pressed') === 'false', 'play is paused');
  assert(/asOf=\d{4}-\d{2}-\d{2}/.test(page.url()), `the address follows the date: ${page.url()}`);
});

await check('clicking the alliance in the drawing shows its names and the articles behind it', async () => {
  await page.goto(`${base}/?focus=Army%20of%20Conquest`);
  await members.nth(6).waitFor({ timeout: 10000 });
  // The focus sits in the middle of the drawing (concentric layout, centred).
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('#evidence-title', { hasText: 'Jaysh al-Fath' }).waitFor({ timeout: 10000 });
  const panel = await page.locator('#evidence').textContent();
  assert(panel.includes('جيش الفتح') && panel.includes('Army of Conquest'), 'its aliases, in any script');
  assert(/\d+ articles?, \d+ outlets?/.test(panel), 'counts of articles and outlets');
});

await check('selecting an edge shows its quotes with stance, article, outlet, date and counts', async () => {
  await page.goto(`${base}/?focus=jaysh-al-fath&asOf=2015-06-01`);
  await members.nth(6).waitFor({ timeout: 10000 });
  const ahrar = members.filter({ hasText: 'Ahrar al-Sham' });
  await ahrar.locator('button.evidence').click();
  const quote = page.locator('#evidence blockquote').filter({ hasText: 'The Ahrar al-Sham group (the Free Men of the Levant)' });
  await quote.waitFor({ timeout: 10000 });
  const panel = await page.locator('#evidence').textContent();
  for (const expected of ['asserted', "Syrian regime forces 'collapsing' as rebels press Idlib offensive", 'The New Arab', '2015-03-26', 'outlet'])
    assert(panel.includes(expected), `evidence panel lacks "${expected}"`);
  assert(/2 articles, 2 outlets/.test(panel), `counts of distinct articles and outlets: ${panel.match(/\d+ articles?, \d+ outlets?/)}`);
});

await check('strings from a hostile article are shown as text, and a javascript: address is no link', async () => {
  const panel = page.locator('#evidence');
  const text = await panel.textContent();
  assert(text.includes('<img src=x onerror="window.pwned=\'quote\'">'), 'the quote shows its markup as text');
  assert(text.includes('<img src=x onerror="window.pwned=\'title\'">Rebels <b>claim</b> gains'), 'the title shows as text');
  assert(text.includes("<script>window.pwned='outlet'</script>Wire"), 'the outlet shows as text');
  assert(await panel.locator('img, script, b').count() === 0, 'no element was made from article text');
  assert(await panel.locator('a[href^="javascript"]').count() === 0, 'a javascript: address is not a link');
  assert(await page.evaluate(() => window.pwned) === undefined, 'nothing from the article ran');
});

await check('a denied membership is listed as denied, and an https address is a link', async () => {
  await page.goto(`${base}/?focus=ahrar-al-sham`);
  const denied = page.locator('#relations [data-group="MEMBER_OF-outgoing"] li').filter({ hasText: "Hay'at Tahrir al-Sham" });
  await denied.waitFor({ timeout: 10000 });
  assert(await denied.getAttribute('data-stance') === 'denied', `stance ${await denied.getAttribute('data-stance')}`);
  await denied.locator('button.evidence').click();
  const link = page.locator('#evidence a[href="https://example.org/hts-formed"]');
  await link.waitFor({ timeout: 10000 });
  assert(await link.textContent() === "Hardline factions merge into Hay'at Tahrir al-Sham in Idlib", 'the link reads as the title');
  assert((await page.locator('#evidence .quote').first().getAttribute('class')).includes('stance-denied'), 'the quote is marked denied');
});

await check('search suggests factions by an alias in Arabic script, and choosing one focuses it', async () => {
  await page.locator('#search').fill('');
  await page.locator('#search').pressSequentially('أحرار', { delay: 30 });
  const option = page.locator('[role="option"]').filter({ hasText: 'Ahrar al-Sham' });
  await option.waitFor({ timeout: 10000 });
  await page.locator('#search').press('ArrowDown');
  await page.locator('#search').press('Enter');
  await page.locator('#relations-title', { hasText: 'Relations of Ahrar al-Sham' }).waitFor({ timeout: 10000 });
  assert(await page.locator('#relations [data-group="MEMBER_OF-outgoing"] li').count() >= 1, 'Ahrar al-Sham is a member of something');
});

await check('the path finder finds a chain between two factions', async () => {
  for (const [field, text, name] of [['#path-from', 'Nusra', 'Nusra Front'], ['#path-to', 'Liwa al-Haqq', 'Liwa al-Haqq']]) {
    await page.locator(field).pressSequentially(text, { delay: 20 });
    await page.locator(`${field} + [role="listbox"] [role="option"]`).filter({ hasText: name }).first().click();
  }
  await page.locator('#path-form button[type="submit"]').click();
  const hops = page.locator('#path-result ol.path li');
  await hops.first().waitFor({ timeout: 10000 });
  assert(await hops.count() === 2, `two hops through the alliance, saw ${await hops.count()}`);
});

await check('the screenshot of the explorer is saved', async () => {
  await page.goto(`${base}/?focus=Army%20of%20Conquest`);
  await members.nth(6).waitFor({ timeout: 10000 });
  await members.filter({ hasText: 'Ahrar al-Sham' }).locator('button.evidence').click();
  await page.locator('#evidence blockquote').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshot });
});

await check('a browser at /graphql gets GraphiQL, with the schema in its documentation', async () => {
  await page.goto(`${base}/graphql`);
  await page.locator('.graphiql-container').waitFor({ timeout: 15000 });
  await page.locator('[aria-label="Show Documentation Explorer"]').click();
  await page.getByText('Root Types').waitFor({ timeout: 15000 });
});

await check('nothing was fetched from anywhere but the API, and no script error happened', async () => {
  assert(outside.length === 0, `outside requests: ${outside.join(', ')}`);
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
});

await browser.close();
process.exit(summary());

// Takes a screenshot of a portal page as a signed-in user, with the machine's headless Chromium.
// Usage: node --experimental-websocket docs/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [EMAIL]
// Signs in through the real login form first when EMAIL is given (password demo-password-1). SHOT_THEN, when set, is
// JavaScript run on the page that loads another (e.g. fills a field and clicks a button); the shot is of that one.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, out, width = '1280', height = '900', email] = process.argv.slice(2);
const port = 9300 + Math.floor(Math.random() * 500);
const chrome = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  `--remote-debugging-port=${port}`, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'shot-'))}`,
  `--window-size=${width},${height}`, 'about:blank'], { stdio: 'ignore' });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let target;
for (let i = 0; i < 50 && !target; i++) {
  await sleep(200);
  try { target = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()).find((t) => t.type === 'page'); } catch { /* not up yet */ }
}
const ws = new WebSocket(target.webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener('open', r));
let id = 0;
const pending = new Map();
const waiters = [];
ws.addEventListener('message', (e) => {
  const msg = JSON.parse(e.data);
  if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg.result); pending.delete(msg.id); }
  if (msg.method === 'Page.loadEventFired') waiters.splice(0).forEach((w) => w());
});
const send = (method, params = {}) => new Promise((r) => { pending.set(++id, r); ws.send(JSON.stringify({ id, method, params })); });
const loaded = () => new Promise((r) => waiters.push(r));
const go = async (address) => { const l = loaded(); await send('Page.navigate', { url: address }); await l; await sleep(300); };
const evaluate = (expression) => send('Runtime.evaluate', { expression, awaitPromise: true });

await send('Page.enable');
await send('Emulation.setDeviceMetricsOverride', { width: +width, height: +height, deviceScaleFactor: 1, mobile: +width < 500 });
if (email) {
  await go(new URL('/login', url).href);
  const l = loaded();
  await evaluate(`document.getElementById('email').value=${JSON.stringify(email)};document.getElementById('password').value='demo-password-1';document.querySelector('main form').submit();`);
  await l;
}
await go(url);
if (process.env.SHOT_THEN) {
  const l = loaded();
  await evaluate(process.env.SHOT_THEN);
  await l;
  await sleep(300);
}
const shot = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false });
writeFileSync(out, Buffer.from(shot.data, 'base64'));
ws.close();
chrome.kill();
console.log(`wrote ${out}`);

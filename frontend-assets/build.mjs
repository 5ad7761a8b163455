// Builds the portal's assets into ../src/main/resources/static/assets without third-party tooling:
// concatenates the CSS and JS sources in name order, strips comments and blank lines, and stamps a content hash
// into a manifest so templates can cache-bust. Runs with the machine's own Node (no downloads).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, 'src');
const target = join(here, '..', 'src', 'main', 'resources', 'static', 'assets');

function bundle(extension, strip) {
  const files = readdirSync(source).filter((name) => name.endsWith(extension)).sort();
  const text = files.map((name) => strip(readFileSync(join(source, name), 'utf8'))).join('\n');
  return text.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '').join('\n') + '\n';
}

const css = bundle('.css', (text) => text.replace(/\/\*[\s\S]*?\*\//g, ''));
const js = bundle('.js', (text) => text.replace(/^\s*\/\/.*$/gm, ''));

mkdirSync(target, { recursive: true });
writeFileSync(join(target, 'app.css'), css);
writeFileSync(join(target, 'app.js'), js);
const hash = createHash('sha256').update(css).update(js).digest('hex').slice(0, 10);
writeFileSync(join(target, 'manifest.json'), JSON.stringify({ version: hash }, null, 2) + '\n');
console.log(`assets built: app.css ${css.length} B, app.js ${js.length} B, version ${hash}`);

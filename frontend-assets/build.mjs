// Builds the portal's assets into ../src/main/resources/static/assets with esbuild:
//   app.css, app.js  every page's styles and progressive-enhancement scripts: the src/*.css and src/*.js files in
//                    name order (10-base.css before 20-layout.css), so a new file joins by its name alone;
//   reports.js       the reports page's charts (src/reports/charts.js with Chart.js), loaded by that page only;
// and stamps a content hash of all of them into manifest.json, which templates append to asset URLs (AssetVersion).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, 'src');
const target = join(here, '..', 'src', 'main', 'resources', 'static', 'assets');

/** An entry that imports every src file with the extension, in name order: the order the pages were written for. */
function entryOf(extension) {
  const files = readdirSync(source).filter((name) => name.endsWith(extension)).sort();
  return files.map((name) => (extension === '.css' ? `@import "./${name}";` : `import './${name}';`)).join('\n');
}

const common = { bundle: true, minify: true, write: false, target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'none', logLevel: 'warning' };

async function build(options, file) {
  const result = await esbuild.build({ ...common, ...options });
  const text = result.outputFiles[0].text;
  writeFileSync(join(target, file), text);
  return text;
}

mkdirSync(target, { recursive: true });
const css = await build({ stdin: { contents: entryOf('.css'), resolveDir: source, loader: 'css' }, outfile: 'app.css' },
  'app.css');
const js = await build({ stdin: { contents: entryOf('.js'), resolveDir: source, loader: 'js' }, format: 'iife',
  outfile: 'app.js' }, 'app.js');
const reports = await build({ entryPoints: [join(source, 'reports', 'charts.js')], format: 'iife',
  outfile: 'reports.js' }, 'reports.js');

const hash = createHash('sha256').update(css).update(js).update(reports).digest('hex').slice(0, 10);
writeFileSync(join(target, 'manifest.json'), JSON.stringify({ version: hash }, null, 2) + '\n');
console.log(`assets built: app.css ${css.length} B, app.js ${js.length} B, reports.js ${reports.length} B, `
  + `version ${hash}`);

// `npm run bench:size`: the size of every file the Chrome build ships, as built, minified (esbuild,
// for JS and CSS) and minified + gzip (what goes over the wire / is parsed). Prints a markdown table.
// Target: each content script at most 60 KB minified (injected into every frame of the pages it serves);
// a miss is printed, not an exit code, so that `npm run bench` goes on to the browser benchmark.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.join(root, '.output/chrome-mv3');
const CONTENT_SCRIPT_LIMIT = 60 * 1024;
// The classifier's code and model, loaded on demand by content scripts: together at most 400 KB.
const CLASSIFIER_FILES = ['classifier.js', 'detect-model.bin'];
const CLASSIFIER_LIMIT = 400 * 1024;

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
for (const file of files(build)) {
  const extension = path.extname(file);
  if (!['.js', '.css', '.html', '.json', '.bin'].includes(extension)) continue;
  const raw = readFileSync(file);
  // WXT's output may already be minified; minifying again shows what is left either way.
  const minified =
    extension === '.js' || extension === '.css'
      ? Buffer.from(
          (await transform(raw.toString('utf8'), { loader: extension.slice(1), minify: true })).code,
        )
      : raw;
  rows.push({
    file: path.relative(build, file),
    raw: raw.length,
    min: minified.length,
    gzip: gzipSync(minified, { level: 9 }).length,
  });
}

console.log('| file (.output/chrome-mv3) | built | minified | minified + gzip |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of rows) console.log(`| ${row.file} | ${kb(row.raw)} | ${kb(row.min)} | ${kb(row.gzip)} |`);
const total = rows.reduce(
  (sum, row) => ({ raw: sum.raw + row.raw, min: sum.min + row.min, gzip: sum.gzip + row.gzip }),
  { raw: 0, min: 0, gzip: 0 },
);
console.log(`| **total** | ${kb(total.raw)} | ${kb(total.min)} | ${kb(total.gzip)} |`);

// Every content script the extension ships: those the manifest declares and those registered at run
// time (the one for manager-added sites, lib/background/extra-sites.ts); WXT puts both kinds in
// content-scripts/. Each is injected into every frame of the pages it serves: each has the budget.
const manifest = JSON.parse(readFileSync(path.join(build, 'manifest.json'), 'utf8'));
const declared = new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []));
const contentScripts = rows.filter(
  (row) => declared.has(row.file) || (row.file.startsWith('content-scripts/') && row.file.endsWith('.js')),
);
console.log();
if (contentScripts.length === 0) console.log('No content script in the build.');
for (const row of contentScripts) {
  const how = declared.has(row.file) ? 'declared in the manifest' : 'registered at run time';
  const ok = row.min <= CONTENT_SCRIPT_LIMIT;
  console.log(
    `Content script ${row.file} (${how}): ${kb(row.min)} minified, ${kb(row.gzip)} gzip — target ≤ ${kb(CONTENT_SCRIPT_LIMIT)}: ${ok ? 'met' : 'MISSED'}`,
  );
}
// What content scripts import later (UI, compiler, classifier, when a frame gets ready): not parsed in
// every frame, so outside the budget, but shown, since a frame that writes loads it too.
const onDemand = new Set((manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []));
for (const row of rows.filter((r) => onDemand.has(r.file) && r.file.endsWith('.js'))) {
  console.log(
    `Loaded by content scripts on demand ${row.file}: ${kb(row.min)} minified, ${kb(row.gzip)} gzip`,
  );
}
const classifier = rows.filter((row) => CLASSIFIER_FILES.includes(row.file));
const classifierBytes = classifier.reduce((sum, row) => sum + row.min, 0);
console.log(
  `Classifier loaded on demand (${classifier.map((row) => `${row.file} ${kb(row.min)}`).join(' + ')}): ` +
    `${kb(classifierBytes)}, ${kb(classifier.reduce((sum, row) => sum + row.gzip, 0))} gzip — target ≤ ${kb(CLASSIFIER_LIMIT)} together: ` +
    `${classifier.length === CLASSIFIER_FILES.length && classifierBytes <= CLASSIFIER_LIMIT ? 'met' : 'MISSED'}`,
);

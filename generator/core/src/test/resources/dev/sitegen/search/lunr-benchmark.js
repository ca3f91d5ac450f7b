// node's side of SearchIndexBenchmark: lunr 2.3.9 itself, from the same lunr.js the generator
// runs, on the same section documents.
// usage: node lunr-benchmark.js WORK_DIR   (WORK_DIR holds lunr.js, search-lunr.js, documents.json,
// our-index.json and queries.txt; writes lunr-index.json)
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const work = process.argv[2];
const lunr = require(path.resolve(work, 'lunr.js'));
const input = JSON.parse(fs.readFileSync(path.join(work, 'documents.json'), 'utf8'));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

function build(configure) {
  return lunr(function () {
    configure(this);
    this.ref('id');
    input.fields.forEach((field) => this.field(field.name, { boost: field.boost }));
    input.documents.forEach((document, i) => {
      document.id = String(i);
      this.add(document, { boost: document.boost });
    });
  });
}

// 1. lunr as anyone would use it: lunr(), its default pipelines, JSON.stringify.
const times = [];
let json;
for (let run = 0; run < 3; run++) {
  const start = process.hrtime.bigint();
  json = JSON.stringify(build(() => {}));
  times.push(ms(start));
}
fs.writeFileSync(path.join(work, 'lunr-index.json'), json);
console.log(`node lunr build+stringify ms: ${times.map((t) => t.toFixed(0)).join(' ')} median ${median(times).toFixed(0)}`);

// 2. The browser's side, with V8 standing in for a browser: our index expanded and loaded by
// search-lunr.js, lunr's loaded as it is, and both searched as a reader would.
global.lunr = lunr;
vm.runInThisContext(fs.readFileSync(path.join(work, 'search-lunr.js'), 'utf8'));
const ourJson = fs.readFileSync(path.join(work, 'our-index.json'), 'utf8');
function timeLoad(what, load) {
  const loads = [];
  let index;
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    index = load();
    loads.push(ms(start));
  }
  console.log(`node ${what} ms: ${loads.map((t) => t.toFixed(0)).join(' ')} median ${median(loads).toFixed(0)}`);
  return index;
}
const ourIndex = timeLoad('parse+expand+load of our index', () => sitegenSearch.load(JSON.parse(ourJson)));
const lunrIndex = timeLoad('parse+load of lunr\'s index', () => lunr.Index.load(JSON.parse(json)));
function timeQuery(index, query) {
  const runs = [];
  let found;
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    found = sitegenSearch.search(index, query);
    runs.push(ms(start));
  }
  return `${found.length} results, median ${median(runs).toFixed(1)} ms (first ${runs[0].toFixed(1)})`;
}
for (const query of fs.readFileSync(path.join(work, 'queries.txt'), 'utf8').split('\n')) {
  console.log(`node query ${JSON.stringify(query)}: ours ${timeQuery(ourIndex, query)}; lunr's ${timeQuery(lunrIndex, query)}`);
}

// 3. Exactness at scale: lunr.Builder in V8 with our pipelines against our index.
const start = process.hrtime.bigint();
const reference = JSON.parse(JSON.stringify(build((builder) => {
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add.apply(builder.pipeline, sitegenSearch.indexPipeline);
  builder.searchPipeline.add.apply(builder.searchPipeline, sitegenSearch.searchPipeline);
})));
const ours = sitegenSearch.expand(JSON.parse(ourJson));
let differences = 0;
const scores = new Map();
reference.fieldVectors.forEach(([ref, elements]) => scores.set(ref, elements));
ours.fieldVectors.forEach(([ref, elements]) => {
  const theirs = scores.get(ref) || [];
  for (let i = 0; i < Math.max(elements.length, theirs.length); i++) {
    if (elements[i] !== theirs[i]) differences++;
  }
});
const same = JSON.stringify(ours) === JSON.stringify(reference);
console.log(`node lunr.Builder with our pipelines (${ms(start).toFixed(0)} ms) vs our index: ${same ? 'identical JSON' : 'differs'}, ${differences} differing field vector numbers`);

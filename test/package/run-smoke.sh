#!/usr/bin/env bash
# The package as a user gets it. Packs the tarball (the build in dist/ must be
# current: .ci/run builds first), lints it (publint, Are The Types Wrong), then
# installs it into a fresh project in a temporary directory and there:
#   - imports it from Node ESM and requires it from Node CJS,
#   - checks errors are recognised across the ESM and CJS copies,
#   - type-checks a TypeScript consumer (nodenext, ESM and CJS; bundler),
#   - runs the ESM script under Deno (from the project's node_modules, offline),
#   - bundles it for the browser with esbuild (no Node built-ins) and runs the bundle,
#   - runs the `partnermap` executable, and `partnermap report` (the README's
#     first command, `npm run example`),
#   - type-checks the Deno notebook example (docs/examples/notebook.ts) and
#     runs it as a script on the example CSV tables,
# and requires ESM, CJS, Deno and the browser bundle to compute byte-identical
# summaries (test/package/consumer/summary.mjs).
#
# Needs: the repository's devDependencies installed (npm ci), network access
# to the npm registry for the tarball's dependencies.
# Env: PARTNERMAP_SMOKE_KEEP=1 keeps the temporary directory.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FIXTURES="$ROOT/test/package/consumer"
BIN="$ROOT/node_modules/.bin"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/partnermap-smoke.XXXXXX")
CONSUMER="$WORK/consumer"

CURRENT=""
cleanup() {
  local status=$?
  if [[ $status -ne 0 ]]; then
    echo "  !! FAILED: ${CURRENT:-setup} (exit status $status)" >&2
  fi
  if [[ $status -ne 0 || "${PARTNERMAP_SMOKE_KEEP:-0}" == 1 ]]; then
    echo "smoke: files kept in $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

now() { date +%s%N; }
# check "title" command...: runs one check and prints its time. Not run as an
# `if` condition, so `set -e` stays in force inside the check: the first
# failing command stops everything, and the EXIT trap names the check.
check() {
  CURRENT=$1
  shift
  local start
  start=$(now)
  echo "  -- $CURRENT"
  "$@"
  awk -v ms="$(( ($(now) - start) / 1000000 ))" 'BEGIN { printf "     ok (%.1fs)\n", ms / 1000 }'
}

# Sizes and the file list of the packed tarball, from `npm pack --json`.
pack() {
  [[ -f "$ROOT/dist/index.js" && -f "$ROOT/dist/index.cjs" ]] || {
    echo "dist/ is missing: run npm run build first" >&2
    return 1
  }
  (cd "$ROOT" && npm pack --pack-destination "$WORK" --json --loglevel=error >"$WORK/pack.json")
  node - "$WORK/pack.json" "$WORK" <<'EOF'
const [file, dir] = process.argv.slice(2);
const [info] = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const paths = info.files.map((f) => f.path);
const required = ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'LICENSE'];
const missing = required.filter((p) => !paths.includes(p));
const stray = paths.filter((p) => /^(src|test|bench|scratch|docs|\.ci)\//.test(p) || p.includes('node_modules'));
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`     ${info.filename}: ${kb(info.size)} packed, ${kb(info.unpackedSize)} unpacked, ${info.entryCount} files`);
require('node:fs').writeFileSync(`${dir}/tarball`, `${dir}/${info.filename}`);
if (missing.length > 0) throw new Error(`the tarball lacks ${missing.join(', ')}`);
if (stray.length > 0) throw new Error(`the tarball carries files users do not need: ${stray.join(', ')}`);
EOF
}

install_consumer() {
  mkdir -p "$CONSUMER"
  cp "$FIXTURES"/* "$CONSUMER"/
  # The CommonJS TypeScript consumer lives here rather than in the fixtures
  # folder: the repository's own type-check (tsconfig.json includes test/)
  # would read a .cts file under its ESM settings and reject it.
  cat >"$CONSUMER/consumer-cjs.cts" <<'EOF'
// A CommonJS TypeScript consumer under nodenext: resolves the "require" types
// (dist/index.d.cts).
import type { PartnerNetwork } from 'partnermap';
import pm = require('partnermap');

const network: PartnerNetwork = pm.exampleNetwork();
const text: string = pm.toJson(network);
const recognised: boolean = pm.isPartnermapError(new Error(text));

// @ts-expect-error toJson's indent is a number
pm.toJson(network, { indent: 'two' });

export = { recognised };
EOF
  # The peer dependency at the version the repository tests with.
  local graphology
  graphology=$(node -p "require('$ROOT/node_modules/graphology/package.json').version")
  (cd "$CONSUMER" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$TARBALL" "graphology@$graphology")
  node -e "const p = require('$CONSUMER/node_modules/partnermap/package.json'); console.log('     installed partnermap ' + p.version + ' with graphology $graphology')"
}

in_consumer() { (cd "$CONSUMER" && "$@"); }

run_to() {
  local out=$1
  shift
  (cd "$CONSUMER" && "$@" >"$out")
}

deno_run() {
  # Deno reads the project's package.json and node_modules (no npm download:
  # --cached-only fails on any fetch); its cache stays in the work directory.
  (cd "$CONSUMER" && DENO_DIR="$WORK/deno-dir" DENO_NO_UPDATE_CHECK=1 NO_COLOR=1 \
    "$BIN/deno" run --quiet --no-prompt --cached-only esm.mjs >"$WORK/deno.json")
}

bundle() {
  (cd "$CONSUMER" && "$BIN/esbuild" browser.mjs --bundle --platform=browser --format=esm --minify \
    --metafile=meta.json --outfile=bundle.mjs --log-level=warning)
  node - "$CONSUMER/meta.json" "$CONSUMER/bundle.mjs" <<'EOF'
const fs = require('node:fs');
const { builtinModules } = require('node:module');
const [metaFile, bundleFile] = process.argv.slice(2);
const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
const builtins = new Set(builtinModules);
const imports = Object.values(meta.inputs).flatMap((input) => input.imports.map((i) => i.path));
const bad = imports.filter((p) => p.startsWith('node:') || builtins.has(p));
if (bad.length > 0) throw new Error(`the browser bundle imports Node built-ins: ${[...new Set(bad)].join(', ')}`);
const inputs = Object.keys(meta.inputs);
const ours = inputs.filter((p) => p.includes('node_modules/partnermap/'));
if (ours.length === 0) throw new Error('the bundle did not take partnermap from node_modules');
console.log(`     bundle.mjs: ${(fs.statSync(bundleFile).size / 1024).toFixed(1)} kB minified, ${inputs.length} input files (${ours.join(', ')})`);
EOF
}

same_results() {
  node - "$WORK/esm.json" "$WORK/cjs.json" "$WORK/deno.json" "$WORK/browser.json" <<'EOF'
const fs = require('node:fs');
const [esmFile, ...others] = process.argv.slice(2);
const esm = fs.readFileSync(esmFile, 'utf8');
const summary = JSON.parse(esm);
for (const file of others) {
  const text = fs.readFileSync(file, 'utf8');
  if (text !== esm) {
    const other = JSON.parse(text);
    const keys = new Set([...Object.keys(summary), ...Object.keys(other)]);
    const diff = [...keys].filter((k) => JSON.stringify(summary[k]) !== JSON.stringify(other[k]));
    const exportDiff = Object.keys({ ...summary.exports, ...other.exports }).filter(
      (k) => summary.exports?.[k] !== other.exports?.[k],
    );
    throw new Error(`${file} differs from ESM in ${diff.join(', ')}${exportDiff.length ? ` (exports: ${exportDiff.join(', ')})` : ''}`);
  }
}
const problems = [];
if (summary.validateIssues !== 0) problems.push(`validateNetwork found ${summary.validateIssues} issue(s)`);
if (!summary.roundTrip) problems.push('the JSON round trip changed the network');
if (!summary.error?.recognised || summary.error.code !== 'invalid-record') problems.push('createNetwork error not recognised');
if (problems.length > 0) throw new Error(problems.join('; '));
console.log(`     identical in ESM, CJS, Deno and the browser bundle: partnermap ${summary.version}, ` +
  `example ${summary.partners} partners / ${summary.relationships} relationships, ` +
  `toJson sha256 ${summary.jsonSha256.slice(0, 16)}, snapshot ${summary.snapshot.sha256.slice(0, 16)}, ` +
  `${summary.exportCount} exports exercised`);
EOF
}

# The JSON Schema subpath resolves and parses, from CJS (require) and ESM
# (import with a type attribute). What the schema says is the JSON format's
# own tests' business.
schema() {
  (
    cd "$CONSUMER"
    node -e "const s = require('partnermap/schema.json'); if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Error('not a JSON object');"
    node --input-type=module -e "import s from 'partnermap/schema.json' with { type: 'json' }; if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Error('not a JSON object');"
  )
}

cli() {
  (
    cd "$CONSUMER"
    npx --no -- partnermap --help >"$WORK/help.txt"
    grep -q 'validate' "$WORK/help.txt" || { echo "partnermap --help does not list validate" >&2; return 1; }
    node --input-type=module -e "import { exampleNetwork, toJson } from 'partnermap'; process.stdout.write(toJson(exampleNetwork()));" >example.json
    npx --no -- partnermap validate example.json >"$WORK/validate.txt"
    grep -q '0 error(s), 0 warning(s)' "$WORK/validate.txt" || { cat "$WORK/validate.txt" >&2; return 1; }
    echo "     $(tail -1 "$WORK/validate.txt")"
  )
}

# The README's first command on a fresh install: the report of the example
# network, written where the user asks.
report_command() {
  (
    cd "$CONSUMER"
    npx --no -- partnermap report --out report-example --html --quiet >"$WORK/report.txt"
    for f in report.md map.svg report.html; do
      [[ -s report-example/$f ]] || { echo "partnermap report did not write $f" >&2; return 1; }
    done
    grep -q '^# Cedar Valley STEM Career Connections: network report' report-example/report.md || { echo "report.md has no title" >&2; return 1; }
    grep -q '^## Whom to approach next' report-example/report.md || { echo "report.md has no suggestions" >&2; return 1; }
    if grep -q 'Dana Whitfield' report-example/report.md report-example/report.html; then
      echo "the shared report names a contact" >&2
      return 1
    fi
    echo "     $(wc -l <report-example/report.md) lines of report.md, map.svg $(wc -c <report-example/map.svg) bytes, report.html $(wc -c <report-example/report.html) bytes"
  )
}

# The notebook example under Deno, importing `npm:partnermap` from the
# project's node_modules (offline): type-checked against the package's types,
# then run as a script on the committed CSV tables.
deno_notebook() {
  mkdir -p "$CONSUMER/examples"
  cp "$ROOT/docs/examples/notebook.ts" "$CONSUMER/examples/"
  cp -r "$ROOT/docs/examples/data" "$CONSUMER/examples/"
  local out="$WORK/notebook-out"
  (cd "$CONSUMER" && DENO_DIR="$WORK/deno-dir" DENO_NO_UPDATE_CHECK=1 NO_COLOR=1 \
    "$BIN/deno" check --quiet --cached-only examples/notebook.ts)
  (cd "$CONSUMER" && DENO_DIR="$WORK/deno-dir" DENO_NO_UPDATE_CHECK=1 NO_COLOR=1 \
    "$BIN/deno" run --quiet --no-prompt --cached-only --allow-read=. --allow-write="$out" \
    examples/notebook.ts "$out" >"$WORK/notebook.txt")
  grep -Eq '[0-9]+ partners, [0-9]+ relationships, 0 issue\(s\)' "$WORK/notebook.txt" || { cat "$WORK/notebook.txt" >&2; echo "the notebook did not load the CSV tables" >&2; return 1; }
  grep -q '^1\. Cedar County Public Library' "$WORK/notebook.txt" || { cat "$WORK/notebook.txt" >&2; echo "the notebook listed no suggestion" >&2; return 1; }
  head -c 4 "$out/map.svg" | grep -q '<svg' || { echo "the notebook wrote no map" >&2; return 1; }
  grep -q '^## Whom to approach next' "$out/report.md" || { echo "the notebook wrote no report" >&2; return 1; }
  echo "     $(grep -c '' "$WORK/notebook.txt") lines of output; map.svg and report.md written"
}

echo "package smoke test (work directory $WORK)"
check "npm pack" pack
TARBALL=$(cat "$WORK/tarball")
check "publint (the tarball)" "$BIN/publint" run "$TARBALL" --strict
# The main entry under every resolution TypeScript has, node10 included; then
# every entry (the schema.json and package.json subpaths too) under the
# node16 profile: subpath exports cannot exist for node10, which ignores
# "exports" (and the package needs Node 20 anyway).
check "arethetypeswrong: the main entry (node10, node16 CJS and ESM, bundler)" \
  "$BIN/attw" "$TARBALL" --entrypoints . --no-color --no-emoji --format table-flipped
check "arethetypeswrong: every entry (node16 profile)" \
  "$BIN/attw" "$TARBALL" --profile node16 --no-color --no-emoji --format table-flipped
check "install the tarball into a fresh project" install_consumer
check "Node ESM: import" run_to "$WORK/esm.json" node esm.mjs
check "Node CJS: require" run_to "$WORK/cjs.json" node cjs.cjs
check "ESM and CJS copies together: errors and networks cross" in_consumer node dual.cjs
check "types: moduleResolution nodenext (ESM and CJS consumers)" in_consumer "$BIN/tsc" -p tsconfig.nodenext.json
check "types: moduleResolution bundler" in_consumer "$BIN/tsc" -p tsconfig.bundler.json
check "Deno: run the ESM script" deno_run
check "esbuild: browser bundle" bundle
check "browser bundle: run it" run_to "$WORK/browser.json" node bundle.mjs
check "same results everywhere" same_results
check "the schema subpath (partnermap/schema.json)" schema
check "the partnermap executable (npx partnermap)" cli
check "partnermap report on the example network (npm run example)" report_command
check "Deno: the notebook example (docs/examples/notebook.ts)" deno_notebook
echo "package smoke test passed"

// %% [markdown]
// # partnermap in a Deno notebook
//
// A walk-through for analysts: load a partner spreadsheet (CSV), look at the
// hubs, draw the network map, list whom to approach next and who can
// introduce you, and make a report that can be shared. Each `// %%` block is
// one cell: paste them into Deno's Jupyter kernel one by one (or open
// notebook.ipynb, the same cells), or run the whole file as a script:
//
//     deno run --allow-read --allow-write docs/examples/notebook.ts [out-dir]
//
// In Jupyter the map and the report appear inline; as a script they are
// written to `out-dir` (a new temporary folder by default).

// %%
import {
  fromCsv,
  hubs,
  redactNetwork,
  renderSvg,
  report,
  snowballSuggestions,
  whomToAsk,
} from 'npm:partnermap';

/** Deno.jupyter exists only inside `deno jupyter`; reading it elsewhere throws. */
function jupyter(): typeof Deno.jupyter | undefined {
  try {
    return Deno.jupyter;
  } catch {
    return undefined;
  }
}

// %% [markdown]
// ## Load the spreadsheet
//
// `data/` holds the example network's three tables, as a spreadsheet would
// export them: partners, relationships (who works with whom, who introduced
// whom) and the network's own fields. `fromCsv` reads them and lists any
// problem it finds as an issue (it never drops a row silently).

// %%
const data = new URL('./data/', import.meta.url);
const read = (name: string) => Deno.readTextFile(new URL(name, data));
const { network, issues } = fromCsv({
  partners: await read('partners.csv'),
  relationships: await read('relationships.csv'),
  network: await read('network.csv'),
});
console.log(`${network.getAttribute('name')}: ${network.order} partners, ${network.size} relationships, ${issues.length} issue(s)`);

// %% [markdown]
// ## Who connects the community?
//
// `hubs` ranks partners by a composite of centralities and the introductions
// they made, each with its reasons in words.

// %%
const ranking = hubs(network, { limit: 5 });
console.table(ranking.hubs.map((h) => ({ partner: h.name, score: h.hubScore.toFixed(2), why: h.reasons.slice(0, 2).join('; ') })));

// %% [markdown]
// ## The network map
//
// `renderSvg` draws a standalone SVG: partners coloured by sector and sized by
// hub score, prospects hollow, home ringed, referrals as arrows.

// %%
const svg = renderSvg(network, { seed: 1 });
const out = jupyter() === undefined ? (Deno.args[0] ?? (await Deno.makeTempDir({ prefix: 'partnermap-notebook-' }))) : undefined;
if (out === undefined) {
  await jupyter()!.display({ 'image/svg+xml': svg }, { raw: true });
} else {
  await Deno.mkdir(out, { recursive: true });
  await Deno.writeTextFile(`${out}/map.svg`, svg);
  console.log(`map: ${out}/map.svg (${svg.length.toLocaleString('en-US')} characters of SVG)`);
}

// %% [markdown]
// ## Whom to approach next
//
// Snowball suggestions for the home partner: organisations not yet partners,
// ranked, each with the partners who know them and could make a warm
// introduction. They are leads to check, not certainties.

// %%
const suggestions = snowballSuggestions(network, { limit: 5 });
for (const s of suggestions.suggestions) {
  const introducers = s.introducers.map((z) => z.name).join(', ') || 'nobody yet: a cold approach';
  console.log(`${s.rank}. ${s.name} (score ${s.score.toFixed(3)})\n   introduced by: ${introducers}\n   why: ${s.reasons.join('; ')}`);
}

// %% [markdown]
// ## Whom to ask "who else should we contact?"

// %%
for (const p of whomToAsk(network, { limit: 3 }).partners) console.log(`${p.rank}. ${p.name}: ${p.reason}`);

// %% [markdown]
// ## A report to share
//
// `report` writes the whole story as Markdown. Contacts are personal data:
// by default the report is made from a redacted copy (people appear as
// pseudonyms), so it can go to a board or a funder. Draw the map it links to
// from the redacted copy too.

// %%
const markdown = report(network, { limit: 3 });
if (out === undefined) {
  await jupyter()!.display({ 'text/markdown': markdown }, { raw: true });
} else {
  await Deno.writeTextFile(`${out}/report.md`, markdown);
  await Deno.writeTextFile(`${out}/map.svg`, renderSvg(redactNetwork(network), { seed: 1 }));
  console.log(`report: ${out}/report.md (${markdown.split('\n').length} lines), its map: ${out}/map.svg`);
}

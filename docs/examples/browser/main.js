// The browser example: loads the example network's CSV tables (../data/),
// draws the map with renderSvg and lists whom to approach next. A file input
// loads your own tables or JSON instead. Everything runs in the page: no
// server beyond the static files.
import { exampleNetwork, fromCsv, fromJson, renderSvg, snowballSuggestions } from 'partnermap';

const status = document.getElementById('status');
const map = document.getElementById('map');
const list = document.getElementById('suggestions');

/** Draws the map and the suggestions of a network. */
function show(network, source) {
  // renderSvg escapes every name and label it writes, so its output is safe
  // to put in the page as markup.
  map.innerHTML = renderSvg(network, { seed: 1 });
  list.replaceChildren();
  if (network.getAttribute('home') === undefined) {
    const item = document.createElement('li');
    item.textContent = 'No home partner is set: suggestions are made for home.';
    list.append(item);
  } else {
    for (const s of snowballSuggestions(network, { limit: 5 }).suggestions) {
      const item = document.createElement('li');
      const introducers = s.introducers.map((z) => z.name).join(', ') || 'nobody yet';
      // Names go in as text, never as markup.
      item.append(`${s.name}: introduced by ${introducers}`);
      const why = document.createElement('div');
      why.className = 'why';
      why.textContent = s.reasons.join('; ');
      item.append(why);
      list.append(item);
    }
  }
  status.textContent = `${network.getAttribute('name') ?? 'Network'}: ${network.order} partners, ${network.size} relationships, from ${source}.`;
  status.dataset.partners = String(network.order);
}

/** The example's CSV tables, fetched beside the page; the built-in example when they cannot be (a page opened from disk). */
async function loadExample() {
  try {
    const texts = await Promise.all(
      ['partners', 'relationships', 'network'].map(async (table) => {
        const response = await fetch(`../data/${table}.csv`);
        if (!response.ok) throw new Error(`${table}.csv: ${response.status}`);
        return response.text();
      }),
    );
    const [partners, relationships, network] = texts;
    const imported = fromCsv({ partners, relationships, network });
    show(imported.network, '../data/*.csv');
  } catch (error) {
    show(exampleNetwork(), `the built-in example (${error.message})`);
  }
}

document.getElementById('files').addEventListener('change', async (event) => {
  const files = [...event.target.files];
  const byName = (word) => files.find((f) => f.name.toLowerCase().includes(word));
  try {
    const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
    let imported;
    if (json !== undefined) imported = fromJson(await json.text());
    else {
      const partners = byName('partner') ?? files[0];
      const relationships = byName('relationship');
      imported = fromCsv({
        partners: await partners.text(),
        ...(relationships === undefined ? {} : { relationships: await relationships.text() }),
      });
    }
    const errors = imported.issues.filter((i) => i.severity === 'error');
    if (errors.length > 0) status.textContent = `Could not read the file: ${errors[0].message}`;
    else show(imported.network, files.map((f) => f.name).join(', '));
  } catch (error) {
    status.textContent = `Could not read the file: ${error.message}`;
  }
});

await loadExample();

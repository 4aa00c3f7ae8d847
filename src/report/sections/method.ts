/**
 * The method note at the end: what each measure means, the seed, which
 * partners are counted, the date, and what was done with personal data.
 */
import { SUGGESTION_FORMULA } from '../../algorithms/snowball/snowball-suggestions';
import { VERSION } from '../../version';
import type { ReportContext } from '../context';
import { list, paragraph, type ReportBlock } from '../document';
import { andList, num, pct, plural } from '../format';

const AS_OF_SOURCES: Readonly<Record<string, string>> = {
  option: 'given for this report',
  'network-attribute': "the network's asOf attribute",
  'latest-recorded-date': 'the latest date recorded in the network',
  none: '',
};

/** The method section's blocks. */
export function methodBlocks(ctx: ReportContext): ReportBlock[] {
  const { options } = ctx;
  const has = (id: Parameters<typeof options.sections.has>[0]) => options.sections.has(id);
  const items: string[] = [];
  if (has('hubs')) {
    const r = ctx.hubs();
    const w = r.weights;
    const parts = (
      [
        ['betweenness (on the shortest paths between others)', w.betweenness],
        ['degree (direct ties)', w.degree],
        ['closeness (few steps to everyone)', w.closeness],
        ['eigenvector (ties to the well-connected)', w.eigenvector],
        ['PageRank', w.pagerank],
        ['introductions made', w.introductions],
      ] as [string, number][]
    )
      .filter(([, weight]) => weight > 0)
      .map(([label, weight]) => `${pct(weight)} ${label}`);
    let line = `Hub score: ${andList(parts)}, each relative to the best partner on it.`;
    if (r.betweenness.approximate) {
      line += ` Betweenness was estimated from ${r.betweenness.samples.toLocaleString('en-US')} sampled paths (within ${num(r.betweenness.errorBound)} with probability ${num(1 - r.betweenness.delta)}).`;
    }
    items.push(line);
  }
  if (has('suggestions')) {
    const s = ctx.suggestions();
    if (s !== null) {
      items.push(
        `Whom to approach next: organisations not yet partners (prospects and contacted), ranked by ${s.description}, ` +
          `boosted for sectors you lack (${SUGGESTION_FORMULA}); introducers are your active partners who know them.`,
      );
    }
  }
  if (has('growth')) items.push('Waves: who introduced whom, from the referrals recorded (wave 0 joined on their own).');
  if (has('communities')) {
    const c = ctx.communities();
    items.push(
      `Communities: ${c.algorithm === 'leiden' ? 'Leiden' : 'Louvain'} (${c.objective === 'cpm' ? 'CPM' : 'modularity'}, resolution ${num(c.resolution)})` +
        (Number.isFinite(c.modularity) ? `, modularity ${num(c.modularity)} (above 0.3 is a clear structure)` : '') +
        '.',
    );
  }
  if (has('brokers')) items.push("Brokers: Gould and Fernandez's brokerage roles by sector, following the direction of referrals.");
  if (has('risks')) {
    items.push(
      'Fragility: partners (articulation points) and relationships (bridges) whose loss disconnects the map, measured against home. ' +
        'Key people: the people recorded as carrying each relationship.',
    );
  }
  if (has('gaps')) items.push('Gaps: every sector of the STEM Ecosystems list but "other" is expected at the table; thin means fewer than two partners.');
  items.push(
    'Counted: contacted, active and paused partners. Prospects (not yet contacted) and former partners are left out of hubs, communities, ' +
      'brokers and fragility; suggestions and gaps look at prospects.',
  );
  const g = ctx.gaps();
  const source = AS_OF_SOURCES[g.asOfSource] ?? '';
  items.push(g.asOf === null ? 'Date: none known; checks that count days were skipped.' : `Date: as of ${g.asOf}${source === '' ? '' : ` (${source})`}.`);
  items.push(`Seed: ${options.seed} (the map's layout, the communities and any sampling). The same data and seed give the same report.`);
  const r = ctx.redaction;
  if (r === null) {
    items.push('Personal data: included (contacts are named). Do not share this report outside the organisation; make a shareable one without includePersonal.');
  } else {
    const removed = [`contacts and points of contact replaced by pseudonyms (${plural(r.people, 'person', 'people')})`];
    if (r.notesRemoved > 0) removed.push(`notes removed (${r.notesRemoved})`);
    if (r.fieldsRemoved.length > 0) removed.push(`personal fields removed: ${r.fieldsRemoved.join(', ')}`);
    if (r.valuesRemoved > 0) removed.push(`${plural(r.valuesRemoved, 'value')} with an email address or a person's details removed`);
    items.push(`Personal data: removed before the analyses; ${andList(removed)}.`);
  }
  return [list(items), paragraph(`Made with partnermap ${VERSION}. See docs/report.md for what each section means.`)];
}

/**
 * Data in and out beyond JSON: CSV tables (spreadsheets), GEXF (Gephi) and
 * GraphML (Gephi, Cytoscape, yEd, NetworkX, igraph). Every importer returns
 * `{ network, issues }` and takes `strict`; every pair round-trips losslessly.
 * See docs/formats.md.
 */
export { fromCsv, DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_COLUMNS, type CsvInput, type FromCsvOptions } from './csv/from-csv';
export { toCsv, type CsvTables, type ToCsvOptions } from './csv/to-csv';
export { fromGraphml, DEFAULT_MAX_DEPTH, DEFAULT_MAX_TEXT_LENGTH, type XmlImportOptions } from './graphml/from-graphml';
export { toGraphml } from './graphml/to-graphml';
export { fromGexf } from './gexf/from-gexf';
export { toGexf, type GexfVersion, type ToGexfOptions } from './gexf/to-gexf';

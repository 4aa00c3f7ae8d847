/**
 * Problems found in data, reported as data (in the manner of valibot and zod):
 * validation and every importer return a list of issues, each saying how bad it
 * is, what it is (a stable `code`) and where (partner, relationship, field,
 * line or XML element).
 */

/** How serious an issue is: `error` makes strict imports throw and operations refuse. */
export type Severity = 'error' | 'warning' | 'info';

/** Where an issue was found. Only the parts that apply are present. */
export interface IssueLocation {
  /** Id of the partner concerned. */
  partner?: string;
  /** Id of the relationship concerned. */
  relationship?: string;
  /** The field (attribute or column) concerned, e.g. `sector` or `contacts[2].name`. */
  field?: string;
  /** A JSON path into the input, e.g. `partners[3].sector`. */
  path?: string;
  /** The file concerned, when several are read (CSV tables). */
  file?: string;
  /** 1-based line of a text input (CSV). */
  line?: number;
  /** 1-based column of a text input. */
  column?: number;
  /** The XML element concerned, e.g. `<node id="n4">` (GraphML, GEXF). */
  element?: string;
}

/** One problem found in data. */
export interface Issue {
  severity: Severity;
  /** A stable, kebab-case identifier such as `unknown-sector` or `dangling-relationship`. */
  code: string;
  /** A sentence a person can act on, naming the value received. */
  message: string;
  where: IssueLocation;
}

/** The location `where` narrowed to one field (its JSON path, if any, extended too). */
export function atField(where: IssueLocation, field: string): IssueLocation {
  const out: IssueLocation = { ...where, field };
  if (where.path !== undefined) out.path = `${where.path}.${field}`;
  return out;
}

/** True when any issue in the list is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Formats an issue's location as a short prefix, e.g. `partners.csv line 4, field sector`. */
export function formatLocation(where: IssueLocation): string {
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(where.file);
  if (where.line !== undefined) parts.push(`line ${where.line}`);
  if (where.element !== undefined) parts.push(where.element);
  if (where.path !== undefined) parts.push(where.path);
  else {
    if (where.partner !== undefined) parts.push(`partner ${JSON.stringify(where.partner)}`);
    if (where.relationship !== undefined) parts.push(`relationship ${JSON.stringify(where.relationship)}`);
  }
  if (where.field !== undefined && where.path === undefined) parts.push(`field ${where.field}`);
  return parts.join(', ');
}

/** Formats an issue on one line: `error [unknown-sector] partners[3].sector: ...`. */
export function formatIssue(issue: Issue): string {
  const location = formatLocation(issue.where);
  return `${issue.severity} [${issue.code}]${location ? ` ${location}` : ''}: ${issue.message}`;
}

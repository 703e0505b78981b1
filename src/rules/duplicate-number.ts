import { FRAMEWORKS, type Finding } from '../model.js';
import { keyOf } from '../graph/django.js';
import { baseFinding, defineRule, mention, sideOf, byFramework, type AlembicComparison, type DjangoComparison, type OrderedComparison } from './rule.js';
import { basename } from '../paths.js';

const leadingNumber = (name: string): string | undefined => /^\d+/.exec(name)?.[0];

/**
 * Two migrations of one app that start with the same number. Django orders by the graph, not by the
 * number, so this is only a convention broken; but it is how parallel branches show up, and the next
 * `makemigrations` picks a number from the leaves, so it spreads confusion.
 */
const rule = defineRule({
  id: 'duplicate-number',
  meta: {
    description: 'Two migrations of one app share a numeric prefix in the merged result.',
    defaultSeverity: 'warning',
    frameworks: FRAMEWORKS,
  },
  check(ctx) {
    return byFramework(ctx, { django, alembic, ordered });
  },
});
export default rule;

function django(c: DjangoComparison): Finding[] {
  const findings = [];
  const byApp = new Map<string, Map<number, string[]>>();
  for (const m of c.merged.migrations) {
    const digits = leadingNumber(m.name);
    if (digits === undefined) continue;
    const numbers = byApp.get(m.app) ?? new Map<number, string[]>();
    byApp.set(m.app, numbers);
    const list = numbers.get(Number(digits)) ?? [];
    list.push(keyOf(m.app, m.name));
    numbers.set(Number(digits), list);
  }
  for (const [app, numbers] of byApp) {
    for (const [number, keys] of numbers) {
      if (keys.length < 2) continue;
      // A squashed migration shares its number with the first migration it replaces: that is the convention.
      const replaced = new Set(
        keys.flatMap((k) => c.merged.byKey.get(k)!.parsed.replaces.map((r) => keyOf(r.app ?? app, r.name))),
      );
      const clashing = keys.filter((k) => !replaced.has(k) && !c.merged.graph.replacedBy.has(k));
      if (clashing.length < 2) continue;
      const fromHead = clashing.filter((k) => sideOf(c, k) === 'head');
      // Duplicates that are all on the base already were settled there (usually by a merge migration).
      if (fromHead.length === 0) continue;
      const resolved = (c.merged.graph.leaves.get(app)?.length ?? 0) <= 1;
      const at = c.merged.byKey.get(fromHead[0]!)!;
      const names = clashing.map((k) => `${k.slice(app.length + 1)} (${sideOf(c, k)})`).join(', ');
      findings.push(
        baseFinding(rule, c, app, {
          severity: resolved ? 'notice' : 'warning',
          message: `App '${app}' has ${clashing.length} migrations numbered ${String(number).padStart(4, '0')}: ${names}.${
            resolved ? ' The graph has a single leaf, so Django runs them fine; only the numbering is ambiguous.' : ''
          }`,
          location: { file: at.file, ...(at.parsed.classSpan ? { span: at.parsed.classSpan } : {}) },
          migrations: clashing.map((k) => mention(c, k)),
        }),
      );
    }
  }
  return findings;
}

/**
 * For teams that number their revisions (`alembic revision --rev-id 0044`, or files renamed to
 * `0044_add_users.py`): a revision's number is its id when the id is a number or starts with one before a
 * `_` or `-` (`0044`, `0044_add_users`), else its file name's, read the same way. Alembic itself orders by
 * down_revision only, so nothing else is a sequence number and reading one would be a false alarm:
 *  - a hex id that merely starts with digits (`3f1c2a9b7d10`);
 *  - a file name a dated `file_template` wrote (`%(year)d_%(month).2d_...`, `%(epoch)s_...`): two
 *    revisions of one day share the date, as they should;
 *  - a number of eight digits or more, a date or a time stamp (`20240501_add_users.py`), not a sequence.
 */
const NUMBERED = /^(\d+)(?:[_-]|$)/;
const DATED_TEMPLATE = /^%\((?:year|month|day|hour|minute|second|epoch)\)/;

function revisionNumber(id: string, file: string, datedFiles: boolean): number | undefined {
  const numbered = NUMBERED.exec(id) ?? (datedFiles ? null : NUMBERED.exec(basename(file).replace(/\.py$/, '')));
  if (!numbered || numbered[1]!.length >= 8) return undefined;
  return Number(numbered[1]);
}

function alembic(c: AlembicComparison): Finding[] {
  const datedFiles = DATED_TEMPLATE.test(c.merged.env.fileTemplate ?? '');
  const byNumber = new Map<number, string[]>();
  for (const r of c.merged.revisions) {
    if (!r.id) continue;
    const number = revisionNumber(r.id, r.file, datedFiles);
    if (number === undefined) continue;
    const ids = byNumber.get(number);
    if (ids) ids.push(r.id);
    else byNumber.set(number, [r.id]);
  }
  const findings: Finding[] = [];
  for (const [number, ids] of byNumber) {
    if (ids.length < 2) continue;
    const unique = [...new Set(ids)];
    if (unique.length < 2) continue;
    const fromHead = unique.filter((id) => sideOf(c, id) === 'head');
    if (fromHead.length === 0) continue;
    const resolved = c.merged.graph.heads.length <= 1;
    const at = c.merged.byId.get(fromHead[0]!)!;
    findings.push(
      baseFinding(rule, c, c.root, {
        severity: resolved ? 'notice' : 'warning',
        message: `${unique.length} revisions are numbered ${String(number).padStart(4, '0')}: ${unique.map((id) => `${id} (${sideOf(c, id)})`).join(', ')}.${
          resolved ? ' The history has a single head, so Alembic runs them fine; only the numbering is ambiguous.' : ''
        }`,
        location: { file: at.file, ...(at.parsed.revision ? { span: at.parsed.revision.span } : {}) },
        migrations: unique.map((id) => mention(c, id)),
      }),
    );
  }
  return findings;
}

/**
 * Ordered runners: two migrations with the same version in the merged result. Where the runner keys on
 * the version it refuses (an error); where the full name keeps them apart (Prisma, Laravel, Knex) they
 * run in name order (a notice). Up and down files of one version are one migration.
 */
function ordered(c: OrderedComparison): Finding[] {
  const spec = c.merged.spec;
  // The migrations are sorted by the runner's version order, so equal versions are neighbours.
  const groups = new Map<string, OrderedComparison['merged']['migrations']>();
  let current: { version: string; list: OrderedComparison['merged']['migrations'] } | undefined;
  for (const m of c.merged.migrations) {
    if (m.kind === 'repeatable' || m.kind === 'down' || m.kind === 'undo') continue;
    if (current && spec.compareVersions(current.version, m.version) === 0) {
      current.list.push(m);
    } else {
      current = { version: m.version, list: [m] };
      groups.set(m.version, current.list);
    }
  }
  const findings: Finding[] = [];
  for (const [version, list] of groups) {
    // Distinct files: where the identity is the version (Flyway's 1.1 and 1.01), two files are one identity twice.
    if (new Set(list.map((m) => m.file)).size < 2) continue;
    const identities = [...new Set(list.map((m) => m.identity))];
    const fromHead = list.filter((m) => !c.base?.byFile.has(m.file));
    if (fromHead.length === 0) continue;
    const refuses = spec.behaviour.duplicate === 'error';
    findings.push(
      baseFinding(rule, c, c.merged.location.dir, {
        severity: refuses ? 'error' : 'notice',
        message: `${list.length} migrations share the version ${version}: ${list.map((m) => basename(m.file)).join(', ')}. ${
          refuses
            ? `${spec.title} refuses to run with two migrations of one version.`
            : `${spec.title} tells them apart by name and runs them in name order; make sure that order is right.`
        }`,
        location: { file: fromHead[0]!.file },
        migrations: identities.map((id) => mention(c, id)),
      }),
    );
  }
  return findings;
}

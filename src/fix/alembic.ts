/**
 * Fixes for Alembic heads: the merge revision `alembic merge` would write, rendered through the
 * environment's own script.py.mako and named by its file_template, and the alternative of re-pointing the
 * head's unmerged revision at the base's head.
 */
import { createHash } from 'node:crypto';
import type { AlembicRevision, AlembicState } from '../frameworks/alembic/adapter.js';
import { dateVars, revisionFileName, slugOf } from '../frameworks/alembic/file-template.js';
import { revisionQuoteStyle } from '../frameworks/alembic/parse.js';
import { DEFAULT_SCRIPT_TEMPLATE, pyStrRepr, renderScriptTemplate } from '../frameworks/alembic/mako.js';
import type { SuggestedFix } from '../model.js';
import { unifiedDiff } from '../text/diff.js';

const MESSAGE = 'merge heads';

/** `str(datetime)` as Alembic's template gets it for `create_date` (UTC here, so reruns are identical). */
function createDate(now: Date): string {
  return now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
}

/**
 * Alembic takes a random `uuid4().hex[-12:]`; migraph derives the id from the heads, so the suggestion is
 * the same on every run for the same heads (and can be compared, or left alone when unchanged).
 */
export function mergeRevisionId(heads: readonly string[]): string {
  return createHash('sha256').update([...heads].sort().join('\n')).digest('hex').slice(-12);
}

export function alembicMergeFix(state: AlembicState, heads: readonly string[], now: Date): SuggestedFix {
  const rev = mergeRevisionId(heads);
  const vars = {
    up_revision: rev,
    down_revision: [...heads],
    branch_labels: null,
    depends_on: null,
    message: MESSAGE,
    create_date: createDate(now),
  };
  let rendered = renderScriptTemplate(state.scriptTemplate ?? DEFAULT_SCRIPT_TEMPLATE, vars);
  let templateNote = state.scriptTemplate ? `rendered through ${state.env.scriptTemplate}` : "rendered through Alembic's default script.py.mako";
  if ('error' in rendered) {
    templateNote = `rendered through Alembic's default script.py.mako, because migraph could not render ${state.env.scriptTemplate} safely (${rendered.error})`;
    rendered = renderScriptTemplate(DEFAULT_SCRIPT_TEMPLATE, vars);
  }
  const folder = state.env.versionLocations[0] ?? `${state.env.scriptLocation}/versions`;
  const name = revisionFileName(state.env.fileTemplate, { rev, slug: slugOf(MESSAGE, state.env.truncateSlugLength), ...dateVars(now) });
  const path = folder ? `${folder}/${name}` : name;
  const content = 'text' in rendered ? rendered.text : '';
  return {
    title: 'Add a merge revision',
    description: `The revision \`alembic merge -m "${MESSAGE}" ${[...heads].join(' ')}\` would create (${templateNote}): its down_revision names every head, so \`alembic upgrade head\` has one target again. Safe whichever side has been deployed.`,
    commands: [],
    edits: [{ kind: 'create', path, content }],
  };
}

/**
 * Re-point the head's first unmerged revision at the base's head: history stays a single line. The new
 * id is written in the quote the file's own strings use most.
 */
export function alembicRepointFix(first: AlembicRevision, text: string, baseHead: string): SuggestedFix | undefined {
  const span = first.parsed.downRevision?.span;
  if (!span) return undefined;
  const start = offsetOf(text, span.line, span.column);
  const end = offsetOf(text, span.endLine, span.endColumn) + 1;
  if (start < 0 || end <= start) return undefined;
  const literal = revisionQuoteStyle(text) === '"' ? JSON.stringify(baseHead) : pyStrRepr(baseHead);
  const content = text.slice(0, start) + literal + text.slice(end);
  return {
    title: "Re-point the branch's revision at the base's head",
    description: `Changes ${first.id}'s down_revision to ${baseHead}, so the branch's revisions follow the base's and no merge revision is needed. Prefer this only while the branch's revisions have not been applied to a shared database: a database that already ran ${first.id} on top of the old parent would be out of step.`,
    commands: [],
    edits: [{ kind: 'rewrite', path: first.file, content, diff: unifiedDiff(text, content, { oldPath: first.file, newPath: first.file }) }],
  };
}

/** The string offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return -1;
    offset = next + 1;
  }
  return offset + column - 1;
}


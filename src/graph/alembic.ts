/**
 * The revision graph of one Alembic environment, built the way `RevisionMap._revision_map` builds it
 * (alembic/script/revision.py) from revision files read statically (never imported).
 *
 * What Alembic does, step by step, and what this module mirrors:
 * - `ScriptDirectory._load_revisions` / `Script._list_py_dir`: files in sorted order, directory by
 *   directory; `Script._from_filename`: a module without a `revision` attribute takes its id from a legacy
 *   `<hex>.py` file name, otherwise Alembic stops with "Could not determine revision id from filename"
 *   (we list such files in `skipped`). `Revision.verify_rev_id` rejects ids containing `@ - + :`.
 * - `_revision_map`: every revision goes into a dict by id; a second one with the same id warns
 *   "Revision X is present more than once" and replaces the first (the last loaded wins). The replaced one
 *   is still in Alembic's `heads`/`bases` sets (they hold objects and nothing ever discards it); we report
 *   it in `duplicates` instead of listing the id twice.
 * - `_map_branch_labels`: each label is added to the same dict; a label already present there (another
 *   revision's label, any revision id, or the same label twice) raises "Branch name 'x' in revision y
 *   already used by revision z" (`labelClashes`).
 * - `_add_depends_on`: `depends_on` entries are looked up with `map_[dep]`, i.e. an exact revision id or a
 *   branch label. Partial ids are NOT accepted there (only the command line resolves partial ids, through
 *   `get_revisions`/`_revision_for_ident`, before writing a full id into a new file); any other string
 *   raises KeyError while the map is built. We record those in `missing` with the prefix matches as a hint.
 * - The parent loop: each id in `_all_down_revisions` (down_revision + resolved dependencies) that is not
 *   in the dict warns "Revision X referenced from Y is not present" and then fails with KeyError on the
 *   next line, so a dangling down_revision breaks every command in practice. A down_revision that names a
 *   branch label passes that check but fails later ("Dependency resolution failed" / KeyError in
 *   `_detect_cycles`), and a partial id fails the check: down_revision must be an exact id.
 * - `heads` discards only revisions named in a `down_revision` (`_versioned_down_revisions`);
 *   `_real_heads` also discards revisions named in `depends_on`. `alembic upgrade head` resolves "head"
 *   through `_resolve_revision_number` -> `get_current_head`, which uses `heads`, and raises MultipleHeads
 *   ("Multiple head revisions are present for given argument 'head'; please specify a specific target
 *   revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads") when it holds
 *   more than one. `upgrade heads` uses `_real_heads`. A depends_on therefore never merges heads.
 * - `bases` (`is_base`): down_revision None or empty; `_real_bases` additionally have no depends_on.
 * - `_detect_cycles`: a cycle through down_revision raises CycleDetected, one that needs depends_on edges
 *   DependencyCycleDetected; `Revision.__init__` raises (Dependency) LoopDetected for a revision naming
 *   itself. Alembic lists every revision it cannot reach from both ends; we list the strongly connected
 *   components themselves.
 * - `_add_branches`: labels propagate to every descendant through down_revision (not depends_on), then
 *   from the last descendant visited back down through down_revision until a real branch point
 *   (`_is_real_branch_point`: more than one child, depends_on children included) or a merge point.
 * - `_normalize_depends_on`: dependencies already carried by an ancestor are dropped.
 */
import { Dag } from './dag.js';
import { basename } from '../paths.js';
import type { Span } from '../model.js';
import type { ParsedRevision } from '../frameworks/alembic/types.js';

export interface AlembicRevisionInput {
  /** `parsed.revision.value` (or the legacy id taken from a `<hex>.py` file name). */
  id: string;
  file: string;
  parsed: ParsedRevision;
}

export interface AlembicDuplicate {
  id: string;
  /** Every file declaring the id, in Alembic's load order. */
  files: string[];
  /**
   * The file Alembic keeps (the last loaded). The other stays in Alembic's `heads` (and `bases` when it
   * is one) because nothing discards it, so while a duplicate exists `upgrade head` also fails with
   * multiple heads. `AlembicGraph.heads` leaves it out; callers should treat a duplicate as an error.
   */
  kept: string;
  message: string;
}

export type MissingReason =
  /** Neither a revision id nor a branch label. */
  | 'absent'
  /** A unique prefix of a revision id: Alembic does not resolve partial ids inside revision files. */
  | 'partial'
  /** A prefix of several revision ids. */
  | 'ambiguous'
  /** A branch label used as a down_revision (only depends_on accepts labels). */
  | 'branch-label';

export interface AlembicMissing {
  /** The revision that holds the reference. */
  from: string;
  file: string;
  span?: Span;
  target: string;
  kind: 'down_revision' | 'depends_on';
  reason: MissingReason;
  /** Revision ids the target is a prefix of (or the revision carrying the label), for "did you mean". */
  matches: string[];
  message: string;
}

export interface AlembicLabelClash {
  label: string;
  /** The revisions that claim the name, in load order (a revision whose id is the label comes first). */
  ids: string[];
  message: string;
}

export interface AlembicCycle {
  ids: string[];
  kind: 'down_revision' | 'depends_on';
  message: string;
}

export interface AlembicSkipped {
  file: string;
  reason: 'no-revision' | 'illegal-revision-id';
  span?: Span;
  message: string;
}

export interface AlembicDependencies {
  /** `_resolved_dependencies`: depends_on entries resolved to revision ids (labels replaced). */
  resolved: string[];
  /** `_normalized_resolved_dependencies`: without those an ancestor already depends on. */
  normalized: string[];
}

export interface AlembicGraph {
  /** Edges parent (a down_revision) -> child only; depends_on is not an edge here. Nodes are kept revisions. */
  dag: Dag<AlembicRevisionInput>;
  /** The revisions Alembic keeps, by id (for duplicates, the last loaded). */
  revisions: ReadonlyMap<string, AlembicRevisionInput>;
  /** Alembic's `heads`, in load order: what `upgrade head` needs to be exactly one. */
  heads: string[];
  /** Alembic's `_real_heads`: heads that nothing depends_on either (what `upgrade heads` targets). */
  realHeads: string[];
  /** Alembic's `bases`: down_revision None or empty. */
  bases: string[];
  /** Alembic's `_real_bases`: bases without depends_on. */
  realBases: string[];
  /** Label -> the revision that declares it (the first in load order when several do). */
  branchLabels: ReadonlyMap<string, string>;
  /** A revision's labels, its own and those `_add_branches` gives it, sorted. */
  labelsOf(id: string): string[];
  /** The kept revisions `id` names as its down_revision (itself left out), in the order written. */
  parentsOf(id: string): readonly string[];
  /** Every ancestor of `id` through down_revision (itself only through a cycle, then left out). */
  ancestorsOf(id: string): Set<string>;
  /** See the exported `forkPoint`. */
  forkPoint(heads: readonly string[]): string | undefined;
  /**
   * `heads` of this graph without the given revisions (ids of kept revisions, each loaded once), without
   * building that graph; undefined when this graph cannot tell (an id that is not kept here, or that more
   * than one file declares: removing one would change which is kept).
   */
  headsWithout(ids: readonly string[]): string[] | undefined;
  /** Resolved and normalized depends_on, for revisions that have any. */
  dependencies: ReadonlyMap<string, AlembicDependencies>;
  duplicates: AlembicDuplicate[];
  missing: AlembicMissing[];
  cycles: string[][];
  cycleDetails: AlembicCycle[];
  labelClashes: AlembicLabelClash[];
  skipped: AlembicSkipped[];
  /**
   * Revisions whose down_revision could not be read: the docstring's `Revises:` was used, or nothing
   * (then the revision has no parent here and is not counted as a base). Alembic reads
   * `module.down_revision` directly, so a file that really lacks it fails with AttributeError.
   */
  unreadableDownRevision: { id: string; file: string; usedDocstring: boolean }[];
}

const ILLEGAL = ['@', '-', '+', ':'];
const ILLEGAL_RE = /[@\-+:]/;
const EMPTY_IDS: readonly string[] = [];
const LEGACY_REV = /^([a-f0-9]+)\.py$/;

interface Entry {
  input: AlembicRevisionInput;
  /** The down_revision ids as written ([] for a base); undefined when unknown. */
  down: readonly string[] | undefined;
  /**
   * Kept revisions only: the kept revisions `down` names (not itself), in its order. The hot walks (heads'
   * labels, the fork point, the cycle check) follow these references instead of building the `Dag`.
   */
  ups: readonly Entry[];
  /** Kept revisions only: how many other kept revisions name this one as their down_revision (0: a head). */
  children: number;
  /** Kept revisions only: the position in load order among them. */
  index: number;
  /** Scratch for walks: the walk that last visited this entry, and the last mark set on it. */
  seen: number;
  mark: number;
}

const NO_ENTRIES: readonly Entry[] = [];

/**
 * @param inputs the revisions, in any order; `options.inLoadOrder` says they are in Alembic's load order
 * already (as `revisionFiles` lists them), which spares checking.
 */
export function buildAlembicGraph(inputs: readonly AlembicRevisionInput[], options: { inLoadOrder?: boolean } = {}): AlembicGraph {
  const skipped: AlembicSkipped[] = [];
  const unreadableDownRevision: AlembicGraph['unreadableDownRevision'] = [];

  // Script._from_filename and Revision.verify_rev_id, in the order ScriptDirectory loads files.
  const loaded: Entry[] = [];
  for (const raw of options.inLoadOrder ? inputs : inLoadOrder(inputs)) {
    let input = raw;
    const parsedId = raw.parsed.revision?.value;
    if (parsedId === undefined) {
      const legacy = LEGACY_REV.exec(basename(raw.file));
      if (!legacy) {
        skipped.push({
          file: raw.file,
          reason: 'no-revision',
          message:
            `Could not determine revision id from filename ${basename(raw.file)}. ` +
            "Be sure the 'revision' variable is declared inside the script",
        });
        continue;
      }
      input = { ...raw, id: legacy[1]! };
    } else if (raw.id !== parsedId) {
      input = { ...raw, id: parsedId };
    }
    if (ILLEGAL_RE.test(input.id)) {
      const illegal = ILLEGAL.filter((c) => input.id.includes(c)).sort();
      skipped.push({
        file: raw.file,
        reason: 'illegal-revision-id',
        span: raw.parsed.revision?.span,
        message: `Character(s) '${illegal.join(', ')}' not allowed in revision identifier '${input.id}'`,
      });
      continue;
    }
    let down = raw.parsed.downRevision?.value;
    if (down === undefined) {
      const hint = raw.parsed.docstringRevises;
      unreadableDownRevision.push({ id: input.id, file: raw.file, usedDocstring: hint !== undefined });
      down = hint;
    }
    loaded.push({ input, down: down && down.length > 1 ? dedupe(down) : down, ups: NO_ENTRIES, children: 0, index: -1, seen: 0, mark: 0 });
  }

  // _revision_map: the last revision loaded under an id wins.
  const byId = new Map<string, Entry>();
  const dupFiles = new Map<string, string[]>();
  for (const e of loaded) {
    const previous = byId.get(e.input.id);
    if (previous) {
      const files = dupFiles.get(e.input.id);
      if (files) files.push(e.input.file);
      else dupFiles.set(e.input.id, [previous.input.file, e.input.file]);
    }
    byId.set(e.input.id, e);
  }
  const duplicates: AlembicDuplicate[] = [...dupFiles].map(([id, files]) => ({
    id,
    files,
    kept: byId.get(id)!.input.file,
    message: `Revision ${id} is present more than once`,
  }));
  const winners = loaded.filter((e) => byId.get(e.input.id) === e);

  // Heads need only the down_revision names of the kept revisions, so they are read eagerly; the rest
  // of the map (labels, depends_on, dangling references) is built on first use, which a state whose
  // heads are all a rule asks for (the base and the head alone, most of the time) never makes.
  // `heads` discards the revisions some kept revision names as its down_revision.
  for (let i = 0; i < winners.length; i++) winners[i]!.index = i;
  for (const e of winners) {
    const down = e.down;
    if (down === undefined) continue;
    for (let i = 0; i < down.length; i++) {
      const parent = down[i]!;
      if (parent === e.input.id) continue;
      const p = byId.get(parent);
      if (p === undefined) continue;
      p.children++;
      e.ups = e.ups === NO_ENTRIES ? [p] : [...e.ups, p];
    }
  }
  const heads = winners.filter((e) => e.children === 0).map((e) => e.input.id);
  const bases = winners.filter((e) => e.down !== undefined && e.down.length === 0).map((e) => e.input.id);
  const realBases = bases.filter((id) => byId.get(id)!.input.parsed.dependsOn.length === 0);

  let references: References | undefined;
  const refs = (): References => (references ??= mapReferences(loaded, winners, byId));
  const dependents = () => refs().dependents;

  // The dag (`nextrev`: down_revision children), built on first use.
  let dagBuilt: Dag<AlembicRevisionInput> | undefined;
  const dagOf = (): Dag<AlembicRevisionInput> => {
    if (dagBuilt) return dagBuilt;
    const dag = new Dag<AlembicRevisionInput>();
    for (const e of winners) dag.setNode(e.input.id, e.input);
    for (const e of winners) for (const p of e.ups) dag.setEdge(p.input.id, e.input.id);
    return (dagBuilt = dag);
  };

  // _detect_cycles: down_revision cycles first (CycleDetected), then with depends_on (DependencyCycleDetected).
  // Computed on first use. A graph without cycles through both kinds of edges has none through
  // down_revision alone, so a healthy environment costs one pass.
  let cycleDetails: AlembicCycle[] | undefined;
  const detectCycles = (): AlembicCycle[] => {
    const { resolvedDeps, selfLoops, dependents } = refs();
    // The usual answer, none, from one depth-first pass over the entries; the components otherwise.
    if (selfLoops.length === 0 && !hasCycle(winners, resolvedDeps, byId, () => ++walks)) return [];
    const dag = dagOf();
    const allCycles = dag.cycles(dependents.size ? dependents : undefined);
    const versioned = new Set(allCycles.length && dependents.size ? dag.cycles().flat() : allCycles.flat());
    for (const loop of selfLoops) if (loop.kind === 'down_revision') versioned.add(loop.ids[0]!);
    const details: AlembicCycle[] = [];
    for (const scc of allCycles) {
      const ids = [...scc].sort(cmp);
      if (ids.length === 1) continue; // self-loops are reported from Revision.__init__'s checks below
      const kind = ids.some((id) => versioned.has(id)) ? 'down_revision' : 'depends_on';
      const what = kind === 'down_revision' ? 'Cycle' : 'Dependency cycle';
      details.push({ ids, kind, message: `${what} is detected in revisions (${ids.join(', ')})` });
    }
    const reportedLoops = new Set<string>();
    for (const loop of selfLoops) {
      const key = loop.ids[0]!;
      if (reportedLoops.has(key)) continue;
      reportedLoops.add(key);
      details.push(loop);
    }
    return details.sort((a, b) => cmp(a.ids[0]!, b.ids[0]!));
  };

  const allNextCount = (id: string): number => {
    const deps = dependents().get(id);
    if (!deps) return dagOf().successors(id).length;
    return new Set([...dagOf().successors(id), ...deps]).size;
  };
  // _add_branches, on first use: only a graph with several heads needs to know their labels, and a
  // head's are those of its labelled ancestors (`headLabels`), so most of the time none is run.
  let labelSets: Map<string, ReadonlySet<string>> | undefined;
  /** Numbers walks and marks: an entry's `seen`/`mark` equal to the current one means "this time". */
  let walks = 0;
  const labelled = winners.filter((e) => e.input.parsed.branchLabels.length > 0);
  const ancestorsOf = (id: string): Set<string> => {
    const e = byId.get(id);
    return e === undefined ? new Set() : ancestorIdsOf(e);
  };

  let revisions: Map<string, AlembicRevisionInput> | undefined;
  let dependencies: Map<string, AlembicDependencies> | undefined;
  return {
    get dag() {
      return dagOf();
    },
    get revisions() {
      return (revisions ??= new Map(winners.map((e) => [e.input.id, e.input])));
    },
    heads,
    get realHeads() {
      return heads.filter((id) => !dependents().has(id));
    },
    bases,
    realBases,
    get branchLabels() {
      return refs().branchLabels;
    },
    labelsOf: (id) => {
      if (labelled.length === 0) return [];
      const e = byId.get(id);
      if (!labelSets && e !== undefined && e.children === 0) return headLabels(e, labelled.length, ++walks);
      labelSets ??= propagateLabels(winners, dagOf(), byId, allNextCount);
      return [...(labelSets.get(id) ?? [])].sort(cmp);
    },
    ancestorsOf,
    parentsOf: (id) => {
      const e = byId.get(id);
      return e === undefined ? EMPTY_IDS : e.ups.map((p) => p.input.id);
    },
    headsWithout: (ids) => {
      const gone = new Set<Entry>();
      for (const id of ids) {
        const e = byId.get(id);
        if (e === undefined || dupFiles.has(id)) return undefined;
        gone.add(e);
      }
      // A revision becomes a head when every revision that named it as a parent is gone.
      const lost = new Map<Entry, number>();
      for (const e of gone) for (const p of e.ups) if (!gone.has(p)) lost.set(p, (lost.get(p) ?? 0) + 1);
      const result = winners.filter((e) => e.children === 0 && !gone.has(e));
      for (const [p, n] of lost) if (n === p.children) result.push(p);
      return result.sort((a, b) => a.index - b.index).map((e) => e.input.id);
    },
    forkPoint: (ids) => {
      const entries = ids.map((id) => byId.get(id));
      if (entries.length === 0 || entries.some((e) => e === undefined)) return undefined;
      return forkPointOf(entries as Entry[], () => ++walks);
    },
    get dependencies() {
      return (dependencies ??= normalizedDependencies(refs().resolvedDeps, ancestorsOf));
    },
    duplicates,
    get missing() {
      return refs().missing;
    },
    get cycles() {
      cycleDetails ??= detectCycles();
      return cycleDetails.map((c) => c.ids);
    },
    get cycleDetails() {
      cycleDetails ??= detectCycles();
      return cycleDetails;
    },
    get labelClashes() {
      return refs().labelClashes;
    },
    skipped,
    unreadableDownRevision,
  };
}

/** What `_map_branch_labels`, `_add_depends_on` and the parent loop of `_revision_map` find. */
interface References {
  branchLabels: Map<string, string>;
  labelClashes: AlembicLabelClash[];
  /** `_resolved_dependencies` of the kept revisions that have any. */
  resolvedDeps: Map<string, string[]>;
  missing: AlembicMissing[];
  /** `_all_nextrev` minus `nextrev`: the revisions that depends_on each id (kept apart: depends_on is rare). */
  dependents: Map<string, string[]>;
  selfLoops: AlembicCycle[];
}

function mapReferences(loaded: readonly Entry[], winners: readonly Entry[], byId: ReadonlyMap<string, Entry>): References {
  // _map_branch_labels: labels share the dict with revision ids.
  const branchLabels = new Map<string, string>();
  const claims = new Map<string, string[]>();
  for (const e of loaded) {
    // Nearly every revision has no label: skip the iterator for those (this loop runs over every revision).
    if (e.input.parsed.branchLabels.length === 0) continue;
    for (const label of e.input.parsed.branchLabels) {
      const owners = claims.get(label);
      if (owners) owners.push(e.input.id);
      else claims.set(label, [e.input.id]);
      if (!branchLabels.has(label)) branchLabels.set(label, e.input.id);
    }
  }
  const labelClashes: AlembicLabelClash[] = [];
  for (const [label, owners] of claims) {
    const all = byId.has(label) ? [label, ...owners] : owners;
    if (all.length < 2) continue;
    labelClashes.push({
      label,
      ids: dedupe(all),
      message: `Branch name '${label}' in revision ${all[1]} already used by revision ${all[0]}`,
    });
  }

  const missing: AlembicMissing[] = [];
  const referenceProblem = (
    e: Entry,
    target: string,
    kind: AlembicMissing['kind'],
  ): AlembicMissing => {
    const { parsed, id, file } = e.input;
    const span = kind === 'down_revision' ? parsed.downRevision?.span : parsed.dependsOnSpan;
    const labelOwner = kind === 'down_revision' ? branchLabels.get(target) : undefined;
    const matches = labelOwner !== undefined ? [labelOwner] : prefixMatches(byId, target);
    const reason: MissingReason =
      labelOwner !== undefined ? 'branch-label' : matches.length === 1 ? 'partial' : matches.length > 1 ? 'ambiguous' : 'absent';
    let message = `Revision ${target} referenced from ${id} is not present`;
    if (reason === 'branch-label') {
      message += `; '${target}' is a branch label of ${labelOwner}, and down_revision must name a revision id`;
    } else if (reason === 'partial') {
      message += `; Alembic does not resolve partial revision ids in revision files, write '${matches[0]}' in full`;
    } else if (reason === 'ambiguous') {
      message += `; it is the start of several revision ids (${matches.slice(0, 3).join(', ')})`;
    } else if (kind === 'depends_on') {
      message += '; depends_on must name a revision id or a branch label';
    }
    const m: AlembicMissing = { from: id, file, target, kind, reason, matches, message };
    if (span) m.span = span;
    return m;
  };

  // _add_depends_on: exact id, then branch label. Alembic resolves for every loaded revision.
  const resolvedDeps = new Map<string, string[]>();
  for (const e of loaded) {
    const deps = e.input.parsed.dependsOn;
    if (!deps.length) continue;
    const resolved: string[] = [];
    for (const dep of deps) {
      const target = byId.has(dep) ? dep : branchLabels.get(dep);
      if (target !== undefined) resolved.push(target);
      else missing.push(referenceProblem(e, dep, 'depends_on'));
    }
    if (byId.get(e.input.id) === e) resolvedDeps.set(e.input.id, dedupe(resolved));
  }

  // The parent loop of _revision_map: dangling down_revisions and self-loops; `_all_nextrev`'s depends_on part.
  const dependents = new Map<string, string[]>();
  const selfLoops: AlembicCycle[] = [];
  for (const e of winners) {
    const id = e.input.id;
    const down = e.down ?? EMPTY_IDS;
    for (let i = 0; i < down.length; i++) {
      const parent = down[i]!;
      if (parent === id) {
        selfLoops.push({ ids: [id], kind: 'down_revision', message: `Self-loop is detected in revisions (${id})` });
        continue;
      }
      if (!byId.has(parent)) missing.push(referenceProblem(e, parent, 'down_revision'));
    }
    const deps = resolvedDeps.size ? resolvedDeps.get(id) : undefined;
    if (!deps) continue;
    for (const dep of deps) {
      if (dep === id) {
        selfLoops.push({ ids: [id], kind: 'depends_on', message: `Dependency self-loop is detected in revisions (${id})` });
        continue;
      }
      const list = dependents.get(dep);
      if (!list) dependents.set(dep, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }
  missing.sort((a, b) => compareLoadOrder(a.file, b.file) || cmp(a.target, b.target));
  return { branchLabels, labelClashes, resolvedDeps, missing, dependents, selfLoops };
}

/** `_normalize_depends_on`: dependencies an ancestor (through down_revision) already has are dropped. */
function normalizedDependencies(resolvedDeps: ReadonlyMap<string, string[]>, ancestorsOf: (id: string) => Set<string>): Map<string, AlembicDependencies> {
  const dependencies = new Map<string, AlembicDependencies>();
  // `normalized` on first use: it walks every ancestor, and nothing on the hot path needs it.
  for (const [id, resolved] of resolvedDeps) {
    let normalized: string[] | undefined;
    dependencies.set(id, {
      resolved,
      get normalized() {
        if (!normalized) {
          const kept = new Set(resolved);
          for (const anc of ancestorsOf(id)) for (const d of resolvedDeps.get(anc) ?? []) kept.delete(d);
          normalized = resolved.filter((d) => kept.has(d));
        }
        return normalized;
      },
    });
  }
  return dependencies;
}

/**
 * RevisionMap._add_branches: for each labelled revision (load order here; Alembic walks a set), its
 * current labels go to every descendant through down_revision, and then, starting from the last
 * descendant its depth-first walk visited, down through down_revision while the revision is neither a
 * real branch point nor a merge point. On an unbranched line that labels the whole line; once the
 * descendants branch, the downward walk stops at the branch and adds nothing new.
 */
function propagateLabels(
  winners: readonly Entry[],
  dag: Dag<AlembicRevisionInput>,
  byId: ReadonlyMap<string, Entry>,
  allNextCount: (id: string) => number,
): Map<string, ReadonlySet<string>> {
  // The sets are never changed once stored, so a whole line can share one.
  const sets = new Map<string, ReadonlySet<string>>();
  const labelled = winners.filter((e) => e.input.parsed.branchLabels.length > 0);
  for (const e of labelled) sets.set(e.input.id, new Set(e.input.parsed.branchLabels));
  // Unions are shared too: where two labelled lines meet, every revision below gets the same union.
  const unions = new Map<ReadonlySet<string>, Map<ReadonlySet<string>, ReadonlySet<string>>>();
  const union = (a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> => {
    let byB = unions.get(a);
    if (!byB) unions.set(a, (byB = new Map()));
    let u = byB.get(b);
    if (!u) {
      let missing = false;
      for (const l of b) if (!a.has(l)) missing = true;
      u = missing ? new Set([...a, ...b]) : a;
      byB.set(b, u);
    }
    return u;
  };
  const add = (id: string, labels: ReadonlySet<string>) => {
    const s = sets.get(id);
    if (!s) sets.set(id, labels);
    else if (s !== labels) sets.set(id, union(s, labels));
  };
  for (const e of labelled) {
    const own = sets.get(e.input.id)!;
    // _get_descendant_nodes(include_dependencies=False): a depth-first walk over nextrev.
    let last = e.input.id;
    dag.walkDown(e.input.id, (id) => {
      add(id, own);
      last = id;
    });
    let parent: Entry | undefined = byId.get(last);
    const visited = new Set<string>();
    while (parent && !visited.has(parent.input.id)) {
      const id = parent.input.id;
      visited.add(id);
      const realBranchPoint = allNextCount(id) > 1;
      const mergePoint = (parent.down?.length ?? 0) > 1;
      if (realBranchPoint || mergePoint) break;
      add(id, own);
      const down = parent.down?.[0];
      parent = down !== undefined ? byId.get(down) : undefined;
    }
  }
  return sets;
}

/** Every ancestor of `id` (not including it) through down_revision, or also through depends_on. */
export function ancestors(graph: AlembicGraph, id: string, options: { includeDependencies?: boolean } = {}): Set<string> {
  if (!options.includeDependencies) return graph.ancestorsOf(id);
  const seen = new Set<string>();
  const up = (k: string): readonly string[] => {
    const deps = graph.dependencies.get(k)?.resolved ?? [];
    return deps.length ? [...graph.parentsOf(k), ...deps] : graph.parentsOf(k);
  };
  const stack = [...up(id)];
  while (stack.length) {
    const k = stack.pop()!;
    if (seen.has(k) || k === id) continue;
    seen.add(k);
    for (const p of up(k)) if (!seen.has(p)) stack.push(p);
  }
  return seen;
}

/**
 * The latest common ancestor of the given heads through down_revision (a head counts as its own
 * ancestor), or undefined when they share none (separate bases). When several common ancestors are
 * equally late (criss-cross merges), the one with the longest history wins, then the greatest id.
 *
 * One full ancestry, of the first head; every other head walks up only until it meets the common
 * ancestry so far. Where such a walk stops (the frontier) lies every latest common ancestor: a latest
 * one has no common descendant, so the first common revision on any path up to it is itself. Those
 * are the frontier revisions that are no ancestor of another frontier revision.
 */
export function forkPoint(graph: AlembicGraph, heads: readonly string[]): string | undefined {
  return graph.forkPoint(heads);
}

/** `forkPoint` over the entries (see there); `next` numbers a new walk or mark. */
function forkPointOf(heads: readonly Entry[], next: () => number): string | undefined {
  // The common ancestry so far is the entries whose `mark` is `common`.
  let common = next();
  markAncestry([heads[0]!], common);
  let frontier: Entry[] = [heads[0]!];
  for (let i = 1; i < heads.length; i++) {
    frontier = [];
    const walk = next();
    const stack = [heads[i]!];
    while (stack.length) {
      const e = stack.pop()!;
      if (e.seen === walk) continue;
      e.seen = walk;
      if (e.mark === common) frontier.push(e);
      else for (const p of e.ups) stack.push(p);
    }
    if (frontier.length === 0) return undefined;
    // The ancestry common to the heads so far, for the next head to walk into.
    if (i < heads.length - 1) markAncestry(frontier, (common = next()));
  }
  if (frontier.length === 1) return frontier[0]!.input.id;
  const ids = frontier.map((e) => e.input.id);
  const ancestry = new Map(frontier.map((e) => [e.input.id, ancestorIdsOf(e)]));
  const latest = ids.filter((k) => !ids.some((other) => other !== k && ancestry.get(other)!.has(k)));
  latest.sort((a, b) => ancestry.get(a)!.size - ancestry.get(b)!.size || cmp(a, b));
  return latest.at(-1);
}

/** Sets `mark` on the given entries and every ancestor of theirs through down_revision. */
function markAncestry(from: readonly Entry[], mark: number): void {
  const stack = [...from];
  while (stack.length) {
    const e = stack.pop()!;
    if (e.mark === mark) continue;
    e.mark = mark;
    for (const p of e.ups) if (p.mark !== mark) stack.push(p);
  }
}

/** The ids of an entry's ancestors through down_revision (itself only through a cycle, then left out). */
function ancestorIdsOf(entry: Entry): Set<string> {
  const seen = new Set<string>();
  const stack = [...entry.ups];
  while (stack.length) {
    const e = stack.pop()!;
    if (seen.has(e.input.id)) continue;
    seen.add(e.input.id);
    for (const p of e.ups) if (!seen.has(p.input.id)) stack.push(p);
  }
  seen.delete(entry.input.id);
  return seen;
}

/**
 * A head's labels as `_add_branches` leaves them: those declared by its labelled ancestors (itself
 * included) through down_revision. `_add_branches` also walks back down from the last descendant of each
 * labelled revision, but every revision on such a walk but the first has a child, so is no head, and the
 * first is a descendant of that labelled revision anyway (test/graph/alembic.test.ts compares the two on
 * random histories). `labelled` is how many kept revisions declare labels: the walk stops once it has
 * met them all.
 */
function headLabels(head: Entry, labelled: number, walk: number): string[] {
  const labels = new Set<string>();
  let found = 0;
  const stack = [head];
  while (stack.length && found < labelled) {
    const e = stack.pop()!;
    if (e.seen === walk) continue;
    e.seen = walk;
    const own = e.input.parsed.branchLabels;
    if (own.length > 0) {
      found++;
      for (const l of own) labels.add(l);
    }
    for (const p of e.ups) if (p.seen !== walk) stack.push(p);
  }
  return [...labels].sort(cmp);
}

/**
 * Whether the kept revisions hold a cycle through down_revision and resolved depends_on (self-loops
 * aside): an iterative depth-first search that meets an entry still on its path.
 */
function hasCycle(winners: readonly Entry[], resolvedDeps: ReadonlyMap<string, string[]>, byId: ReadonlyMap<string, Entry>, next: () => number): boolean {
  // `seen === done`: finished; `mark === onPath`: on the current path.
  const done = next();
  const onPath = next();
  const upsOf = (e: Entry): readonly Entry[] => {
    const deps = resolvedDeps.size ? resolvedDeps.get(e.input.id) : undefined;
    if (!deps) return e.ups;
    const extra = deps.flatMap((d) => (d === e.input.id ? [] : [byId.get(d)!]));
    return extra.length ? [...e.ups, ...extra] : e.ups;
  };
  const stack: Entry[] = [];
  const edges: (readonly Entry[])[] = [];
  const at: number[] = [];
  for (const root of winners) {
    if (root.seen === done) continue;
    stack.push(root);
    edges.push(upsOf(root));
    at.push(0);
    root.mark = onPath;
    while (stack.length) {
      const top = stack.length - 1;
      const list = edges[top]!;
      const i = at[top]!;
      if (i === list.length) {
        const e = stack.pop()!;
        edges.pop();
        at.pop();
        e.seen = done;
        e.mark = 0;
        continue;
      }
      at[top] = i + 1;
      const p = list[i]!;
      if (p.mark === onPath) return true;
      if (p.seen === done) continue;
      p.mark = onPath;
      stack.push(p);
      edges.push(upsOf(p));
      at.push(0);
    }
  }
  return false;
}

/**
 * Heads grouped by the branch labels they carry (`labelsOf`), `undefined` for heads without one. A head
 * that carries several (nested labels) appears under each. For heads this is exactly Alembic's
 * `filter_for_lineage(heads, label)`, so a label whose list has one head is one `alembic upgrade
 * label@head` can reach; a multi-head layout is intended when every head is alone under some label.
 */
export function headsByBranch(graph: AlembicGraph): Map<string | undefined, string[]> {
  const groups = new Map<string | undefined, string[]>();
  for (const head of graph.heads) {
    const labels = graph.labelsOf(head);
    for (const key of labels.length ? labels : [undefined]) {
      const list = groups.get(key);
      if (list) list.push(head);
      else groups.set(key, [head]);
    }
  }
  return groups;
}

/**
 * Resolves an identifier the way the command line does (`RevisionMap._resolve_revision_number` and
 * `_revision_for_ident`): `head`, `heads`, `base`, `label@head`, `label@heads`, a full id, a branch label,
 * or a partial id (matched against ids and labels longer than three characters that start with it).
 * Not for identifiers inside revision files, where Alembic accepts no partial ids.
 */
export function resolveRevision(graph: AlembicGraph, ident: string): { ids: string[] } | { error: string } {
  let branch: string | undefined;
  let id = ident;
  const at = ident.indexOf('@');
  if (at >= 0) {
    branch = ident.slice(0, at);
    id = ident.slice(at + 1);
  }
  const inBranch = (heads: string[]): string[] | { error: string } => {
    if (branch === undefined) return heads;
    const root = resolveOne(graph, branch);
    if ('error' in root) return { error: `No such branch: '${branch}'` };
    return heads.filter((h) => h === root.id || graph.ancestorsOf(h).has(root.id));
  };
  if (id === 'heads') {
    const r = inBranch(branch === undefined ? graph.realHeads : graph.heads);
    return Array.isArray(r) ? { ids: r } : r;
  }
  if (id === 'head') {
    const r = inBranch(graph.heads);
    if (!Array.isArray(r)) return r;
    if (r.length > 1) {
      return {
        error:
          `Multiple head revisions are present for given argument '${ident}'; please specify a specific target ` +
          "revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
      };
    }
    return { ids: r };
  }
  if (id === 'base' || id === '') return { ids: [] };
  const one = resolveOne(graph, id);
  return 'error' in one ? one : { ids: [one.id] };
}

function resolveOne(graph: AlembicGraph, ident: string): { id: string } | { error: string } {
  if (graph.revisions.has(ident)) return { id: ident };
  const label = graph.branchLabels.get(ident);
  if (label !== undefined) return { id: label };
  const keys = [...graph.revisions.keys(), ...graph.branchLabels.keys()];
  const revs = dedupe(keys.filter((k) => k.length > 3 && k.startsWith(ident)).map((k) => graph.branchLabels.get(k) ?? k));
  if (revs.length === 0) {
    const short = ident.length < 4 ? '; please ensure at least four characters are present for partial revision identifier matches' : '';
    return { error: `No such revision or branch '${ident}'${short}` };
  }
  if (revs.length > 1) {
    return { error: `Multiple revisions start with '${ident}': ${revs.slice(0, 3).map((r) => `'${r}'`).join(', ')}...` };
  }
  return { id: revs[0]! };
}

/** Revision ids that start with `prefix`, as `_revision_for_ident`'s partial lookup would match them. */
function prefixMatches(byId: ReadonlyMap<string, Entry>, prefix: string): string[] {
  if (!prefix) return [];
  const out: string[] = [];
  for (const id of byId.keys()) if (id.length > 3 && id !== prefix && id.startsWith(prefix)) out.push(id);
  return out.sort(cmp);
}

function inLoadOrder(inputs: readonly AlembicRevisionInput[]): readonly AlembicRevisionInput[] {
  if (inOneFolderSorted(inputs)) return inputs; // the usual case: one version location, listed in order
  // By folder: names sort plainly inside one, and folders (few) sort by comparePathParts.
  const byDir = new Map<string, { name: string; input: AlembicRevisionInput }[]>();
  for (const input of inputs) {
    const slash = input.file.lastIndexOf('/');
    const dir = input.file.slice(0, slash + 1);
    const entry = { name: input.file.slice(slash + 1), input };
    const list = byDir.get(dir);
    if (list) list.push(entry);
    else byDir.set(dir, [entry]);
  }
  const dirs = [...byDir.keys()].sort((a, b) => comparePathParts(a.split('/'), b.split('/')));
  return dirs.flatMap((dir) => byDir.get(dir)!.sort((a, b) => cmp(a.name, b.name)).map((e) => e.input));
}

/** Whether every input sits in the same folder and the names already ascend (then nothing needs sorting). */
function inOneFolderSorted(inputs: readonly AlembicRevisionInput[]): boolean {
  if (inputs.length === 0) return true;
  const first = inputs[0]!.file;
  const slash = first.lastIndexOf('/');
  const dir = first.slice(0, slash + 1);
  let previous = '';
  for (let i = 0; i < inputs.length; i++) {
    const file = inputs[i]!.file;
    if (file.lastIndexOf('/') !== slash || !file.startsWith(dir) || file <= previous) return false;
    previous = file;
  }
  return true;
}

/**
 * The order ScriptDirectory loads files in: os.walk top-down with sorted names, so a directory's own
 * files come before its subdirectories' files. (Several version_locations load in configuration order,
 * which this module cannot see; it falls back to path order.)
 */
function compareLoadOrder(a: string, b: string): number {
  return a === b ? 0 : comparePathParts(a.split('/'), b.split('/'));
}

function comparePathParts(x: readonly string[], y: readonly string[]): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const xs = x[i]!;
    const ys = y[i]!;
    if (xs === ys) continue;
    const xFile = i === x.length - 1;
    const yFile = i === y.length - 1;
    if (xFile !== yFile) return xFile ? -1 : 1;
    return cmp(xs, ys);
  }
  return x.length - y.length;
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Code-point order, like Python's string comparison. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

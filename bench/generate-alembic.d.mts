/** Types for the tests that read the benchmark's generated revisions (generate-alembic.mjs). */
export function alembicImportStream(options: { revisions: number }, facts: Record<string, unknown>): Generator<Buffer>;

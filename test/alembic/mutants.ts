/** Mutations for the lean-mode and quick-read fuzz tests: the shared text mutations plus snippets aimed at them. */
import { mutate } from '../django/fuzz.js';

/** Snippets that touch what lean mode still has to judge in the function bodies it skims. */
export const LEAN_SNIPPETS = [
  'revision', ' down_revision = "x"\n', '\nrevision = "zz"\n', 'global depends_on\n', 'f"', "f'", 't"', "rb'x'", 'Rb"x"',
  '"""', "'''", "x'", 'return"y"', '\\\n', '\\', '#', '# x\n', '(', ')', '[', ']', '{', '}', '\t', '\f', '\r\n', '\r',
  '\n\n', '\n', '\n    ', 'é', ':', ';',
  // What lean mode's first try skims at module level: imports, annotations, def headers, other statements.
  'from x import revision\n', 'import sqlalchemy as down_revision\n', 'import revision.x\n', 'x = revision = "q"\n',
  'from m import *\n', 'from .import*\n', 'if True:\n    revision = "i"\n', 'if x: pass\n', '@dec\n', 'async ', 'class C:\n    x = 1\n',
  'def f(a=revision):\n    pass\n', 'def g(a: "x" = (1, 2)) -> Dict[str, int]:\n    pass\n', 'revision.attr = 1\n',
  'ｒevision = "w"\n', 'x = 1; revision = "c"\n', 'x = 1; y = 2\n', '(branch_labels := "m")\n', 'del revision\n',
  'for revision in x: pass\n', 'with x as depends_on:\n    pass\n', 'globals()["revision"] = "g"\n', 'x = op.revision\n',
  'x: Dict[str, int] = {}\n', ': revision', ': Optional[depends_on]', ': Annotated[str, Field(default="q")]', ': lambda a=1: 0',
  '=', '==', '<=', ':=', ' ', '*', '.', '.revision', 'print(x)\n', 'type X = int\n', 'match', 'lambda: 0', '{"a":\n1}',
];

export function mutateLean(text: string, random: () => number): string {
  const r = random();
  if (r < 0.5) return mutate(text, random);
  let at = Math.floor(random() * (text.length + 1));
  // Some snippets go to the start of a line, where a module-level statement may begin.
  if (r < 0.65) at = text.lastIndexOf('\n', at - 1) + 1;
  return text.slice(0, at) + LEAN_SNIPPETS[Math.floor(random() * LEAN_SNIPPETS.length)] + text.slice(at);
}

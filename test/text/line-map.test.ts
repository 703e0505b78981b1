import { describe, expect, test } from 'vitest';
import { LineMap } from '../../src/frameworks/django/literal.js';
import { rng } from '../django/fuzz.js';

/** Line and column counted the plain way: every \r\n, \n or lone \r ends a line. */
function reference(text: string, target: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < target; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    } else if (c === '\r' && i + 1 < target) {
      line++;
      lineStart = i + 2;
      i++;
    } else if (c === '\r') {
      // target sits between \r and \n: still on the \r's line
    }
  }
  return { line, column: target - lineStart + 1 };
}

describe('LineMap', () => {
  test('positions in \\n, \\r\\n and lone \\r texts, asked in any order', () => {
    const random = rng(99);
    const pieces = ['a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'é', '😀'];
    for (let round = 0; round < 400; round++) {
      const crless = round % 2 === 0;
      let text = '';
      const n = Math.floor(random() * 40);
      for (let i = 0; i < n; i++) {
        const piece = pieces[Math.floor(random() * pieces.length)]!;
        text += crless ? piece.replaceAll('\r', '') : piece;
      }
      const map = new LineMap(text);
      // Mostly increasing targets (the way parsers ask), with a step back now and then.
      let target = 0;
      for (let k = 0; k < 30; k++) {
        target = random() < 0.2 ? Math.floor(random() * (text.length + 1)) : Math.min(text.length, target + Math.floor(random() * 5));
        expect({ text, target, at: map.position(target) }).toStrictEqual({ text, target, at: reference(text, target) });
      }
    }
  });

  test('a span ends on its last character', () => {
    const map = new LineMap('ab\ncd\n');
    expect(map.span(3, 5)).toStrictEqual({ line: 2, column: 1, endLine: 2, endColumn: 2 });
  });
});

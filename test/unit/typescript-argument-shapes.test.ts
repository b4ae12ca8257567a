import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { argumentShape } from '../../src/engine/typescript/argument-shapes.js';

describe('argumentShape', () => {
  it('reads the forms the tool host can check from an annotation', () => {
    expect(argumentShape(ts, 'string')).toEqual({ kind: 'string' });
    expect(argumentShape(ts, 'readonly number[]')).toEqual({ kind: 'array', of: { kind: 'number' } });
    expect(argumentShape(ts, "'a' | 'b' | null")).toEqual({
      kind: 'union',
      of: [{ kind: 'literal', value: 'a' }, { kind: 'literal', value: 'b' }, { kind: 'null' }],
    });
    expect(argumentShape(ts, '{ id: number; tags?: Array<string> }')).toEqual({
      kind: 'fields',
      fields: [
        { name: 'id', optional: false, shape: { kind: 'number' } },
        { name: 'tags', optional: true, shape: { kind: 'array', of: { kind: 'string' } } },
      ],
    });
    expect(argumentShape(ts, 'Record<string, boolean>')).toEqual({ kind: 'record', of: { kind: 'boolean' } });
    expect(argumentShape(ts, '[number, Date]')).toEqual({ kind: 'tuple', of: [{ kind: 'number' }, { kind: 'instance', of: 'Date' }] });
  });

  it('accepts anything where it cannot tell the shape: references, generics, a union with one of them', () => {
    for (const annotation of [
      null,
      'Ticket',
      'Parameters<typeof tools.f>[0]',
      'string | Ticket',
      'T',
      '{ [key: string]: number; id: string }',
    ]) {
      expect(argumentShape(ts, annotation).kind).toMatch(/^(any|object)$/);
    }
  });
});

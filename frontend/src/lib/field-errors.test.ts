import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/graphql-client';
import { mapApiError } from './field-errors';

const controls = new Set(['name', 'end', 'deployments[0].country', 'deployments[0].to', 'implementers', 'functions']);

describe('mapApiError', () => {
  it('puts each message on the control named by its field, without the input. prefix', () => {
    const err = ApiError.fromGraphQL([
      {
        message: 'input.name: is required (and 1 more)',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.name',
          errors: [
            { field: 'input.name', message: 'is required', code: 'BAD_USER_INPUT' },
            { field: 'input.deployments[0].to', message: 'ends (2001-01-01) before it starts (2002-01-01)', code: 'BAD_USER_INPUT' },
          ],
        },
      },
    ]);
    expect(mapApiError(err, controls)).toEqual({
      fields: { name: ['is required'], 'deployments[0].to': ['ends (2001-01-01) before it starts (2002-01-01)'] },
      form: [],
    });
  });

  it('strips the field from the message of a single error', () => {
    const err = ApiError.fromGraphQL([{ message: 'input.end: ends before it starts', extensions: { code: 'BAD_USER_INPUT', field: 'input.end' } }]);
    expect(mapApiError(err, controls).fields).toEqual({ end: ['ends before it starts'] });
  });

  it('falls back to the enclosing control and says which entry', () => {
    const err = ApiError.fromGraphQL([
      {
        message: 'x',
        extensions: {
          code: 'BAD_USER_INPUT',
          errors: [
            { field: 'input.implementers[2]', message: 'no actor with id "nobody"', code: 'BAD_USER_INPUT' },
            { field: 'input.functions[0]', message: 'unknown function "X"', code: 'BAD_USER_INPUT' },
            { field: 'input.implementers[0].actor', message: 'is required', code: 'BAD_USER_INPUT' },
          ],
        },
      },
    ]);
    expect(mapApiError(err, controls).fields).toEqual({
      implementers: ['Entry 3: no actor with id "nobody"', 'Entry 1 (actor): is required'],
      functions: ['Entry 1: unknown function "X"'],
    });
  });

  it('leaves errors without a matching control, or without a field, to the form', () => {
    const owner = ApiError.fromGraphQL([{ message: 'input.owner: no actor with id "x"', extensions: { code: 'BAD_USER_INPUT', field: 'input.owner' } }]);
    expect(mapApiError(owner, controls)).toEqual({ fields: {}, form: ['input.owner: no actor with id "x"'] });
    const forbidden = ApiError.fromGraphQL([{ message: 'you may not change this mission', extensions: { code: 'FORBIDDEN' } }]);
    expect(mapApiError(forbidden, controls)).toEqual({ fields: {}, form: ['you may not change this mission'] });
  });
});

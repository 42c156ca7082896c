import { CombinedError } from 'urql';
import { fieldError } from './errors';

const at = (field: string) => new CombinedError({ graphQLErrors: [{ message: `${field} is wrong`, extensions: { code: 'BAD_USER_INPUT', field } }] });

describe('the field an error is shown at', () => {
  it('is the field named, or the part of it named', () => {
    expect(fieldError(at('sources[1].publication'), 'sources')).toBe('sources[1].publication is wrong');
    expect(fieldError(at('time.offset'), 'offset')).toBe('time.offset is wrong');
  });

  it("is a list's item for a field of that item: an alias's name is not the record's name", () => {
    expect(fieldError(at('aliases[0].name'), 'name')).toBeUndefined();
    expect(fieldError(at('aliases[0].name'), 'aliases[0].name')).toBe('aliases[0].name is wrong');
  });
});

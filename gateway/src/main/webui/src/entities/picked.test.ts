import { pickedOf } from './picked';

describe('an entity a record names, in a form', () => {
  it('keeps the name entity-service gave', () => {
    expect(pickedOf('p1', { id: 'p1', name: 'Donald Trump', kind: 'PERSON' })).toEqual({ id: 'p1', name: 'Donald Trump', kind: 'PERSON' });
  });

  it('keeps the id when entity-service did not answer, so that saving does not drop the speaker', () => {
    expect(pickedOf('p1', null)).toEqual({ id: 'p1', name: '(name not available right now)', kind: undefined });
  });

  it('is nobody when the record names nobody', () => {
    expect(pickedOf(null, null)).toBeNull();
  });
});

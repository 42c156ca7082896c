import { fireEvent, screen } from '@testing-library/react';
import { clientAnswering, renderAs } from '../test/render';
import type { EventPageEventFragment } from '../gql/graphql';
import { EventForm } from './EventForm';

/** An event at Elmendorf whose place entity-service could not name (it did not answer). */
const atAnUnnamedPlace = {
  __typename: 'Event', id: 'e1', title: 'The presidents meet', kind: 'MEETING', state: 'DRAFT', occurrence: 'OCCURRED',
  version: 2, description: null, notes: null, storyId: 's1', retractionReason: null,
  time: { date: '2025-08-15', time: '11:30', zone: 'America/Anchorage', precision: 'MINUTE', approximate: true, duration: null, endDate: null, endTime: null },
  participants: [], relations: [], sources: [],
  location: { label: 'on the tarmac', placeId: 'p1', place: null },
} as unknown as EventPageEventFragment;

describe('the event editor, when the place could not be named', () => {
  it('keeps the place by its id when it saves', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <EventForm storyId="s1" event={atAnUnnamedPlace} onSaved={() => {}} onCancel={() => {}} />, client);
    expect(screen.getByText('(name not available right now)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { placeId: string | null; locationLabel: string | null } } }];
    expect(operation.variables.input.placeId).toBe('p1');
    expect(operation.variables.input.locationLabel).toBe('on the tarmac');
  });
});

describe('the event editor, when the zone of the place is mistyped', () => {
  it('saves nothing, and says so at the zone', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <EventForm storyId="s1" event={atAnUnnamedPlace} onSaved={() => {}} onCancel={() => {}} />, client);
    const zone = screen.getByLabelText('Time zone of the place');
    fireEvent.change(zone, { target: { value: 'Europe/Kiev2' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not a time zone; pick one from the list.')).toBeTruthy();

    fireEvent.change(zone, { target: { value: 'Europe/Kyiv' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { time: { zone: string } } } }];
    expect(operation.variables.input.time.zone).toBe('Europe/Kyiv');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
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

/** The server's answer when a time happens twice in its zone (the hour the clocks go back). */
const happensTwice = {
  data: { updateEvent: null },
  error: new CombinedError({
    graphQLErrors: [{
      message: '2025-10-26T03:30 happens twice in Europe/Kyiv (the clocks went back): give offset +03:00 or +02:00',
      extensions: { code: 'BAD_USER_INPUT', field: 'time.offset' },
    }],
  }),
};

type Saved = [{ variables: { input: { time: { date: string; time: string | null; offset?: string | null } } } }];

describe('the event editor, for a time the clocks give twice', () => {
  const inTheHourTheClocksGoBack = {
    ...atAnUnnamedPlace,
    time: { date: '2025-10-26', time: '03:30:00', zone: 'Europe/Kyiv', precision: 'MINUTE', approximate: false, duration: null, endDate: null, endTime: null, offset: '+02:00' },
  } as unknown as EventPageEventFragment;

  it('says what the server asks and lets the user pick one of the offsets it names', async () => {
    const { client, executeMutation } = clientAnswering(happensTwice);
    renderAs('reporter', <EventForm storyId="s1" event={atAnUnnamedPlace} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2025-10-26' } });
    fireEvent.change(screen.getByLabelText('Local time'), { target: { value: '03:30' } });
    fireEvent.change(screen.getByLabelText('Time zone of the place'), { target: { value: 'Europe/Kyiv' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));

    const offset = await screen.findByLabelText('Offset (the clocks give this time twice)');
    expect(within(offset.closest('.field') as HTMLElement).getByRole('alert').textContent).toContain('give offset +03:00 or +02:00');
    expect([...offset.querySelectorAll('option')].map((o) => o.getAttribute('value'))).toEqual(['', '+03:00', '+02:00']);
    // said once, at the field that asks for it
    expect(screen.getAllByText(/happens twice/)).toHaveLength(1);

    fireEvent.change(offset, { target: { value: '+03:00' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    const [operation] = executeMutation.mock.calls[1] as unknown as Saved;
    expect(operation.variables.input.time).toMatchObject({ date: '2025-10-26', time: '03:30:00', offset: '+03:00' });
  });

  it('says an error about the offset above the form when it shows no offset', async () => {
    const { client } = clientAnswering(happensTwice);
    renderAs('reporter', <EventForm storyId="s1" event={atAnUnnamedPlace} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.change(screen.getByLabelText('Precision'), { target: { value: 'DAY' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() => expect(screen.getByText(/happens twice in Europe\/Kyiv/)).toBeTruthy());
  });

  it('sends the stored offset back while the date, time and zone stay, and drops it for another moment', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <EventForm storyId="s1" event={inTheHourTheClocksGoBack} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'The presidents meet again' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect((executeMutation.mock.calls[0] as unknown as Saved)[0].variables.input.time.offset).toBe('+02:00');

    fireEvent.change(screen.getByLabelText('Local time'), { target: { value: '05:30' } });
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    expect((executeMutation.mock.calls[1] as unknown as Saved)[0].variables.input.time.offset).toBeNull();
  });
});

describe('the event editor, when someone else saved the event meanwhile', () => {
  /** rita's version: she gave the event a new title, and nothing else. */
  const ritas = { ...atAnUnnamedPlace, version: 3, title: 'Putin and Trump meet at Elmendorf' } as unknown as EventPageEventFragment;

  /** A client whose first save meets rita's version (CONFLICT), whose second is saved, and whose event now is rita's. */
  function clientMeetingRitasVersion() {
    const executeMutation = vi.fn()
      .mockReturnValueOnce(fromValue({
        data: { updateEvent: null },
        error: new CombinedError({ graphQLErrors: [{ message: 'the event changed: it is at version 3', extensions: { code: 'CONFLICT', currentVersion: 3 } }] }),
      }))
      .mockReturnValue(fromValue({ data: { updateEvent: { ...ritas, version: 4 } } }));
    const query = () => ({ toPromise: async () => ({ data: { event: ritas } }) });
    const client = { query, executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
    return { client, executeMutation };
  }

  type Reapplied = [{ variables: { input: { title: string; description: string | null; notes: string | null }; version: number } }];

  it('reapplies only what this user changed, on the new version: her title stays', async () => {
    const { client, executeMutation } = clientMeetingRitasVersion();
    renderAs('editor', <EventForm storyId="s1" event={atAnUnnamedPlace} onSaved={() => {}} onCancel={() => {}} />, client, client, 'ed');
    fireEvent.change(screen.getByLabelText('What happened'), { target: { value: 'They met on the tarmac.' } });
    fireEvent.change(screen.getByLabelText('Newsroom notes (never shown to viewers)'), { target: { value: 'Check the time with the pool.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the event' }));

    const reapply = await screen.findByRole('button', { name: 'Reapply my changes on version 3' });
    expect(screen.getByRole('rowheader', { name: 'Title (differs)' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Description (differs, you changed it)' })).toBeTruthy();
    fireEvent.click(reapply);

    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(2));
    const [{ variables }] = executeMutation.mock.calls[1] as unknown as Reapplied;
    expect(variables.version).toBe(3);
    expect(variables.input.title).toBe('Putin and Trump meet at Elmendorf');
    expect(variables.input.description).toBe('They met on the tarmac.');
    expect(variables.input.notes).toBe('Check the time with the pool.');
  });
});

describe('the event editor, when the server refuses a save', () => {
  it('takes the user to the field it refused, which may be a screen above the Save button', async () => {
    const { client } = clientAnswering({
      data: { updateEvent: null },
      error: new CombinedError({
        graphQLErrors: [{ message: 'the end must come after the start', extensions: { code: 'BAD_USER_INPUT', field: 'time.endDate' } }],
      }),
    });
    const withAnEnd = { ...atAnUnnamedPlace, time: { ...atAnUnnamedPlace.time, endDate: '2025-08-14', endTime: '09:00' } } as unknown as EventPageEventFragment;
    renderAs('reporter', <EventForm storyId="s1" event={withAnEnd} onSaved={() => {}} onCancel={() => {}} />, client);
    const save = screen.getByRole('button', { name: /Save/ });
    save.focus();
    fireEvent.click(save);
    const endDate = screen.getByLabelText('End date');
    await waitFor(() => expect(document.activeElement).toBe(endDate));
    expect(endDate.getAttribute('aria-invalid')).toBe('true');
  });

  it('takes the user to the conflict view, at the top of the form, when someone saved meanwhile', async () => {
    const executeMutation = vi.fn(() => fromValue({
      data: { updateEvent: null },
      error: new CombinedError({ graphQLErrors: [{ message: 'the event changed', extensions: { code: 'CONFLICT', currentVersion: 3 } }] }),
    }));
    const query = () => ({ toPromise: async () => ({ data: { event: { ...atAnUnnamedPlace, version: 3, title: 'The presidents meet at last' } } }) });
    const client = { query, executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
    renderAs('reporter', <EventForm storyId="s1" event={atAnUnnamedPlace} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    const conflict = await screen.findByRole('alert', { name: /Someone else changed this event/ });
    await waitFor(() => expect(document.activeElement).toBe(conflict));
  });
});

describe('the event editor, in a long story', () => {
  it('names a related event the list of choices does not hold yet, instead of showing the first of the list', () => {
    const following = {
      ...atAnUnnamedPlace,
      relations: [{ type: 'FOLLOWS', eventId: 'e115', event: { __typename: 'Event', id: 'e115', title: 'Event number 115' } }],
    } as unknown as EventPageEventFragment;
    renderAs('reporter', <EventForm storyId="s1" event={following} onSaved={() => {}} onCancel={() => {}} />);
    const other = screen.getByLabelText('Other event 1') as HTMLSelectElement;
    expect(other.value).toBe('e115');
    expect(other.selectedOptions[0].textContent).toBe('Event number 115');
  });
});

describe('a new event', () => {
  it("starts in the zone the story's events are in, when the story page gives it, not the reader's", () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('reporter', <EventForm storyId="s1" zone="America/Anchorage" onSaved={() => {}} onCancel={() => {}} />, client);
    expect((screen.getByLabelText('Time zone of the place') as HTMLInputElement).value).toBe('America/Anchorage');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Putin lands' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2025-08-15' } });
    fireEvent.change(screen.getByLabelText('Local time'), { target: { value: '10:54' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { time: { zone: string } } } }];
    expect(variables.input.time.zone).toBe('America/Anchorage');
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, type Client, type Operation } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import type { QuotePageQuoteFragment } from '../gql/graphql';
import { clientAnswering, renderAs } from '../test/render';
import { publishedQuote } from '../test/fixtures';
import { QuoteForm } from './QuoteForm';

describe('the quote editor, when a save breaks a rule', () => {
  it('shows the error at the field it names, not the conflict view', async () => {
    const { client, executeMutation } = clientAnswering({
      data: { updateQuote: null },
      error: new CombinedError({
        graphQLErrors: [{
          message: 'a PUBLISHED record needs a source: add where the quote was said or reported',
          extensions: { code: 'BAD_USER_INPUT', field: 'sources' },
        }],
      }),
    });
    renderAs('editor', <QuoteForm quote={publishedQuote} onSaved={() => {}} onCancel={() => {}} />, client);

    fireEvent.click(screen.getByRole('button', { name: 'Remove source 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));

    const sources = screen.getByRole('group', { name: 'Sources' });
    await waitFor(() => expect(within(sources).getByRole('alert').textContent)
      .toBe('a PUBLISHED record needs a source: add where the quote was said or reported'));
    expect(sources.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/Someone else changed this/)).toBeNull();
    expect(executeMutation).toHaveBeenCalledTimes(1);
    // said once, at its field: not repeated in the form's list of problems
    expect(screen.getAllByText(/needs a source/)).toHaveLength(1);
  });

  it('says a rule about a field it does not show below the form', async () => {
    const { client } = clientAnswering({
      data: { updateQuote: null },
      error: new CombinedError({
        graphQLErrors: [{
          message: 'a PUBLISHED record cannot belong to story s1 while it is DRAFT: publish the story first',
          extensions: { code: 'BAD_USER_INPUT', field: 'storyId' },
        }],
      }),
    });
    renderAs('editor', <QuoteForm quote={publishedQuote} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));
    await waitFor(() => expect(screen.getByText(/publish the story first/)).toBeTruthy());
    expect(screen.queryByText(/Someone else changed this/)).toBeNull();
  });
});

describe('the quote editor, when someone else saved the quote meanwhile', () => {
  it('reapplies only the text this editor changed: the context and tags saved meanwhile stay', async () => {
    const theirs = { ...publishedQuote, version: 4, context: 'Asked about a ceasefire', tags: ['ceasefire'] } as unknown as QuotePageQuoteFragment;
    const executeMutation = vi.fn()
      .mockReturnValueOnce(fromValue({
        data: { updateQuote: null },
        error: new CombinedError({ graphQLErrors: [{ message: 'the quote changed', extensions: { code: 'CONFLICT', currentVersion: 4 } }] }),
      }))
      .mockReturnValue(fromValue({ data: { updateQuote: { ...theirs, version: 5 } } }));
    const query = () => ({ toPromise: async () => ({ data: { quote: theirs } }) });
    const client = { query, executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
    renderAs('editor', <QuoteForm quote={publishedQuote} onSaved={() => {}} onCancel={() => {}} />, client);

    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'We had a constructive talk.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reapply my changes on version 4' }));

    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(2));
    const [{ variables }] = executeMutation.mock.calls[1] as unknown as [{ variables: { version: number; input: { text: string; context: string | null; tags: string[] | null } } }];
    expect(variables.version).toBe(4);
    expect(variables.input).toMatchObject({ text: 'We had a constructive talk.', context: 'Asked about a ceasefire', tags: ['ceasefire'] });
  });
});

describe('the quote editor, given a source without its publication', () => {
  it('asks for the publication at the field instead of dropping the source, then saves it', () => {
    const { client, executeMutation } = clientAnswering();
    renderAs('editor', <QuoteForm quote={publishedQuote} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    fireEvent.change(screen.getByLabelText('Address (URL) 2'), { target: { value: 'https://example.org/pool-report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Publication 2').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Name the publication (or remove the source).')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Publication 2'), { target: { value: 'White House pool' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { sources: { publication: string; url: string | null }[] } } }];
    expect(variables.input.sources).toEqual([
      { publication: 'The Independent', url: null, publishedAt: null },
      { publication: 'White House pool', url: 'https://example.org/pool-report', publishedAt: null },
    ]);
  });
});

describe('the quote editor, when the server refuses a save', () => {
  it('takes the user to the message of the group it refused (the sources)', async () => {
    const { client } = clientAnswering({
      data: { updateQuote: null },
      error: new CombinedError({
        graphQLErrors: [{ message: 'a PUBLISHED record needs a source', extensions: { code: 'BAD_USER_INPUT', field: 'sources' } }],
      }),
    });
    renderAs('editor', <QuoteForm quote={publishedQuote} onSaved={() => {}} onCancel={() => {}} />, client);
    fireEvent.click(screen.getByRole('button', { name: 'Remove source 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));
    const sources = screen.getByRole('group', { name: 'Sources' });
    await waitFor(() => expect(document.activeElement).toBe(within(sources).getByRole('alert')));
  });
});

/** The story's events as the gateway gives them, 100 a page: the press conference is on the second page. */
function storyOfManyEvents() {
  const event = (id: string, title: string, when: string) => ({ __typename: 'Event', id, title, source: { text: when } });
  const pages: Record<string, unknown> = {
    first: { edges: [{ node: event('e1', 'Handshake on the red carpet', 'about 11:00 AKDT, 15 August 2025') }], pageInfo: { hasNextPage: true, endCursor: 'c100' } },
    c100: { edges: [{ node: event('e101', 'Press conference', '15:30 AKDT, 15 August 2025') }], pageInfo: { hasNextPage: false, endCursor: 'c101' } },
  };
  const executeMutation = vi.fn(() => fromValue({ data: { createQuote: { ...publishedQuote, id: 'q9' } } }));
  const executeQuery = (operation: Operation) => fromValue({
    operation, data: { timeline: pages[(operation.variables as { after: string | null }).after ?? 'first'] }, stale: false, hasNext: false,
  });
  return { client: { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client, executeMutation };
}

describe('the quote editor, for the event a quote was said at', () => {
  it("offers every event of the story, past its first hundred, by title and time, and saves the one picked", async () => {
    const { client, executeMutation } = storyOfManyEvents();
    renderAs('reporter', <QuoteForm storyId="s1" onSaved={() => {}} onCancel={() => {}} />, client);
    const field = screen.getByLabelText('Event (where it was said)') as HTMLSelectElement;
    await waitFor(() => expect(within(field).getByRole('option', { name: 'Press conference (15:30 AKDT, 15 August 2025)' })).toBeTruthy());
    fireEvent.change(field, { target: { value: 'e101' } });
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'No deal until there is a deal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save as draft' }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalled());
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { eventId: string | null; storyId: string } } }];
    expect(variables.input).toMatchObject({ eventId: 'e101', storyId: 's1' });
  });

  it('shows the event the quote names, not the first of the list, and can take it off', async () => {
    const { client, executeMutation } = storyOfManyEvents();
    const atAnEvent = { ...publishedQuote, eventId: 'e7', event: { __typename: 'Event', id: 'e7', title: 'Lunch is cancelled' } } as unknown as QuotePageQuoteFragment;
    renderAs('editor', <QuoteForm quote={atAnEvent} onSaved={() => {}} onCancel={() => {}} />, client);
    const field = screen.getByLabelText('Event (where it was said)') as HTMLSelectElement;
    await waitFor(() => expect(within(field).getAllByRole('option')).toHaveLength(4));
    expect(field.selectedOptions[0].textContent).toBe('Lunch is cancelled');
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the quote' }));
    const [{ variables }] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { eventId: string | null } } }];
    expect(variables.input.eventId).toBeNull();
  });
});

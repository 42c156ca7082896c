import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError, type Client } from 'urql';
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

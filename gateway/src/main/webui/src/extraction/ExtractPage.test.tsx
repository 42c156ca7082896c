import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError, type Client } from 'urql';
import { fromValue, never } from 'wonka';
import { vi } from 'vitest';
import { renderAs } from '../test/render';
import { ExtractPage } from './ExtractPage';

const TEXT = 'Donald Trump told reporters: "We made some headway today."';

const found = {
  data: {
    extractQuotes: {
      notes: [],
      candidates: [{
        candidate: { start: 30, end: 56, text: 'We made some headway today.', kind: 'DIRECT', platform: null, timeText: null,
          speaker: { entityId: null, label: 'Donald Trump', mention: 'Donald Trump', confidence: 0.9, basis: 'NAME' }, putTo: null },
        draft: { text: 'We made some headway today.', kind: 'DIRECT', context: null, language: 'en', platform: null,
          speakerId: null, speakerLabel: 'Donald Trump', putToId: null, putToLabel: null, time: null },
      }],
    },
  },
};
const saved = { data: { acceptQuotes: [{ __typename: 'Quote', id: 'q9', text: 'We made some headway today.', state: 'DRAFT', storyId: 's1', speakerLabel: 'Donald Trump', speaker: null }] } };

function clientAnswering(...answers: unknown[]) {
  const executeMutation = vi.fn();
  answers.forEach((answer) => executeMutation.mockReturnValueOnce(fromValue(answer)));
  const client = { executeQuery: () => never, executeMutation, executeSubscription: () => never } as unknown as Client;
  return { client, executeMutation };
}

function findQuotes() {
  fireEvent.change(screen.getByLabelText('Publication'), { target: { value: 'Newsgraph Test Wire' } });
  fireEvent.change(screen.getByLabelText('Article text'), { target: { value: TEXT } });
  fireEvent.click(screen.getByRole('button', { name: 'Find quotes' }));
}

describe('accepting candidates as drafts', () => {
  it('saves each candidate once: once accepted, there is nothing left to accept again', async () => {
    const { client, executeMutation } = clientAnswering(found, saved);
    renderAs('reporter', <ExtractPage storyId="s1" storySlug="alaska-summit-2025" />, client);
    findQuotes();
    fireEvent.click(await screen.findByLabelText('Keep candidate 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Accept 1 as draft' }));

    await screen.findByText('1 draft quote(s) saved, citing Newsgraph Test Wire:');
    expect(screen.getByText('Candidate 1 is saved as a draft.')).toBeTruthy();
    expect(screen.queryByLabelText('Keep candidate 1')).toBeNull();
    expect((screen.getByRole('button', { name: /^Accept 0 as drafts/ }) as HTMLButtonElement).disabled).toBe(true);
    expect(executeMutation).toHaveBeenCalledTimes(2);
  });
});

describe('a failed extraction', () => {
  it('says what went wrong and shows no result', async () => {
    const { client } = clientAnswering({
      data: { extractQuotes: null },
      error: new CombinedError({ graphQLErrors: [{ message: 'quote-service did not answer', extensions: { code: 'UNAVAILABLE' } }] }),
    });
    renderAs('reporter', <ExtractPage storyId="s1" storySlug="alaska-summit-2025" />, client);
    findQuotes();
    await waitFor(() => expect(screen.getByText(/Not available right now: quote-service did not answer/)).toBeTruthy());
    expect(screen.queryByText(/candidate\(s\)/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
  });
});

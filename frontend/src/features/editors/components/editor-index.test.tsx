import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { EditorIndex } from './editor-index';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

describe('EditorIndex', () => {
  it('links to a new record of each kind and finds existing ones to edit', async () => {
    setSession({
      accessToken: 't',
      refreshToken: 'r',
      expiresAt: '2030-01-01T00:00:00Z',
      account: { email: 'o@example.org', roles: ['OFFICER'], org: { id: 'undp', name: 'UNDP' } },
    });
    const fetch = mockFetchByOperation({
      FindActivities: {
        data: {
          activities: {
            totalCount: 1,
            edges: [{ node: { id: 'XM-DAC-41114-PROJECT/00123', title: 'Rule of law in Mali', owner: { id: 'undp', name: 'UNDP' } } }],
          },
        },
      },
    });
    render(
      <MemoryRouter>
        <EditorIndex />
      </MemoryRouter>,
    );
    expect(screen.getByText(/change the records UNDP owns/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New mission' })).toHaveAttribute('href', '/edit/mission/new');
    expect(screen.getByRole('link', { name: 'Record or remove a lead' })).toHaveAttribute('href', '/edit/lead');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Kind'), 'Activities');
    await user.type(screen.getByLabelText('Name, title or reference'), 'mali');
    await user.click(screen.getByRole('button', { name: 'Find' }));
    const link = await screen.findByRole('link', { name: 'Rule of law in Mali' });
    expect(link).toHaveAttribute('href', '/edit/activity/XM-DAC-41114-PROJECT%2F00123');
    expect(operations(fetch)).toEqual([{ name: 'FindActivities', variables: { search: 'mali' } }]);
  });
});

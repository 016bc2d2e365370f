import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TableScroll } from './table-scroll';

describe('TableScroll', () => {
  it('is a named region reached with the keyboard, so a table without links can be scrolled', async () => {
    render(
      <TableScroll label="Activities funded, scrolls sideways">
        <table>
          <tbody>
            <tr>
              <td>wide</td>
            </tr>
          </tbody>
        </table>
      </TableScroll>,
    );
    await userEvent.tab();
    expect(screen.getByRole('region', { name: 'Activities funded, scrolls sideways' })).toHaveFocus();
  });
});

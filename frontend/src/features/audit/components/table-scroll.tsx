import type { ReactNode } from 'react';

/**
 * The box a wide table scrolls sideways in on a narrow screen. It can be focused, so the table
 * can be scrolled with the arrow keys even when it holds no link or button, and it is named for
 * screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

import { useId, useState, type ReactNode } from 'react';

type Props = {
  title: string;
  /** Beside the heading, shown open or closed (a CSV button). */
  actions?: ReactNode;
  defaultOpen?: boolean;
  children: ReactNode;
};

/**
 * A section whose heading opens and closes it (the disclosure pattern: a button with
 * aria-expanded inside the heading), so a long audit can be read one part at a time. Closed, its
 * content stays mounted: what it loaded and where its pages were are kept.
 */
export function CollapsibleSection({ title, actions, defaultOpen = true, children }: Props) {
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <section aria-labelledby={headingId} className="audit-section">
      <div className="section-head">
        <h2 id={headingId}>
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            <span aria-hidden="true" className="disclosure-mark">
              {open ? '▾' : '▸'}
            </span>{' '}
            {title}
          </button>
        </h2>
        {actions}
      </div>
      <div id={bodyId} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

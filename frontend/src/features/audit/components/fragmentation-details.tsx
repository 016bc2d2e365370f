import type { Fragmentation } from '../api/fragmentation';
import { actorLabel, formatAmount, formatShare } from '../utils/format';

/** The shares, the funding passed on and the notes behind one fragmentation row. */
export function FragmentationDetails({ f }: { f: Fragmentation }) {
  return (
    <details>
      <summary>
        Details<span className="visually-hidden">: {f.function.name} in {f.country.name}</span>
      </summary>
      {f.shares.length > 0 ? (
        <>
          <h4>Shares</h4>
          <ol className="plain">
            {f.shares.map((s) => (
              <li key={s.actor.id}>
                {actorLabel(s.actor)}: {formatAmount(s.amount, f.currency)} ({formatShare(s.share)})
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="empty">No amounts are known.</p>
      )}
      {f.passedOn.length > 0 && (
        <>
          <h4>Passed on (counted once, where it entered)</h4>
          <ul className="plain">
            {f.passedOn.map((p, i) => (
              <li key={i}>
                {actorLabel(p.funder)}: {formatAmount(p.amount, p.currency)} from {p.from.title} to {p.to.title}
              </li>
            ))}
          </ul>
        </>
      )}
      {f.notes.length > 0 && (
        <>
          <h4>Notes</h4>
          <ul className="plain">
            {f.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

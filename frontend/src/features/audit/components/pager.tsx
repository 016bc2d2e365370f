type Props = {
  /** What is paged, for the buttons' names: "activities", "overlaps". */
  what: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
};

/** The first row of a page and the pages there are, for a list of total rows. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Previous / next through a long list, saying which rows are shown. */
export function Pager({ what, page, pageSize, total, onPage }: Props) {
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const first = page * pageSize + 1;
  const last = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="pager" aria-label={`Pages of ${what}`}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous<span className="visually-hidden"> {what}</span>
      </button>
      <span role="status">
        {first}–{last} of {total.toLocaleString('en-GB')}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next<span className="visually-hidden"> {what}</span>
      </button>
    </nav>
  );
}

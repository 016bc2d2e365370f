// Short labels (acronyms, titles) collide: the seed has two actors called "EU" (the European
// Union and the Council of the European Union), and a mission and an activity can both read
// "UNMIK". Wherever such records stand side by side — matrix columns, the two sides of an
// overlap — each label that another record also bears gets what tells them apart.

export type Labelled = {
  /** What identifies the record; two entries with the same key are the same record. */
  key: string;
  /** The short label shown when it is unique. */
  label: string;
  /** What may tell it apart, best first: a full name, a kind, a period, an id. */
  details: (string | null | undefined)[];
};

/**
 * Returns each entry's label, keyed by entry key: unchanged when no other record bears it,
 * otherwise followed in parentheses by its first detail that differs from every other record
 * of that label (or, when none does, by all its details that differ from at least one).
 */
export function distinctLabels(entries: Labelled[]): Map<string, string> {
  const records = new Map<string, Labelled>();
  for (const e of entries) if (!records.has(e.key)) records.set(e.key, e);
  const byLabel = new Map<string, Labelled[]>();
  for (const r of records.values()) {
    const group = byLabel.get(r.label) ?? [];
    group.push(r);
    byLabel.set(r.label, group);
  }
  const out = new Map<string, string>();
  for (const [label, group] of byLabel) {
    for (const r of group) {
      out.set(r.key, group.length === 1 ? label : `${label} (${telling(r, group)})`);
    }
  }
  return out;
}

function telling(r: Labelled, group: Labelled[]): string {
  const others = group.filter((o) => o.key !== r.key);
  const usable = r.details.map((d) => d?.trim() ?? '').filter((d) => d !== '' && d !== r.label);
  const unique = usable.find((d) => others.every((o) => !o.details.some((od) => od?.trim() === d)));
  if (unique) return unique;
  const differing = usable.filter((d) => others.some((o) => !o.details.some((od) => od?.trim() === d)));
  return (differing.length ? differing : [`id ${r.key}`]).join(', ');
}

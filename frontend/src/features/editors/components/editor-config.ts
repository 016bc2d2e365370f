import type { ReactNode } from 'react';
import type { Session } from '@/lib/session';
import type { EditorKind } from '../utils/editor-paths';

export type FieldsProps<V> = {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** Administrators may set the owner; officers' records belong to their organisation. */
  admin: boolean;
};

/** What the generic editor needs to know about one kind of record. */
export type EditorConfig<R extends { id: string; version: number }, V extends { id: string }> = {
  kind: EditorKind;
  /** "mission", as in "New mission". */
  noun: string;
  title: (record: R) => string;
  /** The organisation that owns the record, which decides whether an officer may change it. */
  ownerOf: (record: R) => { id: string; name?: string } | null | undefined;
  load: (id: string, signal: AbortSignal) => Promise<R | null>;
  blank: (session: Session | null) => V;
  toValues: (record: R) => V;
  create: (values: V) => Promise<R>;
  /** Saves what changed since the record was read; null when nothing did. */
  update: (record: R, before: V, after: V) => Promise<R> | null;
  /** Deletes the record at the version read: a CONFLICT if someone changed it since. */
  remove: (record: R) => Promise<unknown>;
  /** Only administrators create, change and delete records of this kind (organisations). */
  adminOnly?: boolean;
  /** The fields' labels as the form shows them, for the differences after a conflict. */
  labels?: Record<string, string>;
  Fields: (props: FieldsProps<V>) => ReactNode;
};

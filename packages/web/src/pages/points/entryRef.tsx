import type { PointEntryView } from '@jiceng/core';
import { Link } from 'react-router';

/** Where the record behind an entry is shown, if it has a page of its own. */
export function entryHref(entry: PointEntryView, personId: number): string | null {
  switch (entry.refType) {
    case 'meeting':
      return `/meetings/${entry.refId}`;
    case 'dues_payment':
      return `/persons/${personId}/dues`;
    default:
      return null;
  }
}

/** The record that earned an entry: a link when staff can open it, else its label. */
export function EntryRef({
  entry,
  personId,
  link,
}: {
  entry: PointEntryView;
  personId: number;
  link: boolean;
}) {
  const href = link ? entryHref(entry, personId) : null;
  return href ? <Link to={href}>{entry.refLabel}</Link> : <span>{entry.refLabel}</span>;
}

import { monthLabel } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { kindLabeler } from '../meetings/kinds';

export interface EntryRef {
  refType: string;
  refId: number;
}

const ids = (refs: readonly EntryRef[], type: string) =>
  sql.join(
    [...new Set(refs.filter((r) => r.refType === type).map((r) => r.refId))].map((id) => sql`${id}`),
    sql`, `,
  );

const has = (refs: readonly EntryRef[], type: string) => refs.some((r) => r.refType === type);

/** What each record behind some entries was, in words: `refType:refId` → label. */
export async function refLabels(tx: Tx, refs: readonly EntryRef[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (has(refs, 'meeting')) {
    const rows = (
      await tx.execute<{ id: number; title: string; kind: string; path: string }>(
        sql`SELECT m.id, m.title, m.kind, o.path FROM meetings m JOIN orgs o ON o.id = m.org_id
            WHERE m.id IN (${ids(refs, 'meeting')})`,
      )
    ).rows;
    const kindOf = await kindLabeler(
      tx,
      rows.map((r) => r.path),
    );
    for (const r of rows) labels.set(`meeting:${r.id}`, `${kindOf(r.kind, r.path)}：${r.title}`);
  }
  if (has(refs, 'dues_payment')) {
    const rows = (
      await tx.execute<{ id: number; month: string }>(
        sql`SELECT id, month FROM dues_payments WHERE id IN (${ids(refs, 'dues_payment')})`,
      )
    ).rows;
    for (const r of rows) labels.set(`dues_payment:${r.id}`, `${monthLabel(r.month)}党费按时交纳`);
  }
  if (has(refs, 'award')) {
    const rows = (
      await tx.execute<{ id: number; conferred_by: string }>(
        sql`SELECT id, conferred_by FROM awards WHERE id IN (${ids(refs, 'award')})`,
      )
    ).rows;
    for (const r of rows) labels.set(`award:${r.id}`, `${r.conferred_by}表彰`);
  }
  if (has(refs, 'points_claim')) {
    const rows = (
      await tx.execute<{ id: number; description: string }>(
        sql`SELECT id, description FROM points_claims WHERE id IN (${ids(refs, 'points_claim')})`,
      )
    ).rows;
    for (const r of rows) labels.set(`points_claim:${r.id}`, `个人申报：${r.description}`);
  }
  if (has(refs, 'points_deduction')) {
    const rows = (
      await tx.execute<{ id: number; description: string; basis: string | null }>(
        sql`SELECT id, description, basis FROM points_deductions WHERE id IN (${ids(refs, 'points_deduction')})`,
      )
    ).rows;
    for (const r of rows) {
      labels.set(
        `points_deduction:${r.id}`,
        `违纪违规：${r.description}${r.basis ? `（依据：${r.basis}）` : ''}`,
      );
    }
  }
  return labels;
}

import type { IsoDate } from '@jiceng/core';
import type { Tx } from '../db/connection';
import { loadDemoPairing } from './pairing';
import { loadDemoResidentCadres } from './resident-cadres';
import { loadDemoServicePosts } from './service-posts';
import { loadDemoServiceRequests } from './service-requests';
import { loadDemoTrainings } from './trainings';
import { loadDemoVenues } from './venues';

type County = { id: number; path: string; name: string };

/** The demo county's service to residents (issue 10), each area by its own loader, in this order. */
const LOADERS: readonly [string, (tx: Tx, county: County, today: IsoDate) => Promise<{ rows: number }>][] = [
  ['serviceRequests', loadDemoServiceRequests],
  ['servicePosts', loadDemoServicePosts],
  ['pairing', loadDemoPairing],
  ['trainings', loadDemoTrainings],
  ['residentCadres', loadDemoResidentCadres],
  ['venues', loadDemoVenues],
];

export async function loadDemoService(
  tx: Tx,
  county: County,
  today: IsoDate,
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const [name, load] of LOADERS) rows[name] = (await load(tx, county, today)).rows;
  return rows;
}

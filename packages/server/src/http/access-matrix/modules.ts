import { residentCadresMatrix } from '../../modules/resident-cadres/access-matrix';
import { venuesMatrix } from '../../modules/venues/access-matrix';
import { pairingMatrix } from './pairing';
import { servicePostsMatrix } from './service-posts';
import { serviceRequestsMatrix } from './service-requests';
import { trainingsMatrix } from './trainings';
import type { ModuleMatrix } from './types';

/** Every module's part of the access matrix; a module with routes of its own adds its file here. */
export const MODULE_MATRICES: readonly ModuleMatrix[] = [
  servicePostsMatrix,
  residentCadresMatrix,
  venuesMatrix,
  serviceRequestsMatrix,
  trainingsMatrix,
  pairingMatrix,
];

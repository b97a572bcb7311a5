import {
  servicePostsAccessCases,
  servicePostsOfY,
  type ServicePostsOfY,
} from '../../modules/service-posts/access-cases';
import { MEMBER_Y_LOGIN, type Fixture, type ModuleMatrix } from './types';

const PREFIX = 'servicePosts.';

/** Y's posts, claims, hours, task force and activity, as the module's own access cases expect them. */
function servicePostsOf(f: Fixture): ServicePostsOfY {
  return Object.fromEntries(
    Object.entries(f.extra)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, id]) => [key.slice(PREFIX.length), id]),
  ) as unknown as ServicePostsOfY;
}

export const servicePostsMatrix: ModuleMatrix = {
  async fixture(t, tree, f) {
    const memberY = t.client();
    await memberY.login(MEMBER_Y_LOGIN.login, MEMBER_Y_LOGIN.password);
    const y = await servicePostsOfY(t.admin, memberY, tree.branchY.id, f.personY);
    return Object.fromEntries(Object.entries(y).map(([key, id]) => [PREFIX + key, id]));
  },
  cases: servicePostsAccessCases<Fixture>(servicePostsOf),
};

import type { ScopedAssignment } from '@jiceng/core';

/** Who is making a request, as every service method sees it. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  sessionId: string;
  assignments: ScopedAssignment[];
}

/** What a service needs to know about the request: the actor (null when anonymous) and the client address. */
export interface RequestContext {
  actor: Actor | null;
  clientIp: string | null;
}

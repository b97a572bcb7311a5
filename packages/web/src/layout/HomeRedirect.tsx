import { Navigate } from 'react-router';
import { isMemberOnly } from '../session/memberOnly';
import { useMe } from '../session/SessionContext';

/** Where "/" leads: members to their own record, everybody else to the org tree. */
export function HomeRedirect() {
  const me = useMe();
  return <Navigate to={isMemberOnly(me) ? '/me' : '/orgs'} replace />;
}

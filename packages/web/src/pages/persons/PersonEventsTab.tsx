import { Alert, Skeleton } from 'antd';
import { personsApi } from '../../api/persons';
import { useRequest } from '../../hooks/useRequest';
import { PersonTimeline } from './PersonTimeline';

/** `updatedAt` reloads the history after an edit, which may have added an entry. */
export function PersonEventsTab({ personId, updatedAt }: { personId: number; updatedAt: string }) {
  const { data, error } = useRequest(() => personsApi.events(personId), [personId, updatedAt]);
  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  return <PersonTimeline events={data} />;
}

import { Typography } from 'antd';
import { trainingsApi } from '../../api/trainings';
import { useRequest } from '../../hooks/useRequest';
import { AdmissionTrainingTag } from './AdmissionTrainingTag';

/** A candidate's training so far against D9, for the development tab. */
export function PersonAdmissionTraining({ personId }: { personId: number }) {
  const { data, error } = useRequest(() => trainingsApi.ofPerson(personId), [personId]);
  if (error) return <Typography.Text type="secondary">—</Typography.Text>;
  if (!data) return <Typography.Text type="secondary">…</Typography.Text>;
  return <AdmissionTrainingTag status={data.admission} />;
}

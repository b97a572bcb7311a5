import { Empty, Result } from 'antd';
import { Navigate } from 'react-router';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';
import { FullPageSpin } from '../../layout/FullPageSpin';
import { useOrgTree } from './OrgTreeContext';

/** /orgs opens the first org the user can see; with none there is nothing to show but guidance. */
export default function OrgsHome() {
  const { version } = useOrgTree();
  const { data, error } = useRequest(() => orgsApi.roots(), [version]);
  if (error) return <Result status="error" title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <FullPageSpin />;
  const first = data[0];
  if (first) return <Navigate to={`/orgs/${first.id}`} replace />;
  return (
    <Empty
      style={{ marginTop: 80 }}
      description="尚无可查看的组织。系统管理员可在左侧“组织架构”中新建顶级组织。"
      data-testid="orgs-empty"
    />
  );
}

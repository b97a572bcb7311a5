import { Alert, Empty, Flex, Spin, Typography } from 'antd';
import { ApiRequestError } from '../../api/client';
import { orgsApi } from '../../api/orgs';
import { useRequest } from '../../hooks/useRequest';
import { OrgKindIcon } from './OrgKindIcon';

export function OrgSearchResults({ query, onPick }: { query: string; onPick: (id: number) => void }) {
  const { data, error, loading } = useRequest(() => orgsApi.search(query), [query]);

  if (error) {
    return (
      <Alert type="error" showIcon title={error instanceof ApiRequestError ? error.message : '搜索失败'} />
    );
  }
  if (loading || !data) return <Spin style={{ display: 'block', margin: '16px auto' }} />;
  if (data.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="没有找到匹配的组织"
        data-testid="org-search-empty"
      />
    );
  }
  return (
    <Flex vertical gap={2} role="listbox" aria-label="组织搜索结果" data-testid="org-search-results">
      {data.map((hit) => (
        <button
          key={hit.id}
          type="button"
          role="option"
          aria-selected={false}
          data-testid="org-search-hit"
          className="jc-org-hit"
          onClick={() => onPick(hit.id)}
        >
          <Flex gap={6} align="center">
            <OrgKindIcon kind={hit.kind} />
            <Typography.Text strong>{hit.name}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {hit.pathNames.join(' / ')}
          </Typography.Text>
        </button>
      ))}
    </Flex>
  );
}

import type { OrgSummary } from '@jiceng/core';
import { Alert, Empty, Spin, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useMatch, useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { OrgKindIcon } from './OrgKindIcon';
import { useOrgTreeData } from './useOrgTreeData';

function toNodes(list: readonly OrgSummary[], children: ReadonlyMap<number, OrgSummary[]>): TreeDataNode[] {
  return list.map((org) => {
    const loaded = children.get(org.id);
    return {
      key: org.id,
      isLeaf: org.childCount === 0 && !loaded?.length,
      icon: <OrgKindIcon kind={org.kind} />,
      title: (
        <span data-testid="org-node" data-org-id={org.id} title={org.name}>
          {org.name}
          {org.termStatus === 'expired' && (
            <Typography.Text type="danger" style={{ fontSize: 12, marginInlineStart: 4 }}>
              （届满）
            </Typography.Text>
          )}
        </span>
      ),
      children: loaded ? toNodes(loaded, children) : undefined,
    };
  });
}

export function OrgTree({ onNavigate }: { onNavigate?: () => void }) {
  const { roots, children, expanded, error, loadChildren, setExpanded } = useOrgTreeData();
  const navigate = useNavigate();
  const match = useMatch('/orgs/:id');
  const selected = match?.params.id ? [Number(match.params.id)] : [];
  const treeData = useMemo(() => (roots ? toNodes(roots, children) : []), [roots, children]);

  if (error && !roots) {
    const text = error instanceof ApiRequestError ? error.message : '组织架构加载失败';
    return <Alert type="error" showIcon title={text} />;
  }
  if (!roots) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (roots.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无可查看的组织" />;
  }

  return (
    <Tree
      data-testid="org-tree"
      aria-label="组织架构树"
      showIcon
      blockNode
      treeData={treeData}
      selectedKeys={selected}
      expandedKeys={expanded}
      loadedKeys={[...children.keys()]}
      loadData={(node) => loadChildren(Number(node.key))}
      onExpand={(keys) => setExpanded(keys.map(Number))}
      onSelect={(_keys, info) => {
        navigate(`/orgs/${String(info.node.key)}`);
        onNavigate?.();
      }}
    />
  );
}

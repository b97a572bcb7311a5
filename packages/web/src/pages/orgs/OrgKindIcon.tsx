import {
  ApartmentOutlined,
  BankOutlined,
  ClusterOutlined,
  FlagOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { OrgKind } from '@jiceng/core';

/** Committees, general branches, branches and groups look different at a glance in the tree. */
export function OrgKindIcon({ kind }: { kind: OrgKind }) {
  switch (kind) {
    case 'committee':
    case 'working_committee':
      return <BankOutlined style={{ color: '#c8161d' }} />;
    case 'general_branch':
      return <ClusterOutlined style={{ color: '#d4380d' }} />;
    case 'branch':
      return <FlagOutlined style={{ color: '#d48806' }} />;
    case 'joint_branch':
      return <ApartmentOutlined style={{ color: '#d48806' }} />;
    case 'group':
      return <TeamOutlined style={{ color: '#8c8c8c' }} />;
  }
}

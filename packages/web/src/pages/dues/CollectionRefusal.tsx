import type { DuesBulkRefusal } from '@jiceng/core';
import { Alert, Typography } from 'antd';

type Failure = DuesBulkRefusal['error']['failures'][number];

/** A round refused as a whole: nothing was written; each member who could not be marked, with the reasons. */
export function CollectionRefusal({ failures, onClose }: { failures: Failure[]; onClose: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={`有 ${failures.length} 名党员不能登记，本次全部未登记`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="collection-refusal">
          {failures.map((f) => (
            <li key={f.personId} data-testid="collection-failure">
              <Typography.Text strong>{f.name ?? `编号 ${f.personId} 的人员`}</Typography.Text>：
              {f.violations.map((v) => v.message).join('；')}
            </li>
          ))}
        </ul>
      }
    />
  );
}

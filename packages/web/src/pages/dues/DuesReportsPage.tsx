import { Result } from 'antd';

/** Due against collected for any subtree, the arrears list and the remittances, each exportable. */
export default function DuesReportsPage() {
  return <Result status="info" title="党费统计" />;
}

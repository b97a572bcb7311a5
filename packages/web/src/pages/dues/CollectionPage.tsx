import { Result } from 'antd';

/** A branch's collection round on a phone: one month marked paid for many members at once. */
export default function CollectionPage() {
  return <Result status="info" title="党费收缴" />;
}

import { fenLabel, type DuesRosterItem } from '@jiceng/core';
import { Card, Checkbox, Empty, Flex, Tag, Typography } from 'antd';
import { arrearsWarning, canMark, methodLabel } from './collectionText';

interface Props {
  items: DuesRosterItem[];
  selected: ReadonlySet<number>;
  onToggle: (personId: number) => void;
}

function StatusTag({ item }: { item: DuesRosterItem }) {
  if (item.payment) return <Tag color="success">已交</Tag>;
  if (item.dueFen === null) return <Tag>未列入台账</Tag>;
  if (item.dueFen === 0) return <Tag>免交</Tag>;
  return <Tag color="error">未交</Tag>;
}

function MemberCard({
  item,
  checked,
  onToggle,
}: {
  item: DuesRosterItem;
  checked: boolean;
  onToggle: () => void;
}) {
  const markable = canMark(item);
  return (
    <Card
      size="small"
      hoverable={markable}
      onClick={markable ? onToggle : undefined}
      data-testid="collection-item"
      style={{ minWidth: 0, borderColor: checked ? '#cf1322' : undefined }}
    >
      <Flex justify="space-between" align="start" gap={8}>
        <Flex gap={8} align="center" style={{ minWidth: 0 }}>
          {markable && (
            // The card's click toggles too; clicks on the box stay with the box, so it toggles once.
            <span onClick={(e) => e.stopPropagation()}>
              <Checkbox
                checked={checked}
                onChange={onToggle}
                aria-label={`选择${item.name}`}
                data-testid="collection-check"
              />
            </span>
          )}
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {item.name}
          </Typography.Text>
        </Flex>
        <Typography.Text style={{ whiteSpace: 'nowrap' }} data-testid="collection-due">
          {item.dueFen === null ? '—' : fenLabel(item.dueFen)}
        </Typography.Text>
      </Flex>
      <Flex wrap gap={4} align="center" style={{ marginTop: 6 }}>
        <span data-testid="collection-status">
          <StatusTag item={item} />
        </span>
        {item.hardship && <Tag color="gold">困难减免</Tag>}
        {arrearsWarning(item) && (
          <Tag color="red" data-testid="collection-arrears">
            连续欠交 {item.consecutiveUnpaid} 个月
          </Tag>
        )}
        {item.payment && (
          <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="collection-paid">
            {methodLabel(item.payment.method)} · {item.payment.paidOn}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

/** The month's members as cards, one column on a phone and as many as fit on a desk. */
export function CollectionList({ items, selected, onToggle }: Props) {
  if (items.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该组织没有需要交纳党费的党员" />;
  }
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
        gap: 8,
      }}
      data-testid="collection-list"
    >
      {items.map((item) => (
        <MemberCard
          key={item.personId}
          item={item}
          checked={selected.has(item.personId)}
          onToggle={() => onToggle(item.personId)}
        />
      ))}
    </div>
  );
}

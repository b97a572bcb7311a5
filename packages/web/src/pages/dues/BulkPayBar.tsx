import { fenLabel, monthLabel, type DuesPaymentMethod } from '@jiceng/core';
import { Button, Card, Checkbox, DatePicker, Flex, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { testId } from '../../forms/testId';
import { todayInChina } from '../../format/time';
import { METHOD_OPTIONS, methodLabel } from './collectionText';

export interface BulkPayChoice {
  method: DuesPaymentMethod;
  paidOn: string;
}

interface Props {
  month: string;
  /** How many members are selected and what they owe together. */
  count: number;
  totalFen: number;
  /** How many members may be marked at all (unpaid, billed). */
  markable: number;
  onSelectAll: (all: boolean) => void;
  onSubmit: (choice: BulkPayChoice) => Promise<void>;
}

/**
 * The round's controls: select every unpaid member, how and when they paid, then a confirmation with the
 * count and the sum before anything is written. Sticks to the bottom of a phone's screen.
 */
export function BulkPayBar({ month, count, totalFen, markable, onSelectAll, onSubmit }: Props) {
  const today = todayInChina();
  const [method, setMethod] = useState<DuesPaymentMethod>('cash');
  const [paidOn, setPaidOn] = useState(today);
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    try {
      await onSubmit({ method, paidOn });
    } finally {
      setSaving(false);
      setConfirming(false);
    }
  };

  return (
    <Card
      size="small"
      style={{ position: 'sticky', bottom: 0, zIndex: 10, boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.08)' }}
      data-testid="bulk-pay-bar"
    >
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Checkbox
            checked={markable > 0 && count === markable}
            indeterminate={count > 0 && count < markable}
            disabled={markable === 0}
            onChange={(e) => onSelectAll(e.target.checked)}
            data-testid="select-all-unpaid"
          >
            全选未交（{markable} 人）
          </Checkbox>
          <Typography.Text data-testid="selection-summary">
            已选 {count} 人，合计 {fenLabel(totalFen)}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          <Select<DuesPaymentMethod>
            value={method}
            onChange={setMethod}
            options={METHOD_OPTIONS}
            aria-label="交纳方式"
            style={{ flex: '1 1 110px', minWidth: 0 }}
            data-testid="bulk-method"
          />
          <DatePicker
            value={dayjs(paidOn)}
            allowClear={false}
            onChange={(d) => d && setPaidOn(d.format('YYYY-MM-DD'))}
            disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
            aria-label="交纳日期"
            inputReadOnly
            style={{ flex: '1 1 130px', minWidth: 0 }}
            data-testid="bulk-paid-on"
          />
          <Button
            type="primary"
            disabled={count === 0}
            onClick={() => setConfirming(true)}
            style={{ flex: '1 1 100px' }}
            data-testid="bulk-submit"
          >
            登记已交
          </Button>
        </Flex>
      </Flex>
      <Modal
        open={confirming}
        title="确认登记已交党费"
        okText="确认登记"
        cancelText="取消"
        confirmLoading={saving}
        onOk={submit}
        onCancel={() => setConfirming(false)}
        okButtonProps={testId('bulk-confirm')}
        destroyOnHidden
      >
        <div data-testid="bulk-confirm-text">
          <Typography.Paragraph>
            登记 <Typography.Text strong>{count}</Typography.Text> 名党员 {monthLabel(month)}的党费已交， 合计{' '}
            <Typography.Text strong>{fenLabel(totalFen)}</Typography.Text>。
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            交纳方式：{methodLabel(method)}；交纳日期：{paidOn}
          </Typography.Paragraph>
          <Typography.Text type="secondary">任一党员不能登记时全部不登记，并列出原因。</Typography.Text>
        </div>
      </Modal>
    </Card>
  );
}

import type { Transfer, TransferAction } from '@jiceng/core';
import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { transfersApi } from '../../api/transfers';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';
import { GroupSelect } from '../persons/GroupSelect';

type Dialog = 'receive' | 'refuse' | 'reissue' | 'receipt' | null;

const LABELS: Record<Exclude<TransferAction, 'print'>, string> = {
  approve: '审核通过',
  receive: '报到接收',
  refuse: '退回',
  cancel: '撤销',
  reissue: '重新开具',
  record_receipt: '登记回执',
};

/** The buttons for what the user may do with one transfer now, each with its dialog. */
export function TransferActions({ transfer, onChanged }: { transfer: Transfer; onChanged: () => void }) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const has = (action: TransferAction) => transfer.actions.includes(action);
  const today = todayInChina();
  const issuing = transfer.currentStop?.role === 'issue';

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      message.success(done);
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    } finally {
      setBusy(false);
    }
  };
  const close = () => setDialog(null);
  const finished = () => {
    setDialog(null);
    onChanged();
  };

  return (
    <Flex gap={6} wrap onClick={(e) => e.stopPropagation()}>
      {has('approve') && (
        <Popconfirm
          title={issuing ? '确认开具介绍信？将自动编号，有效期自今日起算。' : '确认审核通过并转递？'}
          onConfirm={() =>
            run(() => transfersApi.approve(transfer.id), issuing ? '已开具介绍信' : '已审核转递')
          }
        >
          <Button size="small" type="primary" loading={busy} data-testid="transfer-approve">
            {issuing ? '开具介绍信' : LABELS.approve}
          </Button>
        </Popconfirm>
      )}
      {has('receive') && (
        <Button
          size="small"
          type="primary"
          onClick={() => setDialog('receive')}
          data-testid="transfer-receive"
        >
          {LABELS.receive}
        </Button>
      )}
      {has('record_receipt') && (
        <Button size="small" onClick={() => setDialog('receipt')} data-testid="transfer-receipt">
          {LABELS.record_receipt}
        </Button>
      )}
      {has('reissue') && (
        <Button size="small" onClick={() => setDialog('reissue')} data-testid="transfer-reissue">
          {LABELS.reissue}
        </Button>
      )}
      {has('print') && (
        <Button
          size="small"
          onClick={() => run(() => transfersApi.letter(transfer.id), '已下载介绍信')}
          data-testid="transfer-print"
        >
          打印介绍信
        </Button>
      )}
      {has('refuse') && (
        <Button size="small" danger onClick={() => setDialog('refuse')} data-testid="transfer-refuse">
          {LABELS.refuse}
        </Button>
      )}
      {has('cancel') && (
        <Popconfirm
          title="撤销这次组织关系转接？"
          onConfirm={() => run(() => transfersApi.cancel(transfer.id), '已撤销')}
        >
          <Button size="small" type="text" danger data-testid="transfer-cancel">
            {LABELS.cancel}
          </Button>
        </Popconfirm>
      )}

      {dialog === 'receive' && (
        <FormModal<{ receivedOn: Dayjs; groupId?: number | null; lateStatement?: string }>
          title={`报到接收：${transfer.person.name}`}
          okText="确认接收"
          okButtonProps={{ 'data-testid': 'receive-submit' }}
          testId="receive-modal"
          initialValues={{ receivedOn: dayjs(today), groupId: transfer.toGroupId }}
          onSubmit={(v) =>
            transfersApi.receive(transfer.id, {
              receivedOn: v.receivedOn.format('YYYY-MM-DD'),
              ...(v.groupId ? { groupId: v.groupId } : {}),
              ...(v.lateStatement?.trim() ? { lateStatement: v.lateStatement.trim() } : {}),
            })
          }
          success={`${transfer.person.name} 已转入本支部`}
          onDone={finished}
          onClose={close}
        >
          <Form.Item
            name="receivedOn"
            label="报到日期"
            rules={[{ required: true, message: '请选择报到日期' }]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="receive-date" />
          </Form.Item>
          {transfer.toOrgId && (
            <Form.Item name="groupId" label="编入党小组">
              <GroupSelect branchId={transfer.toOrgId} />
            </Form.Item>
          )}
          <Form.Item
            name="lateStatement"
            label="逾期说明"
            extra={`介绍信有效期至 ${transfer.expiresOn ?? '—'}；逾期报到须附转出党支部的说明`}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </FormModal>
      )}
      {dialog === 'refuse' && (
        <FormModal<{ reason: string }>
          title={`退回：${transfer.person.name}`}
          okText="退回"
          okButtonProps={{ danger: true, 'data-testid': 'refuse-submit' }}
          testId="refuse-modal"
          onSubmit={(v) => transfersApi.refuse(transfer.id, v.reason)}
          success="已退回，转出党支部和党员本人将看到退回理由"
          onDone={finished}
          onClose={close}
        >
          <Form.Item
            name="reason"
            label="退回理由"
            rules={[{ required: true, whitespace: true, message: '请说明退回理由' }]}
          >
            <Input.TextArea rows={3} maxLength={500} data-testid="refuse-reason" />
          </Form.Item>
        </FormModal>
      )}
      {dialog === 'reissue' && (
        <FormModal<{ validityDays: number }>
          title="重新开具介绍信"
          okText="重新开具"
          testId="reissue-modal"
          initialValues={{ validityDays: transfer.validityDays }}
          onSubmit={(v) => transfersApi.reissue(transfer.id, v.validityDays)}
          success="已重新开具，原编号作废"
          onDone={finished}
          onClose={close}
        >
          <Form.Item
            name="validityDays"
            label="有效期（天）"
            rules={[{ required: true, message: '请填写有效期' }]}
          >
            <InputNumber min={1} max={180} style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      )}
      {dialog === 'receipt' && (
        <FormModal<{ returnedOn: Dayjs }>
          title="登记回执"
          okText="登记"
          testId="receipt-modal"
          initialValues={{ returnedOn: dayjs(today) }}
          onSubmit={(v) => transfersApi.receipt(transfer.id, v.returnedOn.format('YYYY-MM-DD'))}
          success="已登记回执"
          onDone={finished}
          onClose={close}
        >
          <Form.Item name="returnedOn" label="回执日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}

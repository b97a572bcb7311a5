import type { DuesDeclarationView, DuesPaymentView } from '@jiceng/core';
import { Alert, App, Button, Flex, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { duesApi } from '../../api/dues';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import type { PersonTabContext } from '../persons/personTabs';
import { BaseModal } from './BaseModal';
import { DeclarationsList } from './DeclarationsList';
import { ReturnDeclarationModal } from './ReturnDeclarationModal';
import { DuesBasesTable } from './DuesBasesTable';
import { DuesHardshipsTable } from './DuesHardshipsTable';
import { DuesLedgerTable } from './DuesLedgerTable';
import { DuesPaymentsTable } from './DuesPaymentsTable';
import { DuesSummaryCard } from './DuesSummaryCard';
import { HardshipModal } from './HardshipModal';
import { PaymentModal } from './PaymentModal';
import { ReversalModal } from './ReversalModal';

type Dialog =
  | { kind: 'base' }
  | { kind: 'hardship' }
  | { kind: 'pay' }
  | { kind: 'reverse'; payment: DuesPaymentView }
  | { kind: 'return'; declaration: DuesDeclarationView };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Flex>
  );
}

/** A member's dues on the profile: what is due, bases, hardship decisions, the monthly ledger and payments. */
export function DuesTab({ person }: PersonTabContext) {
  const { can } = useSession();
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => duesApi.person(person.id), [person.id]);
  const [dialog, setDialog] = useState<Dialog>();

  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data || data.personId !== person.id) return <Skeleton active />;

  const manage = can('dues.manage');
  const close = () => setDialog(undefined);
  const done = () => {
    setDialog(undefined);
    reload();
  };

  return (
    <Flex vertical gap={16} data-testid="dues-tab">
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ flex: 1, minWidth: 260 }}>
          <DuesSummaryCard view={data} />
        </div>
        {manage && (
          <Flex gap={8} wrap>
            <Button type="primary" onClick={() => setDialog({ kind: 'pay' })} data-testid="dues-pay-open">
              登记交纳
            </Button>
            <Button onClick={() => setDialog({ kind: 'base' })} data-testid="dues-base-open">
              核定基数
            </Button>
            <Button onClick={() => setDialog({ kind: 'hardship' })} data-testid="dues-hardship-open">
              困难减免
            </Button>
          </Flex>
        )}
      </Flex>
      {data.declarations.length > 0 && (
        <Section title="本人收入申报">
          <DeclarationsList
            declarations={data.declarations}
            onDecide={
              manage
                ? (declaration, approve) => {
                    if (!approve) return setDialog({ kind: 'return', declaration });
                    duesApi.decideDeclaration(declaration.id, { approve: true }).then(
                      () => {
                        void message.success('已核定为交纳基数');
                        reload();
                      },
                      (e: unknown) => void message.error(e instanceof Error ? e.message : '核定失败'),
                    );
                  }
                : undefined
            }
          />
        </Section>
      )}
      <Section title="逐月台账">
        <DuesLedgerTable ledger={data.ledger} />
      </Section>
      <Section title="交纳记录">
        <DuesPaymentsTable
          payments={data.payments}
          onReverse={manage ? (payment) => setDialog({ kind: 'reverse', payment }) : undefined}
        />
      </Section>
      <Section title="交纳基数">
        <DuesBasesTable view={data} />
      </Section>
      <Section title="困难减免">
        <DuesHardshipsTable hardships={data.hardships} />
      </Section>
      {dialog?.kind === 'base' && <BaseModal view={data} onDone={done} onClose={close} />}
      {dialog?.kind === 'hardship' && <HardshipModal view={data} onDone={done} onClose={close} />}
      {dialog?.kind === 'pay' && <PaymentModal view={data} onDone={done} onClose={close} />}
      {dialog?.kind === 'reverse' && <ReversalModal payment={dialog.payment} onDone={done} onClose={close} />}
      {dialog?.kind === 'return' && (
        <ReturnDeclarationModal declaration={dialog.declaration} onDone={done} onClose={close} />
      )}
    </Flex>
  );
}

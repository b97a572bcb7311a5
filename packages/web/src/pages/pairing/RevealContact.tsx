import type { Household } from '@jiceng/core';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { pairingApi } from '../../api/pairing';

/**
 * The masked phone with a 显示 link for whoever may unmask: the full number and ID number come from the
 * unmasked view, which the server records in the audit log.
 */
export function RevealContact({ household, canUnmask }: { household: Household; canUnmask: boolean }) {
  const { message } = App.useApp();
  const [full, setFull] = useState<Household | null>(null);
  const shown = full ?? household;
  if (!household.phone && !household.idNumber) return <>—</>;
  const reveal = async () => {
    try {
      setFull(await pairingApi.household(household.id, true));
    } catch (e) {
      message.error(e instanceof Error ? e.message : '查看失败');
    }
  };
  return (
    <Flex vertical gap={2}>
      {shown.phone && <span>{shown.phone}</span>}
      {full?.idNumber && <span>{full.idNumber}</span>}
      {canUnmask && !full && (
        <Button
          size="small"
          type="link"
          style={{ padding: 0 }}
          onClick={reveal}
          data-testid={`household-reveal-${household.id}`}
        >
          显示完整号码
        </Button>
      )}
    </Flex>
  );
}

import { monthLabel, type DuesRoster } from '@jiceng/core';
import { Alert, Button, Flex } from 'antd';
import type { ReactNode } from 'react';

/** The button under the text, so a phone's narrow notice keeps its words readable. */
function withButton(text: string, button: ReactNode) {
  return (
    <Flex vertical gap={8} align="start">
      <span>{text}</span>
      {button}
    </Flex>
  );
}

interface Props {
  roster: DuesRoster;
  generating: boolean;
  onGenerate: () => void;
}

/**
 * The month cannot be collected without its ledger: say so and offer to build it. Once built, members still
 * without a row (no verified base yet, or moved in since) are named by count, and the ledger may be rebuilt.
 */
export function CollectionLedgerNotice({ roster, generating, onGenerate }: Props) {
  const missing = roster.items.filter((i) => i.dueFen === null && i.payment === null).length;
  if (roster.generated && missing === 0) return null;
  if (!roster.generated && roster.items.length === 0) return null;
  const button = (
    <Button
      type="primary"
      size="small"
      loading={generating}
      onClick={onGenerate}
      data-testid="generate-ledger"
    >
      生成本月台账
    </Button>
  );
  if (!roster.generated) {
    return (
      <Alert
        type="warning"
        showIcon
        title={`${monthLabel(roster.month)}的党费台账尚未生成`}
        description={withButton('生成台账后按每名党员的交纳基数计算应交金额，才能登记收缴。', button)}
        data-testid="ledger-missing"
      />
    );
  }
  return (
    <Alert
      type="info"
      showIcon
      title={`${missing} 名党员未列入${monthLabel(roster.month)}台账`}
      description={withButton(
        '可能尚未核定交纳基数，或在生成台账后转入本支部。核定基数后可重新生成本月台账。',
        button,
      )}
      data-testid="ledger-incomplete"
    />
  );
}

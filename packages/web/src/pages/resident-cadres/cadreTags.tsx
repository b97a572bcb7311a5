import { CADRE_MODE_LABELS, CADRE_MODE_TAGS, type CadreMode } from '@jiceng/core';
import { Tag, Tooltip } from 'antd';

const MODE_COLORS: Record<CadreMode, string> = { help: 'blue', liaison: 'cyan', stationed: 'red' };

/** 帮 / 联 / 驻 as a coloured tag; the whole name on hover. */
export function ModeTag({ mode }: { mode: CadreMode }) {
  return (
    <Tooltip title={CADRE_MODE_LABELS[mode]}>
      <Tag color={MODE_COLORS[mode]} data-testid={`cadre-mode-${mode}`}>
        {CADRE_MODE_TAGS[mode]}
      </Tag>
    </Tooltip>
  );
}

export function FirstSecretaryTag() {
  return (
    <Tag color="gold" data-testid="cadre-first-secretary">
      第一书记
    </Tag>
  );
}

export const periodText = (from: string, to: string | null) => `${from} 至 ${to ?? '今'}`;

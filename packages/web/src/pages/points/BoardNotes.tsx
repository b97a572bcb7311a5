import type { StarBoard } from '@jiceng/core';
import { Alert } from 'antd';

/** What the screen says about the board and the paper does not: ranking off, ratings not confirmed. */
export function BoardNotes({ board }: { board: StarBoard }) {
  return (
    <>
      {!board.publicRanking && (
        <Alert
          type="info"
          showIcon
          className="jc-no-print"
          data-testid="board-ranking-off"
          title="个人积分排名未公开：公示栏只列出各星级党员名单。如需公开排名，由支部在“星级评定”的评定标准中开启。"
        />
      )}
      {!board.confirmed && board.memberCount > 0 && (
        <Alert
          type="warning"
          showIcon
          className="jc-no-print"
          title="本年度星级尚未确认，公示栏显示的是按当前积分和评议等次计算的预评结果。"
        />
      )}
    </>
  );
}

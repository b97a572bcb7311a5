import { Alert, Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { starsApi } from '../../api/stars';
import { useRequest } from '../../hooks/useRequest';
import { BoardPoster } from '../points/BoardPoster';
import { STAR_YEAR_OPTIONS } from '../points/starYears';

/** The member's own branch's public board (公示栏), on a phone. */
export default function MyBoardPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const board = useRequest(() => starsApi.myBoard(year), [year]);

  return (
    <Flex vertical gap={12} data-testid="my-board">
      <Flex gap={8} wrap align="center" justify="space-between" className="jc-no-print">
        <Typography.Title level={4} style={{ margin: 0 }}>
          本支部星级公示栏
        </Typography.Title>
        <Link to="/me">返回我的档案</Link>
      </Flex>
      <Select
        className="jc-no-print"
        value={board.data?.year ?? year}
        onChange={(y: number) => setYear(y)}
        options={STAR_YEAR_OPTIONS}
        style={{ width: 130 }}
        aria-label="公示年度"
        data-testid="my-board-year"
      />
      {board.error !== undefined && (
        <Alert
          type="error"
          showIcon
          title={board.error instanceof Error ? board.error.message : '加载失败'}
        />
      )}
      {board.loading && !board.data && <Skeleton active />}
      {board.data && <BoardPoster board={board.data} />}
    </Flex>
  );
}

import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Skeleton } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { starsApi } from '../../api/stars';
import { useRequest } from '../../hooks/useRequest';
import { BoardNotes } from './BoardNotes';
import { BoardPoster } from './BoardPoster';
import { STAR_YEAR_OPTIONS } from './starYears';

/** A branch's public board (公示栏): stars and highlights, printable as a poster. */
export default function BoardPage() {
  const orgId = Number(useParams().orgId);
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const board = useRequest(() => starsApi.board(orgId, year), [orgId, year]);

  return (
    <Flex vertical gap={16} data-testid="points-board">
      <Flex gap={8} wrap align="center" className="jc-no-print">
        <Link to="/points?tab=stars">← 星级评定</Link>
        <Select
          value={board.data?.year ?? year}
          onChange={(y: number) => setParams({ year: String(y) }, { replace: true })}
          options={STAR_YEAR_OPTIONS}
          style={{ width: 130 }}
          aria-label="公示年度"
          data-testid="board-year"
        />
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!board.data}
          data-testid="board-print"
        >
          打印
        </Button>
      </Flex>
      {board.error !== undefined && (
        <Alert
          type="error"
          showIcon
          className="jc-no-print"
          title={board.error instanceof Error ? board.error.message : '加载失败'}
        />
      )}
      {board.loading && !board.data && <Skeleton active />}
      {board.data && (
        <>
          <BoardNotes board={board.data} />
          <BoardPoster board={board.data} />
        </>
      )}
    </Flex>
  );
}

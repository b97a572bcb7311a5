import type { StarBoard } from '@jiceng/core';
import './board.css';
import { STAR_LEVEL_LABELS, StarText } from './StarText';

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The branch's public board (公示栏) as an A4 poster: stars by level, highlights, the ranking if on. */
export function BoardPoster({ board }: { board: StarBoard }) {
  return (
    <article className="jc-board" data-testid="board-poster">
      <header className="jc-board-head">
        <div className="jc-board-emblem">★★★★★</div>
        <h1 className="jc-board-title">党员星级评定公示栏</h1>
        <div className="jc-board-sub" data-testid="board-org">
          {board.orgName} · {board.year} 年度
        </div>
        {!board.confirmed && (
          <div className="jc-board-status" data-testid="board-provisional">
            预评结果（支部尚未确认）
          </div>
        )}
      </header>
      <div className="jc-board-body">
        <div className="jc-board-summary">
          {board.levels.map((level) => (
            <div key={level.stars} className="jc-board-count" data-testid={`board-count-${level.stars}`}>
              <b>{level.names.length}</b>
              <StarText stars={level.stars} />
              <br />
              <span className="jc-board-count-label">{STAR_LEVEL_LABELS[level.stars]}</span>
            </div>
          ))}
        </div>
        <div className="jc-board-totals">
          参评党员 {board.memberCount} 名 · 全年积分合计 {board.totalPoints} 分
        </div>
        {board.levels.map((level) => (
          <section key={level.stars} className="jc-board-section" data-testid={`board-level-${level.stars}`}>
            <div className="jc-board-heading">
              <StarText stars={level.stars} />
              {STAR_LEVEL_LABELS[level.stars]}
              <small>{level.names.length} 名</small>
            </div>
            {level.names.length ? (
              <div className="jc-board-names">
                {level.names.map((name, i) => (
                  <div key={`${name}-${i}`} className="jc-board-name">
                    {name}
                  </div>
                ))}
              </div>
            ) : (
              <div className="jc-board-empty">暂无</div>
            )}
          </section>
        ))}
        <section className="jc-board-section jc-board-highlights">
          <div data-testid="board-awards">
            <div className="jc-board-heading">表彰荣誉</div>
            {board.awards.length ? (
              <ul className="jc-board-list">
                {board.awards.map((a) => (
                  <li key={a.kind}>
                    <em>{a.kind}</em>：{a.names.join('、')}
                  </li>
                ))}
              </ul>
            ) : (
              <div className="jc-board-empty">本年度暂无表彰记录</div>
            )}
          </div>
          <div data-testid="board-sources">
            <div className="jc-board-heading">积分亮点</div>
            {board.topSources.length ? (
              <ul className="jc-board-list">
                {board.topSources.map((s) => (
                  <li key={s.source}>
                    {s.label}：<em>{s.points}</em> 分，{s.members} 名党员参与
                  </li>
                ))}
              </ul>
            ) : (
              <div className="jc-board-empty">本年度暂无积分记录</div>
            )}
          </div>
        </section>
        {board.ranking && (
          <section className="jc-board-section" data-testid="board-ranking">
            <div className="jc-board-heading">个人积分排名</div>
            <table className="jc-board-rank">
              <thead>
                <tr>
                  <th>名次</th>
                  <th>姓名</th>
                  <th>全年积分</th>
                  <th>星级</th>
                </tr>
              </thead>
              <tbody>
                {board.ranking.map((r, i) => (
                  <tr key={i}>
                    <td>{r.rank}</td>
                    <td>{r.name}</td>
                    <td>{r.points}</td>
                    <td>
                      <StarText stars={r.stars} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
      <footer className="jc-board-foot">
        <div>公示期内如有异议，请向支部委员会反映。</div>
        <div className="jc-board-sign">
          {board.orgName}
          <br />
          <span data-testid="board-published">{chineseDate(board.publishedOn)}</span>
        </div>
      </footer>
    </article>
  );
}

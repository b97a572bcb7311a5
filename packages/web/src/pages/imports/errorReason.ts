/**
 * The server's messages name row, column and reason ("第 3 行「学历」：…") so they stand alone in a
 * log or a toast; in the table the row and the column have their own cells, so only the reason is kept.
 */
export function errorReason(message: string): string {
  return message.replace(/^第\s*\d+\s*行「[^」]*」[：:]\s*/, '');
}

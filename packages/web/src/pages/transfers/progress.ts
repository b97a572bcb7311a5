import type { Transfer } from '@jiceng/core';

/** Where the transfer stands: whose turn, and how many valid days the letter has left. */
export function progressOf(t: Transfer): string {
  if (t.state === 'refused') return `${t.refusedByOrgName ?? ''}退回：${t.refusedReason ?? ''}`;
  const parts: string[] = [];
  if (t.currentStop) parts.push(`待${t.currentStop.orgName}办理`);
  if (t.daysLeft !== null) parts.push(t.expired ? `已于 ${t.expiresOn} 过期` : `剩 ${t.daysLeft} 天`);
  if (t.receivedOn) parts.push(`${t.receivedOn} 报到`);
  return parts.join(' · ');
}

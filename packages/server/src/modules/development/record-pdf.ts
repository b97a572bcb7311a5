import {
  chinaToday,
  DEVELOPMENT_STEPS,
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  RULE_SETS,
  SEX_LABELS,
  STAGE_LABELS,
  type DevelopmentView,
  type RecordedStepView,
} from '@jiceng/core';
import type { Db } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import type { DataCipher } from '../../http/crypto';
import { renderDevelopmentRecord } from '../../pdf/development-record';
import { getPerson } from '../persons/service';
import { getDevelopment } from './timeline';

/** One line of the record for a recorded step: what the paper form asks for (votes, results, people). */
export function describeStep(step: RecordedStepView): string {
  const d = step.data;
  const parts: string[] = [];
  if (d.vote) {
    parts.push(
      `应到 ${d.vote.entitled} 人，实到 ${d.vote.present} 人，赞成 ${d.vote.yes} 票，反对 ${d.vote.no} 票，弃权 ${d.vote.abstain} 票`,
    );
  }
  if (d.participants?.length) parts.push(d.participants.map((p) => p.name).join('、'));
  if (d.result) parts.push(d.result === 'pass' ? '结论：合格' : '结论：不合格');
  if (d.training)
    parts.push(
      [d.training.days && `${d.training.days} 天`, d.training.hours && `${d.training.hours} 学时`]
        .filter(Boolean)
        .join('，'),
    );
  if (d.months) parts.push(`延长 ${d.months} 个月`);
  if (d.extensionReason) parts.push(`超期理由：${d.extensionReason}`);
  if (d.note) parts.push(d.note);
  if (step.orgName) parts.push(step.orgName);
  if (step.failed) parts.push('未通过');
  return parts.join('；');
}

/** 发展党员纪实表 of one person, from the same view the web shows (masked ID number). */
export async function developmentRecordPdf(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  personId: number,
): Promise<Buffer> {
  const person = await getPerson(db, cipher, ctx, personId, false);
  const view: DevelopmentView = await getDevelopment(db, ctx, personId);
  const live = view.steps.filter((s) => !s.voided);
  return renderDevelopmentRecord({
    person: {
      name: person.name,
      sex: SEX_LABELS[person.sex],
      birthDate: person.birthDate,
      ethnicity: ETHNICITY_LABELS[person.ethnicity] ?? person.ethnicity,
      education: EDUCATION_LABELS[person.education],
      idNumber: person.idNumber,
      orgName: person.orgName,
      stage: person.stage ? STAGE_LABELS[person.stage] : '—',
    },
    steps: DEVELOPMENT_STEPS.map((s) => {
      const records = live.filter((r) => r.step === s.key);
      const last = records.at(-1);
      return {
        number: s.number,
        label: s.label,
        date: records.map((r) => r.date).join('、'),
        detail: last ? describeStep(last) : '',
      };
    }),
    ruleSetTitle: RULE_SETS.find((r) => r.id === view.ruleSetId)?.title ?? view.ruleSetId,
    printedOn: chinaToday(),
  });
}

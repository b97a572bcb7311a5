import { SEX_LABELS, STAGE_LABELS, type Outflow } from '@jiceng/core';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { OutflowStateTag } from './OutflowStateTag';

/** The facts of an outflow both orgs see (T9), for a Descriptions block. */
export function outflowItems(
  outflow: Outflow,
  contact: ReactNode = outflow.contact,
): DescriptionsProps['items'] {
  return [
    { key: 'state', label: '状态', children: <OutflowStateTag state={outflow.state} /> },
    {
      key: 'member',
      label: '党员',
      children: `${outflow.name}（${SEX_LABELS[outflow.sex]}，${outflow.age} 岁${outflow.stage ? `，${STAGE_LABELS[outflow.stage]}` : ''}）`,
    },
    { key: 'org', label: '流出地党组织', children: outflow.orgName },
    { key: 'inflow', label: '流入地党组织', children: outflow.inflowOrgName },
    { key: 'destination', label: '外出地点', children: outflow.destination },
    { key: 'contact', label: '联系方式', children: contact },
    { key: 'outflowOn', label: '外出日期', children: outflow.outflowOn },
    { key: 'card', label: '活动证编号', children: outflow.cardNumber ?? '—' },
    { key: 'confirmed', label: '确认日期', children: outflow.confirmedOn ?? '—' },
    { key: 'lastContact', label: '最近联系', children: outflow.lastContactOn ?? '—' },
    ...(outflow.returnedOn ? [{ key: 'returned', label: '返回日期', children: outflow.returnedOn }] : []),
    ...(outflow.reason ? [{ key: 'reason', label: '外出原因', children: outflow.reason }] : []),
  ];
}

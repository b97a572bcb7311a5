import type { Permission, Person } from '@jiceng/core';
import type { ReactNode } from 'react';
import { DevelopmentTab } from '../development/DevelopmentTab';
import { DuesTab } from '../dues/DuesTab';
import { PersonPointsTab } from '../points/PersonPointsTab';
import { PersonAwardsTab } from '../awards/PersonAwardsTab';
import { StandingTab } from '../standing/StandingTab';
import { PersonTrainingsTab } from '../trainings/PersonTrainingsTab';
import { PersonEventsTab } from './PersonEventsTab';
import { PersonInfoTab } from './PersonInfoTab';

/** What every tab of the profile gets: the record as shown (masked or not) and ways to update it. */
export interface PersonTabContext {
  person: Person;
  unmasked: boolean;
  /** The record after an edit or an unmask; the page shows it from then on. */
  onPerson: (person: Person, unmasked: boolean) => void;
}

export interface PersonTab {
  key: string;
  label: string;
  /** Hidden from users without it; the page itself needs person.read. */
  permission?: Permission;
  /** Shown only for some people (standing: members only); every tab shows when omitted. */
  visible?: (person: Person) => boolean;
  render: (context: PersonTabContext) => ReactNode;
}

/** The profile's tabs in order. Later modules (dues, org life, transfers) add theirs here. */
export const PERSON_TABS: readonly PersonTab[] = [
  { key: 'info', label: '基本信息', render: (context) => <PersonInfoTab {...context} /> },
  {
    key: 'events',
    label: '档案记录',
    render: ({ person }) => <PersonEventsTab personId={person.id} updatedAt={person.updatedAt} />,
  },
  { key: 'development', label: '发展党员', render: (context) => <DevelopmentTab {...context} /> },
  {
    key: 'standing',
    label: '党籍',
    visible: (person) => person.stage === 'probationary' || person.stage === 'full',
    render: (context) => <StandingTab {...context} />,
  },
  {
    key: 'dues',
    label: '党费',
    permission: 'dues.read',
    visible: (person) => person.stage === 'probationary' || person.stage === 'full',
    render: (context) => <DuesTab {...context} />,
  },
  {
    key: 'points',
    label: '积分',
    permission: 'points.read',
    visible: (person) => person.stage === 'probationary' || person.stage === 'full',
    render: (context) => <PersonPointsTab {...context} />,
  },
  { key: 'awards', label: '表彰', render: (context) => <PersonAwardsTab {...context} /> },
  {
    key: 'trainings',
    label: '培训',
    permission: 'service.read',
    render: (context) => <PersonTrainingsTab {...context} />,
  },
];

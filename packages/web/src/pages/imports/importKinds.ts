import type { ImportKind, Permission } from '@jiceng/core';

/** What differs between the imports; the wizard and the job flow are the same for every kind. */
export interface ImportKindConfig {
  kind: ImportKind;
  title: string;
  /** How the imported things are counted: "已导入 12 人", "已导入 12 个组织". */
  unit: string;
  permission: Permission;
  listPath: string;
  listLabel: string;
  /** What the template asks for, in one line above the upload box. */
  guide: string;
}

export const IMPORT_KINDS: Record<ImportKind, ImportKindConfig> = {
  persons: {
    kind: 'persons',
    title: '导入党员信息',
    unit: '人',
    permission: 'person.manage',
    listPath: '/persons',
    listLabel: '查看党员档案',
    guide: '每行一人，所在党支部按组织代码填写；身份证号列须为文本格式。',
  },
  orgs: {
    kind: 'orgs',
    title: '导入组织',
    unit: '个组织',
    permission: 'org.manage',
    listPath: '/orgs',
    listLabel: '查看组织架构',
    guide: '每行一个组织，按组织代码和上级组织代码组成组织树；上级可以是已有组织或本表中的另一行。',
  },
};

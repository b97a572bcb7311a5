import { z } from 'zod';

// Every validation message the server and the web show is Chinese (zh-CN).
z.config(z.locales.zhCN());

export * from './shared/dates';
export * from './shared/errors';
export * from './shared/labels';
export * from './shared/paging';
export * from './org/kinds';
export * from './org/unit-kinds';
export * from './org/posts';
export * from './org/term';
export * from './org/schemas';
export * from './access/roles';
export * from './access/scope';
export * from './users/password';
export * from './users/schemas';
export * from './audit/schemas';
export * from './notifications/schemas';
export * from './person/id-number';
export * from './person/enums';
export * from './person/stage';
export * from './person/schemas';
export * from './person/bands';
export * from './person/checks';
export * from './person/corrections';
export * from './excel/cells';
export * from './excel/columns';
export * from './excel/person-sheet';
export * from './excel/person-row';
export * from './excel/org-sheet';
export * from './excel/org-row';
export * from './excel/schemas';

export * from '../modules/orgs/schema';
export * from '../modules/users/schema';
export * from '../auth/schema';
export * from '../audit/schema';
export * from '../modules/notifications/schema';
export * from '../modules/persons/schema';
export * from '../modules/imports/schema';

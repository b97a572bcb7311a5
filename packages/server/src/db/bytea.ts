import { customType } from 'drizzle-orm/pg-core';

/** Binary data (uploaded files, generated reports), as Buffers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType() {
    return 'bytea';
  },
});

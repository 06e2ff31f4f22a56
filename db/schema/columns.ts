import { timestamp } from "drizzle-orm/pg-core";

/** A moment in time, always with its time zone. (Imports no table: the tables import this.) */
export const moment = () => timestamp({ withTimezone: true });

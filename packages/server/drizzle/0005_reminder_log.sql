CREATE TABLE "reminder_log" (
	"key" text PRIMARY KEY NOT NULL,
	"last_sent_on" date NOT NULL
);

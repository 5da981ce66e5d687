CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institutionId` integer NOT NULL,
	`reference` text NOT NULL,
	`validFrom` text NOT NULL,
	`validTo` text NOT NULL,
	`createdAt` integer NOT NULL,
	FOREIGN KEY (`institutionId`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_institution` ON `agreements` (`institutionId`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`actorId` integer,
	`actorUsername` text,
	`institutionId` integer,
	`targetType` text,
	`targetId` text,
	`ip` text,
	`detailsJson` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_action` ON `audit_log` (`action`);--> statement-breakpoint
CREATE INDEX `audit_actor` ON `audit_log` (`actorId`);--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`createdAt` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_name_unique` ON `institutions` (`name`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`userId` integer NOT NULL,
	`workspaceId` integer NOT NULL,
	`script` text NOT NULL,
	`planJson` text NOT NULL,
	`datastoresJson` text NOT NULL,
	`state` text NOT NULL,
	`progressJson` text,
	`outputsJson` text,
	`errorCode` text,
	`errorMessage` text,
	`errorLine` integer,
	`appliedSteps` integer,
	`createdAt` integer NOT NULL,
	`startedAt` integer,
	`finishedAt` integer,
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`workspaceId`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_seq_unique` ON `jobs` (`seq`);--> statement-breakpoint
CREATE INDEX `jobs_user_created` ON `jobs` (`userId`,`createdAt`);--> statement-breakpoint
CREATE INDEX `jobs_state` ON `jobs` (`state`);--> statement-breakpoint
CREATE TABLE `local_credentials` (
	`userId` integer PRIMARY KEY NOT NULL,
	`passwordHash` text NOT NULL,
	`updatedAt` integer NOT NULL,
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`windowStart` integer NOT NULL,
	`lockedUntil` integer
);
--> statement-breakpoint
CREATE TABLE `script_versions` (
	`scriptId` integer NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`createdAt` integer NOT NULL,
	PRIMARY KEY(`scriptId`, `version`),
	FOREIGN KEY (`scriptId`) REFERENCES `scripts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `scripts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`userId` integer NOT NULL,
	`name` text NOT NULL,
	`latestVersion` integer NOT NULL,
	`createdAt` integer NOT NULL,
	`updatedAt` integer NOT NULL,
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scripts_user` ON `scripts` (`userId`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`idHash` text PRIMARY KEY NOT NULL,
	`userId` integer NOT NULL,
	`csrfToken` text NOT NULL,
	`authMethod` text NOT NULL,
	`createdAt` integer NOT NULL,
	`lastSeenAt` integer NOT NULL,
	`expiresAt` integer NOT NULL,
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`userId`);--> statement-breakpoint
CREATE TABLE `terms_acceptances` (
	`userId` integer NOT NULL,
	`version` integer NOT NULL,
	`acceptedAt` integer NOT NULL,
	PRIMARY KEY(`userId`, `version`),
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version`) REFERENCES `terms_versions`(`version`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `terms_versions` (
	`version` integer PRIMARY KEY NOT NULL,
	`textNb` text NOT NULL,
	`textEn` text NOT NULL,
	`publishedAt` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_roles` (
	`userId` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`userId`, `role`),
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`displayName` text NOT NULL,
	`institutionId` integer,
	`disabled` integer DEFAULT false NOT NULL,
	`createdAt` integer NOT NULL,
	FOREIGN KEY (`institutionId`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `workspace_entries` (
	`workspaceId` integer NOT NULL,
	`seq` integer NOT NULL,
	`jobId` text NOT NULL,
	PRIMARY KEY(`workspaceId`, `seq`),
	FOREIGN KEY (`workspaceId`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`jobId`) REFERENCES `jobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`userId` integer NOT NULL,
	`needsRebuild` integer DEFAULT false NOT NULL,
	`summaryJson` text,
	`updatedAt` integer NOT NULL,
	FOREIGN KEY (`userId`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_userId_unique` ON `workspaces` (`userId`);
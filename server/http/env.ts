import type { Account } from '../accounts/users';
import type { SessionRecord } from '../auth/sessions';

/** The signed-in account and its session, set by the session middleware. */
export interface AuthContext {
  account: Account;
  session: SessionRecord;
}

/** Hono environment of every Registerlab route. */
export type AppEnv = {
  Variables: {
    auth: AuthContext | undefined;
    requestId: string;
  };
};

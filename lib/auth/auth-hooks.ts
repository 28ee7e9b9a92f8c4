import { createAuthMiddleware } from "better-auth/api";
import { countSignInOutcome, refusePausedAccount } from "./account-throttle";
import { refuseWeakPassword } from "./password-hook";

/** Better Auth takes one function before and one after every endpoint; ours, in order. */
export const authHooks = {
  before: createAuthMiddleware(async (ctx) => {
    await refusePausedAccount(ctx);
    await refuseWeakPassword(ctx);
  }),
  after: createAuthMiddleware(async (ctx) => {
    await countSignInOutcome(ctx);
  }),
};

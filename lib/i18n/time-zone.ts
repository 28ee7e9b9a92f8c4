/**
 * Times are shown in one zone for everyone on an assessment, so "saved at 14:05" means the same
 * moment to a project officer abroad and a manager at home. UTC unless the operator sets one.
 */
export const TIME_ZONE = process.env.APP_TIME_ZONE || "UTC";

import { getDb } from "@/db/client";
export const layerBreach = getDb;

import { vi } from "vitest";

// Server actions call revalidatePath, which needs a Next.js request; outside one it is a no-op here.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

export const DEMO_ORGANIZATION_ID = "demo-org";
export const DEMO_ORGANIZATION_NAME = "Bridges for Learning (demo)";

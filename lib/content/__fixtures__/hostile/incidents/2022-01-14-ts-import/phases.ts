(globalThis as any).__faultlineImportRan = true;
const rows: unknown[] = [];
export default rows;

globalThis.__faultlineImportRan = true;
export default [];

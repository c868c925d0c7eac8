/** Whitespace between Markdown nodes: nothing a reader sees, so it neither makes nor breaks a paragraph. */
export const isBlankText = (node: { type: string; value?: unknown }) => node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '';

/** Marks what a contributor still has to write (the scaffolder leaves it); a published file may not hold it. */
export const PLACEHOLDER = 'TODO:';
/** The link the scaffolder writes where the source's address belongs. */
export const PLACEHOLDER_URL = 'https://example.org/TODO';

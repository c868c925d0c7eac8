/**
 * The components a writeup's MDX may use. Only what is exported here reaches MDX; the contribution
 * issue adds Timeline, Callout and Metric with their allow-listed props.
 */
export const mdxComponents = {};

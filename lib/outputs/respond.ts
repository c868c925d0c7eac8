/** A static file's response, for the route handlers that write feeds and data at build time. */
export function fileResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}

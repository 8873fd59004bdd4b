/**
 * The one seam between the Enactor client and the network: anything with `fetch`'s shape.
 * Live and HTTP-simulator modes pass the browser's fetch; training mode passes the in-page
 * simulator's handler.
 */
export type Transport = (input: string, init: RequestInit) => Promise<Response>;

/**
 * An SVG as a `data:` URI (base64), for a Markdown image that carries its
 * picture with it. Uses TextEncoder and btoa, available in Node, Deno and
 * browsers, so the core stays free of `Buffer`.
 */

/** `data:image/svg+xml;base64,...` of the SVG's UTF-8 bytes. */
export function svgDataUri(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short on large maps.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

// The program in the URL fragment: "#z=" and the source deflated (CompressionStream) in base64url,
// or "#s=" and the source as it is where the browser cannot compress. A link opens the program.

const toBase64Url = bytes => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = text => {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, c => c.charCodeAt(0));
};

async function pipe(bytes, stream) {
  const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeProgram(source) {
  if (typeof CompressionStream === 'function') {
    const packed = await pipe(new TextEncoder().encode(source), new CompressionStream('deflate-raw'));
    return 'z=' + toBase64Url(packed);
  }
  return 's=' + encodeURIComponent(source);
}

/** The program in `hash` ("#z=..." or "#s=..."), or null. */
export async function decodeProgram(hash) {
  const fragment = hash.replace(/^#/, '');
  try {
    if (fragment.startsWith('s=')) return decodeURIComponent(fragment.slice(2));
    if (fragment.startsWith('z=')) {
      const bytes = await pipe(fromBase64Url(fragment.slice(2)), new DecompressionStream('deflate-raw'));
      return new TextDecoder().decode(bytes);
    }
  } catch { /* a damaged link opens the default program */ }
  return null;
}

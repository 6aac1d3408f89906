// Positions in the source. The service speaks three column units: tokens count code points,
// the tree and the bytecode's positions count UTF-8 bytes (as CPython does), and the browser's
// strings count UTF-16 units. A SourceText converts them all to string indices.

export class SourceText {
  constructor(text) {
    this.text = text;
    this.starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }

  /** The text of line `lineno` (1-based), without its newline. */
  line(lineno) {
    const start = this.starts[lineno - 1];
    if (start === undefined) return '';
    const next = this.starts[lineno];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  lineStart(lineno) {
    return this.starts[Math.min(Math.max(lineno, 1), this.starts.length) - 1];
  }

  /** The index of column `col` of line `lineno`, counted in code points. */
  fromCodePoints(lineno, col) {
    const start = this.lineStart(lineno);
    let i = start;
    for (let n = 0; n < col && i < this.text.length; n++) i += this.text.codePointAt(i) > 0xffff ? 2 : 1;
    return i;
  }

  /** The index of column `col` of line `lineno`, counted in UTF-8 bytes. */
  fromBytes(lineno, col) {
    const start = this.lineStart(lineno);
    let i = start, bytes = 0;
    while (bytes < col && i < this.text.length) {
      const cp = this.text.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    return i;
  }

  /** [start, end) of a node or instruction given in byte columns, or null. */
  byteRange(lineno, col, endLineno, endCol) {
    if (lineno == null || lineno < 1 || col == null) return null;
    const start = this.fromBytes(lineno, col);
    const end = endLineno == null || endCol == null ? start : this.fromBytes(endLineno, endCol);
    return [start, Math.max(start, end)];
  }

  /** The line (1-based) that holds index `i`. */
  lineOf(i) {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= i) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** An element with attributes and children (strings or nodes). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c != null) el.append(c);
  return el;
}

/** Sets `element`'s one handler for `type` (panes are redrawn; their handlers must not pile up). */
export function handle(element, type, handler) {
  element.handlers ??= {};
  if (element.handlers[type]) element.removeEventListener(type, element.handlers[type]);
  element.handlers[type] = handler;
  element.addEventListener(type, handler);
}

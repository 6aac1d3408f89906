// The editor: a plain textarea over a <pre> that draws the marks (selected range, current line
// and instruction, syntax error) behind the text. Both use the same font and padding, and the
// <pre> follows the textarea's scrolling.

import { h } from './text.js';

export class Editor {
  constructor(textarea, marks) {
    this.textarea = textarea;
    this.marksEl = marks;
    this.marks = {};        // kind -> [start, end)
    this.currentLine = 0;   // the step's line, 0 for none
    this.escaped = false;
    textarea.addEventListener('scroll', () => this.syncScroll());
    textarea.addEventListener('keydown', e => this.onKey(e));
  }

  get value() { return this.textarea.value; }
  set value(text) { this.textarea.value = text; this.render(); }
  get caret() { return this.textarea.selectionStart; }

  onKey(e) {
    // Tab indents, unless Escape came just before: the keyboard way out of the editor.
    if (e.key === 'Escape') { this.escaped = true; return; }
    if (e.key === 'Tab' && !this.escaped && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      const { selectionStart: s, selectionEnd: end } = this.textarea;
      if (e.shiftKey) return;
      this.textarea.setRangeText('    ', s, end, 'end');
      this.textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.escaped = false;
  }

  /** Marks [start, end) as `kind` (sel, hit, instr, error), or clears it with null. */
  mark(kind, range) {
    if (range) this.marks[kind] = range; else delete this.marks[kind];
    this.render();
  }

  setLine(lineno) { this.currentLine = lineno || 0; this.render(); }

  /** Scrolls the textarea so that index `i` is in view. */
  reveal(i) {
    const lines = this.value.slice(0, i).split('\n').length;
    const lh = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    const top = (lines - 1) * lh, ta = this.textarea;
    if (top < ta.scrollTop || top > ta.scrollTop + ta.clientHeight - 2 * lh) ta.scrollTop = Math.max(0, top - ta.clientHeight / 3);
  }

  render() {
    const text = this.value;
    const cuts = new Set([0, text.length]);
    const ranges = Object.entries(this.marks).map(([kind, [s, e]]) => {
      s = Math.min(Math.max(0, s), text.length);
      e = Math.min(Math.max(s, e), text.length);
      // An empty range shows its character, or a space where it falls on a line's end (which
      // moves nothing after it).
      if (s === e && s < text.length && text[s] !== '\n') e = s + 1;
      cuts.add(s); cuts.add(e);
      return { kind, s, e };
    });
    const points = [...cuts].sort((a, b) => a - b);
    const out = [];
    if (this.currentLine) {
      const line = h('div', { class: 'cur-line' });
      line.style.top = `calc(8px + ${this.currentLine - 1} * var(--lh))`;
      out.push(line);
    }
    for (let k = 0; k < points.length; k++) {
      const s = points[k], e = points[k + 1];
      for (const r of ranges) if (r.s === s && r.e === s) out.push(h('span', { class: 'm-' + r.kind }, ' '));
      if (e === undefined) break;
      const kinds = ranges.filter(r => r.s <= s && e <= r.e).map(r => 'm-' + r.kind);
      out.push(kinds.length ? h('span', { class: kinds.join(' ') }, text.slice(s, e)) : text.slice(s, e));
    }
    out.push('\n');
    this.marksEl.replaceChildren(...out);
    this.syncScroll();
  }

  syncScroll() {
    this.marksEl.scrollTop = this.textarea.scrollTop;
    this.marksEl.scrollLeft = this.textarea.scrollLeft;
  }
}

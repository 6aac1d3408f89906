// The Step pane: time travel over the trace. Only the current step is drawn, so a long trace
// moves as quickly as a short one; the call stack of every step is worked out once, in one pass,
// as a shared linked list (each step holds its innermost frame).

import { h } from './text.js';
import { listing, rowKeys } from './bytecode.js';

// What a frame runs first (the service traces them; CPython's hook starts at RESUME).
const PRELUDE = new Set(['MAKE_CELL', 'COPY_FREE_VARS', 'RETURN_GENERATOR']);
// What leaves a frame normally: the next step is back in the caller.
const LEAVE = new Set(['RETURN_VALUE', 'YIELD_VALUE', 'RETURN_GENERATOR']);

const starts = (step, prev) =>
  (PRELUDE.has(step.opname) || (step.opname === 'RESUME' && step.arg === 0)) &&
  // the rest of a prelude already begun (MAKE_CELL ... RESUME 0) is the same frame
  !(prev && prev.code === step.code && prev.offset < step.offset && !LEAVE.has(prev.opname) &&
    (PRELUDE.has(prev.opname) || prev.opname === 'POP_TOP'));

/** For each step, its frame: {code, parent, depth, id}; and the previous step in the same frame. */
export function frames(trace) {
  const frameOf = new Array(trace.length), before = new Int32Array(trace.length).fill(-1);
  const last = new Map();
  let top = null, ids = 0;
  const push = code => { top = { code, parent: top, depth: top ? top.depth + 1 : 1, id: ids++ }; };
  for (let i = 0; i < trace.length; i++) {
    const step = trace[i], prev = trace[i - 1];
    if (prev && LEAVE.has(prev.opname) && top && top.parent) top = top.parent;
    if (!top || starts(step, prev)) push(step.code);
    else if (top.code !== step.code) {
      // an exception unwound to a caller, or a generator resumed
      let f = top.parent;
      while (f && f.code !== step.code) f = f.parent;
      if (f) top = f; else push(step.code);
    }
    frameOf[i] = top;
    if (last.has(top.id)) before[i] = last.get(top.id);
    last.set(top.id, i);
  }
  return { frameOf, before };
}

export class Stepper {
  constructor(el, onStep) {
    this.el = el;
    this.onStep = onStep;   // (step, index) after each move: the editor marks the line and instruction
    this.trace = [];
    this.index = 0;
    this.codes = new Map();
    this.shownCode = null;
    el.first.onclick = () => this.go(0);
    el.back.onclick = () => this.go(this.index - 1);
    el.forward.onclick = () => this.go(this.index + 1);
    el.last.onclick = () => this.go(this.trace.length - 1);
    el.slider.oninput = () => this.go(Number(el.slider.value));
  }

  /** A new run: its trace and the compile answer's code objects, by qualname. */
  load(trace, codeObjects) {
    this.trace = trace || [];
    this.codes = new Map();
    for (const c of codeObjects || []) if (!this.codes.has(c.qualname)) this.codes.set(c.qualname, c);
    ({ frameOf: this.frameOf, before: this.before } = frames(this.trace));
    this.shownCode = null;
    this.el.empty.hidden = this.trace.length > 0;
    this.el.ui.hidden = this.trace.length === 0;
    if (!this.trace.length) this.el.empty.textContent = 'The run traced no instructions (a syntax error, or the trace is off).';
    this.el.slider.max = Math.max(0, this.trace.length - 1);
    this.go(0);
  }

  /** Keys for the pane: ← → one step, Shift ten, Home / End. Returns whether it used the key. */
  key(e) {
    if (!this.trace.length) return false;
    const n = e.shiftKey ? 10 : 1;
    const to = { ArrowLeft: this.index - n, ArrowRight: this.index + n, Home: 0, End: this.trace.length - 1 }[e.key];
    if (to === undefined) return false;
    this.go(to);
    return true;
  }

  go(i) {
    if (!this.trace.length) return;
    this.index = Math.min(this.trace.length - 1, Math.max(0, i));
    this.render();
  }

  render() {
    const i = this.index, step = this.trace[i], el = this.el;
    el.slider.value = i;
    el.slider.setAttribute('aria-valuetext', `step ${i + 1} of ${this.trace.length}`);
    el.count.textContent = `step ${i + 1} / ${this.trace.length}`;
    el.first.disabled = el.back.disabled = i === 0;
    el.forward.disabled = el.last.disabled = i === this.trace.length - 1;
    el.where.textContent = `${step.code}  offset ${step.offset}  ${step.opname}${step.argrepr ? ' (' + step.argrepr + ')' : step.arg != null ? ' ' + step.arg : ''}  line ${step.line ?? '–'}`;

    // the value stack, top first
    const stack = step.stack || [];
    el.stack.replaceChildren(...(stack.length ? [...stack].reverse().map(v => h('li', null, v)) : [h('li', { class: 'empty' }, 'empty')]));

    // the locals, with what changed since this frame's previous step
    const prior = this.before[i] >= 0 ? this.trace[this.before[i]].locals || {} : null;
    const rows = Object.entries(step.locals || {}).map(([name, value]) => {
      const isNew = prior && !(name in prior), changed = prior && name in prior && prior[name] !== value;
      const mark = isNew ? 'new' : changed ? 'changed' : null;
      return h('tr', { class: mark ? 'changed' : null, 'data-name': name },
        h('th', { scope: 'row' }, name), h('td', null, value, mark ? h('span', { class: 'mark' }, `(${mark})`) : null));
    });
    el.locals.replaceChildren(...(rows.length ? rows : [h('tr', null, h('td', { colspan: '2', class: 'help' }, 'none'))]));

    // the call stack, innermost first
    const calls = [];
    for (let f = this.frameOf[i]; f && calls.length < 60; f = f.parent) calls.push(h('li', null, f.code));
    if (this.frameOf[i] && this.frameOf[i].depth > 60) calls.push(h('li', { class: 'empty' }, `… ${this.frameOf[i].depth - 60} more`));
    el.calls.replaceChildren(...calls);

    // the current code object's listing, redrawn only when the code changes
    if (this.shownCode !== step.code) {
      this.shownCode = step.code;
      el.codeName.textContent = step.code;
      const code = this.codes.get(step.code);
      el.code.replaceChildren(code ? listing(code) : h('p', { class: 'help' }, 'No listing for this code object.'));
      rowKeys(el.code);
    }
    el.code.querySelectorAll('tr.current').forEach(r => r.classList.remove('current'));
    const row = el.code.querySelector(`tr[data-offset="${step.offset}"]`);
    if (row) {
      row.classList.add('current');
      row.scrollIntoView({ block: 'nearest' });
    }
    this.onStep(step, row ? row.instr : null);
  }
}

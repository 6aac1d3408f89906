using System.Numerics;
using Engine.Bytecode;
using Engine.Diagnostics;
using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;

namespace Engine.Compiler;

// PEP 634, the match statement, as compile.c's compiler_match compiles it. Every pattern routine
// consumes the subject on top of the stack and, when it does not match, jumps to a fail_pop block
// that pops whatever the pattern still holds. Captured values are kept on the stack, rotated
// underneath the items in use, and stored only once the whole pattern has matched.
internal sealed partial class CodeGenerator
{
    /// <summary>pattern_context: the names captured so far (their values wait on the stack, in this
    /// order), whether an irrefutable pattern is allowed here, the fail_pop blocks (fail_pop[n] pops
    /// n items, then falls into fail_pop[n - 1]) and how many items in use are on top of the captures.</summary>
    private sealed class PatternContext
    {
        public List<string> Stores = [];
        public bool AllowIrrefutable;
        public List<BasicBlock> FailPop = [];
        public int OnTop;

        public PatternContext Copy() => (PatternContext)MemberwiseClone();
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null };

    private static bool IsStarWildcard(Pattern p) => p is MatchStar { Name: null };

    /// <summary>compiler_match_inner: a trailing `case _:` (not the only case) is compiled without
    /// copying or matching the subject; every other case but the last matches a copy of it.</summary>
    private void Match(Match s)
    {
        var pc = new PatternContext();
        Expression(s.Subject);
        var end = _u.NewBlock();
        var cases = s.Cases.Count;
        var hasDefault = IsWildcard(s.Cases[^1].Pattern) && cases > 1 ? 1 : 0;
        for (var i = 0; i < cases - hasDefault; i++)
        {
            var m = s.Cases[i];
            SetLoc(m.Pattern);
            var copySubject = i != cases - hasDefault - 1;
            if (copySubject) Emit(Opcode.COPY, 1);
            pc.Stores = [];
            // irrefutable cases must be guarded, last, or both
            pc.AllowIrrefutable = m.Guard is not null || i == cases - 1;
            pc.FailPop = [];
            pc.OnTop = 0;
            Pattern(m.Pattern, pc);
            foreach (var name in pc.Stores) NameOp(name, Ctx.Store, m.Pattern);
            if (m.Guard is not null)
            {
                EnsureFailPop(pc, 0);
                JumpIf(m.Guard, pc.FailPop[0], false);
            }
            if (copySubject) Emit(Opcode.POP_TOP);
            Statements(m.Body);
            _u.Loc = Location.None;
            EmitJump(VirtualOp.JUMP, end);
            // the cleanup of a failed match belongs to the pattern's line, not the body's last
            SetLoc(m.Pattern);
            EmitAndResetFailPop(pc);
        }
        if (hasDefault == 1)
        {
            var m = s.Cases[^1];
            SetLoc(m.Pattern);
            if (cases == 1) Emit(Opcode.POP_TOP);
            else Emit(Opcode.NOP); // the default case's line, which has no code of its own
            if (m.Guard is not null) JumpIf(m.Guard, end, false);
            Statements(m.Body);
            _u.Loc = Location.None;
        }
        UseNextBlock(end);
    }

    /// <summary>compiler_pattern: sets the pattern's location and leaves it set (errors and the
    /// instructions after a sub-pattern report the innermost pattern compiled last).</summary>
    private void Pattern(Pattern p, PatternContext pc)
    {
        SetLoc(p);
        switch (p)
        {
            case MatchValue v:
                if (v.Value is not (Constant or Attribute)) throw ErrorHere("patterns may only match literals and attribute lookups");
                Expression(v.Value);
                CompareOp(CmpOperator.Eq);
                JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
                break;
            case MatchSingleton singleton:
                LoadConst((PyConstant)singleton.Value!);
                CompareOp(CmpOperator.Is);
                JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
                break;
            case MatchSequence seq: PatternSequence(seq, pc); break;
            case MatchMapping map: PatternMapping(map, pc); break;
            case MatchClass cls: PatternClass(cls, pc); break;
            case MatchStar star: StoreCapture(star.Name, pc); break;
            case MatchAs a: PatternAs(a, pc); break;
            case MatchOr or: PatternOr(or, pc); break;
        }
    }

    /// <summary>compiler_pattern_subpattern: a sub-pattern may be irrefutable.</summary>
    private void Subpattern(Pattern p, PatternContext pc)
    {
        var allow = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        Pattern(p, pc);
        pc.AllowIrrefutable = allow;
    }

    private void EnsureFailPop(PatternContext pc, int n)
    {
        while (pc.FailPop.Count < n + 1) pc.FailPop.Add(_u.NewBlock());
    }

    /// <summary>jump_to_fail_pop: on failure, pop the items in use and the captures so far.</summary>
    private void JumpToFailPop(PatternContext pc, int op)
    {
        var pops = pc.OnTop + pc.Stores.Count;
        EnsureFailPop(pc, pops);
        EmitJump(op, pc.FailPop[pops]);
    }

    /// <summary>emit_and_reset_fail_pop: lay out the fail_pop blocks, the deepest first.</summary>
    private void EmitAndResetFailPop(PatternContext pc)
    {
        if (pc.FailPop.Count == 0) return;
        for (var i = pc.FailPop.Count - 1; i > 0; i--)
        {
            UseNextBlock(pc.FailPop[i]);
            Emit(Opcode.POP_TOP);
        }
        UseNextBlock(pc.FailPop[0]);
        pc.FailPop = [];
    }

    /// <summary>pattern_helper_rotate: 3.10's ROT_N as a run of SWAPs.</summary>
    private void Rotate(int count)
    {
        while (count > 1) Emit(Opcode.SWAP, count--);
    }

    /// <summary>pattern_helper_store_name: a capture goes under the items in use and earlier captures.</summary>
    private void StoreCapture(string? name, PatternContext pc)
    {
        if (name is null)
        {
            Emit(Opcode.POP_TOP);
            return;
        }
        if (name == "__debug__") throw ErrorHere("cannot assign to __debug__");
        if (pc.Stores.Contains(name)) throw DuplicateStore(name);
        Rotate(pc.OnTop + pc.Stores.Count + 1);
        pc.Stores.Add(name);
    }

    private SourceErrorException DuplicateStore(string name) =>
        ErrorHere("multiple assignments to name " + PyRepr.Str(name) + " in pattern");

    private void PatternAs(MatchAs p, PatternContext pc)
    {
        if (p.Pattern is null)
        {
            if (!pc.AllowIrrefutable)
            {
                if (p.Name is not null)
                    throw ErrorHere("name capture " + PyRepr.Str(p.Name) + " makes remaining patterns unreachable");
                throw ErrorHere("wildcard makes remaining patterns unreachable");
            }
            StoreCapture(p.Name, pc);
            return;
        }
        // a copy to store if the inner pattern matches
        pc.OnTop++;
        Emit(Opcode.COPY, 1);
        Pattern(p.Pattern, pc);
        pc.OnTop--;
        StoreCapture(p.Name, pc);
    }

    /// <summary>compiler_pattern_sequence: MATCH_SEQUENCE and a length check, then the items by
    /// unpacking, or by subscripts when the star is a wildcard, or nothing when all are wildcards.</summary>
    private void PatternSequence(MatchSequence p, PatternContext pc)
    {
        var patterns = p.Patterns;
        var size = patterns.Count;
        var star = -1;
        var onlyWildcard = true;
        var starWildcard = false;
        for (var i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (pattern is MatchStar)
            {
                if (star >= 0) throw ErrorHere("multiple starred names in sequence pattern");
                starWildcard = IsStarWildcard(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= IsWildcard(pattern);
        }
        // the subject stays on top during the checks
        pc.OnTop++;
        Emit(Opcode.MATCH_SEQUENCE);
        JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        if (star < 0)
        {
            Emit(Opcode.GET_LEN);
            LoadConst(new IntConstant(size));
            CompareOp(CmpOperator.Eq);
            JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        }
        else if (size > 1)
        {
            Emit(Opcode.GET_LEN);
            LoadConst(new IntConstant(size - 1));
            CompareOp(CmpOperator.GtE);
            JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        }
        pc.OnTop--;
        if (onlyWildcard) Emit(Opcode.POP_TOP);
        else if (starWildcard) SequenceSubscr(patterns, star, pc);
        else SequenceUnpack(patterns, pc);
    }

    /// <summary>pattern_helper_sequence_unpack: UNPACK_SEQUENCE or UNPACK_EX, then each item in order.</summary>
    private void SequenceUnpack(List<Pattern> patterns, PatternContext pc)
    {
        var n = patterns.Count;
        var seenStar = false;
        for (var i = 0; i < n; i++)
        {
            if (patterns[i] is not MatchStar) continue;
            if (seenStar) throw ErrorHere("multiple starred expressions in sequence pattern");
            if (i >= 1 << 8) throw ErrorHere("too many expressions in star-unpacking sequence pattern");
            Emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) Emit(Opcode.UNPACK_SEQUENCE, n);
        pc.OnTop += n;
        foreach (var pattern in patterns)
        {
            pc.OnTop--;
            Subpattern(pattern, pc);
        }
    }

    /// <summary>pattern_helper_sequence_subscr: with a wildcard star, only the items wanted are read,
    /// by index from the front, or from len(subject) back (the subject may not take negative indexes).</summary>
    private void SequenceSubscr(List<Pattern> patterns, int star, PatternContext pc)
    {
        pc.OnTop++;
        var size = patterns.Count;
        for (var i = 0; i < size; i++)
        {
            var pattern = patterns[i];
            if (IsWildcard(pattern) || i == star) continue;
            Emit(Opcode.COPY, 1);
            if (i < star) LoadConst(new IntConstant(i));
            else
            {
                Emit(Opcode.GET_LEN);
                LoadConst(new IntConstant(size - i));
                Emit(Opcode.BINARY_OP, BinaryOps[(int)Operator.Sub]);
            }
            Emit(Opcode.BINARY_SUBSCR);
            Subpattern(pattern, pc);
        }
        pc.OnTop--;
        Emit(Opcode.POP_TOP);
    }

    /// <summary>compiler_pattern_class: MATCH_CLASS gives a tuple of the positional and keyword
    /// attributes (or None), unpacked and matched in order.</summary>
    private void PatternClass(MatchClass p, PatternContext pc)
    {
        var nargs = p.Patterns.Count;
        var nattrs = p.KwdAttrs.Count;
        if (nattrs > 0)
        {
            ValidateKwdAttrs(p.KwdAttrs, p.KwdPatterns);
            SetLoc(p);
        }
        Expression(p.Cls);
        LoadConst(new TupleConstant(p.KwdAttrs.Select(a => (PyConstant)new StrConstant(a)).ToArray()));
        Emit(Opcode.MATCH_CLASS, nargs);
        Emit(Opcode.COPY, 1);
        LoadConst(NoneConstant.Instance);
        Emit(Opcode.IS_OP, 1);
        pc.OnTop++;
        JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        Emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.OnTop += nargs + nattrs - 1;
        for (var i = 0; i < nargs + nattrs; i++)
        {
            pc.OnTop--;
            var pattern = i < nargs ? p.Patterns[i] : p.KwdPatterns[i - nargs];
            if (IsWildcard(pattern))
            {
                Emit(Opcode.POP_TOP);
                continue;
            }
            Subpattern(pattern, pc);
        }
    }

    /// <summary>validate_kwd_attrs: errors point at the keyword's pattern (the tree has no node for the name).</summary>
    private void ValidateKwdAttrs(List<string> attrs, List<Pattern> patterns)
    {
        for (var i = 0; i < attrs.Count; i++)
        {
            SetLoc(patterns[i]);
            if (attrs[i] == "__debug__") throw ErrorHere("cannot assign to __debug__");
            for (var j = i + 1; j < attrs.Count; j++)
            {
                if (attrs[i] != attrs[j]) continue;
                SetLoc(patterns[j]);
                throw ErrorHere("attribute name repeated in class pattern: " + attrs[i]);
            }
        }
    }

    /// <summary>compiler_pattern_mapping: MATCH_MAPPING, a length check, MATCH_KEYS over a tuple of
    /// the keys, the values matched in order; **rest is a copy of the subject less those keys.</summary>
    private void PatternMapping(MatchMapping p, PatternContext pc)
    {
        var keys = p.Keys;
        var size = keys.Count;
        var rest = p.Rest;
        // the subject stays on top during the checks
        pc.OnTop++;
        Emit(Opcode.MATCH_MAPPING);
        JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        if (size == 0 && rest is null)
        {
            pc.OnTop--;
            Emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0)
        {
            Emit(Opcode.GET_LEN);
            LoadConst(new IntConstant(size));
            CompareOp(CmpOperator.GtE);
            JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        }
        var seen = new List<PyConstant>();
        foreach (var key in keys)
        {
            if (key is Constant c)
            {
                if (seen.Any(k => SameKey(k, c.Value))) throw ErrorHere("mapping pattern checks duplicate key (" + c.Value.Repr() + ")");
                seen.Add(c.Value);
            }
            else if (key is not Attribute)
                throw ErrorHere("mapping pattern keys may only match literals and attribute lookups");
            Expression(key);
        }
        Emit(Opcode.BUILD_TUPLE, size);
        Emit(Opcode.MATCH_KEYS);
        // a tuple of the keys and a tuple of the values (or None) are on top of the subject
        pc.OnTop += 2;
        Emit(Opcode.COPY, 1);
        LoadConst(NoneConstant.Instance);
        Emit(Opcode.IS_OP, 1);
        JumpToFailPop(pc, VirtualOp.POP_JUMP_IF_FALSE);
        Emit(Opcode.UNPACK_SEQUENCE, size);
        pc.OnTop += size - 1;
        foreach (var pattern in p.Patterns)
        {
            pc.OnTop--;
            Subpattern(pattern, pc);
        }
        // matched: what follows consumes the tuple of keys and the subject
        pc.OnTop -= 2;
        if (rest is not null)
        {
            // rest = dict(subject); for key in keys: del rest[key]
            Emit(Opcode.BUILD_MAP, 0);
            Emit(Opcode.SWAP, 3);
            Emit(Opcode.DICT_UPDATE, 2);
            Emit(Opcode.UNPACK_SEQUENCE, size);
            while (size > 0)
            {
                Emit(Opcode.COPY, 1 + size--);
                Emit(Opcode.SWAP, 2);
                Emit(Opcode.DELETE_SUBSCR);
            }
            StoreCapture(rest, pc);
        }
        else
        {
            Emit(Opcode.POP_TOP); // the tuple of keys
            Emit(Opcode.POP_TOP); // the subject
        }
    }

    /// <summary>Whether two literal keys are equal as Python set members (1 == 1.0 == True, 0 == -0.0).</summary>
    private static bool SameKey(PyConstant a, PyConstant b)
    {
        if (NumericParts(a) is var (ar, ai) && NumericParts(b) is var (br, bi))
            return ai == bi && NumbersEqual(ar, br);
        return a.Equals(b);
    }

    private static (object Real, double Imag)? NumericParts(PyConstant c) => c switch
    {
        BoolConstant b => (new BigInteger(b.Value ? 1 : 0), 0.0),
        IntConstant i => (i.Value, 0.0),
        FloatConstant f => (f.Value, 0.0),
        ComplexConstant z => (z.Real, z.Imag),
        _ => null,
    };

    private static bool NumbersEqual(object x, object y) => (x, y) switch
    {
        (BigInteger i, BigInteger j) => i == j,
        (double d, double e) => d == e,
        (BigInteger i, double d) => IntEqualsDouble(i, d),
        (double d, BigInteger i) => IntEqualsDouble(i, d),
        _ => false,
    };

    private static bool IntEqualsDouble(BigInteger i, double d) =>
        double.IsFinite(d) && Math.Floor(d) == d && new BigInteger(d) == i;

    /// <summary>compiler_pattern_or: each alternative matches a copy of the subject with its own
    /// captures and fail_pop; later alternatives' captures are reordered on the stack to the first
    /// one's order, and on success the captures are rotated under what the enclosing pattern holds.</summary>
    private void PatternOr(MatchOr p, PatternContext pc)
    {
        var end = _u.NewBlock();
        var size = p.Patterns.Count;
        var old = pc.Copy();
        List<string>? control = null;
        for (var i = 0; i < size; i++)
        {
            var alt = p.Patterns[i];
            SetLoc(alt);
            pc.Stores = [];
            // an irrefutable alternative must be the last, if allowed at all
            pc.AllowIrrefutable = i == size - 1 && old.AllowIrrefutable;
            pc.FailPop = [];
            pc.OnTop = 0;
            Emit(Opcode.COPY, 1);
            Pattern(alt, pc);
            var nstores = pc.Stores.Count;
            if (control is null) control = pc.Stores;
            else if (nstores != control.Count) throw ErrorHere("alternative patterns bind different names");
            else if (nstores > 0)
            {
                for (var icontrol = nstores - 1; icontrol >= 0; icontrol--)
                {
                    var istores = pc.Stores.IndexOf(control[icontrol]);
                    if (istores < 0) throw ErrorHere("alternative patterns bind different names");
                    if (icontrol == istores) continue;
                    // move the first istores + 1 captures up to end at icontrol, on the stack too
                    var rotations = istores + 1;
                    var rotated = pc.Stores.GetRange(0, rotations);
                    pc.Stores.RemoveRange(0, rotations);
                    pc.Stores.InsertRange(icontrol - istores, rotated);
                    while (rotations-- > 0) Rotate(icontrol + 1);
                }
            }
            EmitJump(VirtualOp.JUMP, end);
            EmitAndResetFailPop(pc);
        }
        pc.Stores = old.Stores;
        pc.AllowIrrefutable = old.AllowIrrefutable;
        pc.FailPop = old.FailPop;
        pc.OnTop = old.OnTop;
        // no alternative matched: pop the subject's remaining copy and fail
        Emit(Opcode.POP_TOP);
        JumpToFailPop(pc, VirtualOp.JUMP);
        UseNextBlock(end);
        // move each capture under the other captures, the subject's copy, what is in use and earlier captures
        var nrots = control!.Count + 1 + pc.OnTop + pc.Stores.Count;
        foreach (var name in control)
        {
            Rotate(nrots);
            if (pc.Stores.Contains(name)) throw DuplicateStore(name);
            pc.Stores.Add(name);
        }
        Emit(Opcode.POP_TOP); // the subject's copy
    }
}

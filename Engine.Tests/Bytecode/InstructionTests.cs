using System.Text.Json.Nodes;
using Engine.Bytecode;
using Engine.Syntax;
using Engine.Tests.Support;

namespace Engine.Tests.Bytecode;

/// <summary>
/// dis.get_instructions details (argval, EXTENDED_ARG folding, jump targets) with CPython's values
/// written out, and the contract outputs on code objects the oracle's JSON cannot carry verbatim.
/// </summary>
public class InstructionTests
{
    private static CodeObject Function(string source) =>
        CodeJsonReader.Compile(source).Consts.OfType<CodeConstant>().First().Code;

    [Fact]
    public void CountInstructionsCountsWhatDisListsInEveryCodeObject()
    {
        // CPython's own bytecode, with CACHE entries after LOAD_GLOBAL, COMPARE_OP and CALL.
        var module = CodeJsonReader.Compile("def f(a):\n    if a < 2:\n        return g(a, k=1.5)\n    return f'{a!r:>3}'\n");
        var f = module.Consts.OfType<CodeConstant>().Single().Code;
        var listed = Disassembler.GetInstructions(module).Count + Disassembler.GetInstructions(f).Count;
        Assert.Equal(listed, Disassembler.CountInstructions(module));
        Assert.True(f.Code.Length / 2 > Disassembler.GetInstructions(f).Count, "the function has CACHE entries to skip");
    }

    [Fact]
    public void ArgvalResolvesConstantsNamesLocalsJumpsAndOperators()
    {
        // dis.get_instructions(f) in CPython 3.11 gives these (opname, arg, argval) triples.
        var f = Function("def f(a):\n    if a < 2:\n        return g(a, k=1.5)\n    return f'{a!r:>3}'\n");
        (string, int?, object?)[] expected =
        [
            ("RESUME", 0, 0),
            ("LOAD_FAST", 0, "a"),
            ("LOAD_CONST", 1, new IntConstant(2)),
            ("COMPARE_OP", 0, "<"),
            ("POP_JUMP_FORWARD_IF_FALSE", 17, 48),
            ("LOAD_GLOBAL", 1, "g"),
            ("LOAD_FAST", 0, "a"),
            ("LOAD_CONST", 2, new FloatConstant(1.5)),
            ("KW_NAMES", 3, null),
            ("PRECALL", 2, 2),
            ("CALL", 2, 2),
            ("RETURN_VALUE", null, null),
            ("LOAD_FAST", 0, "a"),
            ("LOAD_CONST", 4, new StrConstant(">3")),
            ("FORMAT_VALUE", 6, new FormatValueArg("repr", true)),
            ("RETURN_VALUE", null, null),
        ];
        Assert.Equal(expected, Disassembler.GetInstructions(f).Select(i => (i.Opname, i.Arg, i.Argval)));
    }

    [Fact]
    public void ExtendedArgIsListedAndFoldedIntoTheNextArgument()
    {
        var source = "def big():\n" + string.Join("", Enumerable.Range(0, 300).Select(i => $"    v{i} = {i}\n")) + "    return v299\n";
        var instructions = Disassembler.GetInstructions(Function(source));
        var last = instructions.Count - 1;
        Assert.Equal(("EXTENDED_ARG", (int?)1), (instructions[last - 2].Opname, instructions[last - 2].Arg));
        Assert.Equal(("LOAD_FAST", (int?)299, (object?)"v299"), (instructions[last - 1].Opname, instructions[last - 1].Arg, instructions[last - 1].Argval));
        Assert.Equal("v299", instructions[last - 1].Argrepr);
    }

    [Fact]
    public void ExceptionHandlersAreJumpTargetsInDisTextButNotInGetInstructions()
    {
        var module = CodeJsonReader.Compile("try:\n    x\nexcept E:\n    pass\n");
        var handler = module.ExceptionTable[0].Target;
        Assert.False(Disassembler.GetInstructions(module).Single(i => i.Offset == handler).IsJumpTarget);
        Assert.Contains($">> {handler,4} PUSH_EXC_INFO", Disassembler.Dis(module));
    }

    [Fact]
    public void AddressesInsideStringConstantsAreWrittenAsTheOracleWritesThem()
    {
        // The oracle's JSON already holds the rewritten repr, so put the real string back.
        const string source = "s = 'object at 0xDEADbeef here'\nprint(s)\n";
        var expected = JsonNode.Parse(Oracle.Run("compile", source))!;
        var loaded = CodeJsonReader.Parse(expected.ToJsonString());
        var code = WithConsts(loaded, loaded.Consts.Select(c =>
            c is StrConstant ? new StrConstant("object at 0xDEADbeef here") : c).ToArray());
        Assert.Equal("'object at 0xDEADbeef here'", Disassembler.GetInstructions(code)[1].Argrepr);
        Assert.Equal((string)expected["dis"]!, Disassembler.Dis(code));
        Assert.True(JsonNode.DeepEquals(expected["code"], JsonNode.Parse(CodeJson.ToJson(code))));
    }

    [Fact]
    public void ATupleHoldingCodeIsCutAt200CodePoints()
    {
        // const_json gives such a tuple short_repr: 197 code points and "..." (an emoji is one).
        var inner = Function("def f(): pass\n");
        var tuple = new TupleConstant([new CodeConstant(inner), new StrConstant(string.Concat(Enumerable.Repeat("\U0001F600", 250)))]);
        var module = WithConsts(CodeJsonReader.Compile("x = 1\n"), [tuple, NoneConstant.Instance]);
        var repr = (string)JsonNode.Parse(CodeJson.ToJson(module))!["consts"]![0]!["repr"]!;
        const string prefix = "(<code object f at 0x?, file \"<string>\", line 1>, '";
        Assert.Equal(prefix + string.Concat(Enumerable.Repeat("\U0001F600", 197 - prefix.Length)) + "...", repr);
    }

    [Fact]
    public void BytesThatAreNoOpcodeAreNamedLikeDisNamesThem()
    {
        var code = WithCode(CodeJsonReader.Compile("x = 1\n"), [151, 0, 3, 0, 200, 7, 83, 0]);
        (string, int?)[] expected = [("RESUME", 0), ("<3>", null), ("<200>", 7), ("RETURN_VALUE", null)];
        Assert.Equal(expected, Disassembler.GetInstructions(code).Select(i => (i.Opname, i.Arg)));
        Assert.Contains("<200>                    7", Disassembler.Dis(code));
    }

    [Fact]
    public void ThousandsOfNestedCodeObjectsNeedNoDeepStack()
    {
        // CPython compiles a thousand nested lambdas; on a 1 MB stack, recursion per level would overflow.
        var code = CodeJsonReader.Compile("f = lambda: 0\n");
        for (var i = 0; i < 2500; i++) code = WithConsts(code, [new CodeConstant(code), NoneConstant.Instance]);
        string dis = "", json = "";
        var worker = new Thread(() => (dis, json) = (Disassembler.Dis(code), CodeJson.ToJson(code)), 1024 * 1024);
        worker.Start();
        worker.Join();
        Assert.Equal(2501, dis.Split("Disassembly of").Length - 1);
        Assert.Equal(2502, json.Split("\"name\":").Length - 1);
    }

    private static CodeObject WithConsts(CodeObject code, PyConstant[] consts) => Copy(code, consts, code.Code, code.Positions);

    private static CodeObject WithCode(CodeObject code, byte[] bytes) =>
        Copy(code, code.Consts, bytes, Enumerable.Repeat(new SourcePosition(1, 1, 0, 1), bytes.Length / 2).ToArray());

    private static CodeObject Copy(CodeObject code, PyConstant[] consts, byte[] bytes, SourcePosition[] positions) => new()
    {
        Name = code.Name, QualName = code.QualName, Filename = code.Filename, FirstLineNo = code.FirstLineNo,
        ArgCount = code.ArgCount, PosOnlyArgCount = code.PosOnlyArgCount, KwOnlyArgCount = code.KwOnlyArgCount,
        StackSize = code.StackSize, Flags = code.Flags, Names = code.Names, VarNames = code.VarNames,
        CellVars = code.CellVars, FreeVars = code.FreeVars, Consts = consts, Code = bytes, Positions = positions,
        ExceptionTable = code.ExceptionTable,
    };
}

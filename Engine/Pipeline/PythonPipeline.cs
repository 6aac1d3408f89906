using Engine.Bytecode;
using Engine.Compiler;
using Engine.Parser;
using Engine.Tokenizer;
using Engine.VM;

namespace Engine.Pipeline;

/// <summary>
/// The service's four stages as one entry point each: source text in, the contract's answer
/// out. A problem in the program (a syntax error, an exception) is part of the answer, never
/// an exception out of here.
/// </summary>
public static class PythonPipeline
{
    public const string DefaultFilename = "<string>";

    /// <summary>compile()'s mode names, as the contract spells them.</summary>
    public static ParseMode? ModeNamed(string? name) => name switch
    {
        null or "exec" => ParseMode.Exec,
        "eval" => ParseMode.Eval,
        "single" => ParseMode.Single,
        _ => null,
    };

    public static TokenizeAnswer Tokenize(string source)
    {
        var result = PythonTokenizer.Tokenize(source);
        return result.Error is { } error
            ? new TokenizeAnswer(null, error)
            : new TokenizeAnswer(result.Tokens.Select(TokenAnswer.From).ToList(), null);
    }

    public static ParseAnswer Parse(string source, string filename = DefaultFilename, ParseMode mode = ParseMode.Exec)
    {
        var result = PythonParser.Parse(source, filename, mode);
        return result.Error is { } error ? new ParseAnswer(null, error) : new ParseAnswer(result.Tree, null);
    }

    public static CompileAnswer Compile(string source, string filename = DefaultFilename, long maxAnswerBytes = long.MaxValue,
        ParseMode mode = ParseMode.Exec, int optimize = 0)
    {
        var compiled = CompileCache.Compile(source, filename, mode, optimize);
        if (compiled.Error is { } compileError) return new CompileAnswer(null, null, compileError);
        // The dis text and the answer take far more than the code objects: refuse before building them.
        if (Disassembler.CountInstructions(compiled.Code!) * MinInstructionAnswerBytes > maxAnswerBytes)
            throw new AnswerTooLargeException("compile", maxAnswerBytes);
        return new CompileAnswer(compiled.Code, Disassembler.Dis(compiled.Code!), null);
    }

    /// <summary>The least one listed instruction adds to a compile answer: its JSON object
    /// (offset, opname, arg, argrepr, starts_line, is_jump_target, positions: over 100 bytes)
    /// and its line of dis text (over 40).</summary>
    public const int MinInstructionAnswerBytes = 140;

    /// <summary>Compiles and runs the program in the sandboxed VM; a program that does not compile answers syntax_error.
    /// <paramref name="running"/> is told when compiling is done and the run (and its time limit) begins.
    /// <paramref name="traceStream"/>, when given, takes the trace's steps as they are settled (the streamed answer), and the answer holds none.</summary>
    public static ExecuteAnswer Execute(string source, string filename, ExecutionOptions options, CancellationToken cancel = default, Action? running = null,
        TraceStreamWriter? traceStream = null)
    {
        var compiled = CompileCache.Compile(source, filename);
        if (compiled.Error is { } compileError) return ExecuteAnswer.SyntaxError(compileError);
        running?.Invoke();
        return ExecuteAnswer.From(VirtualMachine.Execute(compiled.Code!, options, cancel, source, traceStream));
    }
}

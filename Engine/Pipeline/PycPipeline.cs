using System.Text;
using Engine.Bytecode;
using Engine.Bytecode.Marshal;
using Engine.Compiler;
using Engine.Parser;
using Engine.VM;

namespace Engine.Pipeline;

/// <summary>
/// The stages for .pyc files: compile a source to a CPython 3.11 .pyc, and show or run the code
/// object of a .pyc (a bad one is an <see cref="InvalidPycException"/>, which the host answers 400).
/// </summary>
public static class PycPipeline
{
    /// <summary>The .pyc of <paramref name="source"/> (checked hash-based, see the README), or the
    /// compile answer holding the syntax error that stops it.</summary>
    public static (byte[]? Pyc, CompileAnswer? Error) Compile(string source, string filename, ParseMode mode = ParseMode.Exec, int optimize = 0)
    {
        var parsed = PythonParser.Parse(source, filename, mode);
        if (parsed.Error is { } parseError) return (null, new CompileAnswer(null, null, parseError));
        var compiled = PythonCompiler.Compile(parsed.Tree!, filename, optimize);
        if (compiled.Error is { } compileError) return (null, new CompileAnswer(null, null, compileError));
        return (PycFile.Write(compiled.Code!, Encoding.UTF8.GetBytes(source)), null);
    }

    /// <summary>The compile answer (code object and dis text) for the code object of a .pyc.</summary>
    public static CompileAnswer Show(CodeObject code, long maxAnswerBytes = long.MaxValue)
    {
        if (Disassembler.CountInstructions(code) * PythonPipeline.MinInstructionAnswerBytes > maxAnswerBytes)
            throw new AnswerTooLargeException("compile", maxAnswerBytes);
        return new CompileAnswer(code, Disassembler.Dis(code), null);
    }

    /// <summary>Runs the code object of a .pyc in the sandboxed VM, as <see cref="PythonPipeline.Execute"/> runs a source's.</summary>
    public static ExecuteAnswer Execute(byte[] pyc, ExecutionOptions options, CancellationToken cancel = default, Action? running = null,
        TraceStreamWriter? traceStream = null)
    {
        var code = PycFile.Read(pyc).Code;
        running?.Invoke();
        return ExecuteAnswer.From(VirtualMachine.Execute(code, options, cancel, traceStream: traceStream));
    }
}

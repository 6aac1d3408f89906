using Engine.Bytecode;
using Engine.Diagnostics;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>The module's code object, or the SyntaxError CPython's compiler raises for the tree.</summary>
public sealed record CompileResult(CodeObject? Code, SourceError? Error);

/// <summary>
/// compile(source, filename, "exec") from a parsed tree: the future imports, the AST optimizer,
/// the symbol table, code generation into a flow graph, the flow-graph optimizer and the
/// assembler, each as in CPython 3.11. The tree is optimized in place.
/// </summary>
public static class PythonCompiler
{
    /// <summary>compile(source, filename, mode, optimize=<paramref name="optimize"/>): the mode is the tree's kind
    /// (Module, Interactive or Expression).</summary>
    public static CompileResult Compile(Mod tree, string filename = "<string>", int optimize = 0)
    {
        try
        {
            var future = FutureFeatures.Parse(tree);
            AstOptimizer.Optimize(tree, future, optimize);
            var symbols = SymbolTable.Build(tree, future);
            return new CompileResult(CodeGenerator.CompileModule(tree, symbols, future, filename, optimize), null);
        }
        catch (SourceErrorException e)
        {
            return new CompileResult(null, e.Error);
        }
    }
}
